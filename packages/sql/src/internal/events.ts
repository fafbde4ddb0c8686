import type { EventLog, TenantScope } from "@runledger/core"
import { Compaction, Errors, Event, EventStream, Json } from "@runledger/core"
import { Effect, Either, Option } from "effect"
import { dec, enc, num, scopeColumns, scopeOf, text } from "./codec.js"
import type { Ctx } from "./context.js"
import { inRun, inScope, querying, queryingPrepared, readingPrepared, runScriptOn, transactionConnection, writing, writingPrepared } from "./context.js"
import { corrupt, decodeOne } from "./errors.js"
import { checkFence } from "./fence.js"
import { decodeAll, decodeRows, eventFromRow, eventOfStream, eventRow, eventValues } from "./rows.js"
import type { Prepared } from "./prepared.js"
import type { Rows } from "./script.js"
import { fail, query } from "./script.js"
import { script } from "./tx.js"
import type { RunKey } from "./statements.js"
import { runKey, scopeKey } from "./statements.js"

type Scope = TenantScope.TenantScope
type Row = { readonly [column: string]: unknown }

const eventId = (row: Row) => String(row.event_id)
type RunId = Parameters<EventLog.Backend["lastSeq"]>[1]

/** The counters of one stream, as its row holds them (all 0 for a stream never written). */
export interface StreamRow {
  readonly exists: boolean
  readonly lastSeq: number
  readonly count: number
  readonly bytes: number
  readonly compactedThroughSeq: number
}

const noStream: StreamRow = { exists: false, lastSeq: 0, count: 0, bytes: 0, compactedThroughSeq: 0 }

/** The most events one Postgres `poll` numbers for the feed (the rest wait for the next poll). */
const SequenceBatch = 10_000

/** The most rows one multi-row INSERT carries (keeps every dialect under its bind-parameter limit). */
const InsertBatch = 500

