import { Either, Option, RedBlackTree } from "effect"
import { assert, describe, it } from "@effect/vitest"
import { Errors, Event, EventStream, Identifiers, TenantScope } from "@runledger/core"

const scope = TenantScope.TenantScope.make({ orgId: "acme", workspaceId: "ops" })
const runId = Identifiers.RunId.make("run-1")
const t0 = new Date("2024-01-01T00:00:00.000Z")
const guard = EventStream.defaultGuard

const draft = (id: string, payload: Event.Draft["payload"] = { id }, occurredAt = t0): Event.Draft => ({
  eventId: Identifiers.EventId.make(id),
  type: "Happened",
  payload,
  occurredAt,
  schemaVersion: 1
})

const appendAll = (stream: EventStream.EventStream, ids: ReadonlyArray<string>) =>
  ids.reduce((s, id) => Either.getOrThrow(EventStream.appendOnce(s, draft(id), guard))[1], stream)

const seqs = (result: EventStream.ReadResult) => result.events.map((event) => event.seq)

describe("EventStream", () => {
  it("appendOnce assigns 1, 2, … and returns the original seq for a known id", () => {
    const s0 = EventStream.empty(scope, runId)
    const [first, s1] = Either.getOrThrow(EventStream.appendOnce(s0, draft("a"), guard))
    const [second, s2] = Either.getOrThrow(EventStream.appendOnce(s1, draft("b"), guard))
    const [again, s3] = Either.getOrThrow(EventStream.appendOnce(s2, draft("a"), guard))
    const [reused] = Either.getOrThrow(EventStream.appendOnce(s3, draft("a", { other: true }), guard))
    assert.deepStrictEqual([first.appended, first.seq], [true, 1])
    assert.deepStrictEqual([second.appended, second.seq], [true, 2])
    assert.deepStrictEqual(again, { appended: false, seq: 1, sameFingerprint: true, warning: Option.none() })
    assert.deepStrictEqual(reused, { appended: false, seq: 1, sameFingerprint: false, warning: Option.none() })
    assert.strictEqual(s3, s2, "a known id writes nothing")
    assert.strictEqual(s3.lastSeq, 2)
  })

  it("append: a batch gets consecutive seqs; a re-sent batch returns them even with a stale expectedSeq", () => {
    const s0 = appendAll(EventStream.empty(scope, runId), ["a"])
    const [result, s1] = Either.getOrThrow(
      EventStream.append(s0, [draft("b"), draft("c")], { expectedSeq: 1, guard })
    )
    assert.deepStrictEqual(result, { appended: true, seqs: [2, 3], warning: Option.none() })
    const [retry, s2] = Either.getOrThrow(
      EventStream.append(s1, [draft("b"), draft("c", { changed: 1 })], { expectedSeq: 1, guard })
    )
    assert.deepStrictEqual(retry, {
      appended: false,
      seqs: [2, 3],
      sameFingerprint: [true, false],
      warning: Option.none()
    })
    assert.strictEqual(s2, s1)
  })

  it("append: stale expectedSeq, partially known batches and repeated ids are refused", () => {
    const s0 = appendAll(EventStream.empty(scope, runId), ["a", "b"])
    const stale = EventStream.append(s0, [draft("c")], { expectedSeq: 1, guard })
    assert.deepStrictEqual(stale, Either.left(new Errors.SequenceConflict({ runId, expected: 1, actual: 2 })))
    const partial = EventStream.append(s0, [draft("c"), draft("a")], { guard })
    assert.isTrue(Either.isLeft(partial))
    if (Either.isLeft(partial)) {
      assert.strictEqual(partial.left._tag, "EventConflict")
      assert.deepStrictEqual((partial.left as Errors.EventConflict).eventIds, ["a"])
    }
    const repeated = EventStream.append(s0, [draft("c"), draft("d"), draft("d"), draft("c"), draft("d"), draft("a")], { guard })
    assert.isTrue(Either.isLeft(repeated) && repeated.left._tag === "EventConflict")
    // Each repeated id once, in the order of its first repeat; known ids are not the reason here.
    if (Either.isLeft(repeated)) {
      assert.deepStrictEqual((repeated.left as Errors.EventConflict).eventIds, ["d", "c"])
      assert.strictEqual((repeated.left as Errors.EventConflict).reason, "the batch repeats event ids")
    }
  })

  it("read: afterSeq, beforeSeq, limit and tail select the window", () => {
    const s = appendAll(EventStream.empty(scope, runId), ["a", "b", "c", "d", "e"])
    const read = (w: Partial<EventStream.Window>) =>
      seqs(EventStream.read(s, { afterSeq: 0, limit: 100, tail: false, ...w }))
    assert.deepStrictEqual(read({ afterSeq: 2 }), [3, 4, 5])
    assert.deepStrictEqual(read({ beforeSeq: 5, limit: 2, tail: true }), [3, 4])
    assert.deepStrictEqual(read({ beforeSeq: 5, limit: 2 }), [1, 2])
    assert.deepStrictEqual(read({ afterSeq: 3, limit: 5, tail: true }), [4, 5])
    assert.deepStrictEqual(read({ afterSeq: 1, beforeSeq: 4, limit: 1, tail: true }), [3])
    assert.deepStrictEqual(read({ afterSeq: 4, beforeSeq: 3 }), [])
  })

  it("the history guard warns past the threshold and refuses past the hard limit, but never a retry", () => {
    const small: EventStream.HistoryGuard = { warnEvents: 1, maxEvents: 2, warnBytes: 1_000, maxBytes: 1_000 }
    const s1 = Either.getOrThrow(EventStream.appendOnce(EventStream.empty(scope, runId), draft("a"), small))
    assert.isTrue(Option.isNone(s1[0].warning))
    const s2 = Either.getOrThrow(EventStream.appendOnce(s1[1], draft("b"), small))
    assert.deepStrictEqual(s2[0].warning, Option.some({ limit: "events" as const, threshold: 1, actual: 2 }))
    const refused = EventStream.appendOnce(s2[1], draft("c"), small)
    assert.deepStrictEqual(
      refused,
      Either.left(new Errors.HistoryLimit({ runId, limit: "events", max: 2, actual: 3 }))
    )
    const retry = Either.getOrThrow(EventStream.appendOnce(s2[1], draft("b"), small))
    assert.deepStrictEqual([retry[0].appended, retry[0].seq], [false, 2])

    const bytes: EventStream.HistoryGuard = { warnEvents: 100, maxEvents: 100, warnBytes: 10, maxBytes: 20 }
    const big = EventStream.appendOnce(EventStream.empty(scope, runId), draft("x", "0123456789abcdefghijk"), bytes)
    assert.isTrue(Either.isLeft(big) && big.left.limit === "bytes" && big.left.max === 20)
  })

  it("compaction keeps lastSeq and the index; read reports a window starting below the compaction point", () => {
    const old = new Date(t0.getTime() - 10_000)
    let s = EventStream.empty(scope, runId)
    for (const id of ["a", "b", "c"]) s = Either.getOrThrow(EventStream.appendOnce(s, draft(id, null, old), guard))[1]
    s = Either.getOrThrow(EventStream.appendOnce(s, draft("d"), guard))[1]
    const [pruned, c] = Either.getOrThrow(EventStream.compact(s, { cutoff: t0, now: t0, maxEvents: 2 }))
    assert.strictEqual(pruned, 3)
    assert.strictEqual(c.lastSeq, 4)
    assert.strictEqual(c.compactedThroughSeq, 3)
    assert.strictEqual(c.count, 1)
    assert.strictEqual(RedBlackTree.size(c.events), 2)
    assert.deepStrictEqual(EventStream.seqOf(c, Identifiers.EventId.make("b")), Option.some(2))
    const below = EventStream.read(c, { afterSeq: 1, limit: 10, tail: false })
    assert.deepStrictEqual(seqs(below), [3, 4])
    assert.deepStrictEqual(below.compactedThroughSeq, Option.some(3))
    assert.isTrue(Event.isMarker(below.events[0]!))
    const above = EventStream.read(c, { afterSeq: 3, limit: 10, tail: false })
    assert.deepStrictEqual([seqs(above), above.compactedThroughSeq], [[4], Option.none()])
  })
})
