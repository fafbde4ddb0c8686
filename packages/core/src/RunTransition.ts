/**
 * The atomic status-and-event commit: a capability of backends whose run store and event log share
 * one transaction (the memory and SQL backends). Terminalization uses it when it is provided, so a
 * failed event append rolls the status change back; without it (a split deployment, or the
 * testkit's `Faults.split`) the status and the event are written one after the other.
 *
 * @since 0.1.0
 */
import type { Effect, Option } from "effect"
import { Context } from "effect"
import type {
  EventConflict,
  Fenced,
  HistoryLimit,
  InvalidInput,
  InvalidTransition,
  NotFound,
  StoreError
} from "./Errors.js"
import type * as EventModel from "./Event.js"
import type { FenceOptions } from "./Lease.js"
import type * as RunStatus from "./RunStatus.js"
import type * as Scope from "./TenantScope.js"

/**
 * What an atomic transition did: whether the status moved and, if it did, the seq of the event
 * appended with it (or of the same event already there, on a retry).
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
   * is touched.
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
