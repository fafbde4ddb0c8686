import { assert, describe, it } from "@effect/vitest"
import { Identifiers } from "@runledger/core"
import { Schema } from "effect"

const valid = Schema.is(Identifiers.RunId)

describe("Identifiers", () => {
  it("accepts ids of 1 to 256 characters, counted in code points", () => {
    assert.isTrue(valid("r"))
    assert.isTrue(valid("x".repeat(256)))
    assert.isTrue(valid("😀".repeat(256)))
    assert.isTrue(valid("run with spaces/and:punctuation"))
  })

  it("refuses empty, 257-character, control-character and unpaired-surrogate ids", () => {
    assert.strictEqual(Identifiers.idProblem(""), "must not be empty")
    assert.strictEqual(Identifiers.idProblem("x".repeat(257)), "must be at most 256 characters")
    for (const bad of ["a\u0000b", "line\nbreak", "tab\t", "del\u007f", "c1\u0085", "lone\ud800"]) {
      assert.isFalse(valid(bad), JSON.stringify(bad))
    }
  })
})
