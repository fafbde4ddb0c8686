import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { RunStore, WriteBeforeComplete } from "@runledger/core"
import type { StepOutput } from "@runledger/core"
import { Faults } from "@runledger/testkit"
import { Data, Effect, Option, Ref } from "effect"
import { createRun, faulty, scope } from "./support.js"

class CompleteFailed extends Data.TaggedError("CompleteFailed")<{ readonly attempt: number }> {}

/** A `complete` callback that counts its calls and records the output it was given. */
const recorder = (failFirst = 0) =>
  Effect.map(Ref.make<ReadonlyArray<StepOutput.StepOutput>>([]), (seen) => ({
    seen,
    complete: (output: StepOutput.StepOutput) =>
      Effect.flatMap(Ref.updateAndGet(seen, (all) => [...all, output]), (all) =>
        all.length <= failFirst ? Effect.fail(new CompleteFailed({ attempt: all.length })) : Effect.succeed(`done:${all.length}`))
  }))

describe("WriteBeforeComplete", () => {
  it.effect("success writes the output, runs complete once, and the value is readable", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      yield* createRun("w1", "Running")
      const { complete, seen } = yield* recorder()
      const result = yield* WriteBeforeComplete.writeAndComplete(scope, "w1", "fetch", { rows: 3 }, complete)
      assert.isTrue(result.written)
      assert.strictEqual(result.result, "done:1")
      assert.strictEqual((yield* Ref.get(seen)).length, 1)
      assert.deepStrictEqual(Option.map(yield* runs.getOutput(scope, "w1", "fetch"), (o) => o.value), Option.some({ rows: 3 }))
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("an output already present still runs complete, with the stored output", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      yield* createRun("w2", "Running")
      const stored = yield* runs.putOutput(scope, "w2", "fetch", { rows: 3 })
      const { complete, seen } = yield* recorder()
      const result = yield* WriteBeforeComplete.writeAndComplete(scope, "w2", "fetch", { rows: 3 }, complete)
      assert.isFalse(result.written)
      assert.deepStrictEqual(result.output, stored)
      assert.deepStrictEqual(yield* Ref.get(seen), [stored])
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("a failing write never runs complete and leaves no output", () =>
    Effect.gen(function*() {
      const { context, injector } = yield* faulty(
        { seed: 21, rules: [{ operations: ["putOutput"], trigger: Faults.always, mode: Faults.failBeforeCommit }] },
        [RunStore.RunStore]
      )
      yield* Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        yield* createRun("w3", "Running")
        const { complete, seen } = yield* recorder()
        const error = yield* Effect.flip(WriteBeforeComplete.writeAndComplete(scope, "w3", "fetch", { rows: 3 }, complete))
        assert.strictEqual(error._tag, "StoreUnavailable", Faults.describe(injector.log()))
        assert.deepStrictEqual(yield* Ref.get(seen), [])
        assert.isTrue(Option.isNone(yield* runs.getOutput(scope, "w3", "fetch")))
      }).pipe(Effect.provide(context))
    }))

  it.effect("a write refused by the store (unknown run) never runs complete", () =>
    Effect.gen(function*() {
      const { complete, seen } = yield* recorder()
      const error = yield* Effect.flip(WriteBeforeComplete.writeAndComplete(scope, "nope", "fetch", 1, complete))
      assert.strictEqual(error._tag, "NotFound")
      assert.deepStrictEqual(yield* Ref.get(seen), [])
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("a failing complete leaves the output durable, and a retry completes", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      yield* createRun("w4", "Running")
      const { complete, seen } = yield* recorder(1)
      const error = yield* Effect.flip(WriteBeforeComplete.writeAndComplete(scope, "w4", "fetch", { rows: 3 }, complete))
      assert.isTrue(error instanceof CompleteFailed && error.attempt === 1)
      const durable = yield* runs.getOutput(scope, "w4", "fetch")
      assert.deepStrictEqual(Option.map(durable, (o) => o.value), Option.some({ rows: 3 }))
      const retry = yield* WriteBeforeComplete.writeAndComplete(scope, "w4", "fetch", { rows: 3 }, complete)
      assert.isFalse(retry.written)
      assert.strictEqual(retry.result, "done:2")
      assert.deepStrictEqual(Option.some(retry.output), durable)
      assert.strictEqual((yield* Ref.get(seen)).length, 2)
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("a write whose acknowledgement is lost is durable: the retry runs complete on it", () =>
    Effect.gen(function*() {
      const { context, injector } = yield* faulty(
        { seed: 22, rules: [{ operations: ["putOutput"], trigger: Faults.nthCall(1), mode: Faults.failAfterCommit }] },
        [RunStore.RunStore]
      )
      yield* Effect.gen(function*() {
        yield* createRun("w5", "Running")
        const { complete, seen } = yield* recorder()
        const error = yield* Effect.flip(WriteBeforeComplete.writeAndComplete(scope, "w5", "fetch", 7, complete))
        assert.strictEqual(error._tag, "StoreUnavailable", Faults.describe(injector.log()))
        assert.deepStrictEqual(yield* Ref.get(seen), [])
        const retry = yield* WriteBeforeComplete.writeAndComplete(scope, "w5", "fetch", 7, complete)
        assert.deepStrictEqual([retry.written, retry.output.value, (yield* Ref.get(seen)).length], [false, 7, 1])
      }).pipe(Effect.provide(context))
    }))
})
