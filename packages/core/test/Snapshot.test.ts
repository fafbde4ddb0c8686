import { assert, describe, it } from "@effect/vitest"
import { Identifiers, Json, Snapshot, TenantScope } from "@runledger/core"
import { Either } from "effect"

const scope = TenantScope.TenantScope.make({ orgId: "o", workspaceId: "w" })

const snapshot = (id: string, seq: number, extra: Partial<Snapshot.Snapshot> = {}): Snapshot.Snapshot =>
  Snapshot.Snapshot.make({
    snapshotId: Identifiers.SnapshotId.make(id),
    runId: Identifiers.RunId.make("r1"),
    scope,
    seq,
    createdAt: new Date(seq * 1000),
    status: "Running",
    checkpoint: { seq },
    schemaVersion: Snapshot.CurrentVersion,
    ...extra
  })

// A record exactly as version 1 wrote it: no phase fields, dates as ISO text.
const v1Record = {
  snapshotId: "s-old",
  runId: "r1",
  scope: { orgId: "o", workspaceId: "w" },
  seq: 7,
  createdAt: "2025-01-02T03:04:05.000Z",
  status: "Completed",
  checkpoint: { cursor: 7 },
  definitionRevision: 3,
  schemaVersion: 1
}

describe("Snapshot schema versions", () => {
  it("a version-1 record without phase fields reads with its phase derived from its status", () => {
    const read = Either.getOrThrow(Snapshot.decodeStored(v1Record))
    assert.strictEqual(read.phase, "Completed")
    assert.strictEqual(read.phase, Snapshot.derivePhase("Completed"))
    assert.isUndefined(read.phaseHistory)
    assert.strictEqual(read.schemaVersion, Snapshot.CurrentVersion)
    assert.strictEqual(read.seq, 7)
    assert.strictEqual(read.definitionRevision, 3)
    assert.strictEqual(read.createdAt.toISOString(), "2025-01-02T03:04:05.000Z")
    assert.deepStrictEqual(read.checkpoint, { cursor: 7 })
  })

  it("a current record round-trips through its stored form, phases included", () => {
    const current = snapshot("s1", 3, {
      phase: "executing",
      phaseHistory: [{ phase: "planning", at: new Date(1) }, { phase: "executing", at: new Date(2) }]
    })
    const stored = Snapshot.encode(current)
    assert.isTrue(Json.isJson(stored))
    assert.strictEqual(stored.schemaVersion, 2)
    assert.deepStrictEqual(Either.getOrThrow(Snapshot.decodeStored(JSON.parse(JSON.stringify(stored)))), current)
  })

  it("a version-1 record that claims phase fields, an unknown version, or a broken record does not decode", () => {
    assert.isTrue(Either.isLeft(Snapshot.decodeStored({ ...v1Record, schemaVersion: 3 })))
    assert.isTrue(Either.isLeft(Snapshot.decodeStored({ ...v1Record, schemaVersion: undefined })))
    assert.isTrue(Either.isLeft(Snapshot.decodeStored({ ...v1Record, seq: -1 })))
    assert.isTrue(Either.isLeft(Snapshot.decodeStored({ ...v1Record, schemaVersion: 2, createdAt: "yesterday" })))
    assert.isTrue(Either.isLeft(Snapshot.decodeStored("not a record")))
  })

  it("stores never write an older version", () => {
    assert.throws(() => Snapshot.encode({ ...snapshot("s1", 1), schemaVersion: 1 } as never))
  })
})

describe("Snapshot reducers", () => {
  it("put: new id writes; same content again (another createdAt) is a retry; other content is AlreadyExists", () => {
    const first = snapshot("s1", 1)
    assert.deepStrictEqual(Either.getOrThrow(Snapshot.put(undefined, first)), { snapshot: first, write: true })
    const retry = snapshot("s1", 1, { createdAt: new Date(99_000) })
    assert.deepStrictEqual(Either.getOrThrow(Snapshot.put(first, retry)), { snapshot: first, write: false })
    for (const other of [snapshot("s1", 2), snapshot("s1", 1, { checkpoint: "x" }), snapshot("s1", 1, { phase: "p" })]) {
      const result = Snapshot.put(first, other)
      assert.isTrue(Either.isLeft(result))
      if (Either.isLeft(result)) {
        assert.strictEqual(result.left._tag, "AlreadyExists")
        assert.strictEqual(result.left.sameFingerprint, false)
      }
    }
  })

  it("latest: ascending by seq (ties by id), the latest N when limited", () => {
    const all = [snapshot("c", 5), snapshot("a", 1), snapshot("e", 9), snapshot("b", 5), snapshot("d", 3)]
    assert.deepStrictEqual(Snapshot.latest(all, undefined).map((s) => s.snapshotId), ["a", "d", "b", "c", "e"])
    assert.deepStrictEqual(Snapshot.latest(all, 2).map((s) => s.snapshotId), ["c", "e"])
    assert.deepStrictEqual(Snapshot.latest(all, 10).map((s) => s.snapshotId), ["a", "d", "b", "c", "e"])
  })
})
