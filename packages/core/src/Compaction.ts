/**
 * The compaction planner of the event log (contract §4): which events of one `(scope, runId)`
 * stream a compaction prunes, and the one merged marker that replaces them.
 *
 * The planner is pure and works on a prefix of one stream, at most `maxEvents` events at a time, so
 * a backend applies a compaction as many short transactions and never holds writers out for the
 * whole log.
 *
 * The marker is an ordinary event of type `runledger.compacted` at the highest pruned seq. Its
 * payload (see {@link MarkerPayload}) lists every pruned `{ eventId, seq, fingerprint }`: a durable
 * key index, so `appendOnce` of a pruned id still returns its original seq and fingerprint check on
 * any backend, and sequences are never reused. Compacting again merges into one new marker.
 *
 * @since 0.1.0
 */
import { Duration, Either, Option, Schema } from "effect"
import { StoreCorrupt } from "./Errors.js"
import * as EventModel from "./Event.js"
import type { Event } from "./Event.js"
import { EventId } from "./Identifiers.js"
import { MinDate } from "./Limits.js"
import type { RunId } from "./Identifiers.js"
import * as JsonValue from "./Json.js"
import type { TenantScope } from "./TenantScope.js"

/**
 * How many events one compaction step prunes at most, when the store is given no other size.
 *
 * @since 0.1.0
 */
export const DefaultChunkSize = 500

/**
 * One pruned event, as the marker remembers it: enough to answer `seqOf` and to tell a retry from
 * a reused id after the event itself is gone.
 *
 * @since 0.1.0
 */
export const PrunedEvent = Schema.Struct({
  eventId: EventId,
  seq: EventModel.Seq,
  fingerprint: Schema.String
})
/** @since 0.1.0 */
export type PrunedEvent = typeof PrunedEvent.Type

/**
 * The payload of a marker. `compactedThroughSeq` is the marker's own seq: every seq up to it was
 * pruned. `compactedThroughAt` is the latest `occurredAt` among the pruned events. `prunedEvents`
 * counts them, and `pruned` lists them in seq order (`1..compactedThroughSeq`, densely).
 *
 * @since 0.1.0
 */
export const MarkerPayload = Schema.Struct({
  compactedThroughSeq: EventModel.Seq,
  compactedThroughAt: Schema.Date,
  prunedEvents: Schema.Int.pipe(Schema.nonNegative()),
  pruned: Schema.Array(PrunedEvent)
})
/** @since 0.1.0 */
export type MarkerPayload = typeof MarkerPayload.Type

const decodePayload = Schema.decodeUnknownEither(MarkerPayload)
const encodePayload = Schema.encodeSync(MarkerPayload)

/**
 * The deterministic id of the marker of `(scope, runId)` at `throughSeq`: the reserved prefix and
 * SHA-256 of the canonical JSON of the three. Two compactions that reach the same point name their
 * marker the same, whichever process ran them.
 *
 * @since 0.1.0
 */
export const markerId = (scope: TenantScope, runId: RunId, throughSeq: number): EventId =>
  EventId.make(
    `${EventModel.MarkerIdPrefix}${
      JsonValue.sha256(
        JsonValue.canonicalize([scope.orgId, scope.workspaceId, scope.deploymentId ?? null, runId, throughSeq])
      )
    }`
  )

/**
 * The marker payload of a marker event, or none when `event` is not a readable marker.
 *
 * @since 0.1.0
 */
export const readMarker = (event: Event): Option.Option<MarkerPayload> =>
  EventModel.isMarker(event) ? Either.getRight(decodePayload(event.payload)) : Option.none()

/**
 * The instant before which events are old enough to prune: `now - retention`.
 *
 * @since 0.1.0
 */
export const cutoff = (retention: Duration.DurationInput, now: Date): Date =>
  // A retention reaching back past the earliest date a record can carry keeps everything: without
  // the floor it made an invalid date, which the planner read as "prune all".
  new Date(Math.max(now.getTime() - Duration.toMillis(retention), MinDate.getTime()))

/**
 * What {@link plan} is asked: the retained events of one stream in ascending seq order (its marker,
 * if any, first), read lazily — the planner stops after the prefix it prunes.
 *
 * @since 0.1.0
 */
