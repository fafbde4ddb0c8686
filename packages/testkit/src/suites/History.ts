/**
 * The history size guard (contract §4) the backend declares its layer was built with
 * (`Initializer.history`, `EventStream.defaultGuard` when it declares none): past a warning
 * threshold an append carries the warning with the exact count; past the hard limit it fails with
 * `HistoryLimit` and writes nothing. The counts the guard keeps must follow every append, a
 * compaction, `clear` and a rejected batch exactly: each check below is against a running count,
 * and the hard limit is where a drifted count shows (an append refused too early, or let through).
 */
import type { EventStream as Stream } from "@runledger/core"
import { EventStream, Json, Limits } from "@runledger/core"
import { Effect, Either, Option } from "effect"
import { ensure, equal, fail, show } from "../internal/check.js"
import { A, B, ev } from "../internal/fixtures.js"
import type { Env, Scenario, Store } from "../internal/harness.js"
import { guardOf, scenario } from "../internal/harness.js"

const suite = "HistoryGuard"
const hour = 3_600_000

/** What the guard should hold for one run, kept beside the store. */
interface Count {
  count: number
  bytes: number
  lastSeq: number
  /** A stored (or pruned) event to re-send: its retry reports the current counts without writing. */
  probe: { readonly eventId: string; readonly payload: Json.Json } | undefined
}

const empty = (): Count => ({ count: 0, bytes: 0, lastSeq: 0, probe: undefined })

/** The checks of one run under `guard`. */
const checker = (store: Store, guard: Stream.HistoryGuard, scope: typeof A | typeof B, runId: string) => {
  const label = (what: string, c: Count) => `${runId}: ${what} (the guard should hold ${c.count} events, ${c.bytes} bytes; ${show(guard)})`

  /** Append `events` (one: `appendOnce`; more: a batch) and check the result against the count. */
  const append = (c: Count, events: ReadonlyArray<{ readonly eventId: string; readonly payload: Json.Json }>) =>
    Effect.gen(function*() {
      const count = c.count + events.length
      const bytes = events.reduce((sum, e) => sum + Json.byteSize(e.payload), c.bytes)
      const over = count > guard.maxEvents
        ? { limit: "events", max: guard.maxEvents, actual: count }
        : bytes > guard.maxBytes
        ? { limit: "bytes", max: guard.maxBytes, actual: bytes }
        : undefined
      const drafts = events.map((e) => ev(e.eventId, e.payload))
      const result = yield* Effect.either<{ readonly appended: boolean; readonly seqs: ReadonlyArray<number>; readonly warning: unknown }, unknown, never>(
        drafts.length === 1
          ? Effect.map(store.events.appendOnce(scope, runId, drafts[0]!), (r) => ({ appended: r.appended, seqs: [r.seq], warning: r.warning }))
          : store.events.append(scope, runId, drafts)
      )
      const what = `${events.length === 1 ? "appendOnce" : `a batch of ${events.length}`} to ${count} events, ${bytes} bytes`
      if (over !== undefined) {
        if (Either.isRight(result)) return fail(label(`${what} must fail with HistoryLimit ${show(over)}, but it succeeded`, c))
        const error = result.left as { readonly _tag?: string; readonly limit?: string; readonly max?: number; readonly actual?: number }
        equal({ tag: error._tag, limit: error.limit, max: error.max, actual: error.actual }, { tag: "HistoryLimit", ...over }, label(`${what} is past the hard limit`, c))
        equal(yield* store.events.lastSeq(scope, runId), c.lastSeq, label(`${what} was refused: nothing may be written`, c))
        equal(yield* store.events.seqOf(scope, runId, events[0]!.eventId), Option.none(), label(`${what} was refused: its event is not stored`, c))
        return false
      }
      if (Either.isLeft(result)) return fail(label(`${what} must succeed, but failed with ${show(result.left)}`, c))
      equal(
        [result.right.appended, result.right.seqs, result.right.warning],
        [true, events.map((_, i) => c.lastSeq + 1 + i), EventStream.warning(guard, count, bytes)],
        label(`${what}: appended, next seqs, and the warning for the new count`, c)
      )
      c.count = count
      c.bytes = bytes
      c.lastSeq += events.length
      c.probe ??= events[0]
      // The retry of a stored event writes nothing and reports the counts as they are now: an
      // append that did not count shows here.
      if (events.length === 1) yield* probe(c)
      return true
    })

  /** Re-send a stored event: nothing appended, the warning of the current count. */
  const probe = (c: Count) =>
    Effect.gen(function*() {
      if (c.probe === undefined) return
      const retry = yield* store.events.appendOnce(scope, runId, ev(c.probe.eventId, c.probe.payload))
      equal([retry.appended, retry.warning], [false, EventStream.warning(guard, c.count, c.bytes)], label(`a re-sent event reports the current count`, c))
    })

  /** Append `n` events of `payload` (ids `${prefix}${i}`): batches of at most 500, the last one alone. */
  const fill = (c: Count, prefix: string, n: number, payload: Json.Json) =>
    Effect.gen(function*() {
      let i = 0
      while (i < n) {
        const size = Math.min(500, n - i === 1 ? 1 : n - i - 1)
        yield* append(c, Array.from({ length: size }, (_, k) => ({ eventId: `${prefix}${i + k}`, payload })))
        i += size
      }
    })

  return { append, probe, fill }
}

