import { assert, describe, it } from "@effect/vitest"
import type { Json } from "@runledger/core"
import { Lease, Limits, Snapshot } from "@runledger/core"
import { Effect, Ref } from "effect"
import { makeStores } from "./stores.js"

// Contract §10 for snapshots, specs, timers, leases, fencing and continue-as-new: every bad input
// fails with InvalidInput and writes nothing. "Nothing" is checked on the whole memory state: every
// write replaces the state value, so the same reference afterwards means no write at all.
const scope = { orgId: "acme", workspaceId: "prod" }
type Stores = Effect.Effect.Success<ReturnType<typeof makeStores>>
type Call = readonly [string, (s: Stores) => Effect.Effect<unknown, { readonly _tag: string }>]

const badIds: ReadonlyArray<readonly [string, string]> = [
  ["empty", ""],
  ["257 characters", "x".repeat(257)],
  ["with NUL", "a\u0000b"],
  ["with a newline", "a\nb"]
]
const cyclic: Record<string, unknown> = {}
cyclic.self = cyclic
const badJson: ReadonlyArray<readonly [string, unknown]> = [
  ["NaN", Number.NaN],
  ["a nested undefined", { a: [undefined] }],
  ["a function", { f: () => 1 }],
  ["a Date", new Date(0)],
  ["a bigint", 1n],
  ["a cycle", cyclic],
  ["over the size limit", { blob: "x".repeat(Limits.defaults.maxValueBytes) }]
]
const badLimits: ReadonlyArray<readonly [string, number]> = [
  ["limit 0", 0],
  ["limit over the maximum", Limits.MaxPageSize + 1],
  ["negative limit", -1],
  ["fractional limit", 2.5]
]
const badTokens: ReadonlyArray<readonly [string, number]> = [["token 0", 0], ["negative token", -3], ["fractional token", 1.5]]
const badTtls: ReadonlyArray<readonly [string, unknown]> = [
  ["ttl 0", 0],
  ["negative ttl", -5_000],
  ["NaN ttl", Number.NaN],
  ["infinite ttl", Number.POSITIVE_INFINITY],
  ["ttl over the maximum", Lease.MaxTtlMillis + 1],
  ["ttl that is no duration", "forever"],
  ["ttl of zero seconds", "0 seconds"]
]
const invalidDate = new Date(Number.NaN)
const asJson = (u: unknown) => u as Json.Json
const snap = { snapshotId: "s9", seq: 1, status: "Running" as const, checkpoint: {} }

