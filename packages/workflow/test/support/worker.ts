/**
 * The worker process of the workflow engine's multi-process tests (bundled and started with
 * `test-support/child.ts`). Every mode opens the engine over one store — a SQLite file (`sqlite:<path>`)
 * or a Postgres schema (`pg:<schema>`, the server from `RUNLEDGER_PG_URL`) — and prints one JSON line
 * per thing the test waits for.
 *
 *   crash <store> <executionId> <killAt> <after> <log>
 *     Runs the 10-activity workflow `Ten` for `executionId`; at SQLite driver call `killAt` it sends
 *     itself SIGKILL, before the call (`after` 0) or right after it (1). Every activity body appends
 *     `<executionId> <activity> <pid>` to `log` before it returns.
 *
 *   worker <store> <name> <log>
 *     A worker: registers `Ten` and `Order` and runs what the sweep and the timers give it, until its
 *     stdin closes. Prints `{"ready":true}` once registered.
 *
 *   start <store> <name> <count>
 *     Starts `count` executions of `Ten` (discard) named `<name>-<i>` and exits.
 *
 *   client <store> <name> <seconds>
 *     A control-plane client (no workflow registered): for `seconds`, four at a time, starts an
 *     execution of `Order`, completes its `approval` deferred with its token and polls it until it
 *     completes; then prints how many it started, their results, and every failure by its tag and
 *     message.
 */
import { Activity, DurableDeferred, Workflow, WorkflowEngine } from "@effect/workflow"
import { PgStore } from "@runledger/adapter-postgres"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { SqlStore } from "@runledger/sql"
import { RunledgerEngine } from "@runledger/workflow"
import { Cause, Effect, Exit, Layer, Logger, LogLevel, Redacted, Schedule, Schema } from "effect"
import * as fs from "node:fs"
import { layerIntercepted } from "../../../adapter-sqlite/test/support/driver.js"

const [mode = "", storeArg = "", ...args] = process.argv.slice(2)
const line = (value: unknown) => fs.writeSync(1, JSON.stringify(value) + "\n")
const leaseTtl = Number(process.env.RUNLEDGER_TEST_LEASE_MS ?? 1000)
const sweepInterval = Number(process.env.RUNLEDGER_TEST_SWEEP_MS ?? 200)

/** The 10-activity workflow: each activity records that it ran, then returns its index. */
export const Ten = Workflow.make({
  name: "Ten",
  payload: { id: Schema.String },
  success: Schema.Array(Schema.Number),
  idempotencyKey: ({ id }) => id
})

/** An order that waits for an approval from outside. */
export const Order = Workflow.make({
  name: "Order",
  payload: { id: Schema.String },
  success: Schema.String,
  idempotencyKey: ({ id }) => id
})

export const approval = DurableDeferred.make("approval", { success: Schema.String })

const tenLayer = (log: string) =>
  Ten.toLayer(() =>
    Effect.forEach(
      Array.from({ length: 10 }, (_, i) => i),
      (i) =>
        Activity.make({
          name: `step-${i}`,
          success: Schema.Number,
          execute: Effect.map(WorkflowEngine.WorkflowInstance, (instance) => {
            fs.appendFileSync(log, `${instance.executionId} step-${i} ${process.pid}\n`)
            return i
          })
        })
    )
  )

const orderLayer = Order.toLayer(({ id }) =>
  Effect.gen(function*() {
    const reserved = yield* Activity.make({ name: "reserve", success: Schema.String, execute: Effect.succeed(`reserved ${id}`) })
    const approved = yield* DurableDeferred.await(approval)
    return yield* Activity.make({ name: "charge", success: Schema.String, execute: Effect.succeed(`${reserved}, ${approved}`) })
  })
)

const storeLayer = (killAt?: { readonly call: number; readonly after: boolean }) => {
  if (storeArg.startsWith("pg:")) {
    const url = process.env.RUNLEDGER_PG_URL ?? ""
    return PgStore.layer({ url: Redacted.make(url), schema: storeArg.slice(3), maxConnections: 4 })
  }
  const filename = storeArg.replace(/^sqlite:/, "")
  if (killAt === undefined) return SqliteStore.layer({ filename })
  const killer = layerIntercepted((call, _statement, run) => {
    if (call !== killAt.call) return run
    if (!killAt.after) process.kill(process.pid, "SIGKILL")
    return Effect.tap(run, () => Effect.sync(() => process.kill(process.pid, "SIGKILL")))
  })
  return SqlStore.layer({}).pipe(Layer.provide(killer), Layer.provide(SqliteStore.layerClient({ filename })))
}