const chunks = <A>(items: ReadonlyArray<A>, size: number): ReadonlyArray<ReadonlyArray<A>> => {
  const out: Array<ReadonlyArray<A>> = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** The counters of a stream row (throws when a column is not a number). */
const streamFromRow = (row: Row): StreamRow => ({
  exists: true,
  lastSeq: num(row.last_seq),
  count: num(row.event_count),
  bytes: num(row.event_bytes),
  compactedThroughSeq: num(row.compacted_through_seq)
})

/** The stream's row; inside a write, locked for the rest of the transaction. */
export function* loadStream(ctx: Ctx, operation: string, key: RunKey, runId: string, lock: boolean) {
  // On Postgres the row is created (if missing) and locked by one statement, so there is a row to
  // lock even for a stream's first append; SQLite's write transaction holds the database lock already.
  const statement = !lock ? ctx.st.stream : ctx.pg ? ctx.st.streamEnsureLocked : ctx.st.streamLocked
  const rows = yield* query(statement, key)
  if (rows[0] === undefined) return noStream
  const stream = decodeOne(operation, "Event", runId, rows[0], streamFromRow)
  if (stream instanceof Errors.StoreCorrupt) return yield* fail(stream)
  return stream
}

const noIndex: ReadonlyMap<string, EventStream.IndexEntry> = new Map()

/** Add the index entries of `rows` to `found`; what is wrong with a row, if anything. */
const collect = (operation: string, found: Map<string, EventStream.IndexEntry>, rows: Rows): Errors.StoreCorrupt | undefined => {
  for (const row of rows) {
    try {
      found.set(text(row.event_id), { seq: num(row.seq), fingerprint: text(row.fingerprint) })
    } catch (cause) {
      return corrupt(operation, "Event", String(row.event_id), cause)
    }
  }
  return undefined
}

/**
 * What the stream's index says about `eventIds` (distinct): the seq and fingerprint of each id ever
 * appended (retained events, then the ids compaction pruned). Markers are not in the index.
 */
export function* lookupIds(ctx: Ctx, operation: string, key: RunKey, stream: StreamRow, eventIds: ReadonlyArray<string>) {
  if (!stream.exists || eventIds.length === 0) return noIndex
  // Created when a lookup finds something: most appends look up new ids.
  let found: Map<string, EventStream.IndexEntry> | undefined
  const note = (rows: Rows) => (rows.length === 0 ? undefined : collect(operation, (found ??= new Map()), rows))
  // One id (appendOnce), or a batch within one statement: one lookup, no chunking.
  const single = eventIds.length <= InsertBatch
  for (let i = 0; i < eventIds.length; i += InsertBatch) {
    const batch = single ? eventIds : eventIds.slice(i, i + InsertBatch)
    const bad = note(yield* query(ctx.st.eventIds(batch.length), [...key, ...batch]))
    if (bad !== undefined) return yield* fail(bad)
  }
  if (stream.compactedThroughSeq > 0) {
    const missing = found === undefined ? eventIds : eventIds.filter((id) => !found!.has(id))
    for (const batch of chunks(missing, InsertBatch)) {
      const bad = note(yield* query(ctx.st.prunedIds(batch.length), [...key, ...batch]))
      if (bad !== undefined) return yield* fail(bad)
    }
  }
  return found ?? noIndex
}

/** The append view of a stream for the core's `decideAppendOnce` / `decideAppend`. */
export const viewOf = (
  scope: Scope,
  runId: RunId,
  stream: StreamRow,
  index: ReadonlyMap<string, EventStream.IndexEntry>
): EventStream.View => ({
  scope,
  runId,
  lastSeq: stream.lastSeq,
  count: stream.count,
  bytes: stream.bytes,
  lookup: (eventId) => index.get(eventId)
})

/**
 * Store the rows of an append decision and bump the stream's counter in the same transaction. The
 * insert names its conflict target; the lookup under the lock already ruled a conflict out, so a row
 * left out means a concurrent writer and the transaction is abandoned.
 */
export function* storeRows(ctx: Ctx, operation: string, key: RunKey, stream: StreamRow, rows: ReadonlyArray<EventStream.Row>) {
  if (rows.length === 0) return
  let inserted = 0
  if (rows.length <= InsertBatch) {
    inserted = (yield* query(ctx.st.insertEvents(rows.length), eventValues(key, rows))).length
  } else {
    for (const batch of chunks(rows, InsertBatch)) {
      inserted += (yield* query(ctx.st.insertEvents(batch.length), eventValues(key, batch))).length
    }
  }
  if (inserted !== rows.length) {
    return yield* fail(new Errors.StoreUnavailable({ operation, reason: "a concurrent writer appended the same event id; retry" }))
  }
  let bytes = stream.bytes
  for (const row of rows) bytes += row.bytes
  yield* query(ctx.st.streamUpsert, [...key, rows[rows.length - 1]!.event.seq, stream.count + rows.length, bytes, stream.compactedThroughSeq])
}

/** What an append on one stream is about: the operation, the stream, the fence, the ids, the decision. */
type AppendArgs<R, E> = [
  operation: string,
  scope: Scope,
  runId: RunId,
  fencingToken: number | undefined,
  eventIds: ReadonlyArray<string>,
  decide: (view: EventStream.View) => Either.Either<EventStream.Decision<R>, E>
]

/** An append on one stream, fenced first: the script `onStream` runs in a write transaction. */
function* appendScript<R, E>(ctx: Ctx, ...[operation, scope, runId, fencingToken, eventIds, decide]: AppendArgs<R, E>) {
  const key = runKey(scope, runId)
  if (fencingToken !== undefined) yield* checkFence(ctx, operation, key, runId, fencingToken)
  const stream = yield* loadStream(ctx, operation, key, runId, true)
  const index = yield* lookupIds(ctx, operation, key, stream, eventIds)
  const decision = decide(viewOf(scope, runId, stream, index))
  if (Either.isLeft(decision)) return yield* fail(decision.left)
  yield* storeRows(ctx, operation, key, stream, decision.right.rows)
  return decision.right.result
}

/** A window of a stream (see `read` in `makeEventBackend`). */
function* readScript(
  ctx: Ctx,
  scope: Scope,
  runId: RunId,
  key: RunKey,
  window: EventStream.Window,
  statement: Prepared,
  values: ReadonlyArray<unknown>
) {
  const stream = yield* loadStream(ctx, "EventLog.read", key, runId, false)
  if (!stream.exists) return { events: [], compactedThroughSeq: Option.none() } satisfies EventStream.ReadResult
  const rows = yield* query(statement, values)
  const events = decodeAll("EventLog.read", "Event", window.tail ? [...rows].reverse() : rows, eventId, (row) =>
    eventOfStream(row, key, scope, runId))
  if (events instanceof Errors.StoreCorrupt) return yield* fail(events)
  return {
    events,
    compactedThroughSeq: EventStream.startsBelowCompaction(window.afterSeq, stream.compactedThroughSeq)
  } satisfies EventStream.ReadResult
}

/** The stream's last seq (0 for a stream never written). */
function* lastSeqScript(ctx: Ctx, scope: Scope, runId: RunId) {
  return (yield* loadStream(ctx, "EventLog.lastSeq", runKey(scope, runId), runId, false)).lastSeq
}

/** The seq an event id got, pruned or not. */
function* seqOfScript(ctx: Ctx, scope: Scope, runId: RunId, eventId: string) {
  const key = runKey(scope, runId)
  const stream = yield* loadStream(ctx, "EventLog.seqOf", key, runId, false)
  const index = yield* lookupIds(ctx, "EventLog.seqOf", key, stream, [eventId])
  return Option.map(Option.fromNullable(index.get(eventId)), (entry) => entry.seq)
}

/** The feed entries of `rows`, or what is wrong with one. */
const feedEntries = (operation: string, rows: Rows) =>
  decodeAll(operation, "Event", rows, eventId, (row): EventLog.FeedEntry => ({ position: num(row.position), event: eventFromRow(row) }))

/** A page of the feed, read with `all` (every scope) or `scoped`. */
function* feedPageScript(
  operation: string,
  scope: Option.Option<Scope>,
  after: number,
  limit: number,
  all: Prepared,
  scoped: Prepared
) {
  const page = feedEntries(
    operation,
    yield* Option.isNone(scope) ? query(all, [after, limit]) : query(scoped, [...scopeKey(scope.value), after, limit])
  )
  return page instanceof Errors.StoreCorrupt ? yield* fail(page) : page
}

/** A page of the feed on Postgres: what is committed for good numbered first (see `poll` in `makeEventBackend`). */
function* pgPollScript(ctx: Ctx, operation: string, scope: Option.Option<Scope>, after: number, limit: number) {
  yield* query(ctx.st.feedLock, [ctx.names.events])
  yield* query(ctx.st.sequence, [SequenceBatch])
  return yield* feedPageScript(operation, scope, after, limit, ctx.st.pollFeedAll, ctx.st.pollFeed)
}

/** The event-log backend over SQL, applying the core `EventStream` and `Compaction` decisions. */
export const makeEventBackend = (ctx: Ctx): EventLog.Backend => {
  const { sql, t } = ctx

  /** Decide an append on one stream inside one write transaction, fenced first. */
  const onStream = <R, E>(...args: AppendArgs<R, E>) =>
    writingPrepared(ctx, args[0], { entity: "Event", id: args[2] })(script(() => appendScript(ctx, ...args)))

  const decodeEvents = (operation: string, rows: ReadonlyArray<{ readonly [k: string]: unknown }>) =>
    decodeRows(operation, "Event", rows, (row) => String(row.event_id), eventFromRow)

  /** One compaction step of one stream in its own transaction: the number pruned, none when done. */
  const compactChunk = (scope: Scope, runId: RunId, request: EventLog.CompactRequest) =>
    writing(ctx, "EventLog.compact", { entity: "Event", id: runId })(
      Effect.gen(function*() {
        const operation = "EventLog.compact"
        const conn = yield* transactionConnection
        const stream = yield* runScriptOn(ctx, conn, loadStream(ctx, operation, runKey(scope, runId), runId, true))
        // Cleared since the streams were listed: nothing left to do.
        if (!stream.exists) return Option.none<number>()
        const from = stream.compactedThroughSeq
        // The marker (at the compaction point) first, then at most one chunk of caller events.
        const rows = yield* sql`SELECT * FROM ${t.events} WHERE ${inRun(ctx, scope, runId)} AND seq >= ${from}
          ORDER BY seq LIMIT ${request.chunkSize + 1}`
        const events = yield* decodeEvents(operation, rows)
        const planned = Compaction.plan({
          scope,
          runId,
          events,
          cutoff: request.cutoff,
          now: request.now,
          maxEvents: request.chunkSize
        })
        if (Either.isLeft(planned)) return yield* Effect.fail(planned.left)
        if (Option.isNone(planned.right)) return Option.none<number>()
        const plan = planned.right.value
        const through = plan.marker.seq
        const bytesOf = new Map(rows.map((row) => [num(row.seq), num(row.bytes)]))
        const prunedBytes = plan.pruned.reduce((sum, event) => sum + (bytesOf.get(event.seq) ?? Json.byteSize(event.payload)), 0)
        // Everything retained up to the new point is exactly the pruned events and the previous marker.
        yield* sql`DELETE FROM ${t.events} WHERE ${inRun(ctx, scope, runId)} AND seq <= ${through}`
        for (const batch of chunks(plan.pruned, InsertBatch)) {
          yield* sql`INSERT INTO ${t.prunedEvents} ${
            sql.insert(batch.map((event) => ({
              ...scopeColumns(scope),
              run_id: enc(runId),
              event_id: event.eventId as string,
              seq: event.seq,
              fingerprint: Event.fingerprint(event)
            })))
          } ON CONFLICT (org_id, workspace_id, deployment_id, run_id, event_id) DO NOTHING`
        }
        // The merged marker is a new event for the change feed: it gets a fresh position.
        yield* sql`INSERT INTO ${t.events} ${
          sql.insert(eventRow({ event: plan.marker, fingerprint: Event.fingerprint(plan.marker), bytes: Json.byteSize(plan.marker.payload) }))
        }`
        yield* sql`UPDATE ${t.streams} SET compacted_through_seq = ${through},
          event_count = ${stream.count - plan.pruned.length}, event_bytes = ${stream.bytes - prunedBytes}
          WHERE ${inRun(ctx, scope, runId)}`
        return Option.some(plan.pruned.length)
      })
    )

  /** A page of streams to compact, after `after` in key order. */
  const streamPage = (scope: Option.Option<Scope>, after: ReadonlyArray<string> | undefined) => {
    const conditions = [
      ...Option.toArray(Option.map(scope, (s) => inScope(ctx, s))),
      ...(after === undefined
        ? []
        : [sql`(org_id, workspace_id, deployment_id, run_id) > (${after[0]!}, ${after[1]!}, ${after[2]!}, ${after[3]!})`])
    ]
    return sql<{ readonly org_id: string; readonly workspace_id: string; readonly deployment_id: string; readonly run_id: string }>`
      SELECT org_id, workspace_id, deployment_id, run_id FROM ${t.streams}
      ${conditions.length === 0 ? sql`` : sql`WHERE ${sql.and(conditions)}`}
      ORDER BY org_id, workspace_id, deployment_id, run_id LIMIT 100`
  }

  return {
    appendOnce: (scope, runId, draft, guard, options) =>
      onStream("EventLog.appendOnce", scope, runId, options?.fencingToken, [draft.eventId], (view) =>
        EventStream.decideAppendOnce(view, draft, guard)),

    append: (scope, runId, drafts, options, fenceOptions) =>
      onStream("EventLog.append", scope, runId, fenceOptions?.fencingToken, drafts.map((d) => d.eventId), (view) =>
        EventStream.decideAppend(view, drafts, options)),

    read: (scope, runId, window) => {
      const key = runKey(scope, runId)
      const statement = window.tail
        ? window.beforeSeq === undefined ? ctx.st.readDesc : ctx.st.readDescBefore
        : window.beforeSeq === undefined
        ? ctx.st.readAsc
        : ctx.st.readAscBefore
      const values = window.beforeSeq === undefined
        ? [...key, window.afterSeq, window.limit]
        : [...key, window.afterSeq, window.beforeSeq, window.limit]
      return readingPrepared(ctx, "EventLog.read", { entity: "Event", id: runId })(
        script(() => readScript(ctx, scope, runId, key, window, statement, values))
      )
    },

    lastSeq: (scope, runId) =>
      queryingPrepared(ctx, "EventLog.lastSeq", { entity: "Event", id: runId })(script(() => lastSeqScript(ctx, scope, runId))),

    seqOf: (scope, runId, eventId) => {
      return readingPrepared(ctx, "EventLog.seqOf", { entity: "Event", id: eventId })(script(() => seqOfScript(ctx, scope, runId, eventId)))
    },

    poll: (scope, after, limit) => {
      const operation = Option.isSome(scope) ? "EventLog.poll" : "EventLog.pollAll"
      return ctx.pg
        // Concurrent writers commit out of position order: number what is committed for good first
        // (one poller at a time, see `pgFeed` in schema.ts), then page by those numbers.
        ? writingPrepared(ctx, operation)(script(() => pgPollScript(ctx, operation, scope, after, limit)))
        // SQLite's writers are serialized and take their positions inside the transaction.
        : queryingPrepared(ctx, operation)(script(() => feedPageScript(operation, scope, after, limit, ctx.st.pollAll, ctx.st.poll)))
    },

    compact: (request) =>
      Effect.gen(function*() {
        let total = 0
        let after: ReadonlyArray<string> | undefined
        // Streams in pages, each compacted chunk by chunk, one transaction per chunk: writers to any
        // run interleave between chunks, and memory stays bounded by a page and a chunk.
        for (;;) {
          const page = yield* querying(ctx, "EventLog.compact")(streamPage(request.scope, after))
          for (const row of page) {
            // The stream's own scope, when compacting every scope.
            const scope = Option.getOrElse(request.scope, () => scopeOf(row))
            const runId = dec(row.run_id) as RunId
            for (;;) {
              const pruned = yield* compactChunk(scope, runId, request)
              if (Option.isNone(pruned)) break
              total += pruned.value
            }
          }
          const last = page[page.length - 1]
          if (last === undefined || page.length < 100) return total
          after = [last.org_id, last.workspace_id, last.deployment_id, last.run_id]
        }
      }),

    clear: (scope) =>
      writing(ctx, "EventLog.clear")(
        Effect.gen(function*() {
          const counted = yield* sql<{ readonly n: unknown }>`SELECT COUNT(*) AS n FROM ${t.events} WHERE ${inScope(ctx, scope)}`
          yield* sql`DELETE FROM ${t.events} WHERE ${inScope(ctx, scope)}`
          yield* sql`DELETE FROM ${t.prunedEvents} WHERE ${inScope(ctx, scope)}`
          yield* sql`DELETE FROM ${t.streams} WHERE ${inScope(ctx, scope)}`
          return num(counted[0]?.n ?? 0)
        })
      )
  }
}
