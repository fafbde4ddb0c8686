/**
 * The pure reducers of one event stream — the log of one `(scope, runId)` (contract §4): sequence
 * assignment, idempotent appends, all-or-nothing batches, read windows, the history size guard and
 * compaction. Backends apply these decisions; the testkit uses the same functions as its oracle.
 *
 * Two layers: `decideAppendOnce` / `decideAppend` need only a {@link View} of the stream (its last
 * seq, history size and a key lookup), which a SQL backend can read with a few indexed queries; the
 * {@link EventStream} state and the reducers over it (`appendOnce`, `append`, `read`, `compact`)
 * are the whole model, used by the memory backend and the property tests.
 *
 * @since 0.1.0
 */
import { Either, HashMap, Option, Order, RedBlackTree } from "effect"
import * as Compaction from "./Compaction.js"
import { EventConflict, HistoryLimit, SequenceConflict } from "./Errors.js"
import type { StoreCorrupt } from "./Errors.js"
import * as EventModel from "./Event.js"
import type { Draft, Event } from "./Event.js"
import type { EventId, RunId } from "./Identifiers.js"
import * as JsonValue from "./Json.js"
import { canonicalText } from "./internal/fastDecode.js"
import { utf8Length } from "./internal/sha256.js"
import type { TenantScope } from "./TenantScope.js"

/**
 * What the stream remembers of every event id it ever assigned — pruned ones included — so an id
 * maps to one seq forever.
 *
 * @since 0.1.0
 */
export interface IndexEntry {
  readonly seq: number
  readonly fingerprint: string
}

/**
 * The state of one stream.
 *
 * @since 0.1.0
 */
export interface EventStream {
  readonly scope: TenantScope
  readonly runId: RunId
  /** The highest seq ever assigned (0 for a new stream). The next event gets `lastSeq + 1`. */
  readonly lastSeq: number
  /** The retained events by seq: the compaction marker (if any) first, then the caller's events. */
  readonly events: RedBlackTree.RedBlackTree<number, Event>
  /** Every event id ever appended, pruned ones included. Marker ids are not in it. */
  readonly index: HashMap.HashMap<string, IndexEntry>
  /** The seq of the marker: everything up to it was pruned (0 when never compacted). */
  readonly compactedThroughSeq: number
  /** Retained caller events (the marker is bookkeeping and does not count). */
  readonly count: number
  /** UTF-8 bytes of the canonical JSON payloads of the retained caller events. */
  readonly bytes: number
}

/**
 * A stream with no events.
 *
 * @since 0.1.0
 */
export const empty = (scope: TenantScope, runId: RunId): EventStream => ({
  scope,
  runId,
  lastSeq: 0,
  events: RedBlackTree.empty(Order.number),
  index: HashMap.empty(),
  compactedThroughSeq: 0,
  count: 0,
  bytes: 0
})

// ---------------------------------------------------------------------------------------------
// History size guard
// ---------------------------------------------------------------------------------------------

/**
 * The history size guard of a store. History is what a run retains: its caller events (not the
 * compaction marker) and the bytes of their payloads, so compaction frees room. Past a `warn*`
 * threshold an append succeeds and its result carries a warning; an append that would go past a
 * `max*` limit fails with `HistoryLimit` and writes nothing — the orchestrator should
 * continue-as-new. A re-sent event that is already stored never fails on the guard: a retry after a
 * lost acknowledgement must succeed.
 *
 * @since 0.1.0
 */
export interface HistoryGuard {
  readonly warnEvents: number
  readonly warnBytes: number
  readonly maxEvents: number
  readonly maxBytes: number
}

/**
 * Warn past 10 000 events or 10 MiB, refuse past 50 000 events or 50 MiB per run.
 *
 * @since 0.1.0
 */
export const defaultGuard: HistoryGuard = {
  warnEvents: 10_000,
  warnBytes: 10 * 1024 * 1024,
  maxEvents: 50_000,
  maxBytes: 50 * 1024 * 1024
}

/**
 * A run's history is past a warning threshold: `actual` events or bytes, over `threshold`.
 *
 * @since 0.1.0
 */
export interface HistoryWarning {
  readonly limit: "events" | "bytes"
  readonly threshold: number
  readonly actual: number
}

/**
 * The warning for a history of `count` events and `bytes` bytes, if it is past a threshold (events
 * are reported before bytes).
 *
 * @since 0.1.0
 */
export const warning = (guard: HistoryGuard, count: number, bytes: number): Option.Option<HistoryWarning> =>
  count > guard.warnEvents
    ? Option.some({ limit: "events", threshold: guard.warnEvents, actual: count })
    : bytes > guard.warnBytes
    ? Option.some({ limit: "bytes", threshold: guard.warnBytes, actual: bytes })
    : Option.none()

