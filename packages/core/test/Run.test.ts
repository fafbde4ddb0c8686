import { assert, describe, it } from "@effect/vitest"
import { Identifiers, Run, RunStatus, TenantScope } from "@runledger/core"
import { Either, Option } from "effect"
import * as fc from "fast-check"

const t0 = new Date("2026-01-01T00:00:00.000Z")
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)

const fresh = (): Run.Run =>
  Run.create(
    {
      runId: Identifiers.RunId.make("r1"),
      scope: TenantScope.TenantScope.make({ orgId: "o", workspaceId: "w" }),
      flowId: Identifiers.FlowId.make("f")
    },
    t0
  )

/** Replay a history of status CAS calls from a fresh run; the final status. */
const given = (...history: ReadonlyArray<RunStatus.RunStatus>): Run.Run =>
  history.reduce((run, next, i) => Option.getOrThrow(Run.casStatus(run, [run.status], next, at(i + 1))), fresh())

describe("Run status machine (given / when / then)", () => {
  // given the statuses reached so far, when a CAS to `next` is asked from the current status,
  // then it applies or not.
  const table: ReadonlyArray<readonly [ReadonlyArray<RunStatus.RunStatus>, RunStatus.RunStatus, boolean]> = [
    [[], "Running", true],
    [[], "Completed", true],
    [[], "Failed", true],
    [[], "Canceled", true],
    [[], "ContinuedAsNew", false],
    [[], "Pending", false],
    [["Running"], "Completed", true],
    [["Running"], "Failed", true],
    [["Running"], "Canceled", true],
    [["Running"], "ContinuedAsNew", true],
    [["Running"], "Pending", false],
    [["Running"], "Running", false],
    [["Completed"], "Running", false],
    [["Running", "Failed"], "Completed", false],
    [["Canceled"], "Pending", false],
    [["Running", "ContinuedAsNew"], "Running", false]
  ]
  for (const [history, next, applies] of table) {
    it(`given ${["Pending", ...history].join(" -> ")}, ${next} ${applies ? "applies" : "is refused"}`, () => {
      const run = given(...history)
      assert.strictEqual(Option.isSome(Run.casStatus(run, [run.status], next, at(99))), applies)
      assert.strictEqual(RunStatus.canTransition(run.status, next), applies)
    })
  }

  it("a CAS whose expectation does not hold leaves the run alone", () => {
    assert.isTrue(Option.isNone(Run.casStatus(fresh(), ["Running"], "Completed", at(1))))
  })

  it("checkCasStatus refuses a next status reachable from none of the expected ones", () => {
    assert.isDefined(Run.checkCasStatus("r1", ["Completed", "Failed"], "Running"))
    assert.isDefined(Run.checkCasStatus("r1", ["Pending"], "ContinuedAsNew"))
    assert.isUndefined(Run.checkCasStatus("r1", ["Pending", "Completed"], "Running"))
  })

  it("terminalization from Pending goes straight to the terminal status", () => {
    const run = Option.getOrThrow(Run.casStatus(fresh(), ["Pending", "Running"], "Canceled", at(1)))
    assert.strictEqual(run.status, "Canceled")
    assert.strictEqual(run.version, 2)
    assert.deepStrictEqual(run.completedAt, at(1))
    assert.deepStrictEqual(run.updatedAt, at(1))
  })

  it("casState changes status and state together, or neither", () => {
    const run = fresh()
    const moved = Either.getOrThrow(Run.casState(run, 1, { status: "Running", state: { step: 1 } }, at(1)))
    assert.deepStrictEqual(Option.map(moved, (r): ReadonlyArray<unknown> => [r.status, r.state, r.version]), Option.some(["Running", { step: 1 }, 2]))
    assert.isTrue(Option.isNone(Either.getOrThrow(Run.casState(run, 7, { state: { step: 1 } }, at(1)))))
    assert.isTrue(Either.isLeft(Run.casState(run, 1, { status: "ContinuedAsNew", state: {} }, at(1))))
  })

  it("a terminal run is frozen: casState cannot change its state", () => {
    const done = given("Completed")
    const result = Run.casState(done, done.version, { state: { late: true } }, at(5))
    assert.isTrue(Either.isLeft(result))
  })
})

const statusArb = fc.constantFrom(...RunStatus.all)
const command = fc.oneof(
  fc.record({
    _tag: fc.constant("casStatus" as const),
    expected: fc.uniqueArray(statusArb, { minLength: 1, maxLength: 3 }),
    next: statusArb
  }),
  fc.record({
    _tag: fc.constant("casState" as const),
    versionOffset: fc.integer({ min: -1, max: 1 }),
    status: fc.option(statusArb, { nil: undefined }),
    state: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined })
  })
)

describe("Run reducer properties", () => {
  it("for any sequence of CAS attempts, a terminal status never changes and every success bumps version by 1", () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let run = fresh()
        commands.forEach((cmd, i) => {
          const now = at(i + 1)
          const before = run
          const decided: Option.Option<Run.Run> = cmd._tag === "casStatus"
            ? Run.casStatus(run, cmd.expected, cmd.next, now)
            : Either.getOrElse(
              Run.casState(
                run,
                run.version + cmd.versionOffset,
                { ...(cmd.status === undefined ? {} : { status: cmd.status }), ...(cmd.state === undefined ? {} : { state: cmd.state as never }) },
                now
              ),
              () => Option.none()
            )
          if (Option.isSome(decided)) {
            run = decided.value
            assert.strictEqual(run.version, before.version + 1)
            assert.deepStrictEqual(run.updatedAt, now)
            assert.isFalse(RunStatus.isTerminal(before.status), "a terminal run changed")
            if (RunStatus.isTerminal(run.status)) assert.deepStrictEqual(run.completedAt, now)
            if (run.status !== before.status) assert.isTrue(RunStatus.canTransition(before.status, run.status))
          }
          if (RunStatus.isTerminal(before.status)) {
            assert.strictEqual(run, before)
          }
        })
      }),
      { numRuns: 1_000 }
    )
  })

  it("Pending -> Running happens only when asked for", () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        let run = fresh()
        for (const cmd of commands) {
          const before = run.status
          const next = cmd._tag === "casStatus"
            ? Run.casStatus(run, cmd.expected, cmd.next, at(1))
            : Either.getOrElse(
              Run.casState(run, run.version, cmd.status === undefined ? {} : { status: cmd.status }, at(1)),
              () => Option.none()
            )
          if (Option.isSome(next)) {
            const asked = cmd._tag === "casStatus" ? cmd.next : cmd.status
            if (before === "Pending" && next.value.status === "Running") assert.strictEqual(asked, "Running")
            run = next.value
          }
        }
      }),
      { numRuns: 500 }
    )
  })
})
