import { assert, describe, it } from "@effect/vitest"
import { Identifiers, Lease, TenantScope } from "@runledger/core"
import { Either, Option } from "effect"
import * as fc from "fast-check"

const scope = TenantScope.TenantScope.make({ orgId: "o", workspaceId: "w" })
const runId = Identifiers.RunId.make("r1")
const owner = (name: string) => Identifiers.OwnerId.make(name)
const at = (ms: number) => new Date(ms)
const request = (name: string, ttlMillis = 1000): Lease.AcquireRequest => ({ scope, runId, owner: owner(name), ttlMillis })

describe("Lease reducer (given / when / then)", () => {
  it("a first acquisition gets token 1, expiring ttl later", () => {
    const lease = Either.getOrThrow(Lease.acquire(undefined, request("a", 500), at(100)))
    assert.strictEqual(lease.token, 1)
    assert.strictEqual(lease.owner, "a")
    assert.strictEqual(lease.expiresAt.getTime(), 600)
    assert.isTrue(Lease.isHeld(lease, at(599)))
    assert.isFalse(Lease.isHeld(lease, at(600)))
  })

  it("another owner is refused with LeaseHeld while the lease is live, and takes over at expiry", () => {
    const held = Either.getOrThrow(Lease.acquire(undefined, request("a", 500), at(0)))
    const refused = Lease.acquire(held, request("b"), at(499))
    assert.isTrue(Either.isLeft(refused))
    if (Either.isLeft(refused)) {
      assert.strictEqual(refused.left._tag, "LeaseHeld")
      assert.strictEqual(refused.left.owner, "a")
      assert.strictEqual(refused.left.expiresAt.getTime(), 500)
    }
    const taken = Either.getOrThrow(Lease.acquire(held, request("b"), at(500)))
    assert.strictEqual(taken.owner, "b")
    assert.strictEqual(taken.token, 2)
  })

  it("the same owner re-acquiring gets a new token, which fences its old one", () => {
    const first = Either.getOrThrow(Lease.acquire(undefined, request("a"), at(0)))
    const again = Either.getOrThrow(Lease.acquire(first, request("a"), at(10)))
    assert.strictEqual(again.token, 2)
    assert.strictEqual(Lease.checkFence(again, first.token)?._tag, "Fenced")
  })

  it("renew keeps the token and moves the expiry; a stale token is Fenced, a dead lease NotFound", () => {
    const first = Either.getOrThrow(Lease.acquire(undefined, request("a", 100), at(0)))
    const renewed = Either.getOrThrow(Lease.renew(first, runId, owner("a"), 1, 100, at(50)))
    assert.strictEqual(renewed.token, 1)
    assert.strictEqual(renewed.expiresAt.getTime(), 150)
    const expired = Lease.renew(renewed, runId, owner("a"), 1, 100, at(150))
    assert.strictEqual(Either.isLeft(expired) && expired.left._tag, "NotFound")
    const second = Either.getOrThrow(Lease.acquire(renewed, request("b"), at(200)))
    const stale = Lease.renew(second, runId, owner("a"), 1, 100, at(201))
    assert.strictEqual(Either.isLeft(stale) && stale.left._tag, "Fenced")
    const wrongOwner = Lease.renew(second, runId, owner("a"), 2, 100, at(201))
    assert.strictEqual(Either.isLeft(wrongOwner) && wrongOwner.left._tag, "NotFound")
    assert.strictEqual(Either.isLeft(Lease.renew(undefined, runId, owner("a"), 1, 100, at(0))) ? "left" : "right", "left")
  })

  it("release frees the lease once and keeps the token counter", () => {
    const first = Either.getOrThrow(Lease.acquire(undefined, request("a", 100), at(0)))
    const released = Option.getOrThrow(Lease.release(first, owner("a"), 1, at(10)))
    assert.isFalse(Lease.isHeld(released, at(11)))
    assert.isTrue(Option.isNone(Lease.release(released, owner("a"), 1, at(12))))
    assert.isTrue(Option.isNone(Lease.release(first, owner("b"), 1, at(10))))
    const next = Either.getOrThrow(Lease.acquire(released, request("b"), at(12)))
    assert.strictEqual(next.token, 2)
  })

  it("checkFence: no token or no lease passes; older fails; current passes even after expiry", () => {
    assert.isUndefined(Lease.checkFence(undefined, 7))
    const lease = Either.getOrThrow(
      Lease.acquire(Either.getOrThrow(Lease.acquire(undefined, request("a"), at(0))), request("a"), at(1))
    )
    assert.isUndefined(Lease.checkFence(lease, undefined))
    assert.isUndefined(Lease.checkFence(lease, 2))
    const fenced = Lease.checkFence(lease, 1)
    assert.deepStrictEqual(fenced && { runId: fenced.runId, token: fenced.token, currentToken: fenced.currentToken }, {
      runId: "r1",
      token: 1,
      currentToken: 2
    })
  })
})

