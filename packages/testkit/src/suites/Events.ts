/**
 * Behaviour of the event log (contract §4) outside compaction: dense per-run sequences, append-once,
 * all-or-nothing batches, read windows, the change feed and `clear`.
 */
import { Effect, Fiber, Option } from "effect"
import { ensure, equal } from "../internal/check.js"
import { Epoch } from "../internal/clock.js"
import { A, B, C, ev, expectError } from "../internal/fixtures.js"
import type { Scenario } from "../internal/harness.js"
import { scenario } from "../internal/harness.js"

const suite = "EventLog"
const run = "run-1"
const ids = (events: ReadonlyArray<{ readonly eventId: string }>) => events.map((e) => e.eventId)
const seqs = (events: ReadonlyArray<{ readonly seq: number }>) => events.map((e) => e.seq)

/** The event log scenarios. */
export const eventLogScenarios: ReadonlyArray<Scenario> = [
  scenario(suite, "appendOnce gives a new id the next seq from 1; a known id returns its seq and whether the content is the same", (store) =>
    Effect.gen(function*() {
      equal(yield* store.events.appendOnce(A, run, ev("e1")), { appended: true, seq: 1, warning: Option.none() }, "first event")
      equal((yield* store.events.appendOnce(A, run, ev("e2"))).seq, 2, "second event")
      store.clock.advance(1000)
      equal(
        yield* store.events.appendOnce(A, run, { ...ev("e1"), occurredAt: new Date(0), correlationId: "other" }),
        { appended: false, seq: 1, sameFingerprint: true, warning: Option.none() },
        "a retry (timestamps and tracing ids do not count)"
      )
      equal(
        yield* store.events.appendOnce(A, run, ev("e1", "other content")),
        { appended: false, seq: 1, sameFingerprint: false, warning: Option.none() },
        "a reused id with other content"
      )
      equal(
        (yield* store.events.appendOnce(A, run, ev("e1", { eventId: "e1" }, "OtherType"))).appended,
        false,
        "a reused id with another type"
      )
      equal((yield* store.events.appendOnce(A, run, ev("e3"))).seq, 3, "the next new id")
      const { events } = yield* store.events.read(A, run)
      equal(seqs(events), [1, 2, 3], "dense")
      equal(ids(events), ["e1", "e2", "e3"], "in order")
      const first = events[0]!
      equal(
        [first.runId, first.type, first.payload, first.occurredAt, first.schemaVersion, first.scope],
        [run, "Happened", { eventId: "e1" }, new Date(Epoch), 1, A],
        "the stored event (the first write wins)"
      )
      equal(yield* store.events.lastSeq(A, run), 3, "lastSeq")
      equal(yield* store.events.seqOf(A, run, "e2"), Option.some(2), "seqOf")
      equal(yield* store.events.seqOf(A, run, "nope"), Option.none(), "seqOf of an unknown id")
    })),

  scenario(suite, "every optional field of an event is stored as given", (store) =>
    Effect.gen(function*() {
      const occurredAt = new Date(Epoch - 5000)
      yield* store.events.appendOnce(A, run, {
        eventId: "full",
        type: "Full",
        payload: { deep: [1, { x: "ü\u{1F600}" }] },
        occurredAt,
        causationId: "cause-1",
        correlationId: "corr-1",
        actor: "agent-7",
        schemaVersion: 3
      })
      const [event] = (yield* store.events.read(A, run)).events
      equal(
        event && [event.payload, event.occurredAt, event.causationId, event.correlationId, event.actor, event.schemaVersion],
        [{ deep: [1, { x: "ü\u{1F600}" }] }, occurredAt, "cause-1", "corr-1", "agent-7", 3],
        "all fields"
      )
    })),

  scenario(suite, "the same run id under three scopes has three independent sequences", (store) =>
    Effect.gen(function*() {
      equal((yield* store.events.appendOnce(A, run, ev("e1"))).seq, 1, "A e1")
      equal((yield* store.events.appendOnce(B, run, ev("e1"))).seq, 1, "B e1")
      equal((yield* store.events.appendOnce(C, run, ev("x"))).seq, 1, "C x")
      equal((yield* store.events.appendOnce(A, run, ev("e2"))).seq, 2, "A e2")
      equal((yield* store.events.appendOnce(B, run, ev("e2"))).seq, 2, "B e2")
      equal((yield* store.events.appendOnce(A, run, ev("e3"))).seq, 3, "A e3")
      equal(ids((yield* store.events.read(A, run)).events), ["e1", "e2", "e3"], "A")
      equal(ids((yield* store.events.read(B, run)).events), ["e1", "e2"], "B")
      equal(ids((yield* store.events.read(C, run)).events), ["x"], "C")
      equal([yield* store.events.lastSeq(A, run), yield* store.events.lastSeq(B, run), yield* store.events.lastSeq(C, run)], [3, 2, 1], "lastSeq")
      equal(yield* store.events.seqOf(C, run, "e1"), Option.none(), "ids do not leak between scopes")
    })),

  scenario(suite, "a log never written reads as empty (not NotFound), and the run need not exist in the run store", (store) =>
    Effect.gen(function*() {
      equal(yield* store.events.read(A, "never"), { events: [], compactedThroughSeq: Option.none() }, "read")
      equal(yield* store.events.lastSeq(A, "never"), 0, "lastSeq")
      equal(yield* store.events.seqOf(A, "never", "e1"), Option.none(), "seqOf")
    })),

  scenario(suite, "append writes a batch in order; a stale expectedSeq is SequenceConflict { expected, actual } and writes nothing", (store) =>
    Effect.gen(function*() {
      equal(yield* store.events.append(A, run, [ev("a"), ev("b")], { expectedSeq: 0 }), { appended: true, seqs: [1, 2], warning: Option.none() }, "first batch")
      const error = yield* expectError(store.events.append(A, run, [ev("c"), ev("d")], { expectedSeq: 1 }), "SequenceConflict", "stale expectedSeq")
      equal([error.expected, error.actual], [1, 2], "expected and actual")
      yield* expectError(store.events.append(A, "fresh", [ev("c")], { expectedSeq: 3 }), "SequenceConflict", "expectedSeq on an empty log")
      equal(yield* store.events.lastSeq(A, run), 2, "lastSeq unchanged")
      equal(yield* store.events.seqOf(A, run, "c"), Option.none(), "c not written")
      equal(yield* store.events.lastSeq(A, "fresh"), 0, "the empty log stays empty")
      equal(ids((yield* store.events.pollAll()).events), ["a", "b"], "the feed holds the first batch only")
      equal((yield* store.events.append(A, run, [ev("c")], { expectedSeq: 2 })).seqs, [3], "the right expectedSeq appends")
      equal((yield* store.events.append(A, run, [ev("d"), ev("e")])).seqs, [4, 5], "no expectedSeq appends")
    })),

  scenario(suite, "a batch where only some ids exist is EventConflict naming them, and writes nothing", (store) =>
    Effect.gen(function*() {
      yield* store.events.append(A, run, [ev("a"), ev("b")])
      const error = yield* expectError(store.events.append(A, run, [ev("c"), ev("b"), ev("d")]), "EventConflict", "partial batch")
      equal(error.eventIds, ["b"], "names the known id")
      equal(yield* store.events.lastSeq(A, run), 2, "lastSeq unchanged")
      equal([yield* store.events.seqOf(A, run, "c"), yield* store.events.seqOf(A, run, "d")], [Option.none(), Option.none()], "nothing written")
      equal(ids((yield* store.events.pollAll()).events), ["a", "b"], "the feed is unchanged")
      equal((yield* store.events.appendOnce(A, run, ev("c"))).seq, 3, "the next id gets the next seq")
    })),

  scenario(suite, "re-sending a fully applied batch returns the original seqs whatever expectedSeq says, with a fingerprint check per event", (store) =>
    Effect.gen(function*() {
      yield* store.events.appendOnce(A, run, ev("x"))
      const first = yield* store.events.append(A, run, [ev("a"), ev("b")], { expectedSeq: 1 })
      yield* store.events.appendOnce(A, run, ev("y"))
      const retry = yield* store.events.append(A, run, [ev("a"), ev("b")], { expectedSeq: 1 })
      equal(first.seqs, [2, 3], "first")
      equal(retry, { appended: false, seqs: [2, 3], sameFingerprint: [true, true], warning: Option.none() }, "the retry")
      const changed = yield* store.events.append(A, run, [ev("b", "different"), ev("a")])
      equal(changed, { appended: false, seqs: [3, 2], sameFingerprint: [false, true], warning: Option.none() }, "changed content, reordered")
      equal(yield* store.events.lastSeq(A, run), 4, "nothing appended")
    })),

  scenario(suite, "a seq is never reused after a failed append: the next new event gets lastSeq + 1", (store) =>
    Effect.gen(function*() {
      yield* store.events.append(A, run, [ev("a"), ev("b")])
      yield* expectError(store.events.append(A, run, [ev("c"), ev("a")]), "EventConflict", "partial batch")
      yield* expectError(store.events.append(A, run, [ev("c"), ev("d")], { expectedSeq: 0 }), "SequenceConflict", "stale batch")
      yield* expectError(store.events.appendOnce(A, run, { ...ev("c"), type: "" }), "InvalidInput", "bad event")
      equal(yield* store.events.seqOf(A, run, "c"), Option.none(), "c unknown after the failures")
      equal(yield* store.events.appendOnce(A, run, ev("e")), { appended: true, seq: 3, warning: Option.none() }, "e gets 3")
      equal(yield* store.events.appendOnce(A, run, ev("c")), { appended: true, seq: 4, warning: Option.none() }, "c gets 4")
      equal(yield* store.events.appendOnce(A, run, ev("d")), { appended: true, seq: 5, warning: Option.none() }, "d gets 5")
      const { events } = yield* store.events.read(A, run)
      equal(events.map((e) => [e.seq, e.eventId]), [[1, "a"], [2, "b"], [3, "e"], [4, "c"], [5, "d"]], "one seq per id")
    })),

  scenario(suite, "read windows: afterSeq, beforeSeq, limit, and tail keeps the last of the window", (store) =>
    Effect.gen(function*() {
      yield* store.events.append(A, run, ["e1", "e2", "e3", "e4", "e5"].map((id) => ev(id)))
      const read = (w: Parameters<typeof store.events.read>[2]) => Effect.map(store.events.read(A, run, w), (r) => seqs(r.events))
      equal(yield* read({ afterSeq: 2 }), [3, 4, 5], "afterSeq")
      equal(yield* read({ afterSeq: 2, limit: 2 }), [3, 4], "afterSeq + limit")
      equal(yield* read({ afterSeq: 5 }), [], "after the end")
      equal(yield* read({ afterSeq: 9 }), [], "far after the end")
      equal(yield* read({ beforeSeq: 5, limit: 2, tail: true }), [3, 4], "beforeSeq + tail")
      equal(yield* read({ beforeSeq: 5, limit: 2 }), [1, 2], "beforeSeq + limit")
      equal(yield* read({ limit: 2, tail: true }), [4, 5], "tail")
      equal(yield* read({ afterSeq: 1, beforeSeq: 4 }), [2, 3], "both bounds")
      equal(yield* read({ afterSeq: 3, beforeSeq: 4 }), [], "an empty window")
      equal(yield* read({ afterSeq: 3, limit: 5, tail: true }), [4, 5], "tail with a short window")
      equal(yield* read({ beforeSeq: 1 }), [], "before the first")
      equal((yield* store.events.read(A, run, { afterSeq: 0 })).compactedThroughSeq, Option.none(), "no compaction point")
    })),

  scenario(suite, "poll and pollAll return every event once, in commit order, across pages while appends continue; an empty page keeps the cursor", (store) =>
    Effect.gen(function*() {
      const written = { A: [] as Array<string>, all: [] as Array<string> }
      let n = 0
      const write = (count: number) =>
        Effect.forEach(Array.from({ length: count }), () => {
          n += 1
          const scope = n % 4 === 0 ? B : n % 5 === 0 ? C : A
          const eventId = `e${n}`
          written.all.push(eventId)
          if (scope === A) written.A.push(eventId)
          return store.events.appendOnce(scope, `run-${n % 3}`, ev(eventId))
        })
      yield* write(7)
      const seenA: Array<string> = []
      const seenAll: Array<string> = []
      let cursorA: string | undefined
      let cursorAll: string | undefined
      for (let page = 0;; page++) {
        ensure(page < 100, "the feed must run dry once writes stop")
        const a = yield* store.events.poll(A, cursorA, 3)
        const all = yield* store.events.pollAll(cursorAll, 4)
        ensure(a.events.length <= 3 && all.events.length <= 4, "pages respect the limit")
        ensure(a.events.every((e) => e.scope.workspaceId === "prod" && e.scope.deploymentId === undefined), "a scoped poll stays in its scope")
        seenA.push(...ids(a.events))
        seenAll.push(...ids(all.events))
        cursorA = a.cursor
        cursorAll = all.cursor
        if (page < 12) yield* write(2)
        else if (a.events.length === 0 && all.events.length === 0) break
      }
      equal(seenA, written.A, "poll saw every A event once, in order")
      equal(seenAll, written.all, "pollAll saw every event once, in order")
      const again = yield* store.events.poll(A, cursorA, 3)
      equal([again.events, again.cursor], [[], cursorA], "an empty page keeps the cursor")
    })),

  scenario(suite, "a reader polling while a writer commits concurrently sees every event exactly once", (store) =>
    Effect.gen(function*() {
      const total = 120
      const writer = yield* Effect.fork(
        Effect.forEach(Array.from({ length: total }, (_, i) => i), (i) =>
          Effect.zipRight(Effect.yieldNow(), store.events.appendOnce(A, `run-${i % 5}`, ev(`e${i}`))))
      )
      const seen: Array<string> = []
      let cursor: string | undefined
      for (let polls = 0; seen.length < total; polls++) {
        ensure(polls < 20 * total, "the reader must catch up once the writer is done")
        const page = yield* store.events.poll(A, cursor, 7)
        seen.push(...ids(page.events))
        cursor = page.cursor
        yield* Effect.yieldNow()
      }
      yield* Fiber.join(writer)
      equal(seen, Array.from({ length: total }, (_, i) => `e${i}`), "every event once, in commit order")
      equal((yield* store.events.poll(A, cursor)).events, [], "nothing more")
    })),

  scenario(suite, "clear deletes one scope's events and id index; its sequences start again at 1; other scopes keep theirs", (store) =>
    Effect.gen(function*() {
      yield* store.events.append(A, run, [ev("a"), ev("b")])
      yield* store.events.appendOnce(A, "run-2", ev("c"))
      yield* store.events.appendOnce(B, run, ev("a"))
      yield* store.events.appendOnce(C, run, ev("a"))
      equal(yield* store.events.clear(A), 3, "three events deleted")
      equal([yield* store.events.lastSeq(A, run), yield* store.events.lastSeq(B, run), yield* store.events.lastSeq(C, run)], [0, 1, 1], "lastSeq")
      equal(yield* store.events.seqOf(A, run, "a"), Option.none(), "the index is gone")
      equal(yield* store.events.appendOnce(A, run, ev("a")), { appended: true, seq: 1, warning: Option.none() }, "starts again at 1")
      const feed = (yield* store.events.pollAll()).events.map((e) => [e.scope.workspaceId, e.scope.deploymentId ?? null, e.eventId, e.seq])
      equal(feed, [["staging", null, "a", 1], ["prod", "eu", "a", 1], ["prod", null, "a", 1]], "the feed")
      equal(yield* store.events.clear(A), 1, "clear again")
      equal(yield* store.events.clear(A), 0, "nothing left")
    }))
]
