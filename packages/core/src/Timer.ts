/**
 * Durable timers of runs (contract §7), as a record and pure reducers.
 *
 * A timer is identified by `(scope, runId, timerId)` for ever: scheduling it again returns the
 * stored timer unchanged — also after it fired or was canceled — so an orchestrator that replays
 * its code (and computes a new `fireAt` on replay) neither moves nor resurrects a timer.
 *
 * @since 0.1.0
 */
import { Array as Arr, Option, Order, Schema } from "effect"
import { RunId, TimerId } from "./Identifiers.js"
import * as Scope from "./TenantScope.js"
import { TenantScope } from "./TenantScope.js"

/**
 * `Scheduled` until exactly one claimant fires it (`Fired`) or it is canceled (`Canceled`).
 *
 * @since 0.1.0
 */
export const TimerStatus = Schema.Literal("Scheduled", "Fired", "Canceled")
/** @since 0.1.0 */
export type TimerStatus = typeof TimerStatus.Type

/**
 * A timer as stored.
 *
 * @since 0.1.0
 */
export class Timer extends Schema.Class<Timer>("@runledger/Timer")({
  scope: TenantScope,
  runId: RunId,
  timerId: TimerId,
  fireAt: Schema.Date,
  status: TimerStatus,
  scheduledAt: Schema.Date,
  firedAt: Schema.optional(Schema.Date),
  canceledAt: Schema.optional(Schema.Date)
}) {}

/**
 * What `schedule` asks for.
 *
 * @since 0.1.0
 */
export interface ScheduleRequest {
  readonly scope: TenantScope
  readonly runId: RunId
  readonly timerId: TimerId
  readonly fireAt: Date
}

/**
 * The outcome of `schedule`: the stored timer, and whether this call created it (`false`: it
 * existed, and is returned as stored, whatever `fireAt` this call asked for).
 *
 * @since 0.1.0
 */
export interface Scheduled {
  readonly timer: Timer
  readonly scheduled: boolean
}

/**
 * Decide a `schedule` over the stored timer of that id (`undefined` when there is none).
 *
 * @since 0.1.0
 */
export const schedule = (existing: Timer | undefined, request: ScheduleRequest, now: Date): Scheduled =>
  existing !== undefined
    ? { timer: existing, scheduled: false }
    : {
      timer: Timer.make({ ...request, status: "Scheduled", scheduledAt: now }),
      scheduled: true
    }

/**
 * Whether the timer is due at `asOf`: still `Scheduled` and `fireAt <= asOf`.
 *
 * @since 0.1.0
 */
export const isDue = (timer: Timer, asOf: Date): boolean =>
  timer.status === "Scheduled" && timer.fireAt.getTime() <= asOf.getTime()

/**
 * Decide a `claim` at `now`: the fired timer when it is due, otherwise none (not yet due, already
 * fired, canceled). Deciding and writing in one atomic step gives exactly one claimant `true`.
 *
 * @since 0.1.0
 */
export const claim = (timer: Timer, now: Date): Option.Option<Timer> =>
  isDue(timer, now) ? Option.some(Timer.make({ ...timer, status: "Fired", firedAt: now })) : Option.none()

/**
 * Decide a `cancel` at `now`: the canceled timer when it is still `Scheduled`, otherwise none (it
 * fired or was canceled already). The record stays, so scheduling the id again cannot revive it.
 *
 * @since 0.1.0
 */
export const cancel = (timer: Timer, now: Date): Option.Option<Timer> =>
  timer.status === "Scheduled" ? Option.some(Timer.make({ ...timer, status: "Canceled", canceledAt: now })) : Option.none()

/**
 * The order `due` lists timers in: earliest `fireAt` first, ties by scope, run and timer id.
 *
 * @since 0.1.0
 */
export const order: Order.Order<Timer> = Order.combineAll([
  Order.mapInput(Order.number, (t: Timer) => t.fireAt.getTime()),
  Order.mapInput(Order.string, (t: Timer) => Scope.key(t.scope)),
  Order.mapInput(Order.string, (t: Timer) => t.runId),
  Order.mapInput(Order.string, (t: Timer) => t.timerId)
])

/**
 * The first `limit` timers of `timers` due at `asOf`, in {@link order}.
 *
 * @since 0.1.0
 */
export const due = (timers: Iterable<Timer>, asOf: Date, limit: number): ReadonlyArray<Timer> =>
  Arr.sort(Arr.filter(Arr.fromIterable(timers), (t) => isDue(t, asOf)), order).slice(0, limit)
