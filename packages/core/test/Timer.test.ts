import { assert, describe, it } from "@effect/vitest"
import { Identifiers, TenantScope, Timer } from "@runledger/core"
import { Option } from "effect"

const scope = TenantScope.TenantScope.make({ orgId: "o", workspaceId: "w" })
const request = (timerId: string, fireAt: number): Timer.ScheduleRequest => ({
  scope,
  runId: Identifiers.RunId.make("r1"),
  timerId: Identifiers.TimerId.make(timerId),
  fireAt: new Date(fireAt)
})

describe("Timer reducers", () => {
  it("schedule creates once; the id keeps its first fireAt, and a canceled timer is not revived", () => {
    const first = Timer.schedule(undefined, request("t", 100), new Date(0))
    assert.isTrue(first.scheduled)
    assert.strictEqual(first.timer.status, "Scheduled")
    const again = Timer.schedule(first.timer, request("t", 999), new Date(5))
    assert.deepStrictEqual(again, { timer: first.timer, scheduled: false })
    const canceled = Option.getOrThrow(Timer.cancel(first.timer, new Date(6)))
    assert.strictEqual(Timer.schedule(canceled, request("t", 100), new Date(7)).timer.status, "Canceled")
  })

  it("claim fires a due timer once; not before fireAt, not after cancel", () => {
    const timer = Timer.schedule(undefined, request("t", 100), new Date(0)).timer
    assert.isTrue(Option.isNone(Timer.claim(timer, new Date(99))))
    const fired = Option.getOrThrow(Timer.claim(timer, new Date(100)))
    assert.strictEqual(fired.status, "Fired")
    assert.strictEqual(fired.firedAt?.getTime(), 100)
    assert.isTrue(Option.isNone(Timer.claim(fired, new Date(101))))
    assert.isTrue(Option.isNone(Timer.cancel(fired, new Date(101))))
    const canceled = Option.getOrThrow(Timer.cancel(timer, new Date(50)))
    assert.isTrue(Option.isNone(Timer.claim(canceled, new Date(100))))
  })

  it("due: only scheduled timers with fireAt <= asOf, earliest first, at most limit", () => {
    const timers = [
      Timer.schedule(undefined, request("late", 300), new Date(0)).timer,
      Timer.schedule(undefined, request("b", 100), new Date(0)).timer,
      Timer.schedule(undefined, request("a", 100), new Date(0)).timer,
      Timer.schedule(undefined, request("first", 50), new Date(0)).timer,
      Option.getOrThrow(Timer.claim(Timer.schedule(undefined, request("fired", 10), new Date(0)).timer, new Date(10)))
    ]
    assert.deepStrictEqual(Timer.due(timers, new Date(100), 10).map((t) => t.timerId), ["first", "a", "b"])
    assert.deepStrictEqual(Timer.due(timers, new Date(100), 2).map((t) => t.timerId), ["first", "a"])
    assert.deepStrictEqual(Timer.due(timers, new Date(49), 10), [])
  })
})
