import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { EventLog, RunStore, RunTransition } from "@runledger/core"
import { Faults } from "@runledger/testkit"
import { Context, Effect, Exit, Layer, TestClock } from "effect"

const scope = { orgId: "acme", workspaceId: "prod" }
const tags = [RunStore.RunStore, EventLog.EventLog]

const withFaults = (plan: Faults.Plan) => {
  const injector = Faults.makeInjector(plan)
  return { injector, layer: Faults.layer(MemoryStore.layer(), injector, tags) }
}

describe("Faults", () => {
  it.effect("FailBeforeCommit fails the call and writes nothing", () => {
    const { injector, layer } = withFaults({ seed: 1, rules: [{ operations: ["create"], trigger: Faults.always, mode: Faults.failBeforeCommit }] })
    return Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const error = yield* Effect.flip(runs.create({ runId: "r", scope, flowId: "f" }))
      assert.strictEqual(error._tag, "StoreUnavailable")
      assert.match(error.message, /failed before commit \(seed 1, call 1\)/)
      assert.strictEqual((yield* Effect.flip(runs.get(scope, "r")))._tag, "NotFound")
      assert.deepStrictEqual(injector.log().injected, [{ call: 1, service: "@runledger/RunStore", operation: "create", mode: "FailBeforeCommit" }])
    }).pipe(Effect.provide(layer))
  })

  it.effect("FailAfterCommit writes, then loses the acknowledgement", () => {
    const { layer } = withFaults({ seed: 1, rules: [{ operations: ["appendOnce"], trigger: Faults.always, mode: Faults.failAfterCommit }] })
    return Effect.gen(function*() {
      const events = yield* EventLog.EventLog
      const error = yield* Effect.flip(events.appendOnce(scope, "r", { eventId: "e1", type: "Started", payload: {} }))
      assert.strictEqual(error._tag, "StoreUnavailable")
      assert.strictEqual(yield* events.lastSeq(scope, "r"), 1)
    }).pipe(Effect.provide(layer))
  })

  it.effect("EveryNth and NthCall count the watched operations only", () => {
    const { injector, layer } = withFaults({
      seed: 1,
      rules: [
        { operations: ["appendOnce"], trigger: Faults.everyNth(3), mode: Faults.failBeforeCommit },
        { operations: ["lastSeq"], trigger: Faults.nthCall(2), mode: Faults.failBeforeCommit }
      ]
    })
    return Effect.gen(function*() {
      const events = yield* EventLog.EventLog
      const outcomes: Array<boolean> = []
      for (let i = 0; i < 7; i++) {
        outcomes.push(Exit.isSuccess(yield* Effect.exit(events.appendOnce(scope, "r", { eventId: `e${i}`, type: "T", payload: i }))))
        yield* Effect.exit(events.lastSeq(scope, "r"))
      }
      assert.deepStrictEqual(outcomes, [true, true, false, true, true, false, true])
      assert.deepStrictEqual(injector.log().injected.map((i) => i.operation), ["lastSeq", "appendOnce", "appendOnce"])
    }).pipe(Effect.provide(layer))
  })

  it.effect("Probability is deterministic by seed", () =>
    Effect.gen(function*() {
      const pattern = (seed: number) =>
        Effect.gen(function*() {
          const { injector, layer } = withFaults({ seed, rules: [{ trigger: Faults.probability(0.3), mode: Faults.failBeforeCommit }] })
          yield* Effect.gen(function*() {
            const events = yield* EventLog.EventLog
            for (let i = 0; i < 40; i++) yield* Effect.exit(events.lastSeq(scope, "r"))
          }).pipe(Effect.provide(layer))
          return injector.log().injected.map((i) => i.call)
        })
      const a = yield* pattern(7)
      assert.deepStrictEqual(yield* pattern(7), a)
      assert.notDeepEqual(yield* pattern(8), a)
      assert.isAbove(a.length, 3)
      assert.isBelow(a.length, 25)
    }))

  it.effect("Latency delays the call on the Effect clock", () => {
    const { layer } = withFaults({ seed: 1, rules: [{ trigger: Faults.always, mode: Faults.latency("5 seconds") }] })
    return Effect.gen(function*() {
      const events = yield* EventLog.EventLog
      const fiber = yield* Effect.fork(events.lastSeq(scope, "r"))
      yield* TestClock.adjust("4 seconds")
      assert.isNull(fiber.unsafePoll())
      yield* TestClock.adjust("1 second")
      assert.isTrue(Exit.isSuccess(yield* fiber.await))
    }).pipe(Effect.provide(layer))
  })

  it("describe prints the seed and the path", () => {
    const text = Faults.describe({ seed: 42, calls: 9, injected: [{ call: 3, service: "S", operation: "op", mode: "FailAfterCommit" }] })
    assert.strictEqual(text, "fault plan seed 42: 1 fault(s) over 9 call(s); path: #3 S.op FailAfterCommit")
  })

  it.effect("split removes the atomic status-and-event capability", () =>
    Effect.gen(function*() {
      const context = yield* Layer.build(Layer.succeed(RunTransition.RunTransition, {} as RunTransition.Service))
      assert.isTrue(Context.getOption(context, RunTransition.RunTransition)._tag === "Some")
      assert.isTrue(Context.getOption(Faults.split(context), RunTransition.RunTransition)._tag === "None")
    }).pipe(Effect.scoped))
})
