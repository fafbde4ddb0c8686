/**
 * The orchestrator example end to end, as `npm start -w @runledger/example-orchestrator` runs it (from the built files): the first worker dies by
 * SIGKILL after the draft's output is durable, the second resumes without repeating a completed
 * step, the run ends Completed, and `runledger runs show` prints it.
 */
import { assert, describe, it, vi } from "@effect/vitest"
import Database from "better-sqlite3"
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

// Each test starts the binary several times (a second or more each on a busy machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 })

const root = path.resolve(import.meta.dirname, "..", "..", "..")
const main = path.join(root, "examples", "orchestrator", "dist", "main.js")

describe("the orchestrator example", () => {
  it("crashes midway, resumes without repeating a step, and ends Completed", async () => {
    if (!fs.existsSync(main)) throw new Error("the example is not built: run `npm run build` (npm test builds it first)")
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-orchestrator-"))
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
      // It ran in its working directory, on ./runledger-orchestrator.db.
      const file = path.join(dir, "runledger-orchestrator.db")
      assert.isTrue(fs.existsSync(file))

      assert.include(stdout, 'output is durable — now crashing with SIGKILL')
      assert.include(stdout, "[driver] worker 1 died: killed by SIGKILL")
      assert.include(stdout, "step plan: completed before — skipped")
      assert.include(stdout, "step search: completed before — skipped")
      assert.include(stdout, "step draft (attempt 2): its output is durable from attempt 1 — not doing the work again")
      assert.include(stdout, "terminalized: Running -> Completed, FlowCompleted event")
      // The CLI's view of the run.
      assert.include(stdout, "$ runledger runs show research-001")
      assert.match(stdout, /status:\s+Completed/)
      assert.match(stdout, /draft\s+retried\s+2/)
      assert.include(stdout, "ok: checked 1 event streams")

      // Each step's work ran once: one "started" entry per step, one completion, one output.
      const db = new Database(file, { readonly: true })
      try {
        const steps = db.prepare("SELECT step_id, kind, attempt FROM runledger_steps ORDER BY id").all() as Array<{ step_id: string; kind: string; attempt: number }>
        for (const step of ["plan", "search", "draft", "review", "publish"]) {
          assert.strictEqual(steps.filter((s) => s.step_id === step && s.kind === "started").length, 1, step)
          assert.strictEqual(steps.filter((s) => s.step_id === step && s.kind === "completed").length, 1, step)
        }
        assert.deepStrictEqual(steps.filter((s) => s.kind === "retried").map((s) => [s.step_id, s.attempt]), [["draft", 2]])
        const outputs = db.prepare("SELECT COUNT(*) AS n FROM runledger_outputs").get() as { n: number }
        assert.strictEqual(outputs.n, 5)
        const run = db.prepare("SELECT status FROM runledger_runs WHERE run_id = 'research-001'").get() as { status: string }
        assert.strictEqual(run.status, "Completed")
      } finally {
        db.close()
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