const overLimit = (runId: string, guard: HistoryGuard, count: number, bytes: number): HistoryLimit | undefined =>
  count > guard.maxEvents
    ? new HistoryLimit({ runId, limit: "events", max: guard.maxEvents, actual: count })
    : bytes > guard.maxBytes
    ? new HistoryLimit({ runId, limit: "bytes", max: guard.maxBytes, actual: bytes })
    : undefined

// ---------------------------------------------------------------------------------------------
// Appends
// ---------------------------------------------------------------------------------------------

/**
 * What an append decision needs to know about a stream.
 *
 * @since 0.1.0
 */
export interface View {
  readonly scope: TenantScope
  readonly runId: RunId
  readonly lastSeq: number
  readonly count: number
  readonly bytes: number
  /** The seq and fingerprint of an id ever appended to the stream, pruned or not. */
  readonly lookup: (eventId: EventId) => IndexEntry | undefined
}

/**
 * The view of a stream state.
 *
 * @since 0.1.0
 */
export const view = (stream: EventStream): View => ({
  scope: stream.scope,
  runId: stream.runId,
  lastSeq: stream.lastSeq,
  count: stream.count,
  bytes: stream.bytes,
  lookup: (eventId) => Option.getOrUndefined(HashMap.get(stream.index, eventId))
})

/**
 * The outcome of `appendOnce`: a new id was appended at `seq`, or the id was known (perhaps
 * pruned) and `seq` is its original seq. `sameFingerprint: false` means the id was reused for
 * different content — a caller bug to surface. `warning` is there when the history is past a
 * warning threshold.
 *
 * @since 0.1.0
 */
export type AppendOnceResult =
  | {
    readonly appended: true
    readonly seq: number
    readonly warning: Option.Option<HistoryWarning>
  }
  | {
    readonly appended: false
    readonly seq: number
    readonly sameFingerprint: boolean
    readonly warning: Option.Option<HistoryWarning>
  }

/**
 * The outcome of a batch `append`: all events appended at `seqs` (in batch order), or all were
 * there already and `seqs` are their original seqs, with a fingerprint check per event.
 *
 * @since 0.1.0
 */
export type AppendResult =
  | {
    readonly appended: true
    readonly seqs: ReadonlyArray<number>
    readonly warning: Option.Option<HistoryWarning>
  }
  | {
    readonly appended: false
    readonly seqs: ReadonlyArray<number>
    readonly sameFingerprint: ReadonlyArray<boolean>
    readonly warning: Option.Option<HistoryWarning>
  }

/**
 * One event to store, with what the index and the guard keep of it.
 *
 * @since 0.1.0
 */
export interface Row {
  readonly event: Event
  readonly fingerprint: string
  readonly bytes: number
}

/**
 * An append decision: the result for the caller and the rows to store (none for a retry).
 *
 * @since 0.1.0
 */
export interface Decision<R> {
  readonly result: R
  readonly rows: ReadonlyArray<Row>
}

// The payload's canonical text once for both its fingerprint and its size (and not at all when the
// input decoder computed it already).
const rowsFor = (v: View, drafts: ReadonlyArray<Draft>): ReadonlyArray<Row> =>
  drafts.map((d, i) => {
    const text = canonicalText(d.payload)
    return {
      event: EventModel.fromDraft(v.scope, v.runId, v.lastSeq + 1 + i, d),
      fingerprint: EventModel.fingerprintOfText(d.type, text),
      bytes: utf8Length(text)
    }
  })

const draftFingerprint = (d: Draft): string => EventModel.fingerprintOfText(d.type, canonicalText(d.payload))

const sizeAfter = (v: View, rows: ReadonlyArray<Row>) => ({
  count: v.count + rows.length,
  bytes: rows.reduce((sum, row) => sum + row.bytes, v.bytes)
})

/**
 * Decide an `appendOnce`: a known id (pruned ones too) returns its original seq and writes nothing;
 * a new one gets `lastSeq + 1` unless the history guard refuses it.
 *
 * @since 0.1.0
 */
export const decideAppendOnce = (
  v: View,
  draft: Draft,
  guard: HistoryGuard
): Either.Either<Decision<AppendOnceResult>, HistoryLimit> => {
  const known = v.lookup(draft.eventId)
  if (known !== undefined) {
    return Either.right({
      result: {
        appended: false,
        seq: known.seq,
        sameFingerprint: known.fingerprint === draftFingerprint(draft),
        warning: warning(guard, v.count, v.bytes)
      },
      rows: []
    })
  }
  const rows = rowsFor(v, [draft])
  const size = sizeAfter(v, rows)
  const refused = overLimit(v.runId, guard, size.count, size.bytes)
  if (refused !== undefined) return Either.left(refused)
  return Either.right({
    result: { appended: true, seq: v.lastSeq + 1, warning: warning(guard, size.count, size.bytes) },
    rows
  })
}

