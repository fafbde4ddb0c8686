/**
 * The engine across processes.
 *
 * - SQLite control plane: one runner process and 8 client processes on one file. The clients start
 *   executions of `Order`, complete each one's deferred with its token and poll it, while the runner
 *   runs them. No caller sees `database is locked` or `StoreUnavailable`; every execution completes
 *   with its result. The clients keep starting executions for `RUNLEDGER_WORKFLOW_CONTROL_SECONDS`
 *   (5 by default; `npm run test:control-plane -w @runledger/workflow` runs 30); the checks count
 *   what was started, whatever the machine managed in that time.
 * - Postgres, many workers: 4 worker processes share 100 executions of the 10-activity workflow;
 *   one is killed with SIGKILL midway. Each execution completes exactly once, no activity result is
 *   recorded twice, and the killed worker's executions are finished by the others.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { PgStore } from "@runledger/adapter-postgres"
import { EventLog, RunStore, Terminalize, TimerStore } from "@runledger/core"
import { WorkflowRecords } from "@runledger/workflow"
import type { Layer } from "effect"
import { Effect, Redacted } from "effect"
import type * as cp from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { bundle, completion, spawn } from "../../../test-support/child.js"
import { describePg, fileSchema, pgUrl } from "../../adapter-postgres/test/support/pg.js"

const seconds = Number(process.env.RUNLEDGER_WORKFLOW_CONTROL_SECONDS ?? 5)
const scope = WorkflowRecords.DefaultScope

let worker: Awaited<ReturnType<typeof bundle>>
let dir: string

beforeAll(async () => {
  worker = await bundle(path.join(import.meta.dirname, "support", "worker.ts"), ["better-sqlite3", "pg", "pg-native"])
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-workflow-mp-"))
}, 120_000)
afterAll(() => {
  worker?.dispose()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Start a worker process and wait until it says it is ready. */
const startWorker = (args: ReadonlyArray<string>) =>
  new Promise<{ readonly child: cp.ChildProcessWithoutNullStreams; readonly done: ReturnType<typeof completion> }>((resolve, reject) => {
    const child = spawn(worker.file, args)
    const done = completion(child)
    let seen = ""
    const onData = (chunk: Buffer) => {
      seen += chunk.toString()
      if (seen.includes("\"ready\":true")) {
        child.stdout.off("data", onData)
        resolve({ child, done })
      }
    }
    child.stdout.on("data", onData)
    void done.then((result) => reject(new Error(`the worker exited before it was ready: ${result.stdout} ${result.stderr}`)))
  })

/** Every line of JSON a process printed. */
const jsonLines = (stdout: string) =>
  stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>)

/** What the store holds of every execution of `workflow`. */
const executions = (layer: Layer.Layer<RunStore.RunStore | EventLog.EventLog, unknown>, workflow: string) =>
  Effect.runPromise(
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const events = yield* EventLog.EventLog
      const out: Array<{
        readonly id: string
        readonly status: string
        readonly outputs: ReadonlyArray<string>
        readonly completions: ReadonlyArray<string>
        readonly ends: number
        readonly result: unknown
      }> = []
      let cursor: string | undefined
      do {
        const page = yield* runs.list(scope, { flowId: workflow, limit: 1000, ...(cursor === undefined ? {} : { cursor }) })
        for (const run of page.runs) {
          out.push({
            id: (run.input as { id: string }).id,
            status: run.status,
            outputs: yield* runs.listOutputKeys(scope, run.runId),
            completions: (yield* runs.listSteps(scope, run.runId)).filter((s) => s.kind === "completed").map((s) => s.stepId),
            ends: (yield* events.read(scope, run.runId, { limit: 1000 })).events.filter((e) => e.eventId === Terminalize.terminalEventId(run.runId)).length,
            result: WorkflowRecords.executionState(run).pipe((o) => (o._tag === "Some" ? o.value.result : undefined))
          })
        }
        cursor = page.nextCursor._tag === "Some" ? page.nextCursor.value : undefined
      } while (cursor !== undefined)
      return out
    }).pipe(Effect.provide(layer))
  )

/** The timers still due (fire time past, not claimed) in the engine's scope. */
const dueTimers = (layer: Layer.Layer<TimerStore.TimerStore, unknown>) =>
  Effect.runPromise(
    Effect.flatMap(TimerStore.TimerStore, (timers) => timers.due(scope, new Date(Date.now() + 60_000), { limit: 1000 })).pipe(
      Effect.map((due) => due.map((t) => `${t.runId} ${t.timerId}`)),
      Effect.provide(layer)
    )
  )