export interface PlanInput {
  readonly scope: TenantScope
  readonly runId: RunId
  readonly events: Iterable<Event>
  /** Events that occurred strictly before this instant may be pruned. */
  readonly cutoff: Date
  /** The marker's `occurredAt`: when the compaction ran. */
  readonly now: Date
  /** The most events this step prunes (the chunk size), at least 1. */
  readonly maxEvents: number
}

/**
 * One compaction step of one stream: delete `pruned` and `previousMarker`, insert `marker`.
 *
 * @since 0.1.0
 */
export interface Plan {
  /** The caller events to delete, ascending by seq. Never empty. */
  readonly pruned: ReadonlyArray<Event>
  /** The marker the new one replaces, if the stream was compacted before. */
  readonly previousMarker: Option.Option<Event>
  /** The merged marker, at the seq of the last pruned event. */
  readonly marker: Event
  /** The marker's payload, decoded. */
  readonly payload: MarkerPayload
}

/**
 * Plan one compaction step: prune the longest prefix of caller events that occurred before the
 * cutoff (at most `maxEvents` of them) and merge them into one marker. None when nothing is old
 * enough.
 *
 * Only a prefix is pruned: an event with a later `occurredAt` stops the step even if older events
 * follow it (callers may set `occurredAt`), so the log never has holes and a read can say exactly
 * where the compaction point is. `StoreCorrupt` when the stored marker cannot be read back.
 *
 * @since 0.1.0
 */
export const plan = (input: PlanInput): Either.Either<Option.Option<Plan>, StoreCorrupt> => {
  const limit = Math.max(1, Math.floor(input.maxEvents))
  const cutoffMs = input.cutoff.getTime()
  let previous: { readonly event: Event; readonly payload: MarkerPayload } | undefined
  const pruned: Array<Event> = []
  let first = true
  for (const event of input.events) {
    if (EventModel.isMarker(event)) {
      const corrupt = (reason: string) =>
        Either.left(new StoreCorrupt({ operation: "EventLog.compact", entity: "Event", id: event.eventId, reason }))
      if (!first) return corrupt(`marker at seq ${event.seq} is not the first retained event`)
      const decoded = decodePayload(event.payload)
      if (Either.isLeft(decoded)) return corrupt("marker payload does not decode")
      if (decoded.right.compactedThroughSeq !== event.seq) {
        return corrupt(`marker at seq ${event.seq} says compactedThroughSeq ${decoded.right.compactedThroughSeq}`)
      }
      previous = { event, payload: decoded.right }
    } else {
      // Pruned only when strictly older: an invalid cutoff (NaN) prunes nothing.
      if (pruned.length >= limit || !(event.occurredAt.getTime() < cutoffMs)) break
      pruned.push(event)
    }
    first = false
  }
  const last = pruned[pruned.length - 1]
  if (last === undefined) return Either.right(Option.none())

  const entries = pruned.map((event): PrunedEvent => ({
    eventId: event.eventId,
    seq: event.seq,
    fingerprint: EventModel.fingerprint(event)
  }))
  const latest = pruned.reduce(
    (max, event) => Math.max(max, event.occurredAt.getTime()),
    previous?.payload.compactedThroughAt.getTime() ?? Number.NEGATIVE_INFINITY
  )
  const payload: MarkerPayload = {
    compactedThroughSeq: last.seq,
    compactedThroughAt: new Date(latest),
    prunedEvents: (previous?.payload.prunedEvents ?? 0) + pruned.length,
    pruned: previous === undefined ? entries : [...previous.payload.pruned, ...entries]
  }
  const marker = EventModel.Event.make({
    eventId: markerId(input.scope, input.runId, last.seq),
    runId: input.runId,
    scope: input.scope,
    seq: last.seq,
    type: EventModel.CompactedType,
    occurredAt: input.now,
    payload: encodePayload(payload),
    schemaVersion: 1
  })
  return Either.right(Option.some({
    pruned,
    previousMarker: Option.fromNullable(previous?.event),
    marker,
    payload
  }))
}

/**
 * The retained events after applying `step` to `events` (ascending by seq): the new marker first,
 * then the events the step kept.
 *
 * @since 0.1.0
 */
export const retained = (events: ReadonlyArray<Event>, step: Plan): ReadonlyArray<Event> => [
  step.marker,
  ...events.filter((event) => event.seq > step.marker.seq)
]
