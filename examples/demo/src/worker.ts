/**
 * One worker process of the demo: the workflow engine over the SQLite file, the research agent
 * registered, and a call that runs (or attaches to) the execution for the demo's question and waits
 * for its answer. With `DEMO_KILL_IN=<activity>` it kills itself with SIGKILL inside that activity's
 * body, before the activity's result is recorded — mid-flow.
 */
import { SqliteStore } from "@runledger/adapter-sqlite"
import { RunledgerEngine } from "@runledger/workflow"
import { Console, Effect, Layer } from "effect"
import * as Research from "./Research.js"

const filename = process.env.DEMO_DB ?? "./runledger-demo.db"
const killIn = process.env.DEMO_KILL_IN
const worker = `worker-${process.pid}`
const log = (line: string) => Console.log(`  [${worker}] ${line}`)

export const question = "Why must an agent's step output be durable before the step counts as done?"

const agent = Research.ResearchAgent.toLayer(
  Research.body({
    log,
    beforeWork: (activity) =>
      activity === killIn
        ? Effect.zipRight(log(`killed with SIGKILL now, in the middle of "${activity}"`), Effect.sync(() => process.kill(process.pid, "SIGKILL")))
        : Effect.void
  })
)

// A short lease, so the demo's second worker takes over quickly: the engine resumes a dead worker's
// executions once its lease expires (default 5 seconds), plus one sweep.
const engine = RunledgerEngine.layer({ owner: worker, leaseTtl: "2 seconds", sweepInterval: "250 millis" })

const program = Effect.gen(function*() {
  const executionId = yield* Research.ResearchAgent.executionId({ question })
  yield* log(`execution ${executionId} of workflow ResearchAgent`)
  const answer = yield* Research.ResearchAgent.execute({ question })
  yield* log(`execution completed: ${JSON.stringify(answer).slice(0, 110)}…`)
}).pipe(Effect.provide(agent.pipe(Layer.provideMerge(engine), Layer.provide(SqliteStore.layer({ filename })))))

Effect.runPromise(program).then(
  () => process.exit(0),
  (error: unknown) => {
    void Effect.runPromise(Console.error(`  [${worker}] failed: ${error instanceof Error ? error.message : String(error)}`))
    process.exit(1)
  }
)
