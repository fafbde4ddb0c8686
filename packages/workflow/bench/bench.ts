/**
 * `npm run bench -w @runledger/workflow`: runledger's engine side by side, in the same run, with
 * `@effect/cluster`'s `ClusterWorkflowEngine` on `SingleRunner.layer({ runnerStorage: "sql" })` over
 * `@effect/sql-sqlite-node` — both on a SQLite file in WAL mode at `synchronous = FULL` (the cluster's
 * file is told so with a PRAGMA; runledger's store uses it by default). Prints a markdown table for
 * docs/BENCHMARKS.md.
 *
 * Rows: a 10-activity workflow run one at a time (ms per workflow, per activity); 16 concurrent
 * executions (workflows/s); runledger's durable commits per activity (counted at the driver, one
 * at a time and 16 at once); a durable clock's latency past its due time, fired in the process that
 * set it and in another worker; the time a dead worker's execution takes to resume elsewhere.
 *
 * Environment: BENCH_WORKFLOWS (one-at-a-time workflows per engine, default 40), BENCH_CONCURRENT
 * (workflows of the 16-at-once row, default 160), BENCH_CLUSTER=0 to skip the cluster engine.
 */
import { ClusterWorkflowEngine, SingleRunner } from "@effect/cluster"
import { SqliteClient } from "@effect/sql-sqlite-node"
import * as SqlClient from "@effect/sql/SqlClient"
import { Activity, DurableClock, Workflow, WorkflowEngine } from "@effect/workflow"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { LeaseStore, RunStore } from "@runledger/core"
import { RunledgerEngine, WorkflowRecords } from "@runledger/workflow"
import { Duration, Effect, Layer, Schema } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const sequential = Number(process.env.BENCH_WORKFLOWS ?? 40)
const concurrent = Number(process.env.BENCH_CONCURRENT ?? 160)
const withCluster = process.env.BENCH_CLUSTER !== "0"
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-workflow-bench-"))

/** The benchmark's workflow: ten activities in a row, as an application writes them. */
const Ten = Workflow.make({ name: "Ten", payload: { id: Schema.String }, success: Schema.Number, idempotencyKey: ({ id }) => id })
const TenLive = Ten.toLayer(() =>
  Effect.gen(function*() {
    let sum = 0
    for (let i = 0; i < 10; i++) {
      sum += yield* Activity.make({ name: `step-${i}`, success: Schema.Number, execute: Effect.succeed(i) })
    }
    return sum
  })
)

/** A workflow that sleeps on a durable clock, then records when it woke. */
const Sleeper = Workflow.make({ name: "Sleeper", payload: { id: Schema.String, ms: Schema.Number }, success: Schema.Number, idempotencyKey: ({ id }) => id })
const SleeperLive = Sleeper.toLayer(({ ms }) =>
  Effect.gen(function*() {
    yield* DurableClock.sleep({ name: "nap", duration: Duration.millis(ms), inMemoryThreshold: Duration.zero })
    return yield* Activity.make({ name: "woke", success: Schema.Number, execute: Effect.sync(() => Date.now()) })
  })
)

const time = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.map(Effect.sync(() => performance.now()), (start) => start).pipe(
    Effect.flatMap((start) => Effect.map(effect, (a) => [a, performance.now() - start] as const))
  )

/** The one-at-a-time and 16-at-once rows for the engine in context. */
const throughput = (label: string) =>
  Effect.gen(function*() {
    for (let i = 0; i < 10; i++) yield* Ten.execute({ id: `${label}-warm-${i}` })
    const [, oneAtATime] = yield* time(Effect.forEach(Array.from({ length: sequential }, (_, i) => i), (i) => Ten.execute({ id: `${label}-seq-${i}` })))
    const [, sixteen] = yield* time(
      Effect.forEach(Array.from({ length: concurrent }, (_, i) => i), (i) => Ten.execute({ id: `${label}-c16-${i}` }), { concurrency: 16 })
    )
    return { msPerWorkflow: oneAtATime / sequential, workflowsPerSecond: concurrent / (sixteen / 1000) }
  })

const runledgerStore = (file: string, commits?: { n: number; writes: number }) =>
  SqliteStore.layer({
    filename: file,
    ...(commits === undefined ? {} : {
      driverFaults: {
        beforeCommit: (writes: number) => {
          commits.n++
          commits.writes += writes
          return undefined
        }
      }
    })
  })

const runledger = (file: string, commits?: { n: number; writes: number }) =>
  Layer.mergeAll(TenLive, SleeperLive).pipe(Layer.provideMerge(RunledgerEngine.layer()), Layer.provideMerge(runledgerStore(file, commits)))

const cluster = (file: string) =>
  Layer.mergeAll(TenLive, SleeperLive).pipe(
    Layer.provideMerge(ClusterWorkflowEngine.layer),
    Layer.provideMerge(SingleRunner.layer({ runnerStorage: "sql" })),
    Layer.provideMerge(
      Layer.effectDiscard(Effect.flatMap(SqlClient.SqlClient, (sql) => sql`PRAGMA synchronous = FULL`)).pipe(
        Layer.provideMerge(SqliteClient.layer({ filename: file }))
      )
    ),
    Layer.orDie
  )

/** How late a clock of `ms` fires, in the engine in context. */
const clockLatency = (id: string, ms: number) =>
  Effect.gen(function*() {
    const start = Date.now()
    const woke = yield* Sleeper.execute({ id, ms })
    return woke - (start + ms)
  })