const calls: ReadonlyArray<Call> = [
  ...badIds.flatMap(([what, id]): ReadonlyArray<Call> => [
    [`snapshots.put: snapshotId ${what}`, (s) => s.snapshots.put(scope, "r1", { ...snap, snapshotId: id })],
    [`snapshots.put: runId ${what}`, (s) => s.snapshots.put(scope, id, snap)],
    [`snapshots.put: orgId ${what}`, (s) => s.snapshots.put({ ...scope, orgId: id }, "r1", snap)],
    [`snapshots.put: phase ${what}`, (s) => s.snapshots.put(scope, "r1", { ...snap, phase: id })],
    [`snapshots.put: phaseHistory phase ${what}`, (s) => s.snapshots.put(scope, "r1", { ...snap, phaseHistory: [{ phase: id, at: new Date(0) }] })],
    [`snapshots.put: payloadDigest ${what}`, (s) => s.snapshots.put(scope, "r1", { ...snap, payloadDigest: id })],
    [`snapshots.get: runId ${what}`, (s) => s.snapshots.get(scope, id, "s1")],
    [`snapshots.get: snapshotId ${what}`, (s) => s.snapshots.get(scope, "r1", id)],
    [`snapshots.list: runId ${what}`, (s) => s.snapshots.list(scope, id)],
    [`specs.put: specId ${what}`, (s) => s.specs.put(scope, id, {})],
    [`specs.put: workspaceId ${what}`, (s) => s.specs.put({ ...scope, workspaceId: id }, "spec", {})],
    [`specs.get: ${what}`, (s) => s.specs.get(scope, id)],
    [`specs.getRevision: ${what}`, (s) => s.specs.getRevision(scope, id, 1)],
    [`specs.hasRevision: ${what}`, (s) => s.specs.hasRevision(scope, id, 1)],
    [`specs.list: afterSpecId ${what}`, (s) => s.specs.list(scope, { afterSpecId: id })],
    [`specs.delete: ${what}`, (s) => s.specs.delete(scope, id)],
    [`timers.schedule: runId ${what}`, (s) => s.timers.schedule(scope, id, "t9", new Date(0))],
    [`timers.schedule: timerId ${what}`, (s) => s.timers.schedule(scope, "r1", id, new Date(0))],
    [`timers.due: deploymentId ${what}`, (s) => s.timers.due({ ...scope, deploymentId: id }, new Date(0))],
    [`timers.claim: ${what}`, (s) => s.timers.claim(scope, "r1", id)],
    [`timers.cancel: ${what}`, (s) => s.timers.cancel(scope, id, "t1")],
    [`timers.get: ${what}`, (s) => s.timers.get(scope, "r1", id)],
    [`leases.acquire: runId ${what}`, (s) => s.leases.acquire(scope, id, "a", "1 minute")],
    [`leases.acquire: owner ${what}`, (s) => s.leases.acquire(scope, "r2", id, "1 minute")],
    [`leases.renew: owner ${what}`, (s) => s.leases.renew(scope, "r1", id, 1, "1 minute")],
    [`leases.release: owner ${what}`, (s) => s.leases.release(scope, "r1", id, 1)],
    [`leases.get: ${what}`, (s) => s.leases.get(scope, id)],
    [`runs.continueAsNew: runId ${what}`, (s) => s.runs.continueAsNew(scope, id, null)],
    [`runs.chain: chainId ${what}`, (s) => s.runs.chain(scope, id)]
  ]),
  ...badJson.flatMap(([what, value]): ReadonlyArray<Call> => [
    [`snapshots.put: checkpoint ${what}`, (s) => s.snapshots.put(scope, "r1", { ...snap, checkpoint: asJson(value) })],
    [`snapshots.put: metadata ${what}`, (s) => s.snapshots.put(scope, "r1", { ...snap, metadata: asJson(value) })],
    [`specs.put: definition ${what}`, (s) => s.specs.put(scope, "spec", asJson(value))],
    [`runs.continueAsNew: input ${what}`, (s) => s.runs.continueAsNew(scope, "r1", asJson(value))]
  ]),
  [`snapshots.put: checkpoint undefined`, (s) => s.snapshots.put(scope, "r1", { ...snap, checkpoint: asJson(undefined) })],
  [`specs.put: definition undefined`, (s) => s.specs.put(scope, "spec", asJson(undefined))],
  [`runs.continueAsNew: input undefined`, (s) => s.runs.continueAsNew(scope, "r1", asJson(undefined))],
  ...badLimits.flatMap(([what, limit]): ReadonlyArray<Call> => [
    [`snapshots.list: ${what}`, (s) => s.snapshots.list(scope, "r1", { limit })],
    [`specs.list: ${what}`, (s) => s.specs.list(scope, { limit })],
    [`timers.due: ${what}`, (s) => s.timers.due(scope, new Date(0), { limit })],
    [`timers.dueAcrossScopes: ${what}`, (s) => s.timers.dueAcrossScopes(new Date(0), { limit })]
  ]),
  ...badTokens.flatMap(([what, token]): ReadonlyArray<Call> => [
    [`leases.renew: ${what}`, (s) => s.leases.renew(scope, "r1", "a", token, "1 minute")],
    [`leases.release: ${what}`, (s) => s.leases.release(scope, "r1", "a", token)],
    [`runs.casStatus: fencing ${what}`, (s) => s.runs.casStatus(scope, "r1", "Running", "Completed", { fencingToken: token })],
    [`runs.casState: fencing ${what}`, (s) => s.runs.casState(scope, "r1", 2, { state: 1 }, { fencingToken: token })],
    [`runs.continueAsNew: fencing ${what}`, (s) => s.runs.continueAsNew(scope, "r1", null, { fencingToken: token })]
  ]),
  ...badTtls.flatMap(([what, ttl]): ReadonlyArray<Call> => [
    [`leases.acquire: ${what}`, (s) => s.leases.acquire(scope, "r2", "a", ttl as never)],
    [`leases.renew: ${what}`, (s) => s.leases.renew(scope, "r1", "a", 1, ttl as never)]
  ]),
  [`snapshots.put: negative seq`, (s) => s.snapshots.put(scope, "r1", { ...snap, seq: -1 })],
  [`snapshots.put: fractional seq`, (s) => s.snapshots.put(scope, "r1", { ...snap, seq: 1.5 })],
  [`snapshots.put: unknown status`, (s) => s.snapshots.put(scope, "r1", { ...snap, status: "Sleeping" as never })],
  [`snapshots.put: invalid createdAt`, (s) => s.snapshots.put(scope, "r1", { ...snap, createdAt: invalidDate })],
  [`snapshots.put: invalid phase date`, (s) => s.snapshots.put(scope, "r1", { ...snap, phaseHistory: [{ phase: "p", at: invalidDate }] })],
  [`snapshots.put: phaseHistory too long`, (s) =>
    s.snapshots.put(scope, "r1", {
      ...snap,
      phaseHistory: Array.from({ length: Snapshot.MaxPhaseHistory + 1 }, () => ({ phase: "p", at: new Date(0) }))
    })],
  [`snapshots.put: definitionRevision 0`, (s) => s.snapshots.put(scope, "r1", { ...snap, definitionRevision: 0 })],
  [`snapshots.put: a schemaVersion field`, (s) => s.snapshots.put(scope, "r1", { ...snap, schemaVersion: 1 } as never)],
  [`specs.put: expectedRevision 0`, (s) => s.specs.put(scope, "spec", {}, 0)],
  [`specs.put: fractional expectedRevision`, (s) => s.specs.put(scope, "spec", {}, 1.5)],
  [`specs.getRevision: revision 0`, (s) => s.specs.getRevision(scope, "spec", 0)],
  [`specs.hasRevision: negative revision`, (s) => s.specs.hasRevision(scope, "spec", -1)],
  [`specs.delete: expectedRevision 0`, (s) => s.specs.delete(scope, "spec", 0)],
  [`specs.delete: expectedRevision null`, (s) => s.specs.delete(scope, "spec", null as never)],
  [`timers.schedule: invalid fireAt`, (s) => s.timers.schedule(scope, "r1", "t9", invalidDate)],
  [`timers.schedule: fireAt as text`, (s) => s.timers.schedule(scope, "r1", "t9", "2026-01-01" as never)],
  [`timers.due: invalid asOf`, (s) => s.timers.due(scope, invalidDate)],
  [`timers.dueAcrossScopes: invalid asOf`, (s) => s.timers.dueAcrossScopes(invalidDate)]
]

