/**
 * Crash safety of the engine on SQLite: a worker process running the 10-activity workflow `Ten` is
 * killed with SIGKILL at a seeded SQLite driver call — inside a transaction, at a COMMIT, between a
 * commit and what follows — once per execution, `RUNLEDGER_WORKFLOW_CRASH_POINTS` executions (20 by
 * default). Then one fresh worker process starts: its start-up recovery resumes every execution.
 * Each completes once, with the right result; every activity recorded before the kill is not run
 * again; no activity has two recorded results.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog, RunStore } from "@runledger/core"
import { WorkflowRecords } from "@runledger/workflow"
import { Effect, Option } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { bundle, completion, spawn } from "../../../test-support/child.js"

const points = Number(process.env.RUNLEDGER_WORKFLOW_CRASH_POINTS ?? 20)
const scope = WorkflowRecords.DefaultScope

let worker: Awaited<ReturnType<typeof bundle>>
let dir: string

beforeAll(async () => {
  worker = await bundle(path.join(import.meta.dirname, "support", "worker.ts"), ["better-sqlite3", "pg", "pg-native"])
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-workflow-crash-"))
}, 120_000)
afterAll(() => {
  worker?.dispose()
  if (process.env.KEEP === undefined) fs.rmSync(dir, { recursive: true, force: true })
  else console.log("kept", dir)
})

/** What the store holds of an execution: status, the activities with an output, the completions in the ledger. */
const recorded = (file: string, executionIds: ReadonlyArray<string>) =>
  Effect.runPromise(
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const events = yield* EventLog.EventLog
      const out = new Map<
        string,
        {
          readonly status: string
          readonly outputs: ReadonlyArray<string>
          readonly completed: ReadonlyArray<string>
          readonly result: unknown
          readonly ends: number
        }
      >()
      for (const executionId of executionIds) {
        const run = yield* Effect.option(runs.get(scope, executionId))
        if (Option.isNone(run)) continue
        const steps = yield* runs.listSteps(scope, executionId)
        out.set(executionId, {
          status: run.value.status,
          outputs: yield* runs.listOutputKeys(scope, executionId),
          completed: steps.filter((s) => s.kind === "completed").map((s) => s.stepId),
          result: Option.getOrUndefined(WorkflowRecords.executionState(run.value))?.result,
          ends: (yield* events.read(scope, executionId, { limit: 1000 })).events.filter((e) => e.type === "FlowCompleted").length
        })
      }
      return out
    }).pipe(Effect.provide(SqliteStore.layer({ filename: file })))
  )

/** The driver call a worker dies at: spread over the calls of a run (a run of `Ten` makes ~80). */
const killPoint = (seed: number) => ({ call: 1 + (Math.imul(seed, 2654435761) >>> 0) % 90, after: seed % 2 === 0 })

