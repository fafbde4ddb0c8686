/**
 * Compaction of the event log (contract §4): what is pruned, the one merged marker, and that
 * sequences and idempotency behave exactly as before — per scope, and under concurrent writers.
 */
import type { Errors } from "@runledger/core"
import { Compaction, Event, TenantScope } from "@runledger/core"
import { Effect, Fiber, Option } from "effect"
import { ensure, equal, fail } from "../internal/check.js"
import { Epoch } from "../internal/clock.js"
import { A, B, C, ev } from "../internal/fixtures.js"
import type { Scenario, Store } from "../internal/harness.js"
import { chunkSizeOf, guardOf, scenario } from "../internal/harness.js"

const suite = "Compaction"
const run = "run-1"
const hour = 3_600_000

const markerOf = (event: Event.Event | undefined) =>
  event === undefined
    ? fail("expected a marker, found no event")
    : Option.getOrElse(Compaction.readMarker(event), () => fail(`event ${event.eventId} at seq ${event.seq} is not a readable marker`))

/** e1..e3 at Epoch, e4..e5 two hours later; the clock then stands at Epoch + 2h. */
const seed = (store: Store, scope: typeof A | typeof B = A) =>
  Effect.gen(function*() {
    yield* store.events.append(scope, run, [ev("e1"), ev("e2"), ev("e3")])
    store.clock.advance(2 * hour)
    yield* store.events.append(scope, run, [ev("e4"), ev("e5")])
  })

/** Check the retained log of one run: a marker first (if any) at the compaction point, then dense caller events up to lastSeq. */
export const checkRetained = (
  store: Store,
  scope: typeof A | typeof B | typeof C,
  runId: string,
  label: string
): Effect.Effect<ReadonlyArray<Event.Event>, Errors.RunLedgerError> =>
  Effect.gen(function*() {
    const { compactedThroughSeq, events } = yield* store.events.read(scope, runId, { limit: 1000 })
    const last = yield* store.events.lastSeq(scope, runId)
    const markers = events.filter(Event.isMarker)
    ensure(markers.length <= 1, `${label}: at most one marker, found ${markers.length}`)
    const marker = markers[0]
    if (marker !== undefined) {
      ensure(events[0] === marker, `${label}: the marker comes first`)
      equal(compactedThroughSeq, Option.some(marker.seq), `${label}: compactedThroughSeq is the marker's seq`)
      const payload = markerOf(marker)
      equal(payload.pruned.map((p) => p.seq), Array.from({ length: marker.seq }, (_, i) => i + 1), `${label}: the marker lists every pruned seq`)
      equal(payload.prunedEvents, marker.seq, `${label}: prunedEvents`)
    }
    const callers = events.filter((e) => !Event.isMarker(e)).map((e) => e.seq)
    const from = (marker?.seq ?? 0) + 1
    equal(callers, Array.from({ length: last - from + 1 }, (_, i) => from + i), `${label}: dense caller events up to lastSeq ${last}`)
    return events
  })

/** Append `count` events with null payloads to one run, in batches of at most 500. */
const fill = (store: Store, scope: typeof A | typeof B | typeof C, runId: string, count: number) =>
  Effect.gen(function*() {
    for (let i = 0; i < count; i += 500) {
      yield* store.events.append(scope, runId, Array.from({ length: Math.min(500, count - i) }, (_, j) => ev(`old${i + j}`, null)))
    }
  })

/**
 * Compact a log of `total` events in `scope` while watching it: once a read shows the compaction
 * part-way (its point above 0, at most half-way), append one event and check, after the append is
 * acknowledged, that the compaction is still part-way and still running — the append committed
 * between its chunks. Whether the compaction was ever seen part-way, and whether that was proven.
 */
