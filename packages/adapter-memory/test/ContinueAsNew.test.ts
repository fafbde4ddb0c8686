import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { RunStore } from "@runledger/core"
import { Effect, Ref, TestClock } from "effect"
import { makeStores } from "./stores.js"

const scope = { orgId: "acme", workspaceId: "prod" }
const other = { orgId: "acme", workspaceId: "staging" }
const provide = Effect.provide(MemoryStore.layer())

const startRunning = (runs: RunStore.Service, runId: string, s = scope) =>
  Effect.gen(function*() {
    yield* runs.create({ runId, scope: s, flowId: "crawler", input: { page: 1 } })
    yield* runs.casStatus(s, runId, "Pending", "Running")
  })

describe("continueAsNew on memory", () => {
  it.effect("the old run becomes ContinuedAsNew and its Pending successor shares the chain, in one step", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      yield* startRunning(runs, "crawl")
      yield* TestClock.adjust("1 minute")
      const { created, previous, successor } = yield* runs.continueAsNew(scope, "crawl", { page: 2 })
      assert.isTrue(created)
      assert.deepStrictEqual(yield* runs.get(scope, "crawl"), previous)
      assert.deepStrictEqual(yield* runs.get(scope, successor.runId), successor)
      assert.strictEqual(previous.status, "ContinuedAsNew")
      assert.strictEqual(previous.version, 3)
      assert.strictEqual(previous.completedAt?.getTime(), 60_000)
      assert.strictEqual(successor.runId, "crawl~2")
      assert.strictEqual(successor.status, "Pending")
      assert.strictEqual(successor.chainId, "crawl")
      assert.strictEqual(successor.parentRunId, "crawl")
      assert.strictEqual(successor.flowId, "crawler")
      assert.deepStrictEqual(successor.input, { page: 2 })
    }).pipe(provide))

  it.effect("chain lists the runs of a chain in order, and only that scope's", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      yield* startRunning(runs, "crawl")
      yield* startRunning(runs, "crawl", other)
      yield* startRunning(runs, "unrelated")
      let current = "crawl"
      for (let page = 2; page <= 4; page++) {
        // same instant for every generation: the order comes from the parent links
        const { successor } = yield* runs.continueAsNew(scope, current, { page })
        yield* runs.casStatus(scope, successor.runId, "Pending", "Running")
        current = successor.runId
      }
      const chain = yield* runs.chain(scope, "crawl")
      assert.deepStrictEqual(chain.map((r) => [r.runId, r.status, r.parentRunId ?? null]), [
        ["crawl", "ContinuedAsNew", null],
        ["crawl~2", "ContinuedAsNew", "crawl"],
        ["crawl~3", "ContinuedAsNew", "crawl~2"],
        ["crawl~4", "Running", "crawl~3"]
      ])
      assert.deepStrictEqual((yield* runs.chain(other, "crawl")).map((r) => r.runId), ["crawl"])
      assert.deepStrictEqual(yield* runs.chain(scope, "nope"), [])
    }).pipe(provide))

  it.effect("a retried continueAsNew returns the same successor and creates no second one", () =>
    Effect.gen(function*() {
      const { ref, runs } = yield* makeStores()
      yield* startRunning(runs, "crawl")
      const first = yield* runs.continueAsNew(scope, "crawl", { page: 2 })
      const before = yield* Ref.get(ref)
      yield* TestClock.adjust("1 minute")
      const retry = yield* runs.continueAsNew(scope, "crawl", { page: 2 })
      assert.isFalse(retry.created)
      assert.deepStrictEqual(retry.successor, first.successor)
      assert.deepStrictEqual(retry.previous, first.previous)
      assert.strictEqual(yield* Ref.get(ref), before)
      assert.strictEqual((yield* runs.chain(scope, "crawl")).length, 2)
      // a retry with other input is surfaced, not hidden
      const different = yield* Effect.flip(runs.continueAsNew(scope, "crawl", { page: 3 }))
      assert.strictEqual(different._tag === "AlreadyExists" && different.sameFingerprint, false)
    }))

  it.effect("16 fibers continue one run at once: one successor, every caller told the same one — 50 times over", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      for (let round = 0; round < 50; round++) {
        const runId = `crawl-${round}`
        yield* startRunning(runs, runId)
        const results = yield* Effect.all(
          Array.from({ length: 16 }, () => runs.continueAsNew(scope, runId, { page: 2 })),
          { concurrency: "unbounded" }
        )
        assert.strictEqual(results.filter((r) => r.created).length, 1)
        assert.isTrue(results.every((r) => r.successor.runId === `${runId}~2`))
        assert.strictEqual(new Set(results.map((r) => r.successor)).size, 1)
        assert.strictEqual((yield* runs.chain(scope, runId)).length, 2)
        assert.strictEqual((yield* runs.get(scope, runId)).version, 3)
      }
    }).pipe(provide))

  it.effect("only a Running run continues; a Pending or Completed one is InvalidTransition and nothing is written", () =>
    Effect.gen(function*() {
      const { ref, runs } = yield* makeStores()
      yield* runs.create({ runId: "pending", scope, flowId: "f" })
      yield* runs.create({ runId: "done", scope, flowId: "f" })
      yield* runs.casStatus(scope, "done", "Pending", "Completed")
      const before = yield* Ref.get(ref)
      for (const runId of ["pending", "done"]) {
        assert.strictEqual((yield* Effect.flip(runs.continueAsNew(scope, runId, null)))._tag, "InvalidTransition")
      }
      assert.strictEqual((yield* Effect.flip(runs.continueAsNew(scope, "missing", null)))._tag, "NotFound")
      assert.strictEqual((yield* Effect.flip(runs.continueAsNew(other, "pending", null)))._tag, "NotFound")
      assert.strictEqual(yield* Ref.get(ref), before)
    }))

  it.effect("a ContinuedAsNew run without a successor gets one; a stranger holding the id is AlreadyExists", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      yield* startRunning(runs, "lost")
      yield* runs.casStatus(scope, "lost", "Running", "ContinuedAsNew")
      const repaired = yield* runs.continueAsNew(scope, "lost", { resumed: true })
      assert.deepStrictEqual([repaired.created, repaired.successor.parentRunId], [true, "lost"])

      yield* startRunning(runs, "taken")
      yield* runs.create({ runId: "taken~2", scope, flowId: "f" })
      const error = yield* Effect.flip(runs.continueAsNew(scope, "taken", null))
      assert.strictEqual(error._tag, "AlreadyExists")
      assert.strictEqual((yield* runs.get(scope, "taken")).status, "Running")
    }).pipe(provide))
})
