import { assert, describe, it } from "@effect/vitest"
import { Identifiers, Run, TenantScope } from "@runledger/core"
import { Either, Option } from "effect"
import * as fc from "fast-check"

const scope = TenantScope.TenantScope.make({ orgId: "o", workspaceId: "w" })
const t0 = new Date("2026-01-01T00:00:00.000Z")
const at = (s: number) => new Date(t0.getTime() + s * 1000)

const fresh = (runId = "order-42"): Run.Run =>
  Run.create(
    {
      runId: Identifiers.RunId.make(runId),
      scope,
      flowId: Identifiers.FlowId.make("checkout"),
      spec: Run.SpecRef.make({ specId: Identifiers.SpecId.make("checkout"), revision: 2 })
    },
    t0
  )
const running = (runId?: string) => Option.getOrThrow(Run.casStatus(fresh(runId), ["Pending"], "Running", at(1)))

describe("successorRunId", () => {
  it("counts generations with a ~n suffix", () => {
    assert.strictEqual(Run.successorRunId("order-42"), "order-42~2")
    assert.strictEqual(Run.successorRunId("order-42~2"), "order-42~3")
    assert.strictEqual(Run.successorRunId("order-42~9"), "order-42~10")
    assert.strictEqual(Run.successorRunId("job~1"), "job~1~2")
    assert.strictEqual(Run.successorRunId("job~02"), "job~02~2")
    assert.strictEqual(Run.successorRunId("~5"), "~5~2")
  })

  it("is a valid id, different from its input, for any valid id — also at the length limit", () => {
    const id = fc.oneof(
      fc.string({ minLength: 1, maxLength: 256, unit: "grapheme" }),
      fc.tuple(fc.string({ minLength: 1, maxLength: 250 }), fc.integer({ min: 1, max: 1e9 })).map(([b, n]) => `${b}~${n}`)
    ).filter((s) => Identifiers.idProblem(s) === undefined)
    fc.assert(
      fc.property(id, (runId) => {
        const next = Run.successorRunId(runId)
        assert.isUndefined(Identifiers.idProblem(next))
        assert.notStrictEqual(next, runId)
        assert.strictEqual(Run.successorRunId(runId), next)
      }),
      { numRuns: 500 }
    )
    const long = "x".repeat(256)
    const next = Run.successorRunId(long)
    assert.strictEqual(Array.from(next).length, 256)
    assert.isTrue(next.endsWith("~2"))
    assert.notStrictEqual(Run.successorRunId("y".repeat(256)), next)
  })
})

describe("continueAsNew decision", () => {
  it("a Running run continues: it becomes ContinuedAsNew and its Pending successor joins the chain", () => {
    const run = running()
    const decision = Either.getOrThrow(Run.continueAsNew(run, undefined, { page: 2 }, at(5)))
    assert.isTrue(decision.created)
    assert.isTrue(decision.previousChanged)
    assert.strictEqual(decision.previous.status, "ContinuedAsNew")
    assert.strictEqual(decision.previous.version, run.version + 1)
    assert.strictEqual(decision.previous.completedAt?.getTime(), at(5).getTime())
    const s = decision.successor
    assert.strictEqual(s.runId, "order-42~2")
    assert.strictEqual(s.status, "Pending")
    assert.strictEqual(s.version, 1)
    assert.strictEqual(s.chainId, run.chainId)
    assert.strictEqual(s.parentRunId, run.runId)
    assert.strictEqual(s.flowId, run.flowId)
    assert.deepStrictEqual(s.spec, run.spec)
    assert.deepStrictEqual(s.input, { page: 2 })
  })

  it("a retry with the successor in place writes nothing and returns the same pair", () => {
    const first = Either.getOrThrow(Run.continueAsNew(running(), undefined, { page: 2 }, at(5)))
    const retry = Either.getOrThrow(Run.continueAsNew(first.previous, first.successor, { page: 2 }, at(9)))
    assert.deepStrictEqual(retry, { previous: first.previous, successor: first.successor, previousChanged: false, created: false })
  })

  it("a ContinuedAsNew run without a successor gets one (the repair path)", () => {
    const continued = Option.getOrThrow(Run.casStatus(running(), ["Running"], "ContinuedAsNew", at(2)))
    const decision = Either.getOrThrow(Run.continueAsNew(continued, undefined, null, at(3)))
    assert.deepStrictEqual([decision.previousChanged, decision.created], [false, true])
    assert.strictEqual(decision.previous, continued)
  })

  it("refuses every status but Running (and ContinuedAsNew) with InvalidTransition", () => {
    const pending = fresh()
    const completed = Option.getOrThrow(Run.casStatus(pending, ["Pending"], "Completed", at(1)))
    for (const run of [pending, completed]) {
      const result = Run.continueAsNew(run, undefined, null, at(2))
      assert.strictEqual(Either.isLeft(result) && result.left._tag, "InvalidTransition")
    }
  })

  it("the successor id taken by another run, or the successor started with other input, is AlreadyExists", () => {
    const run = running()
    const stranger = fresh("order-42~2")
    const taken = Run.continueAsNew(run, stranger, null, at(2))
    assert.isTrue(Either.isLeft(taken) && taken.left._tag === "AlreadyExists" && taken.left.sameFingerprint === undefined)
    const first = Either.getOrThrow(Run.continueAsNew(run, undefined, { page: 2 }, at(5)))
    const other = Run.continueAsNew(first.previous, first.successor, { page: 3 }, at(6))
    assert.isTrue(Either.isLeft(other) && other.left._tag === "AlreadyExists" && other.left.sameFingerprint === false)
  })

  it("chainOrder puts each run after its parent, whatever the input order or clock", () => {
    let run = running()
    const runs: Array<Run.Run> = [run]
    for (let i = 0; i < 4; i++) {
      // same clock for every generation: order must come from the parent links
      const d = Either.getOrThrow(Run.continueAsNew(run, undefined, i, t0))
      runs[runs.length - 1] = d.previous
      run = Option.getOrThrow(Run.casStatus(d.successor, ["Pending"], "Running", t0))
      runs.push(run)
    }
    const ids = runs.map((r) => r.runId)
    assert.deepStrictEqual(ids, ["order-42", "order-42~2", "order-42~3", "order-42~4", "order-42~5"])
    assert.deepStrictEqual(Run.chainOrder([...runs].reverse()).map((r) => r.runId), ids)
    assert.deepStrictEqual(Run.chainOrder([runs[2]!, runs[0]!, runs[4]!, runs[1]!, runs[3]!]).map((r) => r.runId), ids)
  })
})