const main = Effect.gen(function*() {
  const rows: Array<string> = []
  const row = (name: string, runledgerValue: string, clusterValue: string, note: string) =>
    rows.push(`| ${name} | ${runledgerValue} | ${clusterValue} | ${note} |`)

  const ours = yield* throughput("rl").pipe(Effect.provide(runledger(path.join(dir, "runledger.db"))))
  const theirs = withCluster ? yield* throughput("cl").pipe(Effect.provide(cluster(path.join(dir, "cluster.db")))) : undefined

  // Durable commits per activity, counted at runledger's driver (a separate run: counting costs time).
  const commits = { n: 0, writes: 0 }
  const counted = yield* Effect.gen(function*() {
    for (let i = 0; i < 5; i++) yield* Ten.execute({ id: `count-warm-${i}` })
    commits.n = 0
    for (let i = 0; i < 20; i++) yield* Ten.execute({ id: `count-seq-${i}` })
    const alone = commits.n / 200
    commits.n = 0
    yield* Effect.forEach(Array.from({ length: 160 }, (_, i) => i), (i) => Ten.execute({ id: `count-c16-${i}` }), { concurrency: 16 })
    return { alone, sixteen: commits.n / 1600 }
  }).pipe(Effect.provide(runledger(path.join(dir, "counted.db"), commits)))

  // Clock latency: in the process that set the clock, and in another worker (the first one stopped).
  const local = yield* Effect.forEach([0, 1, 2, 3, 4], (i) => clockLatency(`local-${i}`, 300)).pipe(Effect.provide(runledger(path.join(dir, "clock.db"))))
  const crossFile = path.join(dir, "cross.db")
  const cross = yield* Effect.forEach([0, 1, 2], (i) =>
    Effect.gen(function*() {
      const start = Date.now()
      const ms = 500
      const executionId = yield* Effect.scoped(
        Effect.flatMap(Layer.build(runledger(crossFile)), (context) => Sleeper.execute({ id: `cross-${i}`, ms }, { discard: true }).pipe(Effect.provide(context), Effect.tap(() => Effect.sleep("100 millis"))))
      )
      const woke = yield* Sleeper.execute({ id: `cross-${i}`, ms }).pipe(Effect.provide(runledger(crossFile)))
      void executionId
      return woke - (start + ms)
    }))
  const theirClock = withCluster ? yield* clockLatency("cluster-clock", 300).pipe(Effect.provide(cluster(path.join(dir, "cluster-clock.db")))) : undefined

  // Resume latency: a worker dies holding an execution's lease (default TTL, 5 s); another worker
  // started at that moment resumes it.
  const resumeFile = path.join(dir, "resume.db")
  const resume = yield* Effect.gen(function*() {
    const executionId = yield* Ten.execute({ id: "orphan" }, { discard: true }).pipe(Effect.provide(RunledgerEngine.layer().pipe(Layer.provideMerge(runledgerStore(resumeFile)))))
    const died = Date.now()
    yield* Effect.gen(function*() {
      yield* (yield* RunStore.RunStore).casStatus(WorkflowRecords.DefaultScope, executionId, "Pending", "Running")
      yield* (yield* LeaseStore.LeaseStore).acquire(WorkflowRecords.DefaultScope, executionId, "dead-worker", "5 seconds")
    }).pipe(Effect.provide(runledgerStore(resumeFile)))
    yield* Effect.gen(function*() {
      const engine = yield* WorkflowEngine.WorkflowEngine
      while ((yield* engine.poll(Ten, executionId))?._tag !== "Complete") yield* Effect.sleep("10 millis")
    }).pipe(Effect.provide(runledger(resumeFile)))
    return Date.now() - died
  })

  const fmt = (n: number, digits = 1) => n.toFixed(digits)
  const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  rows.push("| row | runledger | ClusterWorkflowEngine | note |", "|---|---|---|---|")
  row("10-activity workflow, one at a time (ms)", fmt(ours.msPerWorkflow), theirs === undefined ? "—" : fmt(theirs.msPerWorkflow), `${sequential} workflows in a row`)
  row("per activity (ms)", fmt(ours.msPerWorkflow / 10, 2), theirs === undefined ? "—" : fmt(theirs.msPerWorkflow / 10, 2), "the workflow's time / 10")
  row("16 concurrent executions (workflows/s)", fmt(ours.workflowsPerSecond), theirs === undefined ? "—" : fmt(theirs.workflowsPerSecond), `${concurrent} workflows, 16 at a time`)
  row("durable commits per activity, one at a time", fmt(counted.alone, 2), "—", "COMMITs counted at runledger's driver / 200 activities (includes the execution's create, lease and end)")
  row("durable commits per activity, 16 at once", fmt(counted.sixteen, 2), "—", "group commit shares them")
  row("clock latency past due, same worker (ms)", `${median(local)} (max ${Math.max(...local)})`, theirClock === undefined ? "—" : String(theirClock), "a 300 ms durable clock; median of 5")
  row("clock latency past due, another worker (ms)", `${median(cross)} (max ${Math.max(...cross)})`, "—", "set by a worker that stopped; fired by the next one's poller (50 ms)")
  row("dead worker's execution resumed after (ms)", String(resume), "—", "lease TTL 5 s + one sweep (1 s)")
  console.log(rows.join("\n"))
}).pipe(Effect.ensuring(Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))))

Effect.runPromise(main).then(() => process.exit(0), (error) => {
  console.error(error)
  process.exit(1)
})