describe("workflow crash safety (SQLite)", () => {
  it(`SIGKILL at ${points} seeded points, then one fresh worker: each execution completes once, no recorded activity runs again`, async () => {
    const file = path.join(dir, "crash.db")
    const ids: Array<string> = []
    const log = path.join(dir, "crash.log")
    fs.writeFileSync(log, "")
    /** After each worker: what every execution had recorded, and which lines of the log it wrote. */
    const snapshots: Array<{ readonly recorded: ReadonlyMap<string, ReadonlyArray<string>>; readonly from: number; readonly to: number }> = []
    const lines = () => fs.readFileSync(log, "utf8").split("\n").filter((l) => l.length > 0)
    const snapshot = async (from: number) => {
      const all = await Effect.runPromise(
        Effect.gen(function*() {
          const runs = yield* RunStore.RunStore
          return (yield* runs.list(scope, { flowId: "Ten", limit: 1000 })).runs.map((r) => r.runId as string)
        }).pipe(Effect.provide(SqliteStore.layer({ filename: file })))
      )
      const states = await recorded(file, all)
      snapshots.push({
        recorded: new Map([...states].map(([executionId, state]) => [executionId, state.outputs.map((o) => o.split("/")[1]!)])),
        from,
        to: lines().length
      })
    }
    let killed = 0
    for (let seed = 1; seed <= points; seed++) {
      const id = `crash-${seed}`
      const { after, call } = killPoint(seed)
      const from = lines().length
      const run = await completion(spawn(worker.file, ["crash", `sqlite:${file}`, id, String(call), after ? "1" : "0", log]))
      if (run.signal === "SIGKILL") killed++
      else assert.include(run.stdout, "\"done\"", `seed ${seed}: a worker that was not killed completes: ${run.stderr}`)
      ids.push(id)
      await snapshot(from)
    }
    assert.isAtLeast(killed, Math.ceil(points * 0.8), "most workers died at their kill point")
    const executions = await Effect.runPromise(
      Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        const page = yield* runs.list(scope, { flowId: "Ten", limit: 1000 })
        return page.runs.map((r) => [r.runId as string, (r.input as { id: string }).id] as const)
      }).pipe(Effect.provide(SqliteStore.layer({ filename: file })))
    )
    const byId = new Map(executions.map(([executionId, id]) => [id, executionId]))

    // One fresh worker: start-up recovery resumes every execution a kill left.
    const freshLog = path.join(dir, "fresh.log")
    fs.writeFileSync(freshLog, "")
    const fresh = spawn(worker.file, ["worker", `sqlite:${file}`, "fresh", freshLog])
    const done = completion(fresh)
    try {
      let pending = [...byId.values()]
      for (let round = 0; pending.length > 0 && round < 600; round++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        const states = await recorded(file, pending)
        pending = pending.filter((executionId) => states.get(executionId)?.status !== "Completed")
      }
      if (pending.length > 0) {
        const dump = new (await import("better-sqlite3")).default(file, { readonly: true })
        for (const executionId of pending) {
          console.log(executionId, JSON.stringify(dump.prepare("SELECT status, version, state FROM runledger_runs WHERE run_id = ?").all(executionId)))
          console.log("  lease", JSON.stringify(dump.prepare("SELECT owner, token, expires_at, released_at FROM runledger_leases WHERE run_id = ?").all(executionId)), Date.now())
          console.log("  events", dump.prepare("SELECT type FROM runledger_events WHERE run_id = ? ORDER BY seq").all(executionId).map((e) => (e as { type: string }).type).join(","))
        }
        dump.close()
      }
      assert.deepStrictEqual(pending, [], "every execution completes")
    } finally {
      fresh.stdin.end()
      const output = await done
      if (process.env.KEEP !== undefined) fs.writeFileSync(path.join(dir, "fresh.out"), output.stdout + "\n---\n" + output.stderr)
    }

    const after = await recorded(file, [...byId.values()])
    // Every activity recorded when a worker died never ran in any later worker (the killed ones that
    // resumed it, or the fresh one).
    const parsed = (from: number, to?: number) =>
      lines().slice(from, to).map((l) => l.split(" ")).map(([executionId = "", step = ""]) => ({ executionId, step }))
    const freshLines = fs.readFileSync(freshLog, "utf8").split("\n").filter((l) => l.length > 0)
      .map((l) => l.split(" ")).map(([executionId = "", step = ""]) => ({ executionId, step }))
    for (const [k, { recorded: at }] of snapshots.entries()) {
      const later = [...snapshots.slice(k + 1).flatMap((s) => parsed(s.from, s.to)), ...freshLines]
      for (const { executionId, step } of later) {
        assert.isFalse(
          (at.get(executionId) ?? []).includes(step),
          `${executionId}: ${step} was recorded when worker ${k + 1} died, and ran again later`
        )
      }
    }
    let resumed = 0
    for (const id of ids) {
      const executionId = byId.get(id)
      // A worker killed before it created the run leaves nothing to resume.
      if (executionId === undefined) continue
      const state = after.get(executionId)!
      assert.strictEqual(state.status, "Completed", `${id}: completed`)
      assert.deepStrictEqual(state.result, { _tag: "Success", value: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }, `${id}: the result`)
      assert.deepStrictEqual([...state.completed].sort(), Array.from({ length: 10 }, (_, i) => `step-${i}`).sort(), `${id}: one completion per activity`)
      assert.strictEqual(state.outputs.length, 10, `${id}: one result per activity`)
      assert.strictEqual(state.ends, 1, `${id}: one FlowCompleted event`)
      if (freshLines.some((l) => l.executionId === executionId)) resumed++
    }
    assert.isAtLeast(resumed, 1, "the fresh worker resumed executions the kills left")
  }, 600_000)
})
