/**
 * The durable engine for `@effect/workflow` on runledger: workflows, activities, durable clocks and
 * deferreds kept in any runledger store — one SQLite file, one Postgres database shared by many
 * workers, or memory — with no cluster.
 *
 * ```ts
 * import { Activity, Workflow } from "@effect/workflow"
 * import { SqliteStore } from "@runledger/adapter-sqlite"
 * import { RunledgerEngine } from "@runledger/workflow"
 * import { Effect, Layer, Schema } from "effect"
 *
 * const Greet = Workflow.make({ name: "Greet", payload: { name: Schema.String }, success: Schema.String, idempotencyKey: ({ name }) => name })
 *
 * const GreetLive = Greet.toLayer(({ name }) =>
 *   Activity.make({ name: "compose", success: Schema.String, execute: Effect.succeed(`hello ${name}`) }))
 *
 * const program = Greet.execute({ name: "ada" }) // "hello ada", recorded in ./app.db
 *
 * program.pipe(
 *   Effect.provide(GreetLive.pipe(Layer.provideMerge(RunledgerEngine.layer()), Layer.provide(SqliteStore.layer({ filename: "app.db" })))),
 *   Effect.runPromise
 * )
 * ```
 *
 * Every execution is an ordinary runledger run (see `WorkflowRecords` for which record holds
 * what), so `runledger runs show`, `events read`, `verify` and export see it. An execution runs in one
 * worker at a time, under a lease whose fencing token covers every write it makes; a worker that
 * dies loses its leases after `leaseTtl`, and the sweep of another worker resumes its executions
 * from what they recorded.
 *
 * @since 0.1.0
 */
import { Identifiers, TenantScope } from "@runledger/core"
import type { LeaseStore, RunCommit, RunStore, TimerStore } from "@runledger/core"
import { WorkflowEngine } from "@effect/workflow/WorkflowEngine"
import { Duration, Effect, Layer, ParseResult, Schema } from "effect"
import * as Engine from "./internal/engine.js"
import * as Records from "./WorkflowRecords.js"

/**
 * Options of the engine. Every field is optional.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The tenant scope the executions live in. Default `WorkflowRecords.DefaultScope`. */
  readonly scope?: TenantScope.Input | undefined
  /**
   * This worker's name, the owner of the leases it takes. Unique per process (two processes with one
   * name would fence each other). Default `worker-<random uuid>`.
   */
  readonly owner?: string | undefined
  /**
   * How long a lease outlives a worker that stopped renewing it: after a crash its executions resume
   * elsewhere within this plus one sweep. Renewed every third of it. Default 5 seconds.
   */
  readonly leaseTtl?: Duration.DurationInput | undefined
  /**
   * How often the worker looks for due timers another process set (clocks, wake-ups). A clock set in
   * this process fires on time regardless. Default 50 ms.
   */
  readonly pollInterval?: Duration.DurationInput | undefined
  /** How often the worker looks for executions a crashed worker left. Default 1 second. */
  readonly sweepInterval?: Duration.DurationInput | undefined
}

/**
 * The store services the engine needs: every SQL and memory store of runledger provides them.
 *
 * @since 0.1.0
 */
export type Stores = RunStore.RunStore | TimerStore.TimerStore | LeaseStore.LeaseStore | RunCommit.RunCommit

const positive = (name: string) => (input: Duration.DurationInput | undefined, fallback: Duration.Duration) => {
  const duration = Duration.decode(input ?? fallback)
  if (!Duration.isFinite(duration) || Duration.toMillis(duration) <= 0) {
    throw new TypeError(`RunledgerEngine: ${name} must be a positive, finite duration`)
  }
  return duration
}

/**
 * The engine's settings for `options`, validated.
 *
 * @since 0.1.0
 */
export const settings = (options: Options = {}): Engine.Settings => {
  const scope = Schema.decodeUnknownEither(TenantScope.TenantScope)(options.scope ?? Records.DefaultScope)
  if (scope._tag === "Left") throw new TypeError(`RunledgerEngine: scope: ${ParseResult.TreeFormatter.formatErrorSync(scope.left)}`)
  const owner = options.owner ?? `worker-${globalThis.crypto.randomUUID()}`
  const ownerProblem = Identifiers.idProblem(owner)
  if (ownerProblem !== undefined) throw new TypeError(`RunledgerEngine: owner ${ownerProblem}`)
  return {
    scope: { orgId: scope.right.orgId, workspaceId: scope.right.workspaceId, ...(scope.right.deploymentId === undefined ? {} : { deploymentId: scope.right.deploymentId }) },
    owner,
    leaseTtl: positive("leaseTtl")(options.leaseTtl, Duration.seconds(5)),
    pollInterval: positive("pollInterval")(options.pollInterval, Duration.millis(50)),
    sweepInterval: positive("sweepInterval")(options.sweepInterval, Duration.seconds(1))
  }
}

/**
 * The engine over the store services in context. Its timer poller and sweep run as long as the
 * scope; closing it stops the executions it runs (they are not failed, and no compensation runs:
 * it gives their leases back, and another worker, or this one restarted, resumes them).
 *
 * Invalid options are a defect, raised when the engine is made.
 *
 * @since 0.1.0
 */
export const make = (options: Options = {}) =>
  Effect.flatMap(Effect.try({ try: () => settings(options), catch: (error) => error }).pipe(Effect.orDie), Engine.make)

/**
 * The engine as a layer: `@effect/workflow`'s `WorkflowEngine`, over the store services the layer is
 * given (`MemoryStore.layer()`, `SqliteStore.layer(…)`, `PgStore.layer(…)`).
 *
 * @since 0.1.0
 */
export const layer = (options: Options = {}): Layer.Layer<WorkflowEngine, never, Stores> =>
  Layer.scoped(WorkflowEngine, make(options))
