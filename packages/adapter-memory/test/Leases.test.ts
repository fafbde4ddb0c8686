import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { LeaseStore, RunStore } from "@runledger/core"
import { Effect, Either, Option, Ref, TestClock } from "effect"
import { makeStores } from "./stores.js"

const scope = { orgId: "acme", workspaceId: "prod" }
const other = { orgId: "acme", workspaceId: "staging" }
const provide = Effect.provide(MemoryStore.layer())

describe("LeaseStore on memory", () => {
  it.effect("two fibers acquire one lease: one gets a token, the other LeaseHeld naming the holder — 100 times over", () =>
    Effect.gen(function*() {
      const leases = yield* LeaseStore.LeaseStore
      for (let round = 0; round < 100; round++) {
        // a fresh run per round: every race starts from no lease
        const runId = `r${round}`
        const [a, b] = yield* Effect.all(
          [
            Effect.either(leases.acquire(scope, runId, "worker-a", "30 seconds")),
            Effect.either(leases.acquire(scope, runId, "worker-b", "30 seconds"))
          ],
          { concurrency: "unbounded" }
        )
        const won = [a, b].filter(Either.isRight)
        const lost = [a, b].filter(Either.isLeft)
        assert.strictEqual(won.length, 1)
        assert.strictEqual(lost.length, 1)
        const lease = won[0]!.right
        const held = lost[0]!.left
        assert.strictEqual(lease.token, 1)
        assert.strictEqual(held._tag, "LeaseHeld")
        if (held._tag === "LeaseHeld") {
          assert.strictEqual(held.owner, lease.owner)
          assert.strictEqual(held.expiresAt.getTime(), lease.expiresAt.getTime())
        }
        assert.strictEqual(Option.getOrThrow(yield* leases.get(scope, runId)).owner, lease.owner)
      }
    }).pipe(provide))

  it.effect("a write with the older token fails with Fenced and changes nothing; the current token writes", () =>
    Effect.gen(function*() {
      const { leases, ref, runs } = yield* makeStores()
      yield* runs.create({ runId: "r1", scope, flowId: "f" })
      const a = yield* leases.acquire(scope, "r1", "worker-a", "10 seconds")
      assert.isTrue(yield* runs.casStatus(scope, "r1", "Pending", "Running", { fencingToken: a.token }))
      // worker-a stalls past its lease; worker-b takes over
      yield* TestClock.adjust("10 seconds")
      const b = yield* leases.acquire(scope, "r1", "worker-b", "10 seconds")
      assert.isAbove(b.token, a.token)

      const before = yield* Ref.get(ref)
      const run = yield* runs.get(scope, "r1")
      const status = yield* Effect.flip(runs.casStatus(scope, "r1", "Running", "Completed", { fencingToken: a.token }))
      assert.deepStrictEqual(status._tag === "Fenced" && [status.runId, status.token, status.currentToken], ["r1", a.token, b.token])
      const state = yield* Effect.flip(runs.casState(scope, "r1", run.version, { state: { by: "a" } }, { fencingToken: a.token }))
      assert.strictEqual(state._tag, "Fenced")
      const cont = yield* Effect.flip(runs.continueAsNew(scope, "r1", null, { fencingToken: a.token }))
      assert.strictEqual(cont._tag, "Fenced")
      // nothing changed, anywhere in the store
      assert.strictEqual(yield* Ref.get(ref), before)
      assert.deepStrictEqual(yield* runs.get(scope, "r1"), run)

      assert.isTrue(yield* runs.casState(scope, "r1", run.version, { state: { by: "b" } }, { fencingToken: b.token }))
      assert.deepStrictEqual((yield* runs.get(scope, "r1")).state, { by: "b" })
    }))

  it.effect("fencing is per (scope, runId) and opt-in per write", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const leases = yield* LeaseStore.LeaseStore
      yield* runs.create({ runId: "r1", scope, flowId: "f" })
      yield* runs.create({ runId: "r1", scope: other, flowId: "f" })
      yield* leases.acquire(scope, "r1", "a", "1 minute")
      yield* leases.acquire(scope, "r1", "a", "1 minute")
      // token 1 is stale in `scope`, but `other` has no lease at all
      assert.strictEqual((yield* Effect.flip(runs.casStatus(scope, "r1", "Pending", "Running", { fencingToken: 1 })))._tag, "Fenced")
      assert.isTrue(yield* runs.casStatus(other, "r1", "Pending", "Running", { fencingToken: 1 }))
      // a write without a token is not fenced
      assert.isTrue(yield* runs.casStatus(scope, "r1", "Pending", "Running"))
    }).pipe(provide))

  it.effect("tokens strictly increase across every acquisition: re-acquire, release, takeover after expiry", () =>
    Effect.gen(function*() {
      const leases = yield* LeaseStore.LeaseStore
      const tokens: Array<number> = []
      const first = yield* leases.acquire(scope, "r1", "a", "10 seconds")
      tokens.push(first.token)
      assert.strictEqual(first.expiresAt.getTime(), 10_000)
      // the same owner again: a new token (it fences its own earlier incarnation)
      tokens.push((yield* leases.acquire(scope, "r1", "a", "10 seconds")).token)
      // another owner while held: refused, no token spent
      assert.strictEqual((yield* Effect.flip(leases.acquire(scope, "r1", "b", "10 seconds")))._tag, "LeaseHeld")
      yield* TestClock.adjust("9999 millis")
      assert.strictEqual((yield* Effect.flip(leases.acquire(scope, "r1", "b", "10 seconds")))._tag, "LeaseHeld")
      // takeover exactly at expiry
      yield* TestClock.adjust("1 millis")
      tokens.push((yield* leases.acquire(scope, "r1", "b", "10 seconds")).token)
      // release, then a fresh acquisition continues the count
      assert.isTrue(yield* leases.release(scope, "r1", "b", tokens[2]!))
      assert.isFalse(yield* leases.release(scope, "r1", "b", tokens[2]!))
      tokens.push((yield* leases.acquire(scope, "r1", "c", "10 seconds")).token)
      assert.deepStrictEqual(tokens, [1, 2, 3, 4])
      // another run counts on its own
      assert.strictEqual((yield* leases.acquire(scope, "r2", "a", "10 seconds")).token, 1)
      assert.strictEqual((yield* leases.acquire(other, "r1", "a", "10 seconds")).token, 1)
    }).pipe(provide))

  it.effect("renew extends a live lease under the same token; stale tokens are Fenced, dead leases NotFound", () =>
    Effect.gen(function*() {
      const leases = yield* LeaseStore.LeaseStore
      const lease = yield* leases.acquire(scope, "r1", "a", "10 seconds")
      yield* TestClock.adjust("5 seconds")
      const renewed = yield* leases.renew(scope, "r1", "a", lease.token, "10 seconds")
      assert.deepStrictEqual([renewed.token, renewed.expiresAt.getTime()], [lease.token, 15_000])
      yield* TestClock.adjust("9 seconds")
      assert.strictEqual((yield* Effect.flip(leases.acquire(scope, "r1", "b", "1 second")))._tag, "LeaseHeld")
      yield* TestClock.adjust("1 second")
      assert.strictEqual((yield* Effect.flip(leases.renew(scope, "r1", "a", lease.token, "10 seconds")))._tag, "NotFound")
      const b = yield* leases.acquire(scope, "r1", "b", "10 seconds")
      assert.strictEqual((yield* Effect.flip(leases.renew(scope, "r1", "a", lease.token, "10 seconds")))._tag, "Fenced")
      assert.strictEqual((yield* Effect.flip(leases.renew(scope, "r1", "a", b.token, "10 seconds")))._tag, "NotFound")
      assert.strictEqual(Option.getOrThrow(yield* leases.get(scope, "r1")).owner, "b")
      assert.isTrue(Option.isNone(yield* leases.get(other, "r1")))
    }).pipe(provide))
})
