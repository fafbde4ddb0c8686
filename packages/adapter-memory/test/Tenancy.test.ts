import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { ContextStore, RunStore } from "@runledger/core"
import { Effect, Option } from "effect"
import { dump } from "./fixtures.js"

const scopeA = { orgId: "acme", workspaceId: "prod" }
const scopeB = { orgId: "acme", workspaceId: "staging" }
const scopeC = { orgId: "acme", workspaceId: "prod", deploymentId: "eu" }

describe("tenant isolation on memory", () => {
  it.effect("a run under scope A is invisible under scope B: get, list, CAS and appends report not found and change nothing", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      const context = yield* ContextStore.ContextStore
      yield* store.create({ runId: "r1", scope: scopeA, flowId: "f" })
      yield* store.putOutput(scopeA, "r1", "s", 1)
      yield* context.putGlobal(scopeA, "k", "a")
      const before = yield* dump([scopeA, scopeB, scopeC], ["k"])

      for (const other of [scopeB, scopeC]) {
        const errors = yield* Effect.all([
          Effect.flip(store.get(other, "r1")),
          Effect.flip(store.casStatus(other, "r1", "Pending", "Running")),
          Effect.flip(store.casState(other, "r1", 1, { state: 1 })),
          Effect.flip(store.appendStep(other, "r1", { stepId: "s", kind: "started", attempt: 0 })),
          Effect.flip(store.appendStepIfAbsent(other, "r1", { stepId: "s", kind: "started", attempt: 0 })),
          Effect.flip(store.appendFailure(other, "r1", { stepId: "s", reason: "x" })),
          Effect.flip(store.putOutput(other, "r1", "s2", 1)),
          Effect.flip(store.getOutput(other, "r1", "s")),
          Effect.flip(store.listSteps(other, "r1")),
          Effect.flip(store.listFailures(other, "r1")),
          Effect.flip(store.listOutputKeys(other, "r1"))
        ])
        assert.deepStrictEqual(errors.map((e) => e._tag), Array(11).fill("NotFound"))
        assert.deepStrictEqual((yield* store.list(other)).runs, [])
        assert.deepStrictEqual((yield* store.listActive(other)).runs, [])
        assert.isTrue(Option.isNone(yield* context.getGlobal(other, "k")))
      }
      assert.deepStrictEqual(yield* dump([scopeA, scopeB, scopeC], ["k"]), before)
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("the same run id under two scopes is two unrelated runs", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      yield* store.create({ runId: "r1", scope: scopeA, flowId: "a" })
      yield* store.create({ runId: "r1", scope: scopeB, flowId: "b" })
      yield* store.casStatus(scopeA, "r1", "Pending", "Canceled")
      assert.strictEqual((yield* store.get(scopeA, "r1")).status, "Canceled")
      assert.strictEqual((yield* store.get(scopeB, "r1")).status, "Pending")
      assert.strictEqual((yield* store.get(scopeB, "r1")).flowId, "b")
    }).pipe(Effect.provide(MemoryStore.layer())))
})