const appendDuringCompaction = (store: Store, scope: typeof A | typeof B | typeof C, runId: string, total: number) =>
  Effect.gen(function*() {
    const pointOf = (read: { readonly compactedThroughSeq: Option.Option<number> }) => Option.getOrElse(read.compactedThroughSeq, () => 0)
    const compaction = yield* Effect.fork(store.events.compact({ retention: "1 hour", scope }))
    let partWay = false
    let proven = false
    let appended = 0
    for (let polls = 0; Option.isNone(yield* Fiber.poll(compaction)); polls++) {
      ensure(polls < 1_000_000, `the compaction of ${total} events did not finish`)
      const point = pointOf(yield* store.events.read(scope, runId, { tail: true, limit: 1 }))
      if (point > 0 && point < total) partWay = true
      if (!proven && point > 0 && point <= total / 2) {
        const result = yield* store.events.appendOnce(scope, runId, ev(`during${appended++}`, null))
        ensure(result.appended && result.seq === total + appended, `an append during the compaction gets the next seq: ${JSON.stringify(result)}`)
        const after = pointOf(yield* store.events.read(scope, runId, { tail: true, limit: 1 }))
        proven = after < total && Option.isNone(yield* Fiber.poll(compaction))
      }
      // Let the compaction (and, in process, every other fiber) run between two looks.
      yield* Effect.yieldNow()
    }
    equal(yield* Fiber.join(compaction), total, "the compaction prunes every old event once")
    const events = yield* checkRetained(store, scope, runId, "after the compaction")
    equal(events.length, 1 + appended, "one marker and the events appended meanwhile")
    return { partWay, proven }
  })

