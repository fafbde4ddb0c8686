/**
 * The event record of the event log (contract §4), what callers append, and the compaction marker
 * type the store reserves for itself.
 *
 * @since 0.1.0
 */
import { InputDate } from "./Limits.js"
import { Schema } from "effect"
import { EventId, IdString, RunId } from "./Identifiers.js"
import * as JsonValue from "./Json.js"
import { Json } from "./Json.js"
import { sha256HexOfPair } from "./internal/sha256.js"
import { TenantScope } from "./TenantScope.js"

/**
 * The type of the one marker event compaction leaves per `(scope, runId)` at the highest pruned
 * seq. Callers cannot append events of this type.
 *
 * @since 0.1.0
 */
export const CompactedType = "runledger.compacted"

/**
 * The prefix of every marker's event id. Callers cannot append event ids that start with it, so a
 * caller's id never collides with a marker's.
 *
 * @since 0.1.0
 */
export const MarkerIdPrefix = `${CompactedType}:`

/**
 * A sequence number: a whole number from 1. Sequences are per `(scope, runId)`, dense and never
 * reused.
 *
 * @since 0.1.0
 */
export const Seq = Schema.Int.pipe(Schema.positive(), Schema.annotations({ identifier: "Seq" }))

/**
 * A position in a log for read windows and `expectedSeq`: a seq, or 0 for "before the first event".
 *
 * @since 0.1.0
 */
export const SeqBound = Schema.Int.pipe(Schema.nonNegative(), Schema.annotations({ identifier: "SeqBound" }))

/**
 * The type of an event, e.g. `StepCompleted`: any id-shaped string.
 *
 * @since 0.1.0
 */
export const EventType = IdString.pipe(Schema.annotations({ identifier: "EventType" }))

/**
 * An event as stored. `seq` is assigned by the store; `eventId` is the idempotency key.
 *
 * @since 0.1.0
 */
export class Event extends Schema.Class<Event>("@runledger/Event")({
  eventId: EventId,
  runId: RunId,
  scope: TenantScope,
  seq: Seq,
  type: EventType,
  occurredAt: Schema.Date,
  payload: Json,
  causationId: Schema.optional(EventId),
  correlationId: Schema.optional(IdString),
  actor: Schema.optional(IdString),
  schemaVersion: Schema.Int.pipe(Schema.positive())
}) {}

/**
 * Whether `event` is a compaction marker rather than a caller's event.
 *
 * @since 0.1.0
 */
export const isMarker = (event: { readonly type: string }): boolean => event.type === CompactedType

/**
 * A caller's event id: any id except the reserved marker ids.
 *
 * @since 0.1.0
 */
export const CallerEventId = EventId.pipe(
  Schema.filter((id) => !id.startsWith(MarkerIdPrefix) || `must not start with the reserved prefix "${MarkerIdPrefix}"`)
)

/**
 * A caller's event type: any event type except the reserved marker type.
 *
 * @since 0.1.0
 */
export const CallerEventType = EventType.pipe(
  Schema.filter((type) => type !== CompactedType || `"${CompactedType}" is reserved for compaction markers`)
)

/**
 * What callers append. `payload` defaults to `null`, `occurredAt` to the store's clock,
 * `schemaVersion` to 1.
 *
 * @since 0.1.0
 */
export const NewEvent = Schema.Struct({
  eventId: CallerEventId,
  type: CallerEventType,
  payload: Schema.optional(Json),
  occurredAt: Schema.optional(InputDate),
  causationId: Schema.optional(EventId),
  correlationId: Schema.optional(IdString),
  actor: Schema.optional(IdString),
  schemaVersion: Schema.optional(Schema.Int.pipe(Schema.positive()))
})
/** @since 0.1.0 */
export type NewEvent = typeof NewEvent.Type

/**
 * An event ready for the log: every default resolved, no seq yet. The store decides the seq.
 *
 * @since 0.1.0
 */
export interface Draft {
  readonly eventId: EventId
  readonly type: string
  readonly payload: Json
  readonly occurredAt: Date
  readonly causationId?: EventId | undefined
  readonly correlationId?: string | undefined
  readonly actor?: string | undefined
  readonly schemaVersion: number
}

/**
 * The draft of a decoded `NewEvent`, with `now` for a missing `occurredAt`.
 *
 * @since 0.1.0
 */
export const draft = (input: NewEvent, now: Date): Draft => {
  // Built field by field (no spread of optional parts): a batch builds a thousand of these.
  const d: { -readonly [K in keyof Draft]: Draft[K] } = {
    eventId: input.eventId,
    type: input.type,
    payload: input.payload ?? null,
    occurredAt: input.occurredAt ?? now,
    schemaVersion: input.schemaVersion ?? 1
  }
  if (input.causationId !== undefined) d.causationId = input.causationId
  if (input.correlationId !== undefined) d.correlationId = input.correlationId
  if (input.actor !== undefined) d.actor = input.actor
  return d
}

/**
 * The fingerprint that tells a retry from a reused id: SHA-256 of the canonical JSON of the event's
 * type and payload. Timestamps and tracing ids are left out on purpose: a retry may legitimately
 * carry a new `occurredAt` or correlation id, and must still count as the same event.
 *
 * @since 0.1.0
 */
export const fingerprint = (event: { readonly type: string; readonly payload: Json }): string =>
  fingerprintOfText(event.type, JsonValue.canonicalize(event.payload))

/**
 * {@link fingerprint} given the canonical text of the payload (the canonical text of `[type,
 * payload]` is `["<type>",<payload text>]`), for a caller that has the text already.
 *
 * @since 0.1.0
 */
export const fingerprintOfText = (type: string, payloadText: string): string =>
  sha256HexOfPair(typeText(type), payloadText)

// The JSON text of the last type fingerprinted: a batch's events mostly share their type.
let lastType = ""
let lastTypeText = "\"\""
const typeText = (type: string): string => {
  if (type !== lastType) {
    lastTypeText = JSON.stringify(type)
    lastType = type
  }
  return lastTypeText
}

/**
 * The stored event for a draft at `seq`. The draft's fields were decoded already (and `seq` is the
 * store's), so the record is built without running the class's validation again: for a batch it
 * cost more than everything else of the append together.
 *
 * @since 0.1.0
 */
export const fromDraft = (scope: TenantScope, runId: RunId, seq: number, d: Draft): Event => {
  // Exactly what `new Event(props, true)` builds — an `Event` whose own properties are `props` —
  // without the constructor's copy and default merging.
  const event: Record<string, unknown> = Object.create(Event.prototype)
  event.eventId = d.eventId
  event.runId = runId
  event.scope = scope
  event.seq = seq
  event.type = d.type
  event.occurredAt = d.occurredAt
  event.payload = d.payload
  if (d.causationId !== undefined) event.causationId = d.causationId
  if (d.correlationId !== undefined) event.correlationId = d.correlationId
  if (d.actor !== undefined) event.actor = d.actor
  event.schemaVersion = d.schemaVersion
  return event as unknown as Event
}
