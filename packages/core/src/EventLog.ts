/**
 * The event log (contract §4): per-run event streams with dense, never-reused sequences, idempotent
 * appends, read windows, a change feed, a history size guard and compaction.
 *
 * `EventLog` is the service callers use. A backend implements the narrower {@link Backend} over
 * decoded, validated input by applying the `EventStream` and `Compaction` reducers, and {@link make}
 * turns it into the service: every argument is decoded with `effect/Schema` (a failure is
 * `InvalidInput` and nothing is written), defaults and timestamps come from the Effect `Clock`, the
 * store's history guard and compaction chunk size are handed to the backend with each call, and every
 * call is a span named after the operation.
 *
 * Events are keyed by `(scope, runId)` only: the log does not check that the run exists in the
 * `RunStore`. That keeps the event store separable from the run store (the testkit splits them to
 * test terminalization), lets an orchestrator record events before the run record is written, and
 * means a log of an unknown run reads as empty — never `NotFound`, so nothing about another scope
 * leaks either.
 *
 * @since 0.1.0
 */
import { InputDate } from "./Limits.js"
import { Context, Duration, Effect, Option, ParseResult, Schema } from "effect"
import * as Compaction from "./Compaction.js"
import type { EventConflict, Fenced, HistoryLimit, InvalidInput, SequenceConflict, StoreError } from "./Errors.js"
import * as EventModel from "./Event.js"
import type { Draft, Event } from "./Event.js"
import type * as EventStream from "./EventStream.js"
import { defaultGuard } from "./EventStream.js"
import { EventId, RunId } from "./Identifiers.js"
import type { FenceOptions } from "./Lease.js"
import * as Limits from "./Limits.js"
import { eventLogInputs, runRefInput } from "./internal/hotInputs.js"
import { decodeFeedCursor, encodeFeedCursor } from "./internal/feedCursor.js"
import { dateOf, fence, now, PageLimit, pageSize, traced } from "./internal/operation.js"
import { TenantScope } from "./TenantScope.js"
import type * as Scope from "./TenantScope.js"

/**
 * A read window: seqs strictly after `afterSeq` (default 0) and strictly before `beforeSeq` (default
 * none), at most `limit` events (default 100, at most 1000) — the first of the window, or with
 * `tail` the last. To page forward, pass the last seq read as the next `afterSeq`.
 *
 * @since 0.1.0
 */
export interface ReadWindow {
  readonly afterSeq?: number
  readonly beforeSeq?: number
  readonly limit?: number
  readonly tail?: boolean
}

/**
 * Options of `append`. With `expectedSeq` the batch is appended only if the log's last seq equals
 * it (0 for an empty log). With `fencingToken` (the caller's lease token) the batch is refused with
 * `Fenced` when the run's lease has a newer token.
 *
 * @since 0.1.0
 */
export interface AppendOptions extends FenceOptions {
  readonly expectedSeq?: number
}

/**
 * Options of `compact`: prune events that occurred more than `retention` before `now` (default: the
 * store clock), in one scope or, without `scope`, in every scope.
 *
 * @since 0.1.0
 */
export interface CompactOptions {
  readonly retention: Duration.DurationInput
  readonly now?: Date
  readonly scope?: Scope.Input
}

/**
 * One page of the change feed, in commit order. Pass `cursor` to the next `poll`; it stays the same
 * when the page is empty, so a reader can poll again from where it is.
 *
 * @since 0.1.0
 */
export interface FeedPage {
  readonly events: ReadonlyArray<Event>
  readonly cursor: string
}

/**
 * The event log as callers use it. Inputs are plain values; they are decoded before anything is
 * written, so a bad one fails with `InvalidInput`. A run need not exist in the `RunStore` (see the
 * module documentation).
 *
 * @since 0.1.0
 */