/**
 * The guard of the store under test, and a payload of about a sixth of its `maxBytes` (at most the
 * store's value limit) with its exact size.
 */
const sized = (env: Env) => {
  const guard = guardOf(env.initializer)
  const maxValueBytes = env.initializer.limits?.maxValueBytes ?? Limits.defaults.maxValueBytes
  const payload = { blob: "x".repeat(Math.max(1, Math.min(Math.ceil(guard.maxBytes / 6), maxValueBytes - 64) - 11)) }
  return { guard, payload, bytes: Json.byteSize(payload) }
}

const NullBytes = Json.byteSize(null)

/** The history guard scenarios. */
export const historyScenarios: ReadonlyArray<Scenario> = [
  scenario(suite, "past warnEvents an append carries the warning with the exact count; past maxEvents it fails with HistoryLimit and writes nothing", (store, env) =>
    Effect.gen(function*() {
      const guard = guardOf(env.initializer)
      ensure((guard.maxEvents + 2) * NullBytes <= Math.min(guard.warnBytes, guard.maxBytes), `the declared guard ${show(guard)} must allow maxEvents events of ${NullBytes} bytes under warnBytes`)
      const run = checker(store, guard, A, "h-events")
      const c = empty()
      yield* run.fill(c, "e", Math.min(guard.warnEvents, guard.maxEvents), null)
      yield* run.append(c, [{ eventId: "past-warn", payload: null }])
      yield* run.fill(c, "f", guard.maxEvents - c.count, null)
      ensure(!(yield* run.append(c, [{ eventId: "past-max", payload: null }])), "one past maxEvents is refused")
      ensure(!(yield* run.append(c, [{ eventId: "x1", payload: null }, { eventId: "x2", payload: null }])), "a batch past maxEvents is refused")
      yield* run.probe(c)
    })),

  scenario(suite, "past warnBytes an append carries the warning with the exact byte count; past maxBytes it fails with HistoryLimit and writes nothing", (store, env) =>
    Effect.gen(function*() {
      const { bytes, guard, payload } = sized(env)
      const toWarn = Math.floor(guard.warnBytes / bytes)
      const toMax = Math.floor(guard.maxBytes / bytes)
      ensure(toMax + 2 <= guard.maxEvents, `the declared guard ${show(guard)} must allow ${toMax + 2} events of ${bytes} bytes`)
      const run = checker(store, guard, A, "h-bytes")
      const c = empty()
      for (let i = 0; i < Math.min(toWarn, toMax) + 1; i++) yield* run.append(c, [{ eventId: `b${i}`, payload }])
      for (let i = c.count; i < toMax; i++) yield* run.append(c, [{ eventId: `b${i}`, payload }])
      ensure(!(yield* run.append(c, [{ eventId: "past-max", payload }])), "one past maxBytes is refused")
      ensure(!(yield* run.append(c, [{ eventId: "x1", payload: null }, { eventId: "x2", payload }])), "a batch past maxBytes is refused")
      yield* run.probe(c)
    })),

  scenario(suite, "the guard's counts follow a rejected batch, a compaction and clear exactly: the hard limit moves by what they removed, not more, not less", (store, env) =>
    Effect.gen(function*() {
      const { bytes, guard, payload } = sized(env)
      const byteEvents = Math.floor(guard.maxBytes / bytes)
      ensure(guard.maxEvents >= 4 && byteEvents >= 2 && byteEvents + 2 <= guard.maxEvents, `the declared guard ${show(guard)} is too small to check its counts`)
      const events = checker(store, guard, A, "c-events")
      const big = checker(store, guard, A, "c-bytes")
      const e = empty()
      const b = empty()
      // The first part of each log is old, the rest recent: the compaction below prunes exactly the old part.
      const oldEvents = Math.max(1, Math.floor(guard.maxEvents / 3))
      const oldBig = Math.max(1, Math.floor(byteEvents / 2))
      yield* events.fill(e, "old", oldEvents, null)
      for (let i = 0; i < oldBig; i++) yield* big.append(b, [{ eventId: `old${i}`, payload }])
      store.clock.advance(2 * hour)
      yield* events.fill(e, "new", guard.maxEvents - oldEvents, null)
      for (let i = oldBig; i < byteEvents; i++) yield* big.append(b, [{ eventId: `new${i}`, payload }])

      // Rejected batches change no count.
      ensure(!(yield* events.append(e, [{ eventId: "r1", payload: null }, { eventId: "r2", payload: null }])), "past the limit")
      const conflict = yield* Effect.either(store.events.append(A, "c-events", [ev("r1", null)], { expectedSeq: 0 }))
      ensure(Either.isLeft(conflict) && conflict.left._tag === "SequenceConflict", "a batch with a stale expectedSeq is refused")
      const mixed = yield* Effect.either(store.events.append(A, "c-events", [ev("old0", null), ev("r1", null)]))
      ensure(Either.isLeft(mixed) && mixed.left._tag === "EventConflict", "a batch mixing a stored event and a new one is refused")
      ensure(!(yield* big.append(b, [{ eventId: "r1", payload }, { eventId: "r2", payload }])), "past the byte limit")
      yield* events.probe(e)
      yield* big.probe(b)
      ensure(!(yield* events.append(e, [{ eventId: "r3", payload: null }])), "still at the limit after the rejected batches")

      // A compaction frees exactly what it pruned.
      store.clock.advance(2 * hour)
      equal(yield* store.events.compact({ retention: "3 hours", scope: A }), oldEvents + oldBig, "the compaction prunes the old part of both logs")
      e.count -= oldEvents
      e.bytes -= oldEvents * NullBytes
      b.count -= oldBig
      b.bytes -= oldBig * bytes
      yield* events.probe(e)
      yield* big.probe(b)
      yield* events.fill(e, "after", oldEvents, null)
      ensure(!(yield* events.append(e, [{ eventId: "after-max", payload: null }])), "the limit is where the compaction moved it")
      for (let i = 0; i < oldBig; i++) yield* big.append(b, [{ eventId: `after${i}`, payload }])
      ensure(!(yield* big.append(b, [{ eventId: "after-max", payload }])), "the byte limit is where the compaction moved it")

      // `clear` empties the scope's counts, and only the scope's.
      const other = checker(store, guard, B, "c-events")
      const o = empty()
      yield* other.fill(o, "b", 3, null)
      yield* store.events.clear(A)
      yield* other.probe(o)
      Object.assign(e, empty())
      Object.assign(b, empty())
      yield* events.fill(e, "cleared", guard.maxEvents, null)
      ensure(!(yield* events.append(e, [{ eventId: "cleared-max", payload: null }])), "after clear the whole limit is free again, and no more")
      for (let i = 0; i < byteEvents; i++) yield* big.append(b, [{ eventId: `cleared${i}`, payload }])
      ensure(!(yield* big.append(b, [{ eventId: "cleared-max", payload }])), "after clear the whole byte limit is free again, and no more")
    }))
]
