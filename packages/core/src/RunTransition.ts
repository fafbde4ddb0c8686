/**
 * The atomic status-and-event commit: a capability of backends whose run store and event log share
 * one transaction (the memory and SQL backends). Terminalization uses it when it is provided, so a
 * failed event append rolls the status change back; without it (a split deployment, or the
 * testkit's `Faults.split`) the status and the event are written one after the other.
 *
 * @since 0.1.0
 */
import type { Option } from "effect"
import { Context, Effect, Schema } from "effect"
import type {
  EventConflict,
  Fenced,
  HistoryLimit,
  InvalidInput,
  InvalidTransition,
  NotFound,
  StoreError
} from "./Errors.js"
import * as EventModel from "./Event.js"
import type * as EventStream from "./EventStream.js"
import { defaultGuard } from "./EventStream.js"
import { RunId } from "./Identifiers.js"
import type { FenceOptions } from "./Lease.js"
import { FenceOptionsSchema } from "./Lease.js"
import * as Limits from "./Limits.js"
import { boundedJson, fence, now, Statuses, toArray, traced } from "./internal/operation.js"
import * as RunModel from "./Run.js"
import * as RunStatus from "./RunStatus.js"
import { TenantScope } from "./TenantScope.js"
import type * as Scope from "./TenantScope.js"

/**
 * What an atomic transition did: whether the status moved and, if it did, the seq of the event
 * appended with it (or of the same event already there, on a retry).
 *
 * When the status did not move, `seq` is the seq of the event if the log already holds its id (the
 * retry of a transition whose acknowledgement was lost) and none otherwise: a caller can tell "done
 * before" from "someone else moved the run" without a second read. Nothing is written then.
 *
 * @since 0.1.0
 */
export interface TransitionResult {
  readonly transitioned: boolean
  readonly seq: Option.Option<number>
}

/**
 * The capability's service.
 *
 * @since 0.1.0
 */
export interface Service {
  /**
   * `casStatus` and `appendOnce` of `event` in one transaction: both happen or neither does. When
   * the CAS does not apply (`transitioned: false`) no event is written. Inputs are decoded like
   * `RunStore.casStatus` and `EventLog.appendOnce`; `InvalidTransition` is checked before the store
   * is touched. When the CAS applies but the event cannot be appended — `HistoryLimit`, or its id is
   * already in the log with other content (`EventConflict`: the key was reused, a caller bug) — the
   * status stays as it was. With `fencingToken`, `Fenced` (and nothing written) when the run's lease
   * has a newer token.
   */
  readonly casStatusWithEvent: (
    scope: Scope.Input,
    runId: string,
    expected: RunStatus.RunStatus | ReadonlyArray<RunStatus.RunStatus>,
    next: RunStatus.RunStatus,
    event: typeof EventModel.NewEvent.Encoded,
    options?: FenceOptions
  ) => Effect.Effect<
    TransitionResult,
    NotFound | InvalidTransition | Fenced | HistoryLimit | EventConflict | InvalidInput | StoreError
  >
}

/**
 * The atomic status-and-event capability.
 *
 * @since 0.1.0
 */
export class RunTransition extends Context.Tag("@runledger/RunTransition")<RunTransition, Service>() {}

/**
 * What a backend implements: over decoded input, in ONE transaction, check the fence
 * (`Lease.checkFence`), apply `Run.casStatus` to the run and, when it moved, `EventStream.
 * decideAppendOnce` to its event stream — and write both or neither. A known event id with the same
 * fingerprint counts as appended (its original seq); with another fingerprint it is an
 * `EventConflict` and nothing is written. `NotFound` when the run is missing in the scope.
 *
 * @since 0.1.0
 */
export interface Backend {
  readonly casStatusWithEvent: (
    scope: TenantScope,
    runId: RunId,
    expected: ReadonlyArray<RunStatus.RunStatus>,
    next: RunStatus.RunStatus,
    draft: EventModel.Draft,
    guard: EventStream.HistoryGuard,
    now: Date,
    options?: FenceOptions
  ) => Effect.Effect<TransitionResult, NotFound | Fenced | HistoryLimit | EventConflict | StoreError>
}

/**
 * Options of {@link make}: give it the same limits and history guard as the store's `EventLog`, so
 * an event refused there is refused here too.
 *
 * @since 0.1.0
 */
export interface Options {
  readonly limits?: Partial<Limits.Limits>
  /** The history size guard; unset fields keep `EventStream.defaultGuard`. */
  readonly history?: Partial<EventStream.HistoryGuard>
}

/**
 * The capability over a backend: decoding (as `RunStore.casStatus` and `EventLog.appendOnce` do),
 * the transition rule checked before the store is touched, clock and tracing.
 *
 * @since 0.1.0
 */
export const make = (backend: Backend, options: Options = {}): Service => {
  const limits: Limits.Limits = { ...Limits.defaults, ...options.limits }
  const guard: EventStream.HistoryGuard = { ...defaultGuard, ...options.history }
  const NewEventInput = Schema.Struct({ ...EventModel.NewEvent.fields, payload: Schema.optional(boundedJson(limits)) })
  const op = traced(
    "RunTransition.casStatusWithEvent",
    Schema.Struct({
      scope: TenantScope,
      runId: RunId,
      expected: Statuses,
      next: RunStatus.RunStatus,
      event: NewEventInput,
      options: Schema.optional(FenceOptionsSchema)
    })
  )
  return {
    casStatusWithEvent: (scope, runId, expected, next, event, fenceOptions) =>
      op({ scope, runId, expected, next, event, options: fenceOptions }, (args): Effect.Effect<
        TransitionResult,
        NotFound | InvalidTransition | Fenced | HistoryLimit | EventConflict | StoreError
      > => {
        const statuses = toArray(args.expected)
        const invalid = RunModel.checkCasStatus(args.runId, statuses, args.next)
        return invalid !== undefined
          ? Effect.fail(invalid)
          : Effect.flatMap(now, (at) =>
            backend.casStatusWithEvent(
              args.scope,
              args.runId,
              statuses,
              args.next,
              EventModel.draft(args.event, at),
              guard,
              at,
              fence(args.options)
            ))
      })
  }
}
