/**
 * The reference backend: every runledger store in process memory, atomic under concurrent fibers.
 * It applies the core reducers and nothing else, so its behaviour is the contract's.
 *
 * Use it in tests and examples, or wherever losing everything on exit is acceptable.
 *
 * @since 0.1.0
 */
import type { Limits } from "@runledger/core"
import { Stores } from "@runledger/core"
import type { EventStream } from "@runledger/core"
import { Effect, Layer, Ref } from "effect"
import { makeCommitBackend } from "./internal/commit.js"
import { makeContextBackend } from "./internal/context.js"
import { makeEventBackend } from "./internal/events.js"
import { makeLeaseBackend } from "./internal/leases.js"
import { makeRunBackend } from "./internal/runs.js"
import { makeSnapshotBackend } from "./internal/snapshots.js"
import { makeSpecBackend } from "./internal/specs.js"
import { makeTimerBackend } from "./internal/timers.js"
import { makeTransitionBackend } from "./internal/transition.js"
import { emptyState } from "./internal/state.js"

/**
 * Options of the memory store.
 *
 * @since 0.1.0
 */
export interface Options {
  /** Input limits; the defaults are `Limits.defaults`. */
  readonly limits?: Partial<Limits.Limits>
  /** The event log's history size guard; unset fields keep `EventStream.defaultGuard`. */
  readonly history?: Partial<EventStream.HistoryGuard>
  /** The most events one compaction transaction prunes; `Compaction.DefaultChunkSize` by default. */
  readonly compactionChunkSize?: number
}

/**
 * The backends of a fresh, empty memory store, sharing one state. Use these to wrap a backend
 * (fault injection, tracing) before turning it into services with `RunStore.make`.
 *
 * @since 0.1.0
 */
export const makeBackends: Effect.Effect<Stores.BackendsWithCommit> = Effect.gen(function*() {
  const ref = yield* Ref.make(emptyState)
  return {
    runs: makeRunBackend(ref),
    events: makeEventBackend(ref),
    context: makeContextBackend(ref),
    snapshots: makeSnapshotBackend(ref),
    specs: makeSpecBackend(ref),
    timers: makeTimerBackend(ref),
    leases: makeLeaseBackend(ref),
    transition: makeTransitionBackend(ref),
    commit: makeCommitBackend(ref)
  }
})

/**
 * The services of a fresh, empty memory store — every store, plus `RunTransition` and `RunCommit`:
 * everything shares one state, so a status change and its event, or a step's output, ledger
 * entries, events and timers, commit together (remove them with the testkit's `Faults.split` to
 * test a deployment where they do not).
 *
 * @since 0.1.0
 */
export const make = (options: Options = {}) =>
  Effect.map(makeBackends, (backends) =>
    Stores.makeWithCommit(backends, options))

/**
 * A fresh, empty memory store providing every store service and the one-transaction capabilities
 * (`RunTransition`, `RunCommit`). Each time the layer is built it starts empty.
 *
 * @since 0.1.0
 */
export const layer = (options: Options = {}): Layer.Layer<Stores.WithCommit> =>
  Layer.effectContext(make(options))
