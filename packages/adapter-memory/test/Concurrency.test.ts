import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { RunStore } from "@runledger/core"
import { Effect } from "effect"

const scope = { orgId: "acme", workspaceId: "prod" }

describe("memory backend under concurrent fibers", () => {
  it.effect("64 fibers race casStatus with the same expectation: exactly one wins, 200 times over", () =>
    Effect.gen(function*() {
      const winners: Array<number> = []
      for (let round = 0; round < 200; round++) {
        const store = yield* Effect.provide(RunStore.RunStore, MemoryStore.layer())
        yield* store.create({ runId: "contended", scope, flowId: "f" })
        const results = yield* Effect.all(
          Array.from({ length: 64 }, () => store.casStatus(scope, "contended", "Pending", "Running")),
          { concurrency: "unbounded" }
        )
        winners.push(results.filter(Boolean).length)
        const run = yield* store.get(scope, "contended")
        assert.strictEqual(run.version, 2)
      }
      assert.deepStrictEqual(winners, Array(200).fill(1))
    }))

  it.effect("64 fibers race appendStepIfAbsent of one entry: one entry, one true", () =>
    Effect.gen(function*() {
      for (let round = 0; round < 50; round++) {
        const store = yield* Effect.provide(RunStore.RunStore, MemoryStore.layer())
        yield* store.create({ runId: "r", scope, flowId: "f" })
        const results = yield* Effect.all(
          Array.from({ length: 64 }, () => store.appendStepIfAbsent(scope, "r", { stepId: "s", kind: "completed", attempt: 1 })),
          { concurrency: "unbounded" }
        )
        assert.strictEqual(results.filter(Boolean).length, 1)
        assert.strictEqual((yield* store.listSteps(scope, "r")).length, 1)
      }
    }))

  it.effect("64 fibers race putOutput of one step: one write, 63 AlreadyExists that say retry", () =>
    Effect.gen(function*() {
      const store = yield* Effect.provide(RunStore.RunStore, MemoryStore.layer())
      yield* store.create({ runId: "r", scope, flowId: "f" })
      const results = yield* Effect.all(
        Array.from({ length: 64 }, () => Effect.either(store.putOutput(scope, "r", "s", { ok: true }))),
        { concurrency: "unbounded" }
      )
      assert.strictEqual(results.filter((r) => r._tag === "Right").length, 1)
      const conflicts = results.flatMap((r) => r._tag === "Left" ? [r.left] : [])
      assert.strictEqual(conflicts.length, 63)
      assert.isTrue(conflicts.every((e) => e._tag === "AlreadyExists" && e.sameFingerprint === true))
    }))
})

describe("the race test can fail", () => {
  it.effect("a read-then-write casStatus lets several of 64 fibers win", () =>
    Effect.gen(function*() {
      const backends = yield* MemoryStore.makeBackends
      // Broken on purpose: checks the status, yields, then writes whatever version it finds.
      const broken: RunStore.Backend = {
        ...backends.runs,
        casStatus: (s, runId, expected, _next, now) =>
          Effect.gen(function*() {
            const before = yield* Effect.orDie(backends.runs.get(s, runId))
            if (before._tag === "None" || !expected.includes(before.value.status)) return false
            yield* Effect.yieldNow()
            const current = yield* Effect.orDie(backends.runs.get(s, runId))
            if (current._tag === "None") return false
            return yield* Effect.orDie(backends.runs.casState(s, runId, current.value.version, { status: current.value.status }, now)).pipe(
              Effect.as(true)
            )
          })
      }
      const store = RunStore.make(broken)
      yield* store.create({ runId: "contended", scope, flowId: "f" })
      const results = yield* Effect.all(
        Array.from({ length: 64 }, () => store.casStatus(scope, "contended", "Pending", "Running")),
        { concurrency: "unbounded" }
      )
      assert.isAbove(results.filter(Boolean).length, 1)
    }))
})
