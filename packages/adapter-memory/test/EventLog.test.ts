import { Effect, Fiber, Option, Random, TestClock } from "effect"
import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { Compaction, Event, EventLog, Json, TenantScope } from "@runledger/core"

const A = { orgId: "acme", workspaceId: "one" }
const B = { orgId: "acme", workspaceId: "two" }
const run = "run-1"

const ev = (eventId: string, payload: Json.Json = { eventId }) => ({ eventId, type: "Happened", payload })

/** Run `body` against the event log of a fresh memory store. */
const withLog = <A, E>(body: (log: EventLog.Service) => Effect.Effect<A, E>, options: MemoryStore.Options = {}) =>
  Effect.flatMap(EventLog.EventLog, body).pipe(Effect.provide(MemoryStore.layer(options)))

const seqs = (result: { readonly events: ReadonlyArray<Event.Event> }) => result.events.map((e) => e.seq)
const ids = (events: ReadonlyArray<Event.Event>) => events.map((e) => e.eventId)
const markerOf = (event: Event.Event | undefined) => Option.getOrThrow(Compaction.readMarker(event!))

describe("EventLog (memory)", () => {
  it.effect("the same run id under two scopes gets independent sequences", () =>
    withLog((log) =>
      Effect.gen(function*() {
        assert.strictEqual((yield* log.appendOnce(A, run, ev("e1"))).seq, 1)
        assert.strictEqual((yield* log.appendOnce(B, run, ev("e1"))).seq, 1)
        assert.strictEqual((yield* log.appendOnce(A, run, ev("e2"))).seq, 2)
        assert.strictEqual((yield* log.appendOnce(A, run, ev("e3"))).seq, 3)
        assert.strictEqual((yield* log.appendOnce(B, run, ev("e2"))).seq, 2)
        assert.deepStrictEqual(ids((yield* log.read(A, run)).events), ["e1", "e2", "e3"])
        assert.deepStrictEqual(ids((yield* log.read(B, run)).events), ["e1", "e2"])
        assert.isTrue((yield* log.read(B, run)).events.every((e) => TenantScope.format(e.scope) === "acme/two"))
        assert.strictEqual(yield* log.lastSeq(A, run), 3)
        assert.strictEqual(yield* log.lastSeq(B, run), 2)
      })
    ))

  it.effect("read with afterSeq", () =>
    withLog((log) =>
      Effect.gen(function*() {
        yield* log.append(A, run, ["e1", "e2", "e3", "e4", "e5"].map((id) => ev(id)))
        assert.deepStrictEqual(seqs(yield* log.read(A, run, { afterSeq: 2 })), [3, 4, 5])
        assert.deepStrictEqual(seqs(yield* log.read(A, run, { afterSeq: 2, limit: 2 })), [3, 4])
        assert.deepStrictEqual(seqs(yield* log.read(A, run, { afterSeq: 5 })), [])
      })
    ))

  it.effect("read with beforeSeq, limit and tail", () =>
    withLog((log) =>
      Effect.gen(function*() {
        yield* log.append(A, run, ["e1", "e2", "e3", "e4", "e5"].map((id) => ev(id)))
        assert.deepStrictEqual(seqs(yield* log.read(A, run, { beforeSeq: 5, limit: 2, tail: true })), [3, 4])
        assert.deepStrictEqual(seqs(yield* log.read(A, run, { beforeSeq: 5, limit: 2 })), [1, 2])
        assert.deepStrictEqual(seqs(yield* log.read(A, run, { limit: 2, tail: true })), [4, 5])
      })
    ))

  it.effect("a run with no events reads as empty, not NotFound; the run need not exist in the RunStore", () =>
    withLog((log) =>
      Effect.gen(function*() {
        const read = yield* log.read(A, "never-written")
        assert.deepStrictEqual(read, { events: [], compactedThroughSeq: Option.none() })
        assert.strictEqual(yield* log.lastSeq(A, "never-written"), 0)
        assert.deepStrictEqual(yield* log.seqOf(A, "never-written", "e1"), Option.none())
      })
    ))

  describe("compaction", () => {
    /** e1..e3 at t0, e4..e5 two hours later; the clock then stands at t0 + 2h. */
    const seed = (log: EventLog.Service, scope = A) =>
      Effect.gen(function*() {
        yield* log.append(scope, run, [ev("e1"), ev("e2"), ev("e3")])
        yield* TestClock.adjust("2 hours")
        yield* log.append(scope, run, [ev("e4"), ev("e5")])
      })

    it.effect("prunes the old events and leaves one marker at the highest pruned seq listing them", () =>
      withLog((log) =>
        Effect.gen(function*() {
          yield* seed(log)
          assert.strictEqual(yield* log.compact({ retention: "1 hour" }), 3)
          const read = yield* log.read(A, run)
          assert.deepStrictEqual(read.events.map((e) => [e.seq, e.type]), [
            [3, Event.CompactedType],
            [4, "Happened"],
            [5, "Happened"]
          ])
          assert.deepStrictEqual(read.compactedThroughSeq, Option.some(3))
          const marker = read.events[0]!
          assert.strictEqual(marker.eventId, Compaction.markerId(TenantScope.TenantScope.make(A), marker.runId, 3))
          const payload = markerOf(marker)
          assert.deepStrictEqual(payload.pruned.map((p) => [p.eventId, p.seq]), [["e1", 1], ["e2", 2], ["e3", 3]])
          assert.strictEqual(payload.prunedEvents, 3)
          assert.strictEqual(payload.compactedThroughSeq, 3)
          assert.strictEqual(payload.compactedThroughAt.getTime(), 0)
          assert.strictEqual(yield* log.lastSeq(A, run), 5)
          // A window above the compaction point does not mention it.
          assert.deepStrictEqual((yield* log.read(A, run, { afterSeq: 3 })).compactedThroughSeq, Option.none())
          // Nothing is young enough to prune a second time.
          assert.strictEqual(yield* log.compact({ retention: "1 hour" }), 0)
        })
      ))

    it.effect("a retention longer than any history prunes nothing", () =>
      withLog((log) =>
        Effect.gen(function*() {
          yield* log.appendOnce(A, run, { eventId: "e1", type: "T" })
          assert.strictEqual(yield* log.compact({ retention: "99999999999 days" }), 0)
          assert.strictEqual((yield* log.read(A, run)).events.length, 1)
        })
      ))

    it.effect("a duplicate of a pruned id returns its original seq; the next new event gets the next seq", () =>
      withLog((log) =>
        Effect.gen(function*() {
          yield* seed(log)
          yield* log.compact({ retention: "1 hour" })
          assert.deepStrictEqual(yield* log.appendOnce(A, run, ev("e2")), {
            appended: false,
            seq: 2,
            sameFingerprint: true,
            warning: Option.none()
          })
          const reused = yield* log.appendOnce(A, run, ev("e2", "other content"))
          assert.deepStrictEqual([reused.appended, reused.seq], [false, 2])
          assert.isTrue(!reused.appended && !reused.sameFingerprint)
          assert.deepStrictEqual(yield* log.seqOf(A, run, "e1"), Option.some(1))
          const batch = yield* log.append(A, run, [ev("e1"), ev("e3")], { expectedSeq: 0 })
          assert.deepStrictEqual([batch.appended, batch.seqs], [false, [1, 3]])
          assert.deepStrictEqual(yield* log.appendOnce(A, run, ev("e6")), {
            appended: true,
            seq: 6,
            warning: Option.none()
          })
        })
      ))

    it.effect("compacting again merges into one marker listing the old and the new pruned ids", () =>
      withLog((log) =>
        Effect.gen(function*() {
          yield* seed(log)
          yield* log.compact({ retention: "1 hour" })
          yield* TestClock.adjust("2 hours")
          yield* log.appendOnce(A, run, ev("e6"))
          assert.strictEqual(yield* log.compact({ retention: "1 hour" }), 2)
          const { events } = yield* log.read(A, run)
          assert.deepStrictEqual(events.map((e) => [e.seq, e.type]), [[5, Event.CompactedType], [6, "Happened"]])
          const payload = markerOf(events[0])
          assert.deepStrictEqual(payload.pruned.map((p) => [p.eventId, p.seq]), [
            ["e1", 1],
            ["e2", 2],
            ["e3", 3],
            ["e4", 4],
            ["e5", 5]
          ])
          assert.strictEqual(payload.prunedEvents, 5)
          assert.strictEqual(events[0]!.eventId, Compaction.markerId(TenantScope.TenantScope.make(A), events[0]!.runId, 5))
          // The change feed holds the merged marker once and not the replaced one.
          const feed = yield* log.pollAll(undefined, 1000)
          assert.deepStrictEqual(feed.events.filter(Event.isMarker).map((e) => e.seq), [5])
        })
      ))

    it.effect("compaction of two scopes sharing a run id keeps their sequences independent", () =>
      withLog((log) =>
        Effect.gen(function*() {
          yield* log.append(A, run, [ev("e1"), ev("e2"), ev("e3")])
          yield* log.append(B, run, [ev("e1"), ev("x1")])
          yield* TestClock.adjust("2 hours")
          yield* log.appendOnce(A, run, ev("e4"))
          yield* log.appendOnce(B, run, ev("x2"))

          assert.strictEqual(yield* log.compact({ retention: "1 hour", scope: B }), 2)
          assert.deepStrictEqual((yield* log.read(A, run)).compactedThroughSeq, Option.none(), "A untouched")
          assert.strictEqual(yield* log.compact({ retention: "1 hour" }), 3)

          const a = yield* log.read(A, run)
          const b = yield* log.read(B, run)
          assert.deepStrictEqual(a.events.map((e) => e.seq), [3, 4])
          assert.deepStrictEqual(b.events.map((e) => e.seq), [2, 3])
          assert.deepStrictEqual(markerOf(a.events[0]).pruned.map((p) => p.eventId), ["e1", "e2", "e3"])
          assert.deepStrictEqual(markerOf(b.events[0]).pruned.map((p) => p.eventId), ["e1", "x1"])
          assert.deepStrictEqual(
            [(yield* log.appendOnce(A, run, ev("e1"))).seq, (yield* log.appendOnce(B, run, ev("e1"))).seq],
            [1, 1]
          )
          assert.strictEqual((yield* log.appendOnce(A, run, ev("e5"))).seq, 5)
          assert.strictEqual((yield* log.appendOnce(B, run, ev("x3"))).seq, 4)
        })
      ))

    it.effect("a whole log compacted away keeps lastSeq, and the next event gets lastSeq + 1", () =>
      withLog(
        (log) =>
          Effect.gen(function*() {
            yield* log.append(A, run, ["e1", "e2", "e3", "e4", "e5"].map((id) => ev(id)))
            yield* TestClock.adjust("1 day")
            // Chunk size 2: three transactions, still one marker in the end.
            assert.strictEqual(yield* log.compact({ retention: "1 hour" }), 5)
            const read = yield* log.read(A, run)
            assert.deepStrictEqual(read.events.map((e) => [e.seq, e.type]), [[5, Event.CompactedType]])
            assert.strictEqual(markerOf(read.events[0]).prunedEvents, 5)
            assert.strictEqual(yield* log.lastSeq(A, run), 5)
            assert.strictEqual((yield* log.appendOnce(A, run, ev("e6"))).seq, 6)
          }),
        { compactionChunkSize: 2 }
      ))

    it.effect("compact takes an explicit now", () =>
      withLog((log) =>
        Effect.gen(function*() {
          yield* log.append(A, run, [ev("e1"), ev("e2")])
          assert.strictEqual(yield* log.compact({ retention: "1 hour", now: new Date(30 * 60_000) }), 0)
          assert.strictEqual(yield* log.compact({ retention: "1 hour", now: new Date(2 * 3_600_000) }), 2)
        })
      ))
  })

  it.effect("32 fibers appendOnce events drawn from 5 ids: 5 events, seqs 1..5, one seq per id for every caller", () =>
    withLog((log) =>
      Effect.gen(function*() {
        const pool = ["a", "b", "c", "d", "e"]
        // Each round races on a run of its own, so every round starts from an empty log.
        for (let round = 0; round < 100; round++) {
          const runId = `race-${round}`
          const results = yield* Effect.all(
            Array.from({ length: 32 }, (_, i) => {
              const id = pool[(i * 3 + round) % pool.length]!
              return Random.nextIntBetween(0, 4).pipe(
                // Vary where each fiber yields, so rounds interleave differently.
                Effect.flatMap((n) => Effect.repeatN(Effect.yieldNow(), n)),
                Effect.zipRight(log.appendOnce(A, runId, ev(id))),
                Effect.map((result) => [id, result] as const)
              )
            }),
            { concurrency: "unbounded" }
          )
          const seqById = new Map<string, Set<number>>()
          for (const [id, result] of results) seqById.set(id, (seqById.get(id) ?? new Set()).add(result.seq))
          for (const id of pool) assert.strictEqual(seqById.get(id)?.size, 1, `one seq for ${id}`)
          assert.strictEqual(results.filter(([, r]) => r.appended).length, 5, "each id appended once")
          const { events } = yield* log.read(A, runId)
          assert.deepStrictEqual(seqs({ events }), [1, 2, 3, 4, 5])
          for (const event of events) assert.isTrue(seqById.get(event.eventId)!.has(event.seq))
          assert.strictEqual(yield* log.lastSeq(A, runId), 5)
        }
      })
    ))

  describe("poll", () => {
    it.effect("returns every event exactly once across pages while appends continue between pages", () =>
      withLog((log) =>
        Effect.gen(function*() {
          const written = { A: [] as Array<string>, all: [] as Array<string> }
          let n = 0
          const write = (count: number) =>
            Effect.forEach(Array.from({ length: count }), () => {
              n += 1
              const scope = n % 4 === 0 ? B : A
              const eventId = `e${n}`
              written.all.push(eventId)
              if (scope === A) written.A.push(eventId)
              return log.appendOnce(scope, `run-${n % 3}`, ev(eventId))
            })

          yield* write(7)
          const seenA: Array<string> = []
          const seenAll: Array<string> = []
          let cursorA: string | undefined
          let cursorAll: string | undefined
          for (let page = 0;; page++) {
            assert.isBelow(page, 100, "the feed must run dry once writes stop")
            const a = yield* log.poll(A, cursorA, 3)
            const all = yield* log.pollAll(cursorAll, 4)
            assert.isTrue(a.events.every((e) => e.scope.workspaceId === "one"), "scoped poll stays in its scope")
            seenA.push(...ids(a.events))
            seenAll.push(...ids(all.events))
            cursorA = a.cursor
            cursorAll = all.cursor
            if (page < 12) yield* write(2)
            else if (a.events.length === 0 && all.events.length === 0) break
          }
          assert.deepStrictEqual(seenA, written.A)
          assert.deepStrictEqual(seenAll, written.all)
          // An empty page leaves the cursor where it was.
          const again = yield* log.poll(A, cursorA, 3)
          assert.deepStrictEqual([again.events, again.cursor], [[], cursorA])
        })
      ))

    it.effect("a reader polling while a concurrent writer commits sees every event once", () =>
      withLog((log) =>
        Effect.gen(function*() {
          const total = 200
          const writer = yield* Effect.fork(
            Effect.forEach(Array.from({ length: total }, (_, i) => i), (i) =>
              Effect.zipRight(Effect.yieldNow(), log.appendOnce(A, `run-${i % 5}`, ev(`e${i}`))))
          )
          const seen: Array<string> = []
          let cursor: string | undefined
          for (let polls = 0; seen.length < total; polls++) {
            assert.isBelow(polls, 10 * total, "the reader must catch up once the writer is done")
            const page = yield* log.poll(A, cursor, 7)
            seen.push(...ids(page.events))
            cursor = page.cursor
            yield* Effect.yieldNow()
          }
          yield* Fiber.join(writer)
          assert.deepStrictEqual(seen, Array.from({ length: total }, (_, i) => `e${i}`))
          assert.deepStrictEqual((yield* log.poll(A, cursor)).events, [])
        })
      ))
  })

  describe("append", () => {
    it.effect("a stale expectedSeq fails with SequenceConflict { expected, actual } and writes nothing", () =>
      withLog((log) =>
        Effect.gen(function*() {
          yield* log.append(A, run, [ev("a"), ev("b")], { expectedSeq: 0 })
          const error = yield* Effect.flip(log.append(A, run, [ev("c"), ev("d")], { expectedSeq: 1 }))
          assert.strictEqual(error._tag, "SequenceConflict")
          if (error._tag === "SequenceConflict") assert.deepStrictEqual([error.expected, error.actual], [1, 2])
          assert.strictEqual(yield* log.lastSeq(A, run), 2)
          assert.deepStrictEqual(yield* log.seqOf(A, run, "c"), Option.none())
          assert.deepStrictEqual(ids((yield* log.pollAll()).events), ["a", "b"])
          assert.deepStrictEqual((yield* log.append(A, run, [ev("c")], { expectedSeq: 2 })).seqs, [3])
        })
      ))

    it.effect("a batch where only some ids exist fails with EventConflict and writes nothing", () =>
      withLog((log) =>
        Effect.gen(function*() {
          yield* log.append(A, run, [ev("a"), ev("b")])
          const error = yield* Effect.flip(log.append(A, run, [ev("c"), ev("b"), ev("d")]))
          assert.strictEqual(error._tag, "EventConflict")
          if (error._tag === "EventConflict") assert.deepStrictEqual(error.eventIds, ["b"])
          assert.strictEqual(yield* log.lastSeq(A, run), 2)
          assert.deepStrictEqual(yield* log.seqOf(A, run, "c"), Option.none())
          assert.deepStrictEqual(ids((yield* log.pollAll()).events), ["a", "b"])
        })
      ))

    it.effect("re-sending a fully applied batch returns the original seqs", () =>
      withLog((log) =>
        Effect.gen(function*() {
          yield* log.appendOnce(A, run, ev("x"))
          const first = yield* log.append(A, run, [ev("a"), ev("b")], { expectedSeq: 1 })
          yield* log.appendOnce(A, run, ev("y"))
          // The lost-acknowledgement retry: same batch, same (now stale) expectedSeq.
          const retry = yield* log.append(A, run, [ev("a"), ev("b")], { expectedSeq: 1 })
          assert.deepStrictEqual(first.seqs, [2, 3])
          assert.deepStrictEqual(retry, {
            appended: false,
            seqs: [2, 3],
            sameFingerprint: [true, true],
            warning: Option.none()
          })
          const changed = yield* log.append(A, run, [ev("a"), ev("b", "different")])
          assert.isTrue(!changed.appended && changed.sameFingerprint[1] === false && changed.sameFingerprint[0] === true)
          assert.strictEqual(yield* log.lastSeq(A, run), 4)
        })
      ))
  })

  it.effect("bad input for every method fails with InvalidInput and writes nothing", () =>
    withLog(
      (log) =>
        Effect.gen(function*() {
          yield* log.append(A, run, [ev("a"), ev("b")])
          yield* log.appendOnce(B, run, ev("c"))
          // Old enough that an accepted compaction would prune them.
          yield* TestClock.adjust("2 hours")
          const before = yield* log.pollAll(undefined, 1000)
          const big = "x".repeat(300)
          const runListCursor = "WzAsInJ1bi0xIl0" // a RunStore cursor, not a feed cursor
          const cases: ReadonlyArray<readonly [string, Effect.Effect<unknown, { readonly _tag: string }>]> = [
            ["appendOnce: empty event id", log.appendOnce(A, run, ev(""))],
            ["appendOnce: oversized event id", log.appendOnce(A, run, ev("i".repeat(257)))],
            ["appendOnce: control character in id", log.appendOnce(A, run, ev("a\u0007"))],
            ["appendOnce: empty run id", log.appendOnce(A, "", ev("n"))],
            ["appendOnce: bad scope", log.appendOnce({ orgId: "", workspaceId: "one" }, run, ev("n"))],
            ["appendOnce: oversized payload", log.appendOnce(A, run, ev("n", big))],
            ["appendOnce: NaN payload", log.appendOnce(A, run, ev("n", Number.NaN))],
            ["appendOnce: Date payload", log.appendOnce(A, run, ev("n", new Date() as never))],
            ["appendOnce: undefined payload", log.appendOnce(A, run, ev("n", { x: undefined } as never))],
            ["appendOnce: invalid occurredAt", log.appendOnce(A, run, { ...ev("n"), occurredAt: new Date(Number.NaN) })],
            ["appendOnce: empty type", log.appendOnce(A, run, { ...ev("n"), type: "" })],
            ["appendOnce: reserved type", log.appendOnce(A, run, { ...ev("n"), type: Event.CompactedType })],
            ["appendOnce: reserved id", log.appendOnce(A, run, ev(`${Event.MarkerIdPrefix}abc`))],
            ["appendOnce: schemaVersion 0", log.appendOnce(A, run, { ...ev("n"), schemaVersion: 0 })],
            ["appendOnce: excess field", log.appendOnce(A, run, { ...ev("n"), seq: 1 } as never)],
            ["append: empty batch", log.append(A, run, [])],
            ["append: negative expectedSeq", log.append(A, run, [ev("n")], { expectedSeq: -1 })],
            ["append: fractional expectedSeq", log.append(A, run, [ev("n")], { expectedSeq: 1.5 })],
            ["append: repeated ids", log.append(A, run, [ev("n"), ev("n")])],
            ["append: one bad event", log.append(A, run, [ev("n"), ev("m", big)])],
            ["append: batch too large", log.append(A, run, Array.from({ length: 1001 }, (_, i) => ev(`n${i}`, null)))],
            ["read: negative afterSeq", log.read(A, run, { afterSeq: -1 })],
            ["read: negative beforeSeq", log.read(A, run, { beforeSeq: -2 })],
            ["read: limit 0", log.read(A, run, { limit: 0 })],
            ["read: limit over the maximum", log.read(A, run, { limit: 1001 })],
            ["read: empty run id", log.read(A, "")],
            ["lastSeq: empty run id", log.lastSeq(A, "")],
            ["seqOf: empty event id", log.seqOf(A, run, "")],
            ["poll: not a cursor", log.poll(A, "not a cursor")],
            ["poll: a run-list cursor", log.poll(A, runListCursor)],
            ["poll: limit 0", log.poll(A, undefined, 0)],
            ["poll: bad scope", log.poll({ orgId: "acme", workspaceId: "" })],
            ["pollAll: limit over the maximum", log.pollAll(undefined, 1001)],
            ["compact: negative retention", log.compact({ retention: -1 })],
            ["compact: negative retention text", log.compact({ retention: "-5 minutes" as never })],
            ["compact: NaN retention", log.compact({ retention: Number.NaN })],
            ["compact: infinite retention", log.compact({ retention: Number.POSITIVE_INFINITY })],
            ["compact: not a duration", log.compact({ retention: "soon" as never })],
            ["compact: invalid now", log.compact({ retention: "1 hour", now: new Date(Number.NaN) })],
            ["compact: bad scope", log.compact({ retention: "1 hour", scope: { orgId: "", workspaceId: "one" } })],
            ["clear: scope with an excess field", log.clear({ ...A, extra: true } as never)],
            ["clear: bad scope", log.clear({ orgId: "acme\u0000", workspaceId: "one" })]
          ]
          for (const [name, effect] of cases) {
            const error = yield* Effect.flip(effect)
            assert.strictEqual(error._tag, "InvalidInput", name)
          }
          const after = yield* log.pollAll(undefined, 1000)
          assert.deepStrictEqual(ids(after.events), ids(before.events))
          assert.deepStrictEqual([yield* log.lastSeq(A, run), yield* log.lastSeq(B, run)], [2, 1])
          assert.deepStrictEqual((yield* log.read(A, run)).compactedThroughSeq, Option.none())
        }),
      { limits: { maxValueBytes: 256 } }
    ))

  describe("history guard", () => {
    it.effect("warns past the event threshold and refuses past the hard limit, writing nothing", () =>
      withLog(
        (log) =>
          Effect.gen(function*() {
            assert.isTrue(Option.isNone((yield* log.appendOnce(A, run, ev("a"))).warning))
            assert.isTrue(Option.isNone((yield* log.appendOnce(A, run, ev("b"))).warning))
            const third = yield* log.appendOnce(A, run, ev("c"))
            assert.deepStrictEqual(third.warning, Option.some({ limit: "events" as const, threshold: 2, actual: 3 }))

            const refused = yield* Effect.flip(log.appendOnce(A, run, ev("d")))
            assert.deepStrictEqual(refused._tag === "HistoryLimit" && [refused.limit, refused.max, refused.actual], [
              "events",
              3,
              4
            ])
            const batch = yield* Effect.flip(log.append(A, run, [ev("d"), ev("e")]))
            assert.strictEqual(batch._tag, "HistoryLimit")
            assert.strictEqual(yield* log.lastSeq(A, run), 3)
            assert.deepStrictEqual(yield* log.seqOf(A, run, "d"), Option.none())

            // A retry of a stored event still succeeds at the limit, and still carries the warning.
            const retry = yield* log.appendOnce(A, run, ev("c"))
            assert.deepStrictEqual([retry.appended, retry.seq, Option.isSome(retry.warning)], [false, 3, true])
            // Another run is not affected.
            assert.strictEqual((yield* log.appendOnce(A, "run-2", ev("d"))).seq, 1)

            // Compaction frees room: the guard measures retained history.
            yield* TestClock.adjust("2 hours")
            yield* log.compact({ retention: "1 hour", scope: A })
            assert.strictEqual((yield* log.appendOnce(A, run, ev("d"))).seq, 4)
          }),
        { history: { warnEvents: 2, maxEvents: 3 } }
      ))

    it.effect("warns past the byte threshold and refuses past the byte limit", () =>
      withLog(
        (log) =>
          Effect.gen(function*() {
            // Each payload is 12 bytes of canonical JSON: "xxxxxxxxxx" with its quotes.
            const payload = "x".repeat(10)
            assert.isTrue(Option.isNone((yield* log.appendOnce(A, run, ev("a", payload))).warning))
            const second = yield* log.appendOnce(A, run, ev("b", payload))
            assert.deepStrictEqual(second.warning, Option.some({ limit: "bytes" as const, threshold: 20, actual: 24 }))
            yield* log.appendOnce(A, run, ev("c", payload))
            const refused = yield* Effect.flip(log.appendOnce(A, run, ev("d", payload)))
            assert.deepStrictEqual(refused._tag === "HistoryLimit" && [refused.limit, refused.max, refused.actual], [
              "bytes",
              40,
              48
            ])
            assert.strictEqual(yield* log.lastSeq(A, run), 3)
          }),
        { history: { warnBytes: 20, maxBytes: 40 } }
      ))
  })

  it.effect("clear deletes one scope's events and index; its sequences start again at 1", () =>
    withLog((log) =>
      Effect.gen(function*() {
        yield* log.append(A, run, [ev("a"), ev("b")])
        yield* log.appendOnce(A, "run-2", ev("c"))
        yield* log.appendOnce(B, run, ev("a"))
        assert.strictEqual(yield* log.clear(A), 3)
        assert.deepStrictEqual([yield* log.lastSeq(A, run), yield* log.lastSeq(B, run)], [0, 1])
        assert.deepStrictEqual(yield* log.seqOf(A, run, "a"), Option.none())
        assert.deepStrictEqual(yield* log.appendOnce(A, run, ev("a")), { appended: true, seq: 1, warning: Option.none() })
        assert.deepStrictEqual(
          (yield* log.pollAll()).events.map((e) => [e.scope.workspaceId, e.eventId, e.seq]),
          [["two", "a", 1], ["one", "a", 1]]
        )
        assert.strictEqual(yield* log.clear(A), 1)
        assert.strictEqual(yield* log.clear(A), 0)
      })
    ))
})