export interface Service {
  /**
   * Append one event unless its id is known. A new id gets the next seq; a known id — including one
   * compaction pruned — returns `appended: false`, its original seq and whether the content has the
   * same fingerprint. N concurrent calls with the same event append it once. `HistoryLimit` when a
   * new event would take the run's history past the hard limit. With `fencingToken`, `Fenced` (and
   * nothing written, not even for a known id) when the run's lease has a newer token: a worker that
   * lost its lease cannot add to the history its successor is writing.
   */
  readonly appendOnce: (
    scope: Scope.Input,
    runId: string,
    event: typeof EventModel.NewEvent.Encoded,
    options?: FenceOptions
  ) => Effect.Effect<EventStream.AppendOnceResult, HistoryLimit | Fenced | InvalidInput | StoreError>
  /**
   * Append a batch (1 to 1000 events with distinct ids) all or nothing. A batch whose events all
   * exist returns their original seqs (a retry after a lost acknowledgement is safe, whatever
   * `expectedSeq` says); a batch where only some exist fails with `EventConflict`; with a stale
   * `expectedSeq` it fails with `SequenceConflict { expected, actual }`; with a stale `fencingToken`,
   * `Fenced`. Nothing is written on failure.
   */
  readonly append: (
    scope: Scope.Input,
    runId: string,
    events: ReadonlyArray<typeof EventModel.NewEvent.Encoded>,
    options?: AppendOptions
  ) => Effect.Effect<
    EventStream.AppendResult,
    SequenceConflict | EventConflict | HistoryLimit | Fenced | InvalidInput | StoreError
  >
  /**
   * A window of the run's log, ascending by seq. `compactedThroughSeq` is set when the window starts
   * at or below the compaction point (the marker, first in the result, lists what was pruned).
   */
  readonly read: (
    scope: Scope.Input,
    runId: string,
    window?: ReadWindow
  ) => Effect.Effect<EventStream.ReadResult, InvalidInput | StoreError>
  /** The highest seq ever assigned in the run's log, 0 when it has none. Compaction never lowers it. */
  readonly lastSeq: (scope: Scope.Input, runId: string) => Effect.Effect<number, InvalidInput | StoreError>
  /** The seq of an event id of the run, pruned ids included; none when the id was never appended. */
  readonly seqOf: (
    scope: Scope.Input,
    runId: string,
    eventId: string
  ) => Effect.Effect<Option.Option<number>, InvalidInput | StoreError>
  /**
   * The change feed of a scope: events of all its runs in commit order, after `afterCursor` (from
   * the beginning without one), at most `limit` (default 100, at most 1000). Polling while writers
   * commit never skips an event and never returns one twice. Compaction markers appear when written.
   */
  readonly poll: (
    scope: Scope.Input,
    afterCursor?: string,
    limit?: number
  ) => Effect.Effect<FeedPage, InvalidInput | StoreError>
  /** The change feed across every scope, for operators. Same cursor rules as `poll`. */
  readonly pollAll: (afterCursor?: string, limit?: number) => Effect.Effect<FeedPage, InvalidInput | StoreError>
  /**
   * Prune events older than `now - retention` and leave one merged marker per run touched; the
   * number of events pruned. Runs in bounded chunks, so writers are never held out for the whole log.
   */
  readonly compact: (options: CompactOptions) => Effect.Effect<number, InvalidInput | StoreError>
  /**
   * Delete every event of the scope, markers and the id index included, so its runs' sequences start
   * again at 1; the number of events deleted. For tests and operators only.
   */
  readonly clear: (scope: Scope.Input) => Effect.Effect<number, InvalidInput | StoreError>
}

/**
 * The event log service.
 *
 * @since 0.1.0
 */
export class EventLog extends Context.Tag("@runledger/EventLog")<EventLog, Service>() {}

/**
 * An event of the change feed at its feed position.
 *
 * @since 0.1.0
 */
export interface FeedEntry {
  readonly position: number
  readonly event: Event
}

/**
 * What `Backend.compact` is asked: compact every stream of `scope` (of every scope when none),
 * `chunkSize` events per transaction at most.
 *
 * @since 0.1.0
 */
export interface CompactRequest {
  readonly scope: Option.Option<TenantScope>
  readonly cutoff: Date
  readonly now: Date
  readonly chunkSize: number
}

