import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc, HashSet, Option } from "effect"
import { Event, EventStream, Identifiers, Json, Lease, Run, RunCommit, StepLedger, StepOutput, TenantScope } from "@runledger/core"

const scope = TenantScope.TenantScope.make({ orgId: "acme", workspaceId: "ops" })
const runId = Identifiers.RunId.make("run-1")
const now = new Date(Date.UTC(2026, 0, 1))
const guard = { ...EventStream.defaultGuard, maxEvents: 6, warnEvents: 4 }

const baseRun = (version: number, status: "Pending" | "Running" | "Completed") =>
  Run.Run.make({
    runId,
    scope,
    flowId: Identifiers.FlowId.make("f"),
    status,
    version,
    input: null,
    state: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    chainId: Identifiers.ChainId.make("run-1")
  })

const ids = ["a", "b", "c", "d"] as const
const payload = fc.integer({ min: 0, max: 1 })

/** What a run holds before the commit: a stream of known ids, ledger keys, timers, maybe an output. */
const currentArb = fc.record({
  version: fc.integer({ min: 1, max: 3 }),
  status: fc.constantFrom("Pending" as const, "Running" as const, "Completed" as const),
  known: fc.uniqueArray(fc.record({ id: fc.constantFrom(...ids), payload }), { selector: (e) => e.id, maxLength: 4 }),
  steps: fc.uniqueArray(fc.constantFrom("x", "y"), { maxLength: 2 }),
  timers: fc.uniqueArray(fc.constantFrom("t1", "t2"), { maxLength: 2 }),
  output: fc.option(payload, { nil: undefined }),
  leaseToken: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined })
})

const writesArb = fc.record({
  state: fc.option(
    fc.record({ expectedVersion: fc.integer({ min: 1, max: 3 }), status: fc.constantFrom(undefined, "Running" as const, "Completed" as const) }),
    { nil: undefined }
  ),
  output: fc.option(payload, { nil: undefined }),
  events: fc.array(fc.record({ id: fc.constantFrom(...ids), payload }), { maxLength: 4 }),
  steps: fc.array(fc.constantFrom("x", "y", "z"), { maxLength: 3 }),
  timers: fc.array(fc.constantFrom("t1", "t2", "t3"), { maxLength: 3 }),
  token: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined })
})

const draftOf = (id: string, value: number): Event.Draft => ({
  eventId: Identifiers.EventId.make(id),
  type: "Happened",
  payload: { value },
  occurredAt: now,
  schemaVersion: 1
})

describe("RunCommit.decide", () => {
  it("writes everything or nothing, keeps what is there, and numbers new events densely after the last seq", () =>
    fc.assert(
      fc.property(currentArb, writesArb, (c, w) => {
        let stream = EventStream.empty(scope, runId)
        for (const e of c.known) stream = Either.getOrThrow(EventStream.appendOnce(stream, draftOf(e.id, e.payload), EventStream.defaultGuard))[1]
        const stepEntry = (stepId: string) =>
          StepLedger.StepEntry.make({ stepId: Identifiers.StepId.make(stepId), kind: "completed", attempt: 1, at: now })
        const stepKeys = HashSet.fromIterable(c.steps.map((s) => StepLedger.stepKey(stepEntry(s))))
        const storedOutput = c.output === undefined ? undefined : StepOutput.makeOutput(Identifiers.StepId.make("s"), { v: c.output }, now)
        const lease = c.leaseToken === undefined ? undefined : Lease.Lease.make({
          scope,
          runId,
          owner: Identifiers.OwnerId.make("w"),
          token: c.leaseToken,
          acquiredAt: now,
          expiresAt: now
        })
        const current: RunCommit.Current = {
          run: baseRun(c.version, c.status),
          lease,
          output: storedOutput,
          hasStep: (entry) => HashSet.has(stepKeys, StepLedger.stepKey(entry)),
          events: EventStream.view(stream),
          hasTimer: (timerId) => c.timers.includes(timerId)
        }
        const writes: RunCommit.Decoded = {
          state: w.state === undefined
            ? undefined
            : { expectedVersion: w.state.expectedVersion, patch: w.state.status === undefined ? { state: { n: 1 } } : { status: w.state.status } },
          output: w.output === undefined ? undefined : { stepId: Identifiers.StepId.make("s"), value: { v: w.output } },
          steps: w.steps.map(stepEntry),
          events: w.events.map((e) => draftOf(e.id, e.payload)),
          timers: w.timers.map((timerId) => ({ timerId: Identifiers.TimerId.make(timerId), fireAt: now }))
        }
        const decided = RunCommit.decide(current, writes, guard, now, w.token === undefined ? undefined : { fencingToken: w.token })

        // The oracle, rule by rule in the documented order.
        if (w.token !== undefined && lease !== undefined && w.token < lease.token) {
          assert.isTrue(Either.isLeft(decided) && decided.left._tag === "Fenced")
          return
        }
        if (w.state !== undefined && w.state.expectedVersion === c.version) {
          // From Pending or Running every asked status is reachable (or kept); a Completed run is frozen.
          if (c.status === "Completed") {
            assert.isTrue(Either.isLeft(decided) && decided.left._tag === "InvalidTransition")
            return
          }
        }
        if (Either.isLeft(decided)) {
          // Only the events can refuse now: a reused id with other content, an id given twice, or the guard.
          assert.include(["EventConflict", "HistoryLimit"], decided.left._tag)
          return
        }
        const decision = decided.right
        if (w.state !== undefined && w.state.expectedVersion !== c.version) {
          assert.strictEqual(decision.result._tag, "VersionChanged")
        } else if (w.output !== undefined && c.output !== undefined) {
          assert.deepStrictEqual(decision.result, {
            _tag: "OutputExists",
            output: storedOutput!,
            sameFingerprint: Json.fingerprint({ v: w.output }) === storedOutput!.fingerprint
          })
        } else {
          assert.strictEqual(decision.result._tag, "Committed")
        }
        if (decision.result._tag !== "Committed") {
          // Declined: nothing at all to write.
          assert.deepStrictEqual([decision.run, decision.output, decision.steps, decision.rows, decision.timers], [undefined, undefined, [], [], []])
          return
        }
        // New events get lastSeq + 1, + 2, … in order; known ones keep their seq; none is known with other content.
        let next = stream.lastSeq
        const seen = new Map<string, number>()
        w.events.forEach((e, i) => {
          const known = Option.getOrUndefined(EventStream.seqOf(stream, Identifiers.EventId.make(e.id)))
          const seq = known ?? seen.get(e.id) ?? ++next
          seen.set(e.id, seq)
          assert.strictEqual(decision.result._tag === "Committed" && decision.result.seqs[i], seq)
        })
        assert.deepStrictEqual(decision.rows.map((r) => r.event.seq), Array.from({ length: next - stream.lastSeq }, (_, i) => stream.lastSeq + 1 + i))
        assert.isAtMost(stream.count + decision.rows.length, guard.maxEvents)
        // Ledger entries and timers: each missing one once, present ones never.
        assert.deepStrictEqual(decision.steps.map((s) => s.stepId), [...new Set(w.steps)].filter((s) => !c.steps.includes(s)))
        assert.deepStrictEqual(decision.timers.map((t) => t.timerId), [...new Set(w.timers)].filter((t) => !c.timers.includes(t)))
        assert.strictEqual(decision.output?.stepId, w.output === undefined ? undefined : "s")
        assert.strictEqual(decision.run === undefined, w.state === undefined)
        if (decision.run !== undefined) assert.strictEqual(decision.run.version, c.version + 1)
      }),
      { numRuns: 500 }
    ))
})
