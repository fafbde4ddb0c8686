import type { TimerStore } from "@runledger/core"
import { Errors, Timer } from "@runledger/core"
import { Either, HashMap, Option, Ref } from "effect"
import type { MemoryState } from "./state.js"
import { lookup, read, scopedKey, scopePrefix, transact } from "./state.js"

// A timer belongs to a run: NUL (never in an id) separates the run id from the timer id.
export const timerKey = (scope: Timer.Timer["scope"], runId: string, timerId: string) =>
  scopedKey(scope, `${runId}\u0000${timerId}`)

/** The timer-store backend over the shared memory state, applying the `Timer` reducers. */
export const makeTimerBackend = (ref: Ref.Ref<MemoryState>): TimerStore.Backend => {
  /** Decide on one existing timer atomically; an unknown one is `NotFound`. */
  const onTimer = (
    scope: Timer.Timer["scope"],
    runId: string,
    timerId: string,
    decide: (timer: Timer.Timer) => Option.Option<Timer.Timer>
  ) =>
    transact<boolean, Errors.NotFound>(ref, (state) => {
      const key = timerKey(scope, runId, timerId)
      const timer = lookup(state.timers, key)
      if (timer === undefined) return [Either.left(new Errors.NotFound({ entity: "Timer", id: timerId })), undefined]
      return Option.match(decide(timer), {
        onNone: () => [Either.right(false), undefined],
        onSome: (next) => [Either.right(true), { ...state, timers: HashMap.set(state.timers, key, next) }]
      })
    })

  return {
    schedule: (scope, runId, timerId, fireAt, now) =>
      transact(ref, (state) => {
        const key = timerKey(scope, runId, timerId)
        const result = Timer.schedule(lookup(state.timers, key), { scope, runId, timerId, fireAt }, now)
        return [
          Either.right(result),
          result.scheduled ? { ...state, timers: HashMap.set(state.timers, key, result.timer) } : undefined
        ]
      }),
    due: (scope, asOf, limit) =>
      read(ref, (state) => {
        const prefix = scope === undefined ? "" : scopePrefix(scope)
        const candidates: Array<Timer.Timer> = []
        for (const [key, timer] of state.timers) {
          if (key.startsWith(prefix)) candidates.push(timer)
        }
        return Timer.due(candidates, asOf, limit)
      }),
    claim: (scope, runId, timerId, now) => onTimer(scope, runId, timerId, (timer) => Timer.claim(timer, now)),
    cancel: (scope, runId, timerId, now) => onTimer(scope, runId, timerId, (timer) => Timer.cancel(timer, now)),
    get: (scope, runId, timerId) => read(ref, (state) => HashMap.get(state.timers, timerKey(scope, runId, timerId)))
  }
}
