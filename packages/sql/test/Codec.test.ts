import { assert, describe, it } from "@effect/vitest"
import { Identifiers } from "@runledger/core"
import { FastCheck as fc } from "effect"
import { dec, enc } from "../src/internal/codec.js"

// SQL compares text as UTF-8 bytes; the core (JavaScript) as UTF-16 code units. Ids stored with
// `enc` must sort in SQL exactly as the ids sort in the core, and read back unchanged.
const utf8Order = (a: string, b: string) => Math.sign(Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")))
const jsOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const unit = fc.oneof(
  fc.constantFrom("a", "z", "0", "\u00e9", "\u4e2d", "\ud7ff", "\ue000", "\ufeff", "\uffff", "\u{10000}", "\u{1f600}", "\u{10ffff}"),
  fc.integer({ min: 0x20, max: 0xffff }).filter((u) => u < 0xd800 || u > 0xdfff).map((u) => String.fromCharCode(u)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp))
)
const id = fc.array(unit, { minLength: 1, maxLength: 12 }).map((units) => units.join("")).filter((s) => Identifiers.idProblem(s) === undefined)

describe("sortable ids", () => {
  it("the case that needs it: U+FEFF sorts after U+1F600 in the core, and so do their stored forms in SQL", () => {
    assert.strictEqual(jsOrder("\ufeff", "\u{1f600}"), 1)
    assert.strictEqual(utf8Order("\ufeff", "\u{1f600}"), -1)
    assert.strictEqual(utf8Order(enc("\ufeff"), enc("\u{1f600}")), 1)
  })

  it("ids without such characters are stored as they are", () => {
    for (const s of ["order-42", "acme", "\u00e9t\u00e9", "\u4e2d\u6587", "a b/c"]) assert.strictEqual(enc(s), s)
  })

  it("property: the stored forms sort (as UTF-8) like the ids (as UTF-16), and decode back", () => {
    fc.assert(
      fc.property(id, id, (a, b) => {
        assert.strictEqual(utf8Order(enc(a), enc(b)), jsOrder(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`)
        assert.strictEqual(dec(enc(a)), a)
        assert.strictEqual(dec(enc(b)), b)
      }),
      { numRuns: 2000 }
    )
  })
})
