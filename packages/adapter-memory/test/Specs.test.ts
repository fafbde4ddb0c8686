import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { SpecStore } from "@runledger/core"
import type { Errors } from "@runledger/core"
import { Effect, Option } from "effect"
import { createHash } from "node:crypto"

const scope = { orgId: "acme", workspaceId: "prod" }
const other = { orgId: "acme", workspaceId: "staging" }
const provide = Effect.provide(MemoryStore.layer())

const conflictOf = (e: Errors.RunLedgerError) =>
  e._tag === "RevisionConflict" ? { _tag: e._tag, specId: e.specId, expected: e.expected, actual: e.actual } : e._tag

describe("SpecStore on memory", () => {
  it.effect("expectedRevision omitted: unconditional writes count 1, 2, 3", () =>
    Effect.gen(function*() {
      const specs = yield* SpecStore.SpecStore
      assert.strictEqual((yield* specs.put(scope, "checkout", { steps: 1 })).revision, 1)
      assert.strictEqual((yield* specs.put(scope, "checkout", { steps: 2 })).revision, 2)
      assert.strictEqual((yield* specs.put(scope, "checkout", { steps: 2 }, undefined)).revision, 3)
      const current = Option.getOrThrow(yield* specs.get(scope, "checkout"))
      assert.deepStrictEqual([current.revision, current.definition], [3, { steps: 2 }])
    }).pipe(provide))

  it.effect("expectedRevision null: create only; an existing spec is RevisionConflict { expected: null, actual }", () =>
    Effect.gen(function*() {
      const specs = yield* SpecStore.SpecStore
      assert.strictEqual((yield* specs.put(scope, "checkout", "v1", null)).revision, 1)
      const error = yield* Effect.flip(specs.put(scope, "checkout", "v2", null))
      assert.deepStrictEqual(conflictOf(error), { _tag: "RevisionConflict", specId: "checkout", expected: null, actual: 1 })
      assert.strictEqual(Option.getOrThrow(yield* specs.get(scope, "checkout")).definition, "v1")
    }).pipe(provide))

  it.effect("expectedRevision n: must be current, else RevisionConflict { expected, actual } and nothing written", () =>
    Effect.gen(function*() {
      const specs = yield* SpecStore.SpecStore
      yield* specs.put(scope, "checkout", "v1")
      yield* specs.put(scope, "checkout", "v2", 1)
      const stale = yield* Effect.flip(specs.put(scope, "checkout", "v3", 1))
      assert.deepStrictEqual(conflictOf(stale), { _tag: "RevisionConflict", specId: "checkout", expected: 1, actual: 2 })
      const missing = yield* Effect.flip(specs.put(scope, "nope", "v1", 4))
      assert.deepStrictEqual(conflictOf(missing), { _tag: "RevisionConflict", specId: "nope", expected: 4, actual: null })
      assert.isTrue(Option.isNone(yield* specs.get(scope, "nope")))
      assert.strictEqual(Option.getOrThrow(yield* specs.get(scope, "checkout")).revision, 2)
      assert.strictEqual((yield* specs.put(scope, "checkout", "v3", 2)).revision, 3)
    }).pipe(provide))

  it.effect("16 writers race a put with the same expectedRevision: exactly one wins", () =>
    Effect.gen(function*() {
      const specs = yield* SpecStore.SpecStore
      yield* specs.put(scope, "checkout", 0)
      const results = yield* Effect.all(
        Array.from({ length: 16 }, (_, i) => Effect.either(specs.put(scope, "checkout", i + 1, 1))),
        { concurrency: "unbounded" }
      )
      assert.strictEqual(results.filter((r) => r._tag === "Right").length, 1)
      assert.strictEqual(Option.getOrThrow(yield* specs.get(scope, "checkout")).revision, 2)
    }).pipe(provide))

  it.effect("the content hash is SHA-256 of the canonical JSON (checked against node:crypto)", () =>
    Effect.gen(function*() {
      const specs = yield* SpecStore.SpecStore
      const definition = { steps: [{ name: "charge", retry: { max: 3 } }], "é": "ü", a: null }
      const written = yield* specs.put(scope, "checkout", definition)
      const canonical = `{"a":null,"steps":[{"name":"charge","retry":{"max":3}}],"é":"ü"}`
      const expected = createHash("sha256").update(Buffer.from(canonical, "utf8")).digest("hex")
      assert.strictEqual(written.contentHash, expected)
      assert.strictEqual(Option.getOrThrow(yield* specs.get(scope, "checkout")).contentHash, expected)
      // key order does not change the hash
      const reordered = yield* specs.put(scope, "checkout", { a: null, "é": "ü", steps: [{ retry: { max: 3 }, name: "charge" }] })
      assert.strictEqual(reordered.contentHash, expected)
    }).pipe(provide))

  it.effect("older revisions stay readable until delete; delete honours expectedRevision", () =>
    Effect.gen(function*() {
      const specs = yield* SpecStore.SpecStore
      yield* specs.put(scope, "checkout", "v1")
      yield* specs.put(scope, "checkout", "v2")
      assert.strictEqual(Option.getOrThrow(yield* specs.getRevision(scope, "checkout", 1)).definition, "v1")
      assert.isTrue(yield* specs.hasRevision(scope, "checkout", 2))
      assert.isFalse(yield* specs.hasRevision(scope, "checkout", 3))

      const stale = yield* Effect.flip(specs.delete(scope, "checkout", 1))
      assert.deepStrictEqual(conflictOf(stale), { _tag: "RevisionConflict", specId: "checkout", expected: 1, actual: 2 })
      assert.isTrue(yield* specs.hasRevision(scope, "checkout", 1))

      assert.isTrue(yield* specs.delete(scope, "checkout", 2))
      assert.isTrue(Option.isNone(yield* specs.get(scope, "checkout")))
      assert.isFalse(yield* specs.hasRevision(scope, "checkout", 1))
      assert.isFalse(yield* specs.hasRevision(scope, "checkout", 2))
      assert.isFalse(yield* specs.delete(scope, "checkout"))
      const gone = yield* Effect.flip(specs.delete(scope, "checkout", 2))
      assert.deepStrictEqual(conflictOf(gone), { _tag: "RevisionConflict", specId: "checkout", expected: 2, actual: null })
      // re-created: the numbering continues, so an old pin never points at new content
      assert.strictEqual((yield* specs.put(scope, "checkout", "v3", null)).revision, 3)
      assert.isFalse(yield* specs.hasRevision(scope, "checkout", 1))
    }).pipe(provide))

  it.effect("list: current revisions of the scope by spec id, paged with afterSpecId", () =>
    Effect.gen(function*() {
      const specs = yield* SpecStore.SpecStore
      for (const id of ["c", "a", "d", "b"]) yield* specs.put(scope, id, id)
      yield* specs.put(scope, "a", "a2")
      yield* specs.delete(scope, "d")
      yield* specs.put(other, "z", "theirs")
      const all = yield* specs.list(scope)
      assert.deepStrictEqual(all.map((s) => [s.specId, s.revision]), [["a", 2], ["b", 1], ["c", 1]])
      assert.deepStrictEqual((yield* specs.list(scope, { limit: 2 })).map((s) => s.specId), ["a", "b"])
      assert.deepStrictEqual((yield* specs.list(scope, { limit: 2, afterSpecId: "b" })).map((s) => s.specId), ["c"])
      assert.isTrue(Option.isNone(yield* specs.get(scope, "z")))
    }).pipe(provide))
})