describe("bad input to snapshots, specs, timers, leases and chains: InvalidInput, and nothing written", () => {
  it.effect(`${calls.length} bad calls across every new method`, () =>
    Effect.gen(function*() {
      const stores = yield* makeStores()
      yield* stores.runs.create({ runId: "r1", scope, flowId: "f" })
      yield* stores.runs.casStatus(scope, "r1", "Pending", "Running")
      yield* stores.leases.acquire(scope, "r1", "a", "1 minute")
      yield* stores.snapshots.put(scope, "r1", { ...snap, snapshotId: "s1" })
      yield* stores.specs.put(scope, "spec", { v: 1 })
      yield* stores.timers.schedule(scope, "r1", "t1", new Date(0))
      const before = yield* Ref.get(stores.ref)

      const tags: Record<string, string> = {}
      for (const [name, call] of calls) {
        const outcome = yield* Effect.either(call(stores)).pipe(
          Effect.catchAllDefect((defect) => Effect.succeed({ _tag: "Defect" as const, defect }))
        )
        tags[name] = outcome._tag === "Left"
          ? outcome.left._tag
          : outcome._tag === "Right"
          ? "succeeded"
          : `defect: ${String(outcome.defect)}`
        assert.strictEqual(yield* Ref.get(stores.ref), before, `${name} changed the store`)
      }
      assert.deepStrictEqual(Object.entries(tags).filter(([, tag]) => tag !== "InvalidInput"), [])
    }))

  it.effect("the error names the operation and what was wrong", () =>
    Effect.gen(function*() {
      const { leases, snapshots, specs } = yield* makeStores()
      const ttl = yield* Effect.flip(leases.acquire(scope, "r1", "a", 0))
      assert.strictEqual(ttl.message, `LeaseStore.acquire: invalid input: ttl: must be a positive duration of at most ${Lease.MaxTtlMillis} ms`)
      const seq = yield* Effect.flip(snapshots.put(scope, "r1", { ...snap, seq: -1 }))
      assert.match(seq.message, /^SnapshotStore\.put: invalid input: snapshot\.seq: /)
      const rev = yield* Effect.flip(specs.put(scope, "s", {}, 0))
      assert.match(rev.message, /^SpecStore\.put: invalid input: expectedRevision/)
    }))

  it.effect("the same calls with good input do write (the check above can fail)", () =>
    Effect.gen(function*() {
      const stores = yield* makeStores()
      const before = yield* Ref.get(stores.ref)
      yield* stores.snapshots.put(scope, "r1", snap)
      assert.notStrictEqual(yield* Ref.get(stores.ref), before)
    }))
})
