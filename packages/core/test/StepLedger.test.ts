import { assert, describe, it } from "@effect/vitest"
import { Identifiers, StepLedger } from "@runledger/core"
import * as fc from "fast-check"

const entryArb = fc.record({
  stepId: fc.constantFrom("fetch", "plan", "act"),
  kind: fc.constantFrom(...StepLedger.StepKind.literals),
  attempt: fc.integer({ min: 0, max: 2 })
}).map((e) =>
  StepLedger.StepEntry.make({ ...e, stepId: Identifiers.StepId.make(e.stepId), at: new Date(0) })
)

describe("StepLedger", () => {
  it("appendIfAbsent under any sequence of retries leaves each (stepId, kind, attempt) once", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 80 }), (entries) => {
        let ledger = StepLedger.empty
        const appended: Array<boolean> = []
        for (const entry of entries) {
          const next = StepLedger.appendIfAbsent(ledger, entry)
          appended.push(next !== undefined)
          ledger = next ?? ledger
        }
        const keys = ledger.entries.map(StepLedger.stepKey)
        const distinct = new Set(entries.map(StepLedger.stepKey))
        assert.strictEqual(new Set(keys).size, keys.length, "a key appears twice")
        assert.strictEqual(keys.length, distinct.size, "a key is missing")
        // the first occurrence of each key is the one that appended, in order
        const seen = new Set<string>()
        entries.forEach((entry, i) => {
          const key = StepLedger.stepKey(entry)
          assert.strictEqual(appended[i], !seen.has(key))
          seen.add(key)
        })
      }),
      { numRuns: 1_000 }
    )
  })

  it("append keeps every entry, duplicates included", () => {
    const entry = StepLedger.StepEntry.make({ stepId: Identifiers.StepId.make("s"), kind: "started", attempt: 1, at: new Date(0) })
    const ledger = StepLedger.append(StepLedger.append(StepLedger.empty, entry), entry)
    assert.strictEqual(ledger.entries.length, 2)
    assert.isUndefined(StepLedger.appendIfAbsent(ledger, entry))
  })

  it("keys of different entries never collide", () => {
    fc.assert(
      fc.property(entryArb, entryArb, (a, b) =>
        (StepLedger.stepKey(a) === StepLedger.stepKey(b)) ===
          (a.stepId === b.stepId && a.kind === b.kind && a.attempt === b.attempt))
    )
  })
})
