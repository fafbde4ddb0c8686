/**
 * What every scenario of the kit is built on: the initializer a backend author writes, the store
 * handle a scenario works with, and how a fresh store is opened (as an Effect, or as a Promise for
 * fast-check's async properties).
 */
import type { Limits, SnapshotStore, SpecStore, Stores as CoreStores, TimerStore } from "@runledger/core"
import { Compaction, ContextStore, EventLog, EventStream, LeaseStore, RunCommit, RunStore, RunTransition } from "@runledger/core"
import * as Core from "@runledger/core"
import { Context, Effect, Exit, Layer, Option, Scope } from "effect"
import type { DriverFaultPoint } from "../Faults.js"
import * as Clock from "./clock.js"

/** Every store service a backend provides. */
export type Stores = CoreStores.Stores

/** What a backend declares about itself; each flag selects scenarios, none switches a check off. */
export interface Capabilities {
  /**
   * The layer also provides `RunTransition` (status and event committed in one transaction). The kit
   * then requires that service and checks it is all-or-nothing; without the flag it checks the
   * split path, where status and event are written one after the other.
   */
  readonly atomicStatusAndEvent: boolean
  /**
   * The layer also provides `RunCommit` (a step's output, ledger entries, events, timers and state
   * committed in one transaction). The kit then requires that service and checks it is
   * all-or-nothing, fenced and idempotent. Default off.
   */
  readonly runCommit?: boolean
  /**
   * Every call runs in this process (no network, no driver pool), so `fc.scheduler` can choose the
   * interleaving of racing calls. Backends over a real database leave it off: their races are
   * exercised with real fibers instead.
   */
  readonly inProcess?: boolean
  /**
   * Concurrent writes are committed together, several in one transaction (group commit). With a
   * `driverFaults` point, the kit then requires that it saw such commits, and fails them.
   */
  readonly groupCommit?: boolean
}

/** How a backend is brought up for the kit. */
export interface Initializer {
  /** Shown in the suite's title. */
  readonly name: string
  /**
   * Provides every store service (and `RunTransition` when `atomicStatusAndEvent`). Each build must
   * give a FRESH, EMPTY store — the kit builds it once per scenario and once per property run, and
   * its checks assume nothing else is in it (e.g. a new in-memory state, a new temporary SQLite file,
   * a new Postgres schema).
   */
  readonly layer: Layer.Layer<Stores, unknown>
  /** Runs once before the suite (start a container, create a database). */
  readonly setup?: Effect.Effect<void, unknown>
  /** Runs once after the suite, also when it failed. */
  readonly teardown?: Effect.Effect<void, unknown>
  readonly capabilities: Capabilities
  /**
   * The input limits the backend's stores were made with, when not `Limits.defaults`: the bad-input
   * scenarios send values just over them.
   */
  readonly limits?: Partial<Limits.Limits>
  /**
   * The history size guard the layer's event log was made with, when not `EventStream.defaultGuard`
   * (unset fields keep the default's). The kit appends past each threshold of it: a small guard
   * keeps that fast.
   */
  readonly history?: Partial<EventStream.HistoryGuard>
  /**
   * The most events one compaction transaction of the layer's event log prunes, when not
   * `Compaction.DefaultChunkSize`. The kit compacts a log many chunks long and checks that an append
   * issued meanwhile is not held out until the end.
   */
  readonly compactionChunkSize?: number
  /**
   * The backend's layer (fresh and empty on every build, as `layer`) with the kit's driver fault
   * point wired into its driver: declare it when your backend can take one. The kit then fails
   * COMMITs — alone and, with `groupCommit`, shared by several writes — and loses connections after
   * COMMIT under concurrent writers, and checks that every acknowledged write reads back and every
   * failed one is absent.
   */
  readonly driverFaults?: (point: DriverFaultPoint) => Layer.Layer<Stores, unknown>
}

/** The history guard an initializer's layer was made with. */
export const guardOf = (initializer: Initializer): EventStream.HistoryGuard => ({
  ...EventStream.defaultGuard,
  ...initializer.history
})

/** The compaction chunk size an initializer's layer was made with. */
export const chunkSizeOf = (initializer: Initializer): number => initializer.compactionChunkSize ?? Compaction.DefaultChunkSize

