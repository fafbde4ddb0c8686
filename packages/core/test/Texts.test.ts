import { assert, describe, it } from "@effect/vitest"
import { Json } from "@runledger/core"
import { boundedJson, Fail } from "../src/internal/fastDecode.js"
import * as Texts from "../src/internal/texts.js"

/** A fresh object with `text` remembered as its canonical (and JSON) text. */
const remembered = (text: string, isJsonText = true) => {
  const copy = {}
  Texts.remember(copy, text, isJsonText)
  return copy
}

describe("remembered texts of decoded copies", () => {
  it("gives back a copy's canonical text, and its JSON text only when they are the same", () => {
    const same = remembered("{\"a\":1}")
    const unsorted = remembered("{\"a\":1,\"b\":2}", false)
    assert.strictEqual(Texts.canonicalOf(same), "{\"a\":1}")
    assert.strictEqual(Texts.storedOf(same), "{\"a\":1}")
    assert.strictEqual(Texts.canonicalOf(unsorted), "{\"a\":1,\"b\":2}")
    assert.strictEqual(Texts.storedOf(unsorted), undefined)
    // Values never remembered (or not objects) have no text: it is computed instead.
    assert.strictEqual(Texts.canonicalOf({}), undefined)
    assert.strictEqual(Texts.canonicalOf("x"), undefined)
    assert.strictEqual(Texts.storedOf(null), undefined)
  })

  it("remembers at most two generations of copies: older ones are forgotten, not kept alive", () => {
    const first = remembered("1")
    // Enough newer copies to fill two generations after `first`.
    const later = Array.from({ length: 2 * Texts.MaxEntries }, (_, i) => remembered(String(i)))
    assert.strictEqual(Texts.canonicalOf(first), undefined)
    // Everything of the last generation, and the one before it, is still there.
    for (const copy of later.slice(-Texts.MaxEntries)) assert.isDefined(Texts.canonicalOf(copy))
    assert.strictEqual(Texts.canonicalOf(later[later.length - 1]!), String(later.length - 1))
  })

  it("bounds the characters of text a generation holds, and never holds a text over the bound", () => {
    const huge = remembered("x".repeat(Texts.MaxChars + 1))
    assert.strictEqual(Texts.canonicalOf(huge), undefined)
    const half = "y".repeat(Texts.MaxChars / 2)
    const a = remembered(half)
    remembered(half)
    // The third half-sized text starts a new generation; the fourth another: `a` is gone.
    remembered(half)
    assert.isDefined(Texts.canonicalOf(a))
    remembered(half)
    remembered(half)
    assert.strictEqual(Texts.canonicalOf(a), undefined)
  })

  it("a decoded payload's text is remembered only from RememberFrom characters on", () => {
    const decode = boundedJson({ maxValueBytes: 1_000_000, maxTextLength: 1024 })
    const short = decode({ a: "x" })
    const long = decode({ a: "x".repeat(Texts.RememberFrom) })
    assert.isTrue(short !== Fail && long !== Fail)
    assert.strictEqual(Texts.canonicalOf(short as Json.Json), undefined)
    assert.strictEqual(Texts.canonicalOf(long as Json.Json), JSON.stringify(long))
    // Either way its texts are right.
    assert.strictEqual(Json.text(short as Json.Json), "{\"a\":\"x\"}")
  })

  it("a forgotten text is computed again, the same (Json.text)", () => {
    const copy = { b: 1, a: [true, null] }
    Texts.remember(copy, Json.canonicalize(copy), false)
    Array.from({ length: 2 * Texts.MaxEntries }, () => remembered("0"))
    assert.strictEqual(Json.text(copy), JSON.stringify(copy))
  })
})
