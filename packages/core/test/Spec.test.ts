import { assert, describe, it } from "@effect/vitest"
import type { Json } from "@runledger/core"
import type { Errors } from "@runledger/core"
import { Identifiers, Spec, TenantScope } from "@runledger/core"
import { Either, Option } from "effect"
import * as fc from "fast-check"
import { createHash } from "node:crypto"

const scope = TenantScope.TenantScope.make({ orgId: "o", workspaceId: "w" })
const specId = Identifiers.SpecId.make("checkout")
const now = new Date(0)
// A conflict's fields as plain data (or the success), for deepStrictEqual.
const conflict = <A>(result: Either.Either<A, Errors.RevisionConflict>) =>
  Either.match(result, {
    onLeft: (e) => ({ _tag: e._tag, specId: e.specId, expected: e.expected, actual: e.actual }),
    onRight: () => "succeeded" as const
  })
const put = (history: Spec.SpecHistory, definition: Json.Json, expected: Spec.ExpectedRevision) =>
  Spec.put(history, { scope, specId, definition }, expected, now)

describe("Spec revision reducer (given / when / then)", () => {
  it("the three expectedRevision modes", () => {
    // omitted: unconditional
    const one = Either.getOrThrow(put(Spec.emptyHistory, { v: 1 }, undefined))
    assert.strictEqual(one.revision.revision, 1)
    const two = Either.getOrThrow(put(one.history, { v: 2 }, undefined))
    assert.strictEqual(two.revision.revision, 2)
    // null: must not exist
    const exists = put(two.history, { v: 3 }, null)
    assert.deepStrictEqual(conflict(exists), { _tag: "RevisionConflict", specId: "checkout", expected: null, actual: 2 })
    assert.strictEqual(Either.getOrThrow(put(Spec.emptyHistory, { v: 1 }, null)).revision.revision, 1)
    // n: must equal the current revision
    const stale = put(two.history, { v: 3 }, 1)
    assert.deepStrictEqual(conflict(stale), { _tag: "RevisionConflict", specId: "checkout", expected: 1, actual: 2 })
    const missing = put(Spec.emptyHistory, { v: 1 }, 1)
    assert.deepStrictEqual(conflict(missing), { _tag: "RevisionConflict", specId: "checkout", expected: 1, actual: null })
    assert.strictEqual(Either.getOrThrow(put(two.history, { v: 3 }, 2)).revision.revision, 3)
  })

  it("the content hash is SHA-256 of the canonical JSON, whatever the key order", () => {
    const a = Either.getOrThrow(put(Spec.emptyHistory, { b: [1, { d: 2, c: 3 }], a: "x" }, undefined)).revision
    const expected = createHash("sha256").update(`{"a":"x","b":[1,{"c":3,"d":2}]}`, "utf8").digest("hex")
    assert.strictEqual(a.contentHash, expected)
    assert.strictEqual(Spec.contentHash({ a: "x", b: [1, { c: 3, d: 2 }] }), expected)
  })

  it("delete removes every revision, honours expectedRevision, and never lets a number be reused", () => {
    const two = Either.getOrThrow(put(Either.getOrThrow(put(Spec.emptyHistory, 1, undefined)).history, 2, undefined))
    const refused = Spec.remove(two.history, specId, 1)
    assert.deepStrictEqual(conflict(refused), { _tag: "RevisionConflict", specId: "checkout", expected: 1, actual: 2 })
    const gone = Either.getOrThrow(Spec.remove(two.history, specId, 2))
    assert.isTrue(gone.deleted)
    assert.isTrue(Option.isNone(Spec.current(gone.history)))
    assert.isTrue(Option.isNone(Spec.getRevision(gone.history, 1)))
    assert.isFalse(Either.getOrThrow(Spec.remove(gone.history, specId, undefined)).deleted)
    const again = Either.getOrThrow(put(gone.history, "new", null))
    assert.strictEqual(again.revision.revision, 3)
  })
})

// The model: a current revision (or none) and a high-water mark.
type Command =
  | { readonly op: "put"; readonly definition: Json.Json; readonly expected: "none" | "null" | "current" | number }
  | { readonly op: "delete"; readonly expected: "none" | "current" | number }

const definition = fc.jsonValue({ maxDepth: 2 }).map((v) => v as Json.Json)
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    op: fc.constant("put" as const),
    definition,
    expected: fc.oneof(fc.constantFrom("none" as const, "null" as const, "current" as const), fc.integer({ min: 1, max: 8 }))
  }),
  fc.record({
    op: fc.constant("delete" as const),
    expected: fc.oneof(fc.constantFrom("none" as const, "current" as const), fc.integer({ min: 1, max: 8 }))
  })
)

describe("Spec revision reducer properties", () => {
  it("revisions count up by one, conflicts exactly when the expectation fails, live revisions stay readable", () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let history = Spec.emptyHistory
        let modelCurrent: number | null = null
        let issued = 0
        const live = new Map<number, string>()
        for (const c of commands) {
          const expected = c.expected === "none" ? undefined : c.expected === "null" ? null : c.expected === "current" ? modelCurrent : c.expected
          const holds = expected === undefined || expected === modelCurrent
          if (c.op === "put") {
            const result = put(history, c.definition, expected)
            assert.strictEqual(Either.isRight(result), holds)
            if (Either.isRight(result)) {
              history = result.right.history
              issued++
              modelCurrent = issued
              assert.strictEqual(result.right.revision.revision, issued)
              assert.strictEqual(result.right.revision.contentHash, Spec.contentHash(c.definition))
              live.set(issued, result.right.revision.contentHash)
            } else {
              assert.strictEqual(result.left.actual, modelCurrent)
              assert.strictEqual(result.left.expected, expected ?? null)
            }
          } else {
            const exp = expected === null ? undefined : expected
            const result = Spec.remove(history, specId, exp)
            assert.strictEqual(Either.isRight(result), exp === undefined || exp === modelCurrent)
            if (Either.isRight(result)) {
              assert.strictEqual(result.right.deleted, modelCurrent !== null)
              history = result.right.history
              modelCurrent = null
              live.clear()
            }
          }
          assert.strictEqual(Spec.currentRevision(history), modelCurrent)
          for (let r = 1; r <= issued + 1; r++) {
            assert.strictEqual(
              Option.map(Spec.getRevision(history, r), (s) => s.contentHash).pipe(Option.getOrUndefined),
              live.get(r)
            )
          }
        }
      }),
      { numRuns: 300 }
    )
  })
})
