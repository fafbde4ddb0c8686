import { Either, Option } from "effect"
import { assert, describe, it } from "@effect/vitest"
import { Compaction, Event, Identifiers, Json, TenantScope } from "@runledger/core"

const scope = TenantScope.TenantScope.make({ orgId: "acme", workspaceId: "ops" })
const runId = Identifiers.RunId.make("run-1")
const now = new Date("2024-01-02T00:00:00.000Z")
const cutoff = new Date("2024-01-01T12:00:00.000Z")
const hoursBeforeCutoff = (h: number) => new Date(cutoff.getTime() - h * 3_600_000)

const event = (seq: number, occurredAt: Date) =>
  Event.fromDraft(scope, runId, seq, {
    eventId: Identifiers.EventId.make(`e${seq}`),
    type: "Happened",
    payload: { seq },
    occurredAt,
    schemaVersion: 1
  })

const plan = (events: ReadonlyArray<Event.Event>, maxEvents = 100) =>
  Option.getOrThrow(Either.getOrThrow(Compaction.plan({ scope, runId, events, cutoff, now, maxEvents })))

describe("Compaction.plan", () => {
  it("prunes the old prefix and puts one marker at the highest pruned seq, listing what it pruned", () => {
    const events = [event(1, hoursBeforeCutoff(3)), event(2, hoursBeforeCutoff(2)), event(3, now)]
    const step = plan(events)
    assert.deepStrictEqual(step.pruned.map((e) => e.seq), [1, 2])
    assert.isTrue(Option.isNone(step.previousMarker))
    assert.strictEqual(step.marker.seq, 2)
    assert.strictEqual(step.marker.type, Event.CompactedType)
    assert.strictEqual(step.marker.occurredAt.getTime(), now.getTime())
    assert.deepStrictEqual<unknown>(step.payload, {
      compactedThroughSeq: 2,
      compactedThroughAt: hoursBeforeCutoff(2),
      prunedEvents: 2,
      pruned: [
        { eventId: "e1", seq: 1, fingerprint: Event.fingerprint(events[0]!) },
        { eventId: "e2", seq: 2, fingerprint: Event.fingerprint(events[1]!) }
      ]
    })
    // The marker is plain JSON that reads back to the same payload.
    assert.isTrue(Json.isJson(step.marker.payload))
    assert.deepStrictEqual(Compaction.readMarker(step.marker), Option.some(step.payload))
    assert.deepStrictEqual(Compaction.retained(events, step).map((e) => e.seq), [2, 3])
  })

  it("stops at the first event that is not old enough, even if older ones follow", () => {
    const step = plan([event(1, hoursBeforeCutoff(2)), event(2, now), event(3, hoursBeforeCutoff(5))])
    assert.deepStrictEqual(step.pruned.map((e) => e.seq), [1])
    const none = Compaction.plan({ scope, runId, events: [event(1, cutoff)], cutoff, now, maxEvents: 10 })
    assert.deepStrictEqual(none, Either.right(Option.none()), "an event at the cutoff is not older than it")
  })

  it("a retention reaching back past year 1 prunes nothing (it once made an invalid cutoff that pruned everything)", () => {
    const events = [event(1, new Date("0001-01-01T00:00:00.000Z")), event(2, hoursBeforeCutoff(2))]
    const far = Compaction.cutoff("99999999999 days", now)
    assert.strictEqual(far.toISOString(), "0001-01-01T00:00:00.000Z")
    for (const at of [far, new Date(Number.NaN)]) {
      const decided = Either.getOrThrow(Compaction.plan({ scope, runId, events, cutoff: at, now, maxEvents: 100 }))
      assert.isTrue(Option.isNone(decided), at.toString())
    }
  })

  it("prunes at most maxEvents per step", () => {
    const events = [1, 2, 3, 4, 5].map((seq) => event(seq, hoursBeforeCutoff(1)))
    assert.deepStrictEqual(plan(events, 2).pruned.map((e) => e.seq), [1, 2])
  })

  it("compacting again merges into one marker that lists old and new pruned ids", () => {
    const events = [1, 2, 3, 4].map((seq) => event(seq, hoursBeforeCutoff(5 - seq)))
    const first = plan(events, 2)
    const second = plan(Compaction.retained(events, first))
    assert.strictEqual(Option.getOrThrow(second.previousMarker).eventId, first.marker.eventId)
    assert.strictEqual(second.marker.seq, 4)
    assert.deepStrictEqual(second.payload.pruned.map((p) => [p.eventId, p.seq]), [["e1", 1], ["e2", 2], ["e3", 3], [
      "e4",
      4
    ]])
    assert.strictEqual(second.payload.prunedEvents, 4)
    assert.deepStrictEqual(second.payload.compactedThroughAt, hoursBeforeCutoff(1))
    assert.deepStrictEqual(Compaction.retained(Compaction.retained(events, first), second), [second.marker])
  })

  it("marker ids are deterministic in scope, run and through-seq", () => {
    const other = TenantScope.TenantScope.make({ orgId: "acme", workspaceId: "ops", deploymentId: "eu" })
    const id = Compaction.markerId(scope, runId, 7)
    assert.strictEqual(Compaction.markerId(scope, runId, 7), id)
    assert.isTrue(id.startsWith(Event.MarkerIdPrefix))
    assert.notStrictEqual(Compaction.markerId(scope, runId, 8), id)
    assert.notStrictEqual(Compaction.markerId(other, runId, 7), id)
    assert.notStrictEqual(Compaction.markerId(scope, Identifiers.RunId.make("run-2"), 7), id)
    assert.strictEqual(plan([event(1, hoursBeforeCutoff(1))]).marker.eventId, Compaction.markerId(scope, runId, 1))
  })

  it("a marker that does not read back is reported as StoreCorrupt", () => {
    const broken = Event.Event.make({ ...event(1, now), type: Event.CompactedType, payload: { nonsense: true } })
    const result = Compaction.plan({ scope, runId, events: [broken, event(2, hoursBeforeCutoff(1))], cutoff, now, maxEvents: 10 })
    assert.isTrue(Either.isLeft(result) && result.left._tag === "StoreCorrupt")
  })
})
