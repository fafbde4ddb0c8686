/**
 * The demo end to end, as `npm start` runs it (from the built files): worker 1 is killed with
 * SIGKILL inside the `review` activity, worker 2's engine resumes the execution without running a
 * recorded activity again, the execution ends Completed, and the CLI shows it (and `verify` passes).
 */
import { assert, describe, it, vi } from "@effect/vitest"
import Database from "better-sqlite3"
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

// The binary starts three processes and the CLI several times (a second or more each on a busy machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 })

const root = path.resolve(import.meta.dirname, "..", "..", "..")
const main = path.join(root, "examples", "demo", "dist", "main.js")

describe("the demo", () => {
  it("is killed mid-flow, resumed by a second worker without repeating a recorded activity, and ends Completed", async () => {
    if (!fs.existsSync(main)) throw new Error("the demo is not built: run `npm run build` (npm test builds it first)")
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-demo-"))
    try {
      const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [main], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } })
        let stdout = ""
        let stderr = ""
        child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d))
        child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d))
        child.on("error", reject)
        child.on("close", (code) => resolve({ code, stdout, stderr }))
      })
      assert.strictEqual(code, 0, stdout + stderr)
      const file = path.join(dir, "runledger-demo.db")
      assert.isTrue(fs.existsSync(file), "it ran on ./runledger-demo.db in its working directory")

      const [first = "", second = ""] = stdout.split("[driver] starting worker 2")
      assert.include(first, 'killed with SIGKILL now, in the middle of "review"')
      assert.include(first, "[driver] worker 1 died: killed by SIGKILL")
      assert.include(first, "activity search: the notes index is busy — failed, Activity.retry tries again")
      // Worker 2 replays plan, search and draft from their records: none of their bodies runs again.
      for (const activity of ["plan", "search", "draft"]) assert.notInclude(second.split("[driver] $")[0], `activity ${activity} (attempt`)
      assert.include(second, "activity review: done, its result is recorded")
      assert.include(second, "activity publish: done, its result is recorded")
      assert.include(second, "execution completed:")
      assert.match(stdout, /status:\s+Completed/)
      assert.match(stdout, /search\s+failed\s+1/)
      assert.include(stdout, "FlowCompleted")
      assert.include(stdout, "no problems found")

      const db = new Database(file, { readonly: true })
      try {
        const steps = db.prepare("SELECT step_id, kind, attempt FROM runledger_steps ORDER BY id").all() as Array<{ step_id: string; kind: string; attempt: number }>
        assert.deepStrictEqual(steps.map((s) => `${s.step_id} ${s.kind} ${s.attempt}`), [
          "plan started 1",
          "plan completed 1",
          "search started 1",
          "search failed 1",
          "search started 2",
          "search completed 2",
          "draft started 1",
          "draft completed 1",
          "review started 1",
          "review completed 1",
          "publish started 1",
          "publish completed 1"
        ])
        const outputs = db.prepare("SELECT COUNT(*) AS n FROM runledger_outputs").get() as { n: number }
        assert.strictEqual(outputs.n, 6, "one recorded result per activity attempt")
        const run = db.prepare("SELECT status FROM runledger_runs").get() as { status: string }
        assert.strictEqual(run.status, "Completed")
        const timers = db.prepare("SELECT timer_id, status FROM runledger_timers").all()
        assert.deepStrictEqual(timers, [{ timer_id: "clock/cool-down", status: "Fired" }])
      } finally {
        db.close()
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