/** The compaction scenarios. */
export const compactionScenarios: ReadonlyArray<Scenario> = [
  scenario(suite, "prunes the events older than now - retention and leaves one marker at the highest pruned seq listing them", (store) =>
    Effect.gen(function*() {
      yield* seed(store)
      equal(yield* store.events.compact({ retention: "1 hour" }), 3, "three pruned")
      const read = yield* store.events.read(A, run)
      equal(read.events.map((e) => [e.seq, e.type]), [[3, Event.CompactedType], [4, "Happened"], [5, "Happened"]], "retained")
      equal(read.compactedThroughSeq, Option.some(3), "the read says where the compaction point is")
      const marker = read.events[0]!
      equal(marker.eventId, Compaction.markerId(TenantScope.TenantScope.make(A), marker.runId, 3), "the marker id is the deterministic hash")
      equal(marker.occurredAt, new Date(Epoch + 2 * hour), "the marker occurred when the compaction ran")
      const payload = markerOf(marker)
      equal(payload.pruned.map((p) => [p.eventId, p.seq]), [["e1", 1], ["e2", 2], ["e3", 3]], "the pruned pairs")
      equal([payload.prunedEvents, payload.compactedThroughSeq, payload.compactedThroughAt], [3, 3, new Date(Epoch)], "marker payload")
      equal(yield* store.events.lastSeq(A, run), 5, "lastSeq unchanged")
      equal((yield* store.events.read(A, run, { afterSeq: 3 })).compactedThroughSeq, Option.none(), "a window above the point does not mention it")
      equal((yield* store.events.read(A, run, { afterSeq: 1 })).compactedThroughSeq, Option.some(3), "a window starting inside the pruned part says so")
      equal(yield* store.events.compact({ retention: "1 hour" }), 0, "nothing more to prune")
      yield* checkRetained(store, A, run, "after compaction")
    })),

  scenario(suite, "after compaction a pruned id keeps its seq and fingerprint check, and the next new event gets lastSeq + 1", (store) =>
    Effect.gen(function*() {
      yield* seed(store)
      yield* store.events.compact({ retention: "1 hour" })
      equal(yield* store.events.appendOnce(A, run, ev("e2")), { appended: false, seq: 2, sameFingerprint: true, warning: Option.none() }, "a pruned id again")
      equal(yield* store.events.appendOnce(A, run, ev("e2", "other")), { appended: false, seq: 2, sameFingerprint: false, warning: Option.none() }, "a pruned id with other content")
      equal(yield* store.events.seqOf(A, run, "e1"), Option.some(1), "seqOf a pruned id")
      const batch = yield* store.events.append(A, run, [ev("e1"), ev("e3")], { expectedSeq: 0 })
      equal([batch.appended, batch.seqs], [false, [1, 3]], "a re-sent batch of pruned ids")
      const mixed = yield* Effect.either(store.events.append(A, run, [ev("e1"), ev("new")]))
      ensure(mixed._tag === "Left" && mixed.left._tag === "EventConflict", "a batch mixing a pruned id and a new one is EventConflict")
      equal(yield* store.events.appendOnce(A, run, ev("e6")), { appended: true, seq: 6, warning: Option.none() }, "the next event")
      yield* checkRetained(store, A, run, "after appends")
    })),

  scenario(suite, "compacting again merges into one marker listing the old and new pruned ids; the feed holds it once", (store) =>
    Effect.gen(function*() {
      yield* seed(store)
      yield* store.events.compact({ retention: "1 hour" })
      store.clock.advance(2 * hour)
      yield* store.events.appendOnce(A, run, ev("e6"))
      equal(yield* store.events.compact({ retention: "1 hour" }), 2, "two more pruned")
      const { events } = yield* store.events.read(A, run)
      equal(events.map((e) => [e.seq, e.type]), [[5, Event.CompactedType], [6, "Happened"]], "retained")
      const payload = markerOf(events[0])
      equal(payload.pruned.map((p) => [p.eventId, p.seq]), [["e1", 1], ["e2", 2], ["e3", 3], ["e4", 4], ["e5", 5]], "merged list")
      equal([payload.prunedEvents, payload.compactedThroughAt], [5, new Date(Epoch + 2 * hour)], "merged counts")
      equal(events[0]!.eventId, Compaction.markerId(TenantScope.TenantScope.make(A), events[0]!.runId, 5), "the new marker's id")
      const feed = (yield* store.events.pollAll(undefined, 1000)).events
      equal(feed.filter(Event.isMarker).map((e) => e.seq), [5], "one marker in the feed")
      equal(feed.filter((e) => !Event.isMarker(e)).map((e) => e.eventId), ["e6"], "pruned events left the feed")
      equal((yield* store.events.poll(A, undefined, 1000)).events.map((e) => e.eventId), feed.map((e) => e.eventId), "the scoped feed agrees")
    })),

  scenario(suite, "scopes sharing a run id are compacted independently, also with an explicit scope", (store) =>
    Effect.gen(function*() {
      yield* store.events.append(A, run, [ev("e1"), ev("e2"), ev("e3")])
      yield* store.events.append(B, run, [ev("e1"), ev("x1")])
      yield* store.events.append(C, run, [ev("c1")])
      store.clock.advance(2 * hour)
      yield* store.events.appendOnce(A, run, ev("e4"))
      yield* store.events.appendOnce(B, run, ev("x2"))
      equal(yield* store.events.compact({ retention: "1 hour", scope: B }), 2, "B only")
      equal((yield* store.events.read(A, run)).compactedThroughSeq, Option.none(), "A untouched")
      equal((yield* store.events.read(C, run)).compactedThroughSeq, Option.none(), "C untouched (its key extends A's)")
      equal(yield* store.events.compact({ retention: "1 hour", scope: A }), 3, "A only")
      equal((yield* store.events.read(C, run)).compactedThroughSeq, Option.none(), "C still untouched")
      equal(yield* store.events.compact({ retention: "1 hour" }), 1, "every scope: C's one event")
      const a = yield* store.events.read(A, run)
      const b = yield* store.events.read(B, run)
      equal(a.events.map((e) => e.seq), [3, 4], "A retained")
      equal(b.events.map((e) => e.seq), [2, 3], "B retained")
      equal(markerOf(a.events[0]).pruned.map((p) => p.eventId), ["e1", "e2", "e3"], "A's marker")
      equal(markerOf(b.events[0]).pruned.map((p) => p.eventId), ["e1", "x1"], "B's marker")
      ensure(a.events[0]!.eventId !== b.events[0]!.eventId, "marker ids differ by scope")
      equal([(yield* store.events.appendOnce(A, run, ev("e1"))).seq, (yield* store.events.appendOnce(B, run, ev("e1"))).seq], [1, 1], "pruned ids per scope")
      equal((yield* store.events.appendOnce(A, run, ev("e5"))).seq, 5, "A next")
      equal((yield* store.events.appendOnce(B, run, ev("x3"))).seq, 4, "B next")
      equal((yield* store.events.appendOnce(C, run, ev("c2"))).seq, 2, "C next")
    })),

  scenario(suite, "a whole log compacted away keeps lastSeq, and the next event gets lastSeq + 1", (store) =>
    Effect.gen(function*() {
      yield* store.events.append(A, run, Array.from({ length: 12 }, (_, i) => ev(`e${i + 1}`)))
      store.clock.advance(24 * hour)
      equal(yield* store.events.compact({ retention: "1 hour" }), 12, "everything pruned")
      const read = yield* store.events.read(A, run)
      equal(read.events.map((e) => [e.seq, e.type]), [[12, Event.CompactedType]], "only the marker")
      equal(markerOf(read.events[0]).prunedEvents, 12, "it counts all")
      equal(yield* store.events.lastSeq(A, run), 12, "lastSeq kept")
      equal((yield* store.events.appendOnce(A, run, ev("e13"))).seq, 13, "next")
      equal((yield* store.events.append(A, run, [ev("e14"), ev("e15")], { expectedSeq: 13 })).seqs, [14, 15], "a batch with expectedSeq after compaction")
      yield* checkRetained(store, A, run, "after")
    })),

  scenario(suite, "compaction prunes only a prefix: an event with a later occurredAt stops it, so the log never has holes", (store) =>
    Effect.gen(function*() {
      store.clock.advance(10 * hour)
      const at = (h: number) => new Date(Epoch + h * hour)
      yield* store.events.append(A, run, [
        { ...ev("old1"), occurredAt: at(0) },
        { ...ev("new"), occurredAt: at(9) },
        { ...ev("old2"), occurredAt: at(0) }
      ])
      equal(yield* store.events.compact({ retention: "2 hours" }), 1, "only old1")
      equal((yield* store.events.read(A, run)).events.map((e) => e.seq), [1, 2, 3], "marker at 1, then 2 and 3")
      equal(yield* store.events.compact({ retention: "2 hours", now: at(20) }), 2, "an explicit later now prunes the rest")
      equal(yield* store.events.compact({ retention: "1 hour", now: at(0) }), 0, "an explicit early now prunes nothing")
      yield* checkRetained(store, A, run, "after")
    })),

  scenario(suite, "writers keep appending while compaction runs: nothing lost, no seq reused, one marker", (store) =>
    Effect.gen(function*() {
      const before = 1200
      for (let i = 0; i < before; i += 400) {
        yield* store.events.append(A, run, Array.from({ length: 400 }, (_, j) => ev(`old${i + j}`, null)))
      }
      store.clock.advance(2 * hour)
      const writers = Effect.forEach(Array.from({ length: 60 }, (_, i) => i), (i) =>
        Effect.zipRight(Effect.yieldNow(), store.events.appendOnce(A, run, ev(`live${i}`, null))), { concurrency: 4 })
      const [pruned, results] = yield* Effect.all([
        store.events.compact({ retention: "1 hour" }),
        writers
      ], { concurrency: "unbounded" })
      equal(pruned, before, "every old event pruned once")
      equal(results.map((r) => r.appended), Array(60).fill(true), "every live event appended")
      equal(new Set(results.map((r) => r.seq)).size, 60, "distinct seqs")
      ensure(results.every((r) => r.seq > before), "no seq reused")
      const events = yield* checkRetained(store, A, run, "after the race")
      equal(events.length, 61, "one marker and the live events")
      equal(yield* store.events.lastSeq(A, run), before + 60, "lastSeq")
    })),

  scenario(suite, "an append issued while a compaction runs commits before the compaction finishes: a long log is compacted in chunks of the declared size, not in one transaction", (store, env) =>
    Effect.gen(function*() {
      const chunk = chunkSizeOf(env.initializer)
      const chunks = Math.min(24, Math.floor((guardOf(env.initializer).maxEvents - 8) / chunk))
      ensure(chunks >= 6, `a log of 6 chunks of ${chunk} events must fit under the history guard's maxEvents ${guardOf(env.initializer).maxEvents}`)
      const total = chunks * chunk
      const seen: Array<string> = []
      // The compaction could outrun the watching reads once; each attempt has a scope of its own.
      for (const scope of [A, B, C]) {
        yield* fill(store, scope, run, total)
        store.clock.advance(2 * hour)
        const { partWay, proven } = yield* appendDuringCompaction(store, scope, run, total)
        if (proven) return
        seen.push(partWay ? "seen part-way, but no append committed before it finished" : "never seen part-way")
      }
      fail(
        `compacting ${total} events in chunks of ${chunk}: no append issued during the compaction committed before it finished ` +
          `(${seen.join("; ")}): the compaction holds writers out for the whole log`
      )
    })),

  scenario(suite, "compaction reaches every stream of every scope, past a page: more runs and more scopes than a page of 100, each pruned, the count exact", (store) =>
    Effect.gen(function*() {
      const runs = Array.from({ length: 130 }, (_, i) => `p${String(i).padStart(3, "0")}`)
      const scopes = Array.from({ length: 110 }, (_, i) => ({ orgId: "paged", workspaceId: `w${String(i).padStart(3, "0")}` }))
      const streams = [...runs.map((runId) => [A, runId] as const), ...scopes.map((scope) => [scope, run] as const)]
      yield* Effect.forEach(streams, ([scope, runId]) => store.events.append(scope, runId, [ev("a", null), ev("b", null)]), { concurrency: 16, discard: true })
      store.clock.advance(2 * hour)
      const key = (scope: TenantScope.Input, runId: string) => `${scope.orgId}/${scope.workspaceId}/${runId}`
      // Every retained event of every scope, in one read of the feed.
      const retained = Effect.map(store.events.pollAll(undefined, 1000), (page) =>
        page.events.map((e) => `${key(e.scope, e.runId)}@${e.seq}:${Event.isMarker(e) ? "marker" : e.eventId}`).sort())
      const untouched = (scope: TenantScope.Input, runId: string) => [`${key(scope, runId)}@1:a`, `${key(scope, runId)}@2:b`]
      const compacted = (scope: TenantScope.Input, runId: string) => [`${key(scope, runId)}@2:marker`]
      equal(yield* store.events.compact({ retention: "1 hour", scope: A }), 2 * runs.length, `one scope of ${runs.length} runs: every event pruned once`)
      equal(
        yield* retained,
        [...runs.flatMap((runId) => compacted(A, runId)), ...scopes.flatMap((scope) => untouched(scope, run))].sort(),
        `every run of the scope is compacted, the other ${scopes.length} scopes are left alone`
      )
      equal(yield* store.events.compact({ retention: "1 hour" }), 2 * scopes.length, `every scope (${scopes.length} more): every event pruned once`)
      equal(yield* retained, streams.flatMap(([scope, runId]) => compacted(scope, runId)).sort(), "every stream of every scope is compacted")
      equal(yield* store.events.compact({ retention: "1 hour" }), 0, "nothing left to prune")
    })),

  scenario(suite, "two compactions at once prune each event once and leave one marker", (store) =>
    Effect.gen(function*() {
      for (const runId of ["r-a", "r-b", "r-c"]) {
        yield* store.events.append(A, runId, Array.from({ length: 300 }, (_, i) => ev(`e${i}`, null)))
      }
      store.clock.advance(2 * hour)
      const [x, y] = yield* Effect.all([
        store.events.compact({ retention: "1 hour" }),
        store.events.compact({ retention: "1 hour", scope: A })
      ], { concurrency: "unbounded" })
      equal(x + y, 900, "each event pruned once")
      for (const runId of ["r-a", "r-b", "r-c"]) {
        const events = yield* checkRetained(store, A, runId, runId)
        equal(events.map((e) => e.seq), [300], `${runId}: one marker`)
        equal((yield* store.events.appendOnce(A, runId, ev("next"))).seq, 301, `${runId}: next seq`)
      }
      const markers = (yield* store.events.pollAll(undefined, 1000)).events.filter(Event.isMarker)
      equal(markers.length, 3, "one marker per run in the feed")
    }))
]
