import type { EventLog } from "@runledger/core"
import { Errors, EventStream, Lease } from "@runledger/core"
import { Effect, Either, HashMap, Option, RedBlackTree, Ref } from "effect"
import type { FeedRef, StreamRecord } from "./eventState.js"
import type { MemoryState } from "./state.js"
import { lookup, read, scopedKey, scopePrefix, transact } from "./state.js"

type Scope = Parameters<EventLog.Backend["lastSeq"]>[0]
type RunId = Parameters<EventLog.Backend["lastSeq"]>[1]

const emptyRead: EventStream.ReadResult = { events: [], compactedThroughSeq: Option.none() }

/**
 * The stream stored under `key` (`scopedKey(scope, runId)`); a stream that does not exist yet starts
 * empty. Shared with the atomic status-and-event transition, so both append through the same steps.
 */
export const streamRecord = (state: MemoryState, key: string, scope: Scope, runId: RunId): StreamRecord =>
  lookup(state.events.streams, key) ?? { stream: EventStream.empty(scope, runId), positions: HashMap.empty() }

/**
 * The state with `record` stored under `key` after `rows` were appended to it, each at a new feed
 * position. Shared with the atomic status-and-event transition.
 */
export const withRows = (
  state: MemoryState,
  key: string,
  record: StreamRecord,
  rows: ReadonlyArray<EventStream.Row>
): MemoryState => {
  let { feed, lastPosition } = state.events
  let positions = record.positions
  for (const row of rows) {
    lastPosition += 1
    feed = RedBlackTree.insert(feed, lastPosition, { key, seq: row.event.seq } satisfies FeedRef)
    positions = HashMap.set(positions, row.event.seq, lastPosition)
  }
  const next: StreamRecord = { stream: EventStream.applyRows(record.stream, rows), positions }
  return { ...state, events: { streams: HashMap.set(state.events.streams, key, next), feed, lastPosition } }
}

/** Drop the feed entries of `seqs` of one stream. */
const unfeed = (
  feed: RedBlackTree.RedBlackTree<number, FeedRef>,
  positions: HashMap.HashMap<number, number>,
  seqs: Iterable<number>
) => {
  for (const seq of seqs) {
    const position = Option.getOrUndefined(HashMap.get(positions, seq))
    if (position !== undefined) {
      feed = RedBlackTree.removeFirst(feed, position)
      positions = HashMap.remove(positions, seq)
    }
  }
  return { feed, positions }
}

