/**
 * One worker process of the demo: opens the SQLite store and runs (or resumes) the flow. With
 * `DEMO_CRASH_AFTER=<step>` it kills itself with SIGKILL right after that step's output became
 * durable and before the step is marked completed — the worst moment for a crash.
 */
import { SqliteStore } from "@runledger/adapter-sqlite"
import { Console, Effect } from "effect"
import * as Flow from "./Flow.js"

const filename = process.env.DEMO_DB ?? "./runledger-orchestrator.db"
const crashAfter = process.env.DEMO_CRASH_AFTER
const worker = `worker-${process.pid}`
const log = Flow.printer(`  [${worker}]`)

const program = Flow.run({
  worker,
  log,
  afterOutputDurable: (stepId) =>
    stepId === crashAfter
      ? Effect.zipRight(
        log(`step ${stepId}: output is durable — now crashing with SIGKILL before the step is marked completed`),
        Effect.sync(() => {
          process.kill(process.pid, "SIGKILL")
        })
      )
      : Effect.void
}).pipe(Effect.provide(SqliteStore.layer({ filename })))

Effect.runPromise(program).then(
  () => process.exit(0),
  (error: unknown) => {
    void Effect.runPromise(Console.error(`  [${worker}] failed: ${error instanceof Error ? error.message : String(error)}`))
    process.exit(1)
  }
)
