import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { Timer, TimerStore } from "@runledger/core"
import { Effect, HashMap, Option, Ref, TestClock } from "effect"
import { makeTimerBackend } from "../src/internal/timers.js"
import { emptyState, lookup } from "../src/internal/state.js"

const scope = { orgId: "acme", workspaceId: "prod" }
const other = { orgId: "acme", workspaceId: "staging" }
const provide = Effect.provide(MemoryStore.layer())
const at = (ms: number) => new Date(ms)

/** 16 fibers claim one due timer, newly scheduled; how many were told `true`. */
const raceClaim = (timers: TimerStore.Service, timerId = "wake") =>
  Effect.gen(function*() {
    yield* timers.schedule(scope, "r1", timerId, at(0))
    const results = yield* Effect.all(
      Array.from({ length: 16 }, () => timers.claim(scope, "r1", timerId)),
      { concurrency: "unbounded" }
    )
    return results.filter(Boolean).length
  })

describe("TimerStore on memory", () => {
  it.effect("16 fibers claim one due timer: exactly one true, 100 times over", () =>
    Effect.gen(function*() {
      const timers = yield* TimerStore.TimerStore
      const winners: Array<number> = []
      for (let round = 0; round < 100; round++) {
        winners.push(yield* raceClaim(timers, `wake-${round}`))
        const timer = Option.getOrThrow(yield* timers.get(scope, "r1", `wake-${round}`))
        assert.strictEqual(timer.status, "Fired")
      }
      assert.deepStrictEqual(winners, Array(100).fill(1))
    }).pipe(provide))

  it.effect("schedule is idempotent per (scope, runId, timerId): the first fireAt stays", () =>
    Effect.gen(function*() {
      const timers = yield* TimerStore.TimerStore
      const first = yield* timers.schedule(scope, "r1", "t", at(100))
      assert.isTrue(first.scheduled)
      const again = yield* timers.schedule(scope, "r1", "t", at(999))
      assert.isFalse(again.scheduled)
      assert.deepStrictEqual(again.timer, first.timer)
      assert.strictEqual(Option.getOrThrow(yield* timers.get(scope, "r1", "t")).fireAt.getTime(), 100)
      // the same timer id on another run or in another scope is another timer
      assert.isTrue((yield* timers.schedule(scope, "r2", "t", at(5))).scheduled)
      assert.isTrue((yield* timers.schedule(other, "r1", "t", at(5))).scheduled)
      assert.deepStrictEqual((yield* timers.due(scope, at(1000))).map((t) => [t.runId, t.timerId]), [["r2", "t"], ["r1", "t"]])
    }).pipe(provide))

  it.effect("due respects asOf and limit, earliest first, and leaves fired and canceled timers out", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(1_000)
      const timers = yield* TimerStore.TimerStore
      for (const [id, fireAt] of [["t5", 500], ["t1", 100], ["t3", 300], ["t2", 200], ["t4", 400], ["later", 5_000]] as const) {
        yield* timers.schedule(scope, "r1", id, at(fireAt))
      }
      yield* timers.schedule(other, "r1", "theirs", at(50))
      const ids = (list: ReadonlyArray<Timer.Timer>) => list.map((t) => t.timerId)
      assert.deepStrictEqual(ids(yield* timers.due(scope, at(300))), ["t1", "t2", "t3"])
      assert.deepStrictEqual(ids(yield* timers.due(scope, at(299))), ["t1", "t2"])
      assert.deepStrictEqual(ids(yield* timers.due(scope, at(1_000), { limit: 2 })), ["t1", "t2"])
      assert.deepStrictEqual(ids(yield* timers.due(scope, at(99))), [])
      assert.isTrue(yield* timers.claim(scope, "r1", "t1"))
      assert.isTrue(yield* timers.cancel(scope, "r1", "t2"))
      assert.deepStrictEqual(ids(yield* timers.due(scope, at(1_000), { limit: 2 })), ["t3", "t4"])
      assert.deepStrictEqual(ids(yield* timers.dueAcrossScopes(at(1_000), { limit: 3 })), ["theirs", "t3", "t4"])
    }).pipe(provide))

  it.effect("claim: false before fireAt (store clock), true once due, false after; NotFound when unknown", () =>
    Effect.gen(function*() {
      const timers = yield* TimerStore.TimerStore
      yield* timers.schedule(scope, "r1", "t", at(60_000))
      assert.isFalse(yield* timers.claim(scope, "r1", "t"))
      yield* TestClock.adjust("1 minute")
      assert.isTrue(yield* timers.claim(scope, "r1", "t"))
      assert.isFalse(yield* timers.claim(scope, "r1", "t"))
      const fired = Option.getOrThrow(yield* timers.get(scope, "r1", "t"))
      assert.strictEqual(fired.firedAt?.getTime(), 60_000)
      assert.isFalse(yield* timers.cancel(scope, "r1", "t"))
      assert.strictEqual((yield* Effect.flip(timers.claim(scope, "r1", "nope")))._tag, "NotFound")
      assert.strictEqual((yield* Effect.flip(timers.claim(other, "r1", "t")))._tag, "NotFound")
    }).pipe(provide))

  it.effect("cancel: a canceled timer never fires and is not revived by scheduling it again", () =>
    Effect.gen(function*() {
      const timers = yield* TimerStore.TimerStore
      yield* timers.schedule(scope, "r1", "t", at(0))
      assert.isTrue(yield* timers.cancel(scope, "r1", "t"))
      assert.isFalse(yield* timers.cancel(scope, "r1", "t"))
      assert.isFalse(yield* timers.claim(scope, "r1", "t"))
      const again = yield* timers.schedule(scope, "r1", "t", at(0))
      assert.deepStrictEqual([again.scheduled, again.timer.status], [false, "Canceled"])
      assert.deepStrictEqual(yield* timers.due(scope, at(10)), [])
    }).pipe(provide))
})

describe("the claim race test can fail", () => {
  it.effect("a read-then-write claim tells several of 16 fibers true", () =>
    Effect.gen(function*() {
      const ref = yield* Ref.make(emptyState)
      const real = makeTimerBackend(ref)
      // Broken on purpose: checks the timer, yields, then marks it fired without checking again.
      const broken: TimerStore.Backend = {
        ...real,
        claim: (s, runId, timerId, now) =>
          Effect.gen(function*() {
            const timer = Option.getOrThrow(yield* real.get(s, runId, timerId))
            if (!Timer.isDue(timer, now)) return false
            yield* Effect.yieldNow()
            yield* Ref.update(ref, (state) => {
              const key = Array.from(HashMap.keys(state.timers))[0]!
              return { ...state, timers: HashMap.set(state.timers, key, Timer.Timer.make({ ...lookup(state.timers, key)!, status: "Fired" })) }
            })
            return true
          })
      }
      assert.isAbove(yield* raceClaim(TimerStore.make(broken)), 1)
    }))
})
