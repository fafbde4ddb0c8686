import { assert, describe, it } from "@effect/vitest"
import { PathSegment } from "@runledger/core"
import * as fc from "fast-check"
import * as path from "node:path"

const root = path.resolve("/var/lib/runledger/exports")

const staysInside = (segment: string): boolean => {
  const resolved = path.resolve(root, segment)
  return resolved.startsWith(root + path.sep) && path.dirname(resolved) === root
}

describe("PathSegment.sanitize", () => {
  it("keeps the safe alphabet and replaces the rest", () => {
    assert.strictEqual(PathSegment.sanitize("run-1.json"), "run-1.json")
    assert.strictEqual(PathSegment.sanitize("a/b\\c"), "a_b_c")
    assert.strictEqual(PathSegment.sanitize("über run"), "_ber_run")
    assert.strictEqual(PathSegment.sanitize("../../etc/passwd"), ".._.._etc_passwd")
  })

  it("maps the empty string and the dot names to _", () => {
    assert.strictEqual(PathSegment.sanitize(""), "_")
    assert.strictEqual(PathSegment.sanitize("."), "_")
    assert.strictEqual(PathSegment.sanitize(".."), "_")
    assert.strictEqual(PathSegment.sanitize("/"), "_")
  })

  it("never yields a segment that escapes its root, for any string", () => {
    const anyString = fc.oneof(
      fc.string({ unit: "binary", maxLength: 64 }),
      fc.string({ unit: fc.constantFrom(".", "/", "\\", "\u0000", "a", ":", "~"), maxLength: 12 }),
      fc.constantFrom("", ".", "..", "...", "./", "../", "/..", "\\..\\", "%2e%2e", "\u002e\u002e")
    )
    fc.assert(
      fc.property(anyString, (s) => {
        const segment = PathSegment.sanitize(s)
        return /^[A-Za-z0-9._-]+$/.test(segment) && segment !== "." && segment !== ".." && staysInside(segment)
      }),
      { numRuns: 2_000 }
    )
  })

  it("the containment check itself rejects escaping segments", () => {
    assert.isFalse(staysInside(".."))
    assert.isFalse(staysInside("../x"))
    assert.isFalse(staysInside("."))
    assert.isTrue(staysInside("x"))
  })
})