describe("workflow control plane across processes (SQLite)", () => {
  it(`1 runner and 8 clients on one file for ${seconds} s: no locked database, no StoreUnavailable, every execution completes`, async () => {
    const file = path.join(dir, "control.db")
    const runner = await startWorker(["worker", `sqlite:${file}`, "runner", path.join(dir, "runner.log")])
    let started = 0
    try {
      const clients = await Promise.all(
        Array.from({ length: 8 }, (_, i) => completion(spawn(worker.file, ["client", `sqlite:${file}`, `client-${i}`, String(seconds)])))
      )
      const reports = clients.map((c, i) => {
        assert.strictEqual(c.code, 0, `client ${i} exits cleanly: ${c.stderr} ${c.stdout.slice(-2000)}`)
        const report = jsonLines(c.stdout).find((l) => "results" in l) as
          | {
            readonly started: number
            readonly results: ReadonlyArray<string>
            readonly failures: ReadonlyArray<{ readonly tag: string; readonly message: string }>
          }
          | undefined
        assert.isDefined(report, `client ${i} reports`)
        return report!
      })
      started = reports.reduce((n, r) => n + r.started, 0)
      const failures = reports.flatMap((r) => r.failures)
      assert.deepStrictEqual(failures.filter((f) => /database is locked|SQLITE_BUSY/i.test(f.message)), [], "no locked database")
      assert.deepStrictEqual(failures.filter((f) => /StoreUnavailable/.test(f.message) || f.tag === "StoreUnavailable"), [], "no StoreUnavailable")
      assert.deepStrictEqual(failures, [], "no failure of any kind reaches a client")
      for (const [i, report] of reports.entries()) {
        assert.isAtLeast(report.started, 1, `client ${i}: started executions`)
        assert.strictEqual(report.results.length, report.started, `client ${i}: every execution completed`)
        for (const result of report.results) assert.match(result, new RegExp(`^reserved client-${i}-\\d+, approved by client-${i}$`))
      }
    } finally {
      runner.child.stdin.end()
      await runner.done
    }
    const stored = await executions(SqliteStore.layer({ filename: file }), "Order")
    assert.strictEqual(stored.length, started, "one run per execution")
    assert.deepStrictEqual(await dueTimers(SqliteStore.layer({ filename: file })), [], "no timer of the engine is left due")
    for (const execution of stored) {
      assert.strictEqual(execution.status, "Completed", `${execution.id}: completed`)
      assert.strictEqual(execution.ends, 1, `${execution.id}: completed once`)
      assert.deepStrictEqual([...execution.completions].sort(), ["charge", "reserve"], `${execution.id}: each activity recorded once`)
    }
  }, 600_000)
})

const schema = fileSchema("workflow_multiprocess")

describePg("workflow: many workers (Postgres)", () => {
  it("4 workers share 100 executions; one is killed midway and the others finish its work", async () => {
    const store = `pg:${schema}`
    const logs = Array.from({ length: 4 }, (_, i) => path.join(dir, `pg-worker-${i}.log`))
    for (const log of logs) fs.writeFileSync(log, "")
    const workers = await Promise.all(logs.map((log, i) => startWorker(["worker", store, `w${i}`, log])))
    const pgLayer = PgStore.layer({ url: Redacted.make(pgUrl), schema, maxConnections: 2 })
    try {
      const started = await completion(spawn(worker.file, ["start", store, "many", "100"]))
      assert.strictEqual(started.code, 0, `the executions start: ${started.stderr}`)
      // Kill one worker once it has run some activities (counted from its log, not timed).
      for (let i = 0; i < 3000 && fs.readFileSync(logs[0]!, "utf8").split("\n").length < 20; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      workers[0]!.child.kill("SIGKILL")
      await workers[0]!.done
      let pending = 100
      for (let i = 0; i < 600 && pending > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        pending = (await executions(pgLayer, "Ten")).filter((e) => e.status !== "Completed").length
      }
      assert.strictEqual(pending, 0, "every execution completes")
    } finally {
      for (const w of workers.slice(1)) w.child.stdin.end()
      await Promise.all(workers.slice(1).map((w) => w.done))
    }
    const stored = await executions(pgLayer, "Ten")
    assert.strictEqual(stored.length, 100)
    const steps = Array.from({ length: 10 }, (_, i) => `step-${i}`)
    for (const execution of stored) {
      assert.strictEqual(execution.ends, 1, `${execution.id}: completed exactly once`)
      assert.deepStrictEqual([...execution.completions].sort(), steps, `${execution.id}: one recorded result per activity`)
      assert.strictEqual(execution.outputs.length, 10, `${execution.id}: ten outputs`)
      assert.deepStrictEqual(execution.result, { _tag: "Success", value: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] })
    }
    assert.deepStrictEqual(await dueTimers(pgLayer), [], "no timer of the engine is left due")
    const ran = logs.map((log) => fs.readFileSync(log, "utf8").split("\n").filter((l) => l.length > 0).length)
    assert.isAtLeast(ran[0]!, 20, "the killed worker had run activities")
    assert.isAtLeast(ran.slice(1).filter((n) => n > 0).length, 2, "the work was shared")
  }, 600_000)
})
