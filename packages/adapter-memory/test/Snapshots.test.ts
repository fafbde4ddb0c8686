import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { Snapshot, SnapshotStore } from "@runledger/core"
import { Effect, HashMap, Option, TestClock } from "effect"
import { scopedKey } from "../src/internal/state.js"
import { makeStores } from "./stores.js"

const scope = { orgId: "acme", workspaceId: "prod" }
const other = { orgId: "acme", workspaceId: "staging" }
const provide = Effect.provide(MemoryStore.layer())

const snap = (snapshotId: string, seq: number) => ({ snapshotId, seq, status: "Running" as const, checkpoint: { seq } })

describe("SnapshotStore on memory", () => {
  it.effect("list is ascending by seq whatever the write order, and the latest N when limited", () =>
    Effect.gen(function*() {
      const store = yield* SnapshotStore.SnapshotStore
      for (const [id, seq] of [["s30", 30], ["s10", 10], ["s50", 50], ["s20", 20], ["s40", 40]] as const) {
        yield* store.put(scope, "r1", snap(id, seq))
      }
      yield* store.put(scope, "r2", snap("other-run", 15))
      const seqs = (list: ReadonlyArray<Snapshot.Snapshot>) => list.map((s) => s.seq)
      assert.deepStrictEqual(seqs(yield* store.list(scope, "r1")), [10, 20, 30, 40, 50])
      assert.deepStrictEqual(seqs(yield* store.list(scope, "r1", { limit: 2 })), [40, 50])
      assert.deepStrictEqual(seqs(yield* store.list(scope, "r1", { limit: 1 })), [50])
      assert.deepStrictEqual(seqs(yield* store.list(scope, "r1", { limit: 9 })), [10, 20, 30, 40, 50])
      assert.deepStrictEqual(seqs(yield* store.list(scope, "r2")), [15])
    }).pipe(provide))

  it.effect("another scope's snapshot is returned by neither get nor list", () =>
    Effect.gen(function*() {
      const store = yield* SnapshotStore.SnapshotStore
      yield* store.put(other, "r1", snap("s1", 1))
      yield* store.put(scope, "r1", snap("mine", 2))
      assert.isTrue(Option.isNone(yield* store.get(scope, "r1", "s1")))
      assert.deepStrictEqual((yield* store.list(scope, "r1")).map((s) => s.snapshotId), ["mine"])
      assert.isTrue(Option.isNone(yield* store.get(other, "r1", "mine")))
      assert.deepStrictEqual((yield* store.list(other, "r1")).map((s) => s.snapshotId), ["s1"])
      // the same id may exist in both scopes, independently
      yield* store.put(scope, "r1", snap("s1", 9))
      assert.strictEqual(Option.getOrThrow(yield* store.get(scope, "r1", "s1")).seq, 9)
      assert.strictEqual(Option.getOrThrow(yield* store.get(other, "r1", "s1")).seq, 1)
    }).pipe(provide))

  it.effect("get: the stored record; none for an id that belongs to another run", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-05-01T00:00:00Z"))
      const store = yield* SnapshotStore.SnapshotStore
      const put = yield* store.put(scope, "r1", {
        ...snap("s1", 4),
        phase: "executing",
        phaseHistory: [{ phase: "executing", at: new Date(0) }],
        payloadDigest: "sha256:abc",
        definitionRevision: 2,
        metadata: { by: "worker-1" }
      })
      assert.strictEqual(put.createdAt.toISOString(), "2026-05-01T00:00:00.000Z")
      assert.strictEqual(put.schemaVersion, Snapshot.CurrentVersion)
      assert.deepStrictEqual(yield* store.get(scope, "r1", "s1"), Option.some(put))
      assert.isTrue(Option.isNone(yield* store.get(scope, "r2", "s1")))
      assert.isTrue(Option.isNone(yield* store.get(scope, "r1", "nope")))
    }).pipe(provide))

  it.effect("put is idempotent by id: a retry returns the first record; other content is AlreadyExists", () =>
    Effect.gen(function*() {
      const store = yield* SnapshotStore.SnapshotStore
      const first = yield* store.put(scope, "r1", snap("s1", 1))
      yield* TestClock.adjust("1 minute")
      const retry = yield* store.put(scope, "r1", snap("s1", 1))
      assert.deepStrictEqual(retry, first)
      const conflict = yield* Effect.flip(store.put(scope, "r1", { ...snap("s1", 1), checkpoint: "different" }))
      assert.strictEqual(conflict._tag, "AlreadyExists")
      assert.strictEqual(conflict._tag === "AlreadyExists" && conflict.sameFingerprint, false)
      const otherRun = yield* Effect.flip(store.put(scope, "r2", snap("s1", 1)))
      assert.strictEqual(otherRun._tag, "AlreadyExists")
      assert.deepStrictEqual(yield* store.list(scope, "r1"), [first])
      assert.deepStrictEqual(yield* store.list(scope, "r2"), [])
    }).pipe(provide))

  it.effect("a version-1 snapshot without phase fields, as an older release stored it, reads with its phase derived", () =>
    Effect.gen(function*() {
      const v1: Snapshot.Stored = {
        snapshotId: "old",
        runId: "r1",
        scope,
        seq: 3,
        createdAt: "2025-06-01T00:00:00.000Z",
        status: "Failed",
        checkpoint: { at: 3 },
        schemaVersion: 1
      }
      const { snapshots } = yield* makeStores((state) => ({
        ...state,
        snapshots: HashMap.set(state.snapshots, scopedKey(scope, "old"), v1)
      }))
      yield* snapshots.put(scope, "r1", { ...snap("new", 5), phase: "cleanup" })
      const read = Option.getOrThrow(yield* snapshots.get(scope, "r1", "old"))
      assert.strictEqual(read.phase, "Failed")
      assert.isUndefined(read.phaseHistory)
      assert.strictEqual(read.schemaVersion, 2)
      assert.deepStrictEqual(read.checkpoint, { at: 3 })
      assert.deepStrictEqual((yield* snapshots.list(scope, "r1")).map((s) => [s.snapshotId, s.phase]), [
        ["old", "Failed"],
        ["new", "cleanup"]
      ])
    }))

  it.effect("a stored record that does not decode is reported as StoreCorrupt, not skipped", () =>
    Effect.gen(function*() {
      const { snapshots } = yield* makeStores((state) => ({
        ...state,
        snapshots: HashMap.set(state.snapshots, scopedKey(scope, "bad"), {
          snapshotId: "bad",
          runId: "r1",
          scope,
          seq: 1,
          createdAt: "not a date",
          status: "Running",
          checkpoint: null,
          schemaVersion: 1
        })
      }))
      const get = yield* Effect.flip(snapshots.get(scope, "r1", "bad"))
      assert.strictEqual(get._tag, "StoreCorrupt")
      const list = yield* Effect.flip(snapshots.list(scope, "r1"))
      assert.strictEqual(list._tag, "StoreCorrupt")
      // another run's listing is not affected
      assert.deepStrictEqual(yield* snapshots.list(scope, "r2"), [])
    }))
})