/**
 * Options of a batch append.
 *
 * @since 0.1.0
 */
export interface AppendOptions {
  /** Append only if the stream's last seq is this one (0 for an empty stream). */
  readonly expectedSeq?: number | undefined
  readonly guard: HistoryGuard
}

/**
 * Decide a batch `append`, all or nothing:
 * - every id known already: their original seqs, nothing written — a re-sent batch after a lost
 *   acknowledgement is a success even though the log has moved past `expectedSeq`;
 * - some ids known (or an id repeated within the batch): `EventConflict`, nothing written;
 * - `expectedSeq` given and not the last seq: `SequenceConflict { expected, actual }`;
 * - past the guard's hard limit: `HistoryLimit`;
 * - otherwise the events get `lastSeq + 1 …` in batch order.
 *
 * @since 0.1.0
 */
export const decideAppend = (
  v: View,
  drafts: ReadonlyArray<Draft>,
  options: AppendOptions
): Either.Either<Decision<AppendResult>, SequenceConflict | EventConflict | HistoryLimit> => {
  // One pass: the repeated ids (in order of first repeat), and what the stream knows of each id.
  const seen = new Set<string>()
  let repeated: Set<string> | undefined
  const known: Array<IndexEntry | undefined> = new Array(drafts.length)
  const knownIds: Array<EventId> = []
  for (let i = 0; i < drafts.length; i++) {
    const id = drafts[i]!.eventId
    if (seen.has(id)) (repeated ??= new Set()).add(id)
    else seen.add(id)
    const entry = v.lookup(id)
    known[i] = entry
    if (entry !== undefined) knownIds.push(id)
  }
  if (repeated !== undefined) {
    return Either.left(
      new EventConflict({ runId: v.runId, eventIds: [...repeated], reason: "the batch repeats event ids" })
    )
  }
  if (drafts.length > 0 && knownIds.length === drafts.length) {
    return Either.right({
      result: {
        appended: false,
        seqs: known.map((entry) => entry!.seq),
        sameFingerprint: drafts.map((d, i) => known[i]!.fingerprint === draftFingerprint(d)),
        warning: warning(options.guard, v.count, v.bytes)
      },
      rows: []
    })
  }
  if (knownIds.length > 0) {
    return Either.left(
      new EventConflict({
        runId: v.runId,
        eventIds: knownIds,
        reason: "only some events of the batch exist already; a batch is appended whole or not at all"
      })
    )
  }
  if (options.expectedSeq !== undefined && options.expectedSeq !== v.lastSeq) {
    return Either.left(new SequenceConflict({ runId: v.runId, expected: options.expectedSeq, actual: v.lastSeq }))
  }
  const rows = rowsFor(v, drafts)
  const size = sizeAfter(v, rows)
  const refused = overLimit(v.runId, options.guard, size.count, size.bytes)
  if (refused !== undefined) return Either.left(refused)
  return Either.right({
    result: { appended: true, seqs: rows.map((row) => row.event.seq), warning: warning(options.guard, size.count, size.bytes) },
    rows
  })
}

/**
 * The stream with `rows` stored (they carry the next seqs, as a decision made them).
 *
 * @since 0.1.0
 */
export const applyRows = (stream: EventStream, rows: ReadonlyArray<Row>): EventStream => {
  if (rows.length === 0) return stream
  let events = stream.events
  let index = stream.index
  let bytes = stream.bytes
  for (const row of rows) {
    events = RedBlackTree.insert(events, row.event.seq, row.event)
    index = HashMap.set(index, row.event.eventId, { seq: row.event.seq, fingerprint: row.fingerprint })
    bytes += row.bytes
  }
  return {
    ...stream,
    events,
    index,
    bytes,
    count: stream.count + rows.length,
    lastSeq: rows[rows.length - 1]!.event.seq
  }
}

/**
 * `appendOnce` on the whole state: the result and the next state (the same state when nothing was
 * written).
 *
 * @since 0.1.0
 */
export const appendOnce = (
  stream: EventStream,
  draft: Draft,
  guard: HistoryGuard
): Either.Either<readonly [AppendOnceResult, EventStream], HistoryLimit> =>
  Either.map(decideAppendOnce(view(stream), draft, guard), (d) => [d.result, applyRows(stream, d.rows)] as const)

/**
 * A batch `append` on the whole state: the result and the next state.
 *
 * @since 0.1.0
 */
export const append = (
  stream: EventStream,
  drafts: ReadonlyArray<Draft>,
  options: AppendOptions
): Either.Either<readonly [AppendResult, EventStream], SequenceConflict | EventConflict | HistoryLimit> =>
  Either.map(decideAppend(view(stream), drafts, options), (d) => [d.result, applyRows(stream, d.rows)] as const)

// ---------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------

