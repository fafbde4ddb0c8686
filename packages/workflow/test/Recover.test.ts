/**
 * `runledger recover` knows the engine's executions: a suspended one is left to the engine (nothing
 * to recover), one whose worker died is resumed by any worker's sweep — said as such, not as "a
 * worker must acquire the lease".
 */
import { assert, describe, it } from "@effect/vitest"
import { DurableDeferred, Workflow } from "@effect/workflow"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { LeaseStore, RunStore } from "@runledger/core"
import { RunledgerEngine, WorkflowRecords } from "@runledger/workflow"
import { Effect, Layer, Schema } from "effect"
import { execFileSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const bin = path.resolve(import.meta.dirname, "..", "..", "cli", "bin", "runledger.mjs")
const scope = WorkflowRecords.DefaultScope

const Waits = Workflow.make({ name: "Waits", payload: { id: Schema.String }, idempotencyKey: ({ id }) => id })
const gate = DurableDeferred.make("gate")

describe("runledger recover and the workflow engine", () => {
  it.live("a suspended execution is left to the engine; one whose worker died is resumed by a worker's sweep", () =>
    Effect.gen(function*() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-workflow-recover-"))
      const file = path.join(dir, "store.db")
      const store = SqliteStore.layer({ filename: file })
      // One execution suspends on its gate under a worker that then stops.
      const suspended = yield* Effect.scoped(
        Effect.gen(function*() {
          const id = yield* Waits.execute({ id: "suspended" }, { discard: true })
          for (let i = 0; i < 500 && (yield* Waits.poll(id))?._tag !== "Suspended"; i++) yield* Effect.sleep("10 millis")
          return id
        }).pipe(Effect.provide(Waits.toLayer(() => DurableDeferred.await(gate)).pipe(Layer.provideMerge(RunledgerEngine.layer()), Layer.provide(store))))
      )
      // Another was started by a worker that died (its lease expired, never given back).
      const dead = yield* Effect.scoped(
        Effect.gen(function*() {
          const id = yield* Waits.execute({ id: "dead" }, { discard: true })
          yield* (yield* RunStore.RunStore).casStatus(scope, id, "Pending", "Running")
          yield* (yield* LeaseStore.LeaseStore).acquire(scope, id, "dead-worker", "1 millis")
          return id
        }).pipe(Effect.provide(RunledgerEngine.layer().pipe(Layer.provideMerge(store))))
      )
      yield* Effect.sleep("20 millis")
      const out = execFileSync(process.execPath, [bin, "recover", "--dry-run", "--db", file, "--tenant", "runledger/workflows"], { encoding: "utf8" })
      assert.match(out, new RegExp(`${suspended} \\[Running\\]: workflow Waits: suspended .* nothing to recover`))
      assert.match(out, new RegExp(`${dead} \\[Running\\]: workflow Waits: its worker \\("dead-worker"\\) stopped or died; the sweep of any worker running workflow Waits resumes it`))
      const json = JSON.parse(execFileSync(process.execPath, [bin, "recover", "--dry-run", "--json", "--db", file], { encoding: "utf8" })) as {
        readonly workflowExecutions: ReadonlyArray<{ readonly runId: string; readonly suspended: boolean }>
      }
      assert.deepStrictEqual(
        json.workflowExecutions.map((e) => [e.runId, e.suspended]).sort(),
        [[suspended, true], [dead, false]].sort()
      )
      fs.rmSync(dir, { recursive: true, force: true })
    }), 120_000)
})
