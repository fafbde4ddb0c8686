import { assert, describe, it } from "@effect/vitest"
import { Event, Json } from "@runledger/core"
import * as fc from "fast-check"
import * as cp from "node:child_process"
import * as crypto from "node:crypto"
import * as fs from "node:fs"
import * as path from "node:path"

const nodeSha256 = (text: string) => crypto.createHash("sha256").update(text, "utf8").digest("hex")

describe("Json", () => {
  it("sha256 matches node:crypto on the standard vectors", () => {
    assert.strictEqual(Json.sha256(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    assert.strictEqual(Json.sha256("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  })

  it("sha256 matches node:crypto for any string, across block boundaries", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => Json.sha256(s) === nodeSha256(s)), {
      numRuns: 500
    })
  })

  it("an event's fingerprint is the SHA-256 of the canonical [type, payload], whatever types came before", () => {
    // Types repeat and alternate (the text of the last type is remembered), quotes and non-ASCII included.
    const type = fc.oneof(fc.constantFrom("T", "T", "U", "a\"b", "é", "\u{1f600}"), fc.string({ minLength: 1, maxLength: 8 }))
    fc.assert(fc.property(fc.array(fc.tuple(type, fc.jsonValue()), { maxLength: 20 }), (events) => {
      for (const [t, payload] of events) {
        const expected = nodeSha256(Json.canonicalize([t, payload as Json.Json]))
        assert.strictEqual(Event.fingerprintOfText(t, Json.canonicalize(payload as Json.Json)), expected)
        assert.strictEqual(Event.fingerprint({ type: t, payload: payload as Json.Json }), expected)
      }
    }), { numRuns: 300 })
  })

  it("the written-out SHA-256 rounds are what scripts/sha256-rounds.mjs prints", () => {
    const root = path.join(import.meta.dirname, "..")
    const printed = cp.execFileSync(process.execPath, [path.join(root, "scripts", "sha256-rounds.mjs")], { encoding: "utf8" })
    const source = fs.readFileSync(path.join(root, "src", "internal", "sha256.ts"), "utf8")
    assert.include(source, printed.trimEnd())
  })

  it("accepts JSON values and refuses everything else with the path", () => {
    assert.isTrue(Json.isJson({ a: [1, "x", null, true, { b: -0.5 }] }))
    assert.strictEqual(Json.jsonProblem({ a: [1, undefined] }), "at $.a[1]: undefined is not JSON")
    assert.strictEqual(Json.jsonProblem({ n: Number.NaN }), "at $.n: NaN is not JSON")
    assert.strictEqual(Json.jsonProblem({ d: new Date(0) }), "at $.d: a non-plain object is not JSON")
    assert.strictEqual(Json.jsonProblem(() => 1), "at $: a function is not JSON")
    assert.strictEqual(Json.jsonProblem(10n), "at $: a bigint is not JSON")
    assert.strictEqual(Json.jsonProblem([, 1]), "at $[0]: a hole is not JSON")
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    assert.match(Json.jsonProblem(cyclic) ?? "", /deeper than/)
  })

  it("canonical text ignores key order and round-trips through JSON.parse", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = value as Json.Json
        const canonical = Json.canonicalize(json)
        const reordered = JSON.parse(JSON.stringify(json, (_k, v) =>
          v !== null && typeof v === "object" && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v)) as Json.Json
        return canonical === Json.canonicalize(reordered) &&
          Json.canonicalize(JSON.parse(canonical) as Json.Json) === canonical &&
          Json.fingerprint(json) === nodeSha256(canonical)
      }),
      { numRuns: 300 }
    )
  })
})

describe("Json edge cases", () => {
  it("refuses named properties on arrays and symbol keys, which JSON text would drop", () => {
    const tagged = Object.assign([1, 2], { extra: true })
    assert.strictEqual(Json.jsonProblem({ list: tagged }), "at $.list.extra: a named property on an array is not JSON")
    assert.strictEqual(Json.jsonProblem({ [Symbol("s")]: 1 }), "at $: a symbol key is not JSON")
    assert.isTrue(Json.isJson(Object.assign(Object.create(null), { a: 1 })))
  })

  it("a getter or proxy that throws is not JSON, reported with its path instead of thrown", () => {
    const getter = { ok: 1, get bad(): never {
      throw new Error("no")
    } }
    assert.strictEqual(Json.jsonProblem({ a: [getter] }), "at $.a[0]: cannot be read (no)")
    const proxy = new Proxy({}, { getPrototypeOf: () => { throw new Error("trap") } })
    assert.strictEqual(Json.jsonProblem({ p: proxy }), "at $.p: cannot be read (trap)")
  })

  it("depth is bounded: a value nested past MaxDepth is refused, however deep", () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    assert.match(Json.jsonProblem(deep) ?? "", new RegExp(`nested deeper than ${Json.MaxDepth} levels`))
  })
})
