/**
 * The store services as one type: what a backend's layer provides. Backends and the conformance kit
 * name these unions instead of listing the tags again.
 *
 * @since 0.1.0
 */
import { Context } from "effect"
import * as ContextStore from "./ContextStore.js"
import * as EventLog from "./EventLog.js"
import * as LeaseStore from "./LeaseStore.js"
import * as RunCommit from "./RunCommit.js"
import * as RunStore from "./RunStore.js"
import * as RunTransition from "./RunTransition.js"
import * as SnapshotStore from "./SnapshotStore.js"
import * as SpecStore from "./SpecStore.js"
import * as TimerStore from "./TimerStore.js"

/**
 * Every store service a backend provides.
 *
 * @since 0.1.0
 */
export type Stores =
  | RunStore.RunStore
  | ContextStore.ContextStore
  | EventLog.EventLog
  | SnapshotStore.SnapshotStore
  | SpecStore.SpecStore
  | TimerStore.TimerStore
  | LeaseStore.LeaseStore

/**
 * Every store service plus the atomic status-and-event capability, as backends that commit both in
 * one transaction provide them.
 *
 * @since 0.1.0
 */
export type WithTransition = Stores | RunTransition.RunTransition

/**
 * Every store service, `RunTransition` and the one-transaction step commit (`RunCommit`), as backends
 * whose stores all share one transaction provide them.
 *
 * @since 0.1.0
 */
export type WithCommit = WithTransition | RunCommit.RunCommit

/**
 * The backends of a store whose runs and events commit together: one per store, plus the atomic
 * status-and-event capability.
 *
 * @since 0.1.0
 */
export interface Backends {
  readonly runs: RunStore.Backend
  readonly events: EventLog.Backend
  readonly context: ContextStore.Backend
  readonly snapshots: SnapshotStore.Backend
  readonly specs: SpecStore.Backend
  readonly timers: TimerStore.Backend
  readonly leases: LeaseStore.Backend
  readonly transition: RunTransition.Backend
}

/**
 * The options every store's `make` understands (limits, the history guard, the compaction chunk).
 *
 * @since 0.1.0
 */
export type Options =
  & RunStore.Options
  & EventLog.Options
  & SnapshotStore.Options
  & SpecStore.Options
  & RunTransition.Options
  & RunCommit.Options

/**
 * Every store service and `RunTransition` over `backends`, each decoding its inputs and tracing its
 * calls (`make` of each store): what a backend's layer provides.
 *
 * @since 0.1.0
 */
export const make = (backends: Backends, options: Options = {}): Context.Context<WithTransition> =>
  Context.make(RunStore.RunStore, RunStore.make(backends.runs, options)).pipe(
    Context.add(EventLog.EventLog, EventLog.make(backends.events, options)),
    Context.add(ContextStore.ContextStore, ContextStore.make(backends.context, options)),
    Context.add(SnapshotStore.SnapshotStore, SnapshotStore.make(backends.snapshots, options)),
    Context.add(SpecStore.SpecStore, SpecStore.make(backends.specs, options)),
    Context.add(TimerStore.TimerStore, TimerStore.make(backends.timers)),
    Context.add(LeaseStore.LeaseStore, LeaseStore.make(backends.leases)),
    Context.add(RunTransition.RunTransition, RunTransition.make(backends.transition, options))
  )

/**
 * The backends of a store whose stores all share one transaction: {@link Backends} plus the step
 * commit.
 *
 * @since 0.1.0
 */
export interface BackendsWithCommit extends Backends {
  readonly commit: RunCommit.Backend
}

/**
 * {@link make}, plus `RunCommit` over `backends.commit`.
 *
 * @since 0.1.0
 */
export const makeWithCommit = (backends: BackendsWithCommit, options: Options = {}): Context.Context<WithCommit> =>
  Context.add(make(backends, options), RunCommit.RunCommit, RunCommit.make(backends.commit, options))