/**
 * A read window: seqs strictly after `afterSeq` and strictly before `beforeSeq`, at most `limit` of
 * them — the first ones, or the last ones with `tail`.
 *
 * @since 0.1.0
 */
export interface Window {
  readonly afterSeq: number
  readonly beforeSeq?: number | undefined
  readonly limit: number
  readonly tail: boolean
}

/**
 * The events of a window in ascending seq order. `compactedThroughSeq` is there when the window
 * starts at or below the compaction point: events it asked for were pruned, and the first event
 * returned is the marker that lists them (when the window still reaches it).
 *
 * @since 0.1.0
 */
export interface ReadResult {
  readonly events: ReadonlyArray<Event>
  readonly compactedThroughSeq: Option.Option<number>
}

/**
 * Whether a window starting after `afterSeq` reaches into the pruned part of a stream compacted
 * through `compactedThroughSeq` (0 when never compacted).
 *
 * @since 0.1.0
 */
export const startsBelowCompaction = (afterSeq: number, compactedThroughSeq: number): Option.Option<number> =>
  afterSeq < compactedThroughSeq ? Option.some(compactedThroughSeq) : Option.none()

/**
 * Read a window of the stream.
 *
 * @since 0.1.0
 */
export const read = (stream: EventStream, window: Window): ReadResult => {
  const events: Array<Event> = []
  const before = window.beforeSeq ?? Number.POSITIVE_INFINITY
  if (window.tail) {
    const from = window.beforeSeq === undefined
      ? RedBlackTree.reversed(stream.events)
      : RedBlackTree.lessThanReversed(stream.events, window.beforeSeq)
    for (const [seq, event] of from) {
      if (seq <= window.afterSeq || events.length >= window.limit) break
      events.push(event)
    }
    events.reverse()
  } else {
    for (const [seq, event] of RedBlackTree.greaterThan(stream.events, window.afterSeq)) {
      if (seq >= before || events.length >= window.limit) break
      events.push(event)
    }
  }
  return { events, compactedThroughSeq: startsBelowCompaction(window.afterSeq, stream.compactedThroughSeq) }
}

/**
 * The seq of an id ever appended to the stream, pruned ones included.
 *
 * @since 0.1.0
 */
export const seqOf = (stream: EventStream, eventId: EventId): Option.Option<number> =>
  Option.map(HashMap.get(stream.index, eventId), (entry) => entry.seq)

// ---------------------------------------------------------------------------------------------
// Compaction
// ---------------------------------------------------------------------------------------------

/**
 * What one compaction step is asked.
 *
 * @since 0.1.0
 */
export interface CompactOptions {
  readonly cutoff: Date
  readonly now: Date
  /** The chunk size: the most events one step prunes. */
  readonly maxEvents: number
}

/**
 * The stream after a compaction step: the pruned events and the previous marker removed, the
 * merged marker in. The index keeps every id, and `lastSeq` never moves back.
 *
 * @since 0.1.0
 */
export const applyPlan = (stream: EventStream, step: Compaction.Plan): EventStream => {
  let events = stream.events
  for (const event of step.pruned) events = RedBlackTree.removeFirst(events, event.seq)
  if (Option.isSome(step.previousMarker)) events = RedBlackTree.removeFirst(events, step.previousMarker.value.seq)
  events = RedBlackTree.insert(events, step.marker.seq, step.marker)
  return {
    ...stream,
    events,
    compactedThroughSeq: step.marker.seq,
    count: stream.count - step.pruned.length,
    bytes: step.pruned.reduce((sum, event) => sum - JsonValue.byteSize(event.payload), stream.bytes)
  }
}

/**
 * One compaction step of the stream (see `Compaction.plan`): the plan applied and the next state,
 * or none when nothing is old enough.
 *
 * @since 0.1.0
 */
export const compactStep = (
  stream: EventStream,
  options: CompactOptions
): Either.Either<Option.Option<readonly [Compaction.Plan, EventStream]>, StoreCorrupt> =>
  Either.map(
    Compaction.plan({
      scope: stream.scope,
      runId: stream.runId,
      events: RedBlackTree.values(stream.events),
      cutoff: options.cutoff,
      now: options.now,
      maxEvents: options.maxEvents
    }),
    Option.map((step) => [step, applyPlan(stream, step)] as const)
  )

/**
 * Compact the stream completely, step after step: how many events were pruned, and the next state.
 *
 * @since 0.1.0
 */
export const compact = (
  stream: EventStream,
  options: CompactOptions
): Either.Either<readonly [number, EventStream], StoreCorrupt> => {
  let current = stream
  let pruned = 0
  for (;;) {
    const step = compactStep(current, options)
    if (Either.isLeft(step)) return Either.left(step.left)
    if (Option.isNone(step.right)) return Either.right([pruned, current] as const)
    pruned += step.right.value[0].pruned.length
    current = step.right.value[1]
  }
}