/**
 * What a backend implements. Inputs are decoded and validated already; the backend applies the
 * decisions of the `EventStream` and `Compaction` reducers atomically per call (per chunk for
 * `compact`).
 *
 * `appendOnce` and `append` check `options.fencingToken` with `Lease.checkFence` against the run's
 * lease in the same transaction as the write, before anything else (a fenced retry of a known id is
 * refused too).
 *
 * `poll` returns the entries with a position greater than `after`, in position order, at most
 * `limit` — and only positions no commit still in flight can precede: a reader's cursor moves to the
 * last position returned, so a late commit below it would be skipped.
 *
 * @since 0.1.0
 */
export interface Backend {
  readonly appendOnce: (
    scope: TenantScope,
    runId: RunId,
    draft: Draft,
    guard: EventStream.HistoryGuard,
    options?: FenceOptions
  ) => Effect.Effect<EventStream.AppendOnceResult, HistoryLimit | Fenced | StoreError>
  readonly append: (
    scope: TenantScope,
    runId: RunId,
    drafts: ReadonlyArray<Draft>,
    options: EventStream.AppendOptions,
    fenceOptions?: FenceOptions
  ) => Effect.Effect<EventStream.AppendResult, SequenceConflict | EventConflict | HistoryLimit | Fenced | StoreError>
  readonly read: (
    scope: TenantScope,
    runId: RunId,
    window: EventStream.Window
  ) => Effect.Effect<EventStream.ReadResult, StoreError>
  readonly lastSeq: (scope: TenantScope, runId: RunId) => Effect.Effect<number, StoreError>
  readonly seqOf: (scope: TenantScope, runId: RunId, eventId: EventId) => Effect.Effect<Option.Option<number>, StoreError>
  readonly poll: (
    scope: Option.Option<TenantScope>,
    after: number,
    limit: number
  ) => Effect.Effect<ReadonlyArray<FeedEntry>, StoreError>
  readonly compact: (request: CompactRequest) => Effect.Effect<number, StoreError>
  readonly clear: (scope: TenantScope) => Effect.Effect<number, StoreError>
}

/**
 * Options of {@link make}.
 *
 * @since 0.1.0
 */
export interface Options {
  readonly limits?: Partial<Limits.Limits>
  /** The history size guard; unset fields keep `EventStream.defaultGuard`. */
  readonly history?: Partial<EventStream.HistoryGuard>
  /** The most events one compaction transaction prunes; `Compaction.DefaultChunkSize` by default. */
  readonly compactionChunkSize?: number
}

const retentionProblem = (u: unknown): string | undefined => {
  if (typeof u === "number" && !(Number.isFinite(u) && u >= 0)) return "must be a finite, non-negative number of milliseconds"
  if (typeof u === "bigint" && u < BigInt(0)) return "must not be negative"
  if (typeof u === "string" && u.trimStart().startsWith("-")) return "must not be negative"
  if (Array.isArray(u) && !u.every((n) => typeof n === "number" && Number.isFinite(n) && n >= 0)) {
    return "must be [seconds, nanos], finite and non-negative"
  }
  const duration = Duration.decodeUnknown(u)
  if (Option.isNone(duration)) return "is not a duration"
  return Duration.isFinite(duration.value) ? undefined : "must be finite"
}

// Checked on the raw input: `Duration.decode` would quietly turn a negative number into zero.
const Retention = Schema.transformOrFail(Schema.Unknown, Schema.DurationFromSelf, {
  strict: true,
  decode: (u, _, ast) => {
    const problem = retentionProblem(u)
    return problem === undefined
      ? ParseResult.succeed(Duration.decode(u as Duration.DurationInput))
      : ParseResult.fail(new ParseResult.Type(ast, u, problem))
  },
  encode: ParseResult.succeed
})

const RunRef = Schema.Struct({ scope: TenantScope, runId: RunId })

/**
 * The event log over a backend: decoding, validation, clock, guard configuration and tracing in
 * one place, so every backend refuses the same input the same way.
 *
 * @since 0.1.0
 */
