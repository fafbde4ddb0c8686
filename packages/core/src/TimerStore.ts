/**
 * The timer store (contract §7): durable timers that exactly one worker fires.
 *
 * `due` lists a scope's due timers (what the recovery sweep asks); `dueAcrossScopes` is the ops
 * variant for a timer service that fires the timers of every tenant — each timer carries its scope,
 * so the caller claims it in that scope.
 *
 * @since 0.1.0
 */
import { InputDate } from "./Limits.js"
import { Context, Effect, Option, Schema } from "effect"
import type { InvalidInput, NotFound, StoreError } from "./Errors.js"
import { RunId, TimerId } from "./Identifiers.js"
import { now, PageLimit, pageSize, traced } from "./internal/operation.js"
import { TenantScope } from "./TenantScope.js"
import type * as Scope from "./TenantScope.js"
import type { Scheduled, Timer } from "./Timer.js"

/**
 * A page request for `due`: at most `limit` timers (default `Limits.DefaultPageSize`). Claimed
 * timers leave the due set, so the next call returns the next ones.
 *
 * @since 0.1.0
 */
export interface DueOptions {
  readonly limit?: number
}

/**
 * The timer store as callers use it.
 *
 * @since 0.1.0
 */
export interface Service {
  /**
   * Schedule a timer to fire at `fireAt`. Idempotent per `(scope, runId, timerId)`: when the timer
   * exists (in any status) it is returned unchanged with `scheduled: false`.
   */
  readonly schedule: (
    scope: Scope.Input,
    runId: string,
    timerId: string,
    fireAt: Date
  ) => Effect.Effect<Scheduled, InvalidInput | StoreError>
  /** The scope's unfired, uncanceled timers with `fireAt <= asOf`, earliest first. */
  readonly due: (
    scope: Scope.Input,
    asOf: Date,
    options?: DueOptions
  ) => Effect.Effect<ReadonlyArray<Timer>, InvalidInput | StoreError>
  /** The due timers of every scope, earliest first: for ops and cross-tenant timer services only. */
  readonly dueAcrossScopes: (
    asOf: Date,
    options?: DueOptions
  ) => Effect.Effect<ReadonlyArray<Timer>, InvalidInput | StoreError>
  /**
   * Fire the timer: `true` to exactly one of any number of concurrent claimants, when it is due by
   * the store clock; `false` when it is not yet due, fired already or canceled.
   */
  readonly claim: (
    scope: Scope.Input,
    runId: string,
    timerId: string
  ) => Effect.Effect<boolean, NotFound | InvalidInput | StoreError>
  /** Cancel a scheduled timer: `true` iff it was still scheduled (a fired timer stays fired). */
  readonly cancel: (
    scope: Scope.Input,
    runId: string,
    timerId: string
  ) => Effect.Effect<boolean, NotFound | InvalidInput | StoreError>
  /** The timer, in any status, if it exists. */
  readonly get: (
    scope: Scope.Input,
    runId: string,
    timerId: string
  ) => Effect.Effect<Option.Option<Timer>, InvalidInput | StoreError>
}

/**
 * The timer store service.
 *
 * @since 0.1.0
 */
export class TimerStore extends Context.Tag("@runledger/TimerStore")<TimerStore, Service>() {}

/**
 * What a backend implements, over decoded input, applying the `Timer` reducers atomically.
 * `due` with no scope lists every scope.
 *
 * @since 0.1.0
 */
export interface Backend {
  readonly schedule: (
    scope: TenantScope,
    runId: RunId,
    timerId: TimerId,
    fireAt: Date,
    now: Date
  ) => Effect.Effect<Scheduled, StoreError>
  readonly due: (
    scope: TenantScope | undefined,
    asOf: Date,
    limit: number
  ) => Effect.Effect<ReadonlyArray<Timer>, StoreError>
  readonly claim: (scope: TenantScope, runId: RunId, timerId: TimerId, now: Date) => Effect.Effect<boolean, NotFound | StoreError>
  readonly cancel: (scope: TenantScope, runId: RunId, timerId: TimerId, now: Date) => Effect.Effect<boolean, NotFound | StoreError>
  readonly get: (scope: TenantScope, runId: RunId, timerId: TimerId) => Effect.Effect<Option.Option<Timer>, StoreError>
}

/**
 * The timer store over a backend: decoding, clock and tracing in one place.
 *
 * @since 0.1.0
 */
export const make = (backend: Backend): Service => {
  const TimerRef = Schema.Struct({ scope: TenantScope, runId: RunId, timerId: TimerId })
  const Options = Schema.Struct({ limit: Schema.optional(PageLimit) })
  const op = {
    schedule: traced("TimerStore.schedule", Schema.Struct({ ...TimerRef.fields, fireAt: InputDate })),
    due: traced("TimerStore.due", Schema.Struct({ scope: TenantScope, asOf: InputDate, options: Options })),
    dueAcrossScopes: traced("TimerStore.dueAcrossScopes", Schema.Struct({ asOf: InputDate, options: Options })),
    claim: traced("TimerStore.claim", TimerRef),
    cancel: traced("TimerStore.cancel", TimerRef),
    get: traced("TimerStore.get", TimerRef)
  }
  return {
    schedule: (scope, runId, timerId, fireAt) =>
      op.schedule({ scope, runId, timerId, fireAt }, ({ fireAt, runId, scope, timerId }) =>
        Effect.flatMap(now, (at) => backend.schedule(scope, runId, timerId, fireAt, at))),
    due: (scope, asOf, options = {}) =>
      op.due({ scope, asOf, options }, ({ asOf, options, scope }) => backend.due(scope, asOf, pageSize(options.limit))),
    dueAcrossScopes: (asOf, options = {}) =>
      op.dueAcrossScopes({ asOf, options }, ({ asOf, options }) => backend.due(undefined, asOf, pageSize(options.limit))),
    claim: (scope, runId, timerId) =>
      op.claim({ scope, runId, timerId }, ({ runId, scope, timerId }) =>
        Effect.flatMap(now, (at) => backend.claim(scope, runId, timerId, at))),
    cancel: (scope, runId, timerId) =>
      op.cancel({ scope, runId, timerId }, ({ runId, scope, timerId }) =>
        Effect.flatMap(now, (at) => backend.cancel(scope, runId, timerId, at))),
    get: (scope, runId, timerId) =>
      op.get({ scope, runId, timerId }, ({ runId, scope, timerId }) => backend.get(scope, runId, timerId))
  }
}