/** The event-log backend over the shared memory state, applying the core `EventStream` reducers. */
export const makeEventBackend = (ref: Ref.Ref<MemoryState>): EventLog.Backend => {
  /**
   * Decide an append on one stream atomically; a stream that does not exist yet starts empty. The
   * fence (`Lease.checkFence` against the lease stored under the same key as the stream) is checked
   * in the same step as the write, so no newer lease can slip in between.
   */
  const onStream = <R, E>(
    scope: Scope,
    runId: RunId,
    fencingToken: number | undefined,
    decide: (v: EventStream.View) => Either.Either<EventStream.Decision<R>, E>
  ) =>
    transact<R, E | Errors.Fenced>(ref, (state) => {
      const key = scopedKey(scope, runId)
      const fenced = Lease.checkFence(lookup(state.leases, key), fencingToken)
      if (fenced !== undefined) return [Either.left(fenced), undefined]
      const record = streamRecord(state, key, scope, runId)
      return Either.match(decide(EventStream.view(record.stream)), {
        onLeft: (error) => [Either.left(error), undefined],
        onRight: (decision) => [
          Either.right(decision.result),
          decision.rows.length === 0 ? undefined : withRows(state, key, record, decision.rows)
        ]
      })
    })

  const readStream = <A>(scope: Scope, runId: RunId, f: (stream: EventStream.EventStream) => A, none: A) =>
    read(ref, (state) => {
      const record = lookup(state.events.streams, scopedKey(scope, runId))
      return record === undefined ? none : f(record.stream)
    })

  /** One compaction chunk of one stream: the number pruned, or none when the stream is done. */
  const compactChunk = (key: string, options: EventStream.CompactOptions) =>
    transact<Option.Option<number>, Errors.StoreCorrupt>(ref, (state) => {
      const record = lookup(state.events.streams, key)
      // Cleared since the stream keys were listed: nothing left to do.
      if (record === undefined) return [Either.right(Option.none()), undefined]
      const step = EventStream.compactStep(record.stream, options)
      if (Either.isLeft(step)) return [Either.left(step.left), undefined]
      if (Option.isNone(step.right)) return [Either.right(Option.none()), undefined]
      const [plan, stream] = step.right.value
      const removed = [
        ...plan.pruned.map((event) => event.seq),
        ...Option.toArray(Option.map(plan.previousMarker, (marker) => marker.seq))
      ]
      let { feed, positions } = unfeed(state.events.feed, record.positions, removed)
      // The merged marker is a new event for the feed: it gets a fresh position.
      const lastPosition = state.events.lastPosition + 1
      feed = RedBlackTree.insert(feed, lastPosition, { key, seq: plan.marker.seq })
      positions = HashMap.set(positions, plan.marker.seq, lastPosition)
      return [
        Either.right(Option.some(plan.pruned.length)),
        {
          ...state,
          events: { streams: HashMap.set(state.events.streams, key, { stream, positions }), feed, lastPosition }
        }
      ]
    })

  return {
    appendOnce: (scope, runId, draft, guard, options) =>
      onStream(scope, runId, options?.fencingToken, (v) => EventStream.decideAppendOnce(v, draft, guard)),
    append: (scope, runId, drafts, options, fenceOptions) =>
      onStream(scope, runId, fenceOptions?.fencingToken, (v) => EventStream.decideAppend(v, drafts, options)),
    read: (scope, runId, window) => readStream(scope, runId, (stream) => EventStream.read(stream, window), emptyRead),
    lastSeq: (scope, runId) => readStream(scope, runId, (stream) => stream.lastSeq, 0),
    seqOf: (scope, runId, eventId) =>
      readStream(scope, runId, (stream) => EventStream.seqOf(stream, eventId), Option.none<number>()),
    poll: (scope, after, limit) =>
      Effect.flatten(read(ref, (state): Either.Either<ReadonlyArray<EventLog.FeedEntry>, Errors.StoreCorrupt> => {
        const prefix = Option.map(scope, scopePrefix)
        const entries: Array<EventLog.FeedEntry> = []
        // One feed for all scopes: a scoped poll skips other scopes' entries (fine for a reference backend).
        for (const [position, at] of RedBlackTree.greaterThan(state.events.feed, after)) {
          if (entries.length >= limit) break
          if (Option.isSome(prefix) && !at.key.startsWith(prefix.value)) continue
          const event = Option.flatMap(
            HashMap.get(state.events.streams, at.key),
            (record) => RedBlackTree.findFirst(record.stream.events, at.seq)
          )
          // The feed changes in the same transaction as the streams; a dangling entry is a bug to
          // report, not to skip (skipping would hide a stale position that a re-used seq could revive).
          if (Option.isNone(event)) {
            return Either.left(
              new Errors.StoreCorrupt({
                operation: "EventLog.poll",
                entity: "Event",
                id: `${at.key.slice(at.key.indexOf("\u0001") + 1)}@${at.seq}`,
                reason: `feed position ${position} points at no retained event`
              })
            )
          }
          entries.push({ position, event: event.value })
        }
        return Either.right(entries)
      })),
    compact: (request) =>
      Effect.gen(function*() {
        const prefix = Option.map(request.scope, scopePrefix)
        const keys = yield* read(ref, (state) =>
          Array.from(HashMap.keys(state.events.streams)).filter((key) =>
            Option.isNone(prefix) || key.startsWith(prefix.value)
          ))
        const options: EventStream.CompactOptions = {
          cutoff: request.cutoff,
          now: request.now,
          maxEvents: request.chunkSize
        }
        let total = 0
        // One transaction per chunk: appends to any run interleave between chunks.
        for (const key of keys) {
          for (;;) {
            const pruned = yield* compactChunk(key, options)
            if (Option.isNone(pruned)) break
            total += pruned.value
            // Chunks run synchronously: without a yield, no other fiber could append between them.
            yield* Effect.yieldNow()
          }
        }
        return total
      }),
    clear: (scope) =>
      transact<number, never>(ref, (state) => {
        const prefix = scopePrefix(scope)
        let { feed, streams } = state.events
        let removed = 0
        for (const [key, record] of state.events.streams) {
          if (!key.startsWith(prefix)) continue
          for (const position of HashMap.values(record.positions)) feed = RedBlackTree.removeFirst(feed, position)
          removed += RedBlackTree.size(record.stream.events)
          streams = HashMap.remove(streams, key)
        }
        return [
          Either.right(removed),
          streams === state.events.streams ? undefined : { ...state, events: { ...state.events, streams, feed } }
        ]
      })
  }
}