export const make = (backend: Backend, options: Options = {}): Service => {
  const limits: Limits.Limits = { ...Limits.defaults, ...options.limits }
  const guard: EventStream.HistoryGuard = { ...defaultGuard, ...options.history }
  const chunkSize = options.compactionChunkSize ?? Compaction.DefaultChunkSize

  const hot = eventLogInputs(limits)
  const SeqOfInput = Schema.Struct({ ...RunRef.fields, eventId: EventId })
  const PollAllInput = Schema.Struct({ after: Schema.optional(hot.FeedCursor), limit: Schema.optional(PageLimit) })
  const CompactInput = Schema.Struct({
    options: Schema.Struct({
      retention: Retention,
      now: Schema.optional(InputDate),
      scope: Schema.optional(TenantScope)
    })
  })
  const ClearInput = Schema.Struct({ scope: TenantScope })

  const op = {
    appendOnce: traced("EventLog.appendOnce", hot.appendOnce.schema, hot.appendOnce.fast),
    append: traced("EventLog.append", hot.append.schema, hot.append.fast),
    read: traced("EventLog.read", hot.read.schema, hot.read.fast),
    lastSeq: traced("EventLog.lastSeq", runRefInput.schema, runRefInput.fast),
    seqOf: traced("EventLog.seqOf", SeqOfInput),
    poll: traced("EventLog.poll", hot.poll.schema, hot.poll.fast),
    pollAll: traced("EventLog.pollAll", PollAllInput),
    compact: traced("EventLog.compact", CompactInput),
    clear: traced("EventLog.clear", ClearInput)
  }

  const feedPage = (scope: Option.Option<TenantScope>, after: string | undefined, limit: number | undefined) => {
    const position = after === undefined ? 0 : decodeFeedCursor(after) ?? 0
    return Effect.map(backend.poll(scope, position, pageSize(limit)), (entries): FeedPage => ({
      events: entries.map((entry) => entry.event),
      cursor: encodeFeedCursor(entries[entries.length - 1]?.position ?? position)
    }))
  }

  return {
    appendOnce: (scope, runId, event, fenceOptions) =>
      op.appendOnce({ scope, runId, event, options: fenceOptions }, ({ event, options: o, runId, scope }, clock) =>
        backend.appendOnce(scope, runId, EventModel.draft(event, dateOf(clock)), guard, fence(o))),
    append: (scope, runId, events, appendOptions = {}) =>
      op.append({ scope, runId, events, options: appendOptions }, ({ events, options: o, runId, scope }, clock) => {
        const at = dateOf(clock)
        return backend.append(
          scope,
          runId,
          events.map((event) => EventModel.draft(event, at)),
          { expectedSeq: o.expectedSeq, guard },
          fence(o)
        )
      }),
    read: (scope, runId, window = {}) =>
      op.read({ scope, runId, window }, ({ runId, scope, window: w }) =>
        backend.read(scope, runId, {
          afterSeq: w.afterSeq ?? 0,
          beforeSeq: w.beforeSeq,
          limit: pageSize(w.limit),
          tail: w.tail ?? false
        })),
    lastSeq: (scope, runId) => op.lastSeq({ scope, runId }, ({ runId, scope }) => backend.lastSeq(scope, runId)),
    seqOf: (scope, runId, eventId) =>
      op.seqOf({ scope, runId, eventId }, ({ eventId, runId, scope }) => backend.seqOf(scope, runId, eventId)),
    poll: (scope, afterCursor, limit) =>
      op.poll({ scope, after: afterCursor, limit }, ({ after, limit, scope }) => feedPage(Option.some(scope), after, limit)),
    pollAll: (afterCursor, limit) =>
      op.pollAll({ after: afterCursor, limit }, ({ after, limit }) => feedPage(Option.none(), after, limit)),
    compact: (compactOptions) =>
      op.compact({ options: compactOptions }, ({ options: o }) =>
        Effect.flatMap(o.now === undefined ? now : Effect.succeed(o.now), (at) =>
          backend.compact({
            scope: Option.fromNullable(o.scope),
            cutoff: Compaction.cutoff(o.retention, at),
            now: at,
            chunkSize
          }))),
    clear: (scope) => op.clear({ scope }, ({ scope }) => backend.clear(scope))
  }
}