// A command against the lease of one run, with the time it happens at (times only move forward).
type Command =
  | { readonly op: "acquire"; readonly owner: string; readonly ttl: number; readonly dt: number }
  | { readonly op: "renew"; readonly owner: string; readonly pick: number; readonly ttl: number; readonly dt: number }
  | { readonly op: "release"; readonly owner: string; readonly pick: number; readonly dt: number }

const owners = fc.constantFrom("a", "b", "c")
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constant("acquire" as const), owner: owners, ttl: fc.integer({ min: 1, max: 100 }), dt: fc.nat(60) }),
  fc.record({
    op: fc.constant("renew" as const),
    owner: owners,
    pick: fc.nat(),
    ttl: fc.integer({ min: 1, max: 100 }),
    dt: fc.nat(60)
  }),
  fc.record({ op: fc.constant("release" as const), owner: owners, pick: fc.nat(), dt: fc.nat(60) })
)

describe("Lease reducer properties", () => {
  it("tokens strictly increase with every acquisition; fencing rejects exactly the older tokens", () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        let lease: Lease.Lease | undefined
        let now = 0
        const issued: Array<number> = []
        for (const c of commands) {
          now += c.dt
          // Renew and release with a token that was issued at some point (or one never issued).
          const token = (pick: number) => issued.length === 0 ? 1 : issued[pick % (issued.length + 1)] ?? issued.length + 1
          if (c.op === "acquire") {
            const before = lease
            const result = Lease.acquire(lease, request(c.owner, c.ttl), at(now))
            if (Either.isRight(result)) {
              lease = result.right
              issued.push(lease.token)
              // strictly greater than every token issued before
              assert.strictEqual(lease.token, (before?.token ?? 0) + 1)
            } else {
              // refused only while another owner holds a live lease
              assert.isTrue(before !== undefined && Lease.isHeld(before, at(now)) && before.owner !== c.owner)
            }
          } else if (c.op === "renew") {
            const t = token(c.pick)
            const result = Lease.renew(lease, runId, owner(c.owner), t, c.ttl, at(now))
            if (Either.isRight(result)) {
              assert.strictEqual(result.right.token, lease?.token)
              lease = result.right
            } else if (result.left._tag === "Fenced") {
              assert.isBelow(t, lease!.token)
            }
          } else {
            lease = Option.getOrElse(Lease.release(lease, owner(c.owner), token(c.pick), at(now)), () => lease)
          }
          // the invariant of the counter: the stored token is the number of acquisitions
          assert.strictEqual(lease?.token ?? 0, issued.length)
          for (let i = 1; i < issued.length; i++) assert.isAbove(issued[i]!, issued[i - 1]!)
          // fencing: every older token fails, the current and any newer one pass
          for (const t of issued) {
            assert.strictEqual(Lease.checkFence(lease, t) !== undefined, t < lease!.token)
          }
          assert.isUndefined(Lease.checkFence(lease, (lease?.token ?? 0) + 1))
        }
      }),
      { numRuns: 300 }
    )
  })
})
