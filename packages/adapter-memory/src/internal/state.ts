import type { Lease, Run, Snapshot, Spec, StepLedger, StepOutput, Timer } from "@runledger/core"
import { TenantScope } from "@runledger/core"
import { Effect, Either, HashMap, Option, Ref } from "effect"
import type { EventsState } from "./eventState.js"
import { emptyEvents } from "./eventState.js"

/** A run with everything keyed to it. */
export interface RunRecord {
  readonly run: Run.Run
  readonly steps: StepLedger.StepLedger
  readonly failures: ReadonlyArray<StepLedger.FailureEntry>
  readonly outputs: StepOutput.Outputs
}

/**
 * The whole memory store as one immutable value behind one `Ref`: every operation is a single
 * `Ref.modify` of a pure function, so it is atomic with respect to every other fiber, and
 * operations spanning several stores (fencing, continue-as-new) stay atomic too.
 */
export interface MemoryState {
  readonly runs: HashMap.HashMap<string, RunRecord>
  readonly globals: HashMap.HashMap<string, StepOutput.GlobalValue>
  /** Event streams by `scopedKey(scope, runId)` and the change feed over them. */
  readonly events: EventsState
  /** Snapshots in their stored (encoded, versioned) form, by `scopedKey(scope, snapshotId)`. */
  readonly snapshots: HashMap.HashMap<string, Snapshot.Stored>
  /** Spec histories by `scopedKey(scope, specId)`; a deleted spec keeps its revision counter. */
  readonly specs: HashMap.HashMap<string, Spec.SpecHistory>
  /** Timers by `scopedKey(scope, timerKey(runId, timerId))`. */
  readonly timers: HashMap.HashMap<string, Timer.Timer>
  /** Leases by `scopedKey(scope, runId)`: the same key as the run, so a fenced write finds its lease. */
  readonly leases: HashMap.HashMap<string, Lease.Lease>
}

export const emptyState: MemoryState = {
  runs: HashMap.empty(),
  globals: HashMap.empty(),
  events: emptyEvents,
  snapshots: HashMap.empty(),
  specs: HashMap.empty(),
  timers: HashMap.empty(),
  leases: HashMap.empty()
}

/** The key of a record owned by one scope. NUL separates scope components, SOH the scope from the id. */
export const scopedKey = (scope: TenantScope.Input, id: string): string => `${TenantScope.key(scope)}\u0001${id}`

/** The prefix shared by every key of a scope. */
export const scopePrefix = (scope: TenantScope.Input): string => `${TenantScope.key(scope)}\u0001`

/**
 * Decide on the state atomically: `decide` returns the result (or a typed failure) and the next
 * state, or `undefined` as next state when nothing changes.
 */
export const transact = <A, E>(
  ref: Ref.Ref<MemoryState>,
  decide: (state: MemoryState) => readonly [Either.Either<A, E>, MemoryState | undefined]
): Effect.Effect<A, E> =>
  Effect.flatten(
    Ref.modify(ref, (state) => {
      const [result, next] = decide(state)
      return [result, next ?? state]
    })
  )

/** A read of the current state. */
export const read = <A>(ref: Ref.Ref<MemoryState>, f: (state: MemoryState) => A): Effect.Effect<A> =>
  Effect.map(Ref.get(ref), f)

export const lookup = <V>(map: HashMap.HashMap<string, V>, key: string): V | undefined =>
  Option.getOrUndefined(HashMap.get(map, key))