const engine = (killAt?: { readonly call: number; readonly after: boolean }) =>
  RunledgerEngine.layer({ leaseTtl, sweepInterval, pollInterval: 20 }).pipe(Layer.provideMerge(storeLayer(killAt)))

const tagOf = (u: unknown) => (typeof u === "object" && u !== null && "_tag" in u ? String((u as { _tag: unknown })._tag) : "defect")

const main = (): Effect.Effect<void, unknown> => {
  switch (mode) {
    case "crash": {
      const [executionId = "", killAt = "0", after = "0", log = ""] = args
      return Effect.gen(function*() {
        line({ ready: true })
        const result = yield* Ten.execute({ id: executionId })
        line({ done: result })
      }).pipe(Effect.provide(tenLayer(log).pipe(Layer.provideMerge(engine({ call: Number(killAt), after: after === "1" })))))
    }
    case "worker": {
      const [, log = ""] = args
      return Effect.gen(function*() {
        line({ ready: true })
        // Until the test closes stdin.
        yield* Effect.async<void>((resume) => {
          process.stdin.on("close", () => resume(Effect.void))
          process.stdin.on("end", () => resume(Effect.void))
          process.stdin.resume()
        })
        line({ stopped: true })
      }).pipe(Effect.provide(Layer.mergeAll(tenLayer(log), orderLayer).pipe(Layer.provideMerge(engine()))))
    }
    case "start": {
      const [name = "", count = "0"] = args
      return Effect.gen(function*() {
        for (let i = 0; i < Number(count); i++) yield* Ten.execute({ id: `${name}-${i}` }, { discard: true })
        line({ started: Number(count) })
      }).pipe(Effect.provide(engine()))
    }
    case "client": {
      const [name = "", seconds = "0"] = args
      return Effect.gen(function*() {
        const failures: Array<{ readonly tag: string; readonly message: string }> = []
        const results: Array<string> = []
        const note = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
          Effect.tapErrorCause(effect, (cause) =>
            Effect.sync(() => {
              failures.push({ tag: tagOf(Cause.squash(cause)), message: Cause.pretty(cause).slice(0, 300) })
            }))
        const until = Date.now() + Number(seconds) * 1000
        let next = 0
        const one = (id: string) =>
          Effect.gen(function*() {
            const executionId = yield* note(Order.execute({ id }, { discard: true }))
            yield* note(DurableDeferred.succeed(approval, {
              token: DurableDeferred.tokenFromExecutionId(approval, { workflow: Order, executionId }),
              value: `approved by ${name}`
            }))
            const result = yield* note(Order.poll(executionId)).pipe(
              Effect.flatMap((r) => r?._tag === "Complete" ? Effect.succeed(r.exit) : Effect.fail("not yet" as const)),
              Effect.retry(Schedule.spaced("20 millis"))
            )
            if (Exit.isSuccess(result)) results.push(result.value)
          }).pipe(Effect.catchAllCause(() => Effect.void))
        // Four at a time, starting new ones until the time is up; then every one started is awaited.
        yield* Effect.forEach([0, 1, 2, 3], () =>
          Effect.gen(function*() {
            while (Date.now() < until || next === 0) yield* one(`${name}-${next++}`)
          }), { concurrency: 4, discard: true })
        line({ started: next, results, failures })
      }).pipe(Effect.provide(engine()))
    }
    default:
      return Effect.die(`unknown mode ${mode}`)
  }
}

const logLevel = process.env.RUNLEDGER_TEST_LOG === "debug" ? LogLevel.Debug : LogLevel.Info

Effect.runPromiseExit(main().pipe(Logger.withMinimumLogLevel(logLevel))).then((exit) => {
  if (Exit.isFailure(exit)) {
    line({ error: String(exit.cause) })
    process.exit(1)
  }
  process.exit(0)
})