/** The resolved sizes of one kit run. */
export interface Settings {
  /** Runs per fast-check property. */
  readonly numRuns: number
  /** fast-check seed, to replay a failure. */
  readonly seed: number | undefined
  /** fast-check path, to replay a failure (with `seed`). */
  readonly path: string | undefined
  /** Rounds of each real race. */
  readonly rounds: number
  /** Injected faults the ambiguous-commit scenario must survive at least. */
  readonly faults: number
  /** Whether fast-check shrinks a counterexample (slower on failure, clearer report). */
  readonly shrink: boolean
}

/** The services of one fresh store, with the clock its timestamps come from. */
export interface Store {
  readonly context: Context.Context<Stores>
  readonly clock: Clock.ControlledClock
  readonly runs: RunStore.Service
  readonly globals: ContextStore.Service
  readonly events: EventLog.Service
  readonly snapshots: SnapshotStore.Service
  readonly specs: SpecStore.Service
  readonly timers: TimerStore.Service
  readonly leases: LeaseStore.Service
  /** The atomic status-and-event service, when the backend provides it. */
  readonly transition: Option.Option<RunTransition.Service>
  /** The one-transaction step commit, when the backend provides it. */
  readonly commit: Option.Option<RunCommit.Service>
}

/** The store handle over a built context. */
export const storeOf = (context: Context.Context<Stores>, clock: Clock.ControlledClock): Store => ({
  context,
  clock,
  runs: Context.get(context, RunStore.RunStore),
  globals: Context.get(context, ContextStore.ContextStore),
  events: Context.get(context, EventLog.EventLog),
  snapshots: Context.get(context, Core.SnapshotStore.SnapshotStore),
  specs: Context.get(context, Core.SpecStore.SpecStore),
  timers: Context.get(context, Core.TimerStore.TimerStore),
  leases: Context.get(context, LeaseStore.LeaseStore),
  transition: Context.getOption(context as Context.Context<unknown>, RunTransition.RunTransition),
  commit: Context.getOption(context as Context.Context<unknown>, RunCommit.RunCommit)
})

/** The store handle with some services replaced (a fault-injecting wrapper, a split). */
export const withContext = (store: Store, context: Context.Context<Stores>): Store => storeOf(context, store.clock)

/** A store opened outside Effect, for fast-check's Promise-based runners. */
export interface OpenStore extends Store {
  /** Run an effect against this store's clock. */
  readonly exec: <A, E>(effect: Effect.Effect<A, E>) => Promise<Exit.Exit<A, E>>
  /** Release the store (closes the layer's scope). */
  readonly close: () => Promise<void>
}

/** Run `body` against a fresh, empty store built from `layer`, its clock at `Clock.Epoch`. */
export const fresh = <A, E>(
  layer: Layer.Layer<Stores, unknown>,
  body: (store: Store) => Effect.Effect<A, E>
): Effect.Effect<A, E | unknown> => {
  const clock = Clock.make()
  return Effect.scoped(Effect.flatMap(Layer.build(layer), (context) => body(storeOf(context, clock)))).pipe(
    Effect.withClock(clock)
  )
}

/** Open a fresh store for a Promise-based runner. */
export const open = async (layer: Layer.Layer<Stores, unknown>): Promise<OpenStore> => {
  const clock = Clock.make()
  const scope = await Effect.runPromise(Scope.make())
  const context = await Effect.runPromise(Layer.buildWithScope(layer, scope).pipe(Effect.withClock(clock)))
  return {
    ...storeOf(context, clock),
    exec: (effect) => Effect.runPromiseExit(Effect.withClock(effect, clock)),
    close: () => Effect.runPromise(Scope.close(scope, Exit.void))
  }
}

/** One check of the kit. */
export interface Scenario {
  /** The group it belongs to ("RunStore", "Races", …); a test file's `describe`. */
  readonly suite: string
  readonly name: string
  /** Whether it applies to a backend with these capabilities (default: always). */
  readonly applies?: (capabilities: Capabilities, initializer: Initializer) => boolean
  readonly run: (env: Env) => Effect.Effect<void, unknown>
}

/** What a scenario runs with. */
export interface Env {
  readonly initializer: Initializer
  readonly settings: Settings
}

/** A scenario that runs `body` once against a fresh store. */
export const scenario = (
  suite: string,
  name: string,
  body: (store: Store, env: Env) => Effect.Effect<void, unknown>,
  applies?: (capabilities: Capabilities, initializer: Initializer) => boolean
): Scenario => ({
  suite,
  name,
  ...(applies === undefined ? {} : { applies }),
  run: (env) => fresh(env.initializer.layer, (store) => body(store, env))
})
