/**
 * The typed errors of every runledger store (contract §10).
 *
 * Each error names the record it is about and why it failed. None carries data of a tenant other
 * than the caller's: a record of another scope is reported as `NotFound`, never as forbidden.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * The kinds of record an error can be about.
 *
 * @since 0.1.0
 */
export const Entity = Schema.Literal(
  "Run",
  "StepOutput",
  "GlobalValue",
  "Event",
  "Snapshot",
  "Spec",
  "Timer",
  "Lease",
  "Chain"
)
/** @since 0.1.0 */
export type Entity = typeof Entity.Type

/**
 * The JSON form of a runledger error: its `_tag`, its `message` and its own fields — strings (cut at
 * 2,000 characters), numbers, booleans, dates as ISO text and arrays of those; anything else (a
 * driver's `cause`) as its message. Small and finite whatever the error holds, so `JSON.stringify`
 * of an error, or of an `Either` or `Exit` holding one, always works: Effect's own form copies the
 * fields and the cause as they are, and a cause that leads back to an error made it recurse for ever.
 *
 * @since 0.1.0
 */
export const toJSON = (error: { readonly _tag: string; readonly message: string }): Record<string, unknown> => {
  const out: Record<string, unknown> = { _tag: error._tag, message: flat(error.message) }
  // `cause` is an own property that is not enumerable (the `Error` constructor sets it).
  for (const key of [...Object.keys(error), "cause"]) {
    if (key === "_tag" || key === "stack") continue
    const value = flat((error as unknown as Record<string, unknown>)[key])
    if (value !== undefined) out[key] = value
  }
  return out
}

const MaxText = 2000

const flat = (u: unknown): unknown => {
  try {
    if (typeof u === "string") return u.length > MaxText ? `${u.slice(0, MaxText)}…` : u
    if (typeof u === "number" || typeof u === "boolean" || u === null || u === undefined) return u
    if (u instanceof Date) return Number.isNaN(u.getTime()) ? null : u.toISOString()
    if (Array.isArray(u)) return u.slice(0, 100).map((v) => (typeof v === "object" && v !== null ? String(flat(v)) : flat(v)))
    if (u instanceof Error) return flat(u.message)
    return flat(String(u))
  } catch {
    return "(unprintable)"
  }
}

/**
 * The record does not exist in the caller's scope (or exists only in another scope, which is
 * indistinguishable on purpose).
 *
 * @since 0.1.0
 */
export class NotFound extends Schema.TaggedError<NotFound>("@runledger/NotFound")("NotFound", {
  entity: Entity,
  id: Schema.String
}) {
  override get message(): string {
    return `${this.entity} "${this.id}" not found`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * A create-once record is already there. `sameFingerprint` says whether the stored value has the
 * same fingerprint as the new one: `true` is a harmless retry, `false` means the writer is not
 * deterministic — a bug the caller must see. It is absent where the record has no value to compare.
 *
 * @since 0.1.0
 */
export class AlreadyExists extends Schema.TaggedError<AlreadyExists>("@runledger/AlreadyExists")("AlreadyExists", {
  entity: Entity,
  id: Schema.String,
  sameFingerprint: Schema.optional(Schema.Boolean)
}) {
  override get message(): string {
    const detail = this.sameFingerprint === undefined
      ? ""
      : this.sameFingerprint
      ? " (same fingerprint: a retry)"
      : " (different fingerprint: the writer is not deterministic)"
    return `${this.entity} "${this.id}" already exists${detail}`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * The status machine forbids the requested transition (checked before the store is touched when
 * the expectation alone proves it impossible).
 *
 * @since 0.1.0
 */
export class InvalidTransition extends Schema.TaggedError<InvalidTransition>("@runledger/InvalidTransition")(
  "InvalidTransition",
  {
    runId: Schema.String,
    from: Schema.Array(Schema.String),
    to: Schema.String
  }
) {
  override get message(): string {
    return `run "${this.runId}": no transition from ${this.from.join(" | ")} to ${this.to}`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * An append carried `expectedSeq` and the log's last sequence number differs.
 *
 * @since 0.1.0
 */
export class SequenceConflict extends Schema.TaggedError<SequenceConflict>("@runledger/SequenceConflict")(
  "SequenceConflict",
  {
    runId: Schema.String,
    expected: Schema.Number,
    actual: Schema.Number
  }
) {
  override get message(): string {
    return `run "${this.runId}": expected last seq ${this.expected}, found ${this.actual}`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * A definition write carried an expected revision that does not match the stored one. `null`
 * means "absent" on either side.
 *
 * @since 0.1.0
 */
export class RevisionConflict extends Schema.TaggedError<RevisionConflict>("@runledger/RevisionConflict")(
  "RevisionConflict",
  {
    specId: Schema.String,
    expected: Schema.NullOr(Schema.Number),
    actual: Schema.NullOr(Schema.Number)
  }
) {
  override get message(): string {
    return `spec "${this.specId}": expected revision ${this.expected ?? "none"}, found ${this.actual ?? "none"}`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * An append reused event ids in a way that cannot be a retry: a batch where only some events exist,
 * or (where the caller asks for it) an id reused with different content.
 *
 * @since 0.1.0
 */
export class EventConflict extends Schema.TaggedError<EventConflict>("@runledger/EventConflict")("EventConflict", {
  runId: Schema.String,
  eventIds: Schema.Array(Schema.String),
  reason: Schema.String
}) {
  override get message(): string {
    return `run "${this.runId}": ${this.reason} (${this.eventIds.join(", ")})`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * The run's history passed the store's hard limit; nothing was written. The orchestrator should
 * continue-as-new.
 *
 * @since 0.1.0
 */
export class HistoryLimit extends Schema.TaggedError<HistoryLimit>("@runledger/HistoryLimit")("HistoryLimit", {
  runId: Schema.String,
  limit: Schema.Literal("events", "bytes"),
  max: Schema.Number,
  actual: Schema.Number
}) {
  override get message(): string {
    return `run "${this.runId}": history would hold ${this.actual} ${this.limit}, over the limit of ${this.max}`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * Another owner holds an unexpired lease on the run.
 *
 * @since 0.1.0
 */
export class LeaseHeld extends Schema.TaggedError<LeaseHeld>("@runledger/LeaseHeld")("LeaseHeld", {
  runId: Schema.String,
  owner: Schema.String,
  expiresAt: Schema.DateFromSelf
}) {
  override get message(): string {
    return `run "${this.runId}": lease held by "${this.owner}" until ${this.expiresAt.toISOString()}`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * A write carried a fencing token older than the run's current lease token; nothing was written.
 *
 * @since 0.1.0
 */
export class Fenced extends Schema.TaggedError<Fenced>("@runledger/Fenced")("Fenced", {
  runId: Schema.String,
  token: Schema.Number,
  currentToken: Schema.Number
}) {
  override get message(): string {
    return `run "${this.runId}": fencing token ${this.token} is older than the current ${this.currentToken}`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * The input was rejected before anything was written. `operation` names the store method, `detail`
 * says what was wrong and where.
 *
 * @since 0.1.0
 */
export class InvalidInput extends Schema.TaggedError<InvalidInput>("@runledger/InvalidInput")("InvalidInput", {
  operation: Schema.String,
  detail: Schema.String
}) {
  override get message(): string {
    return `${this.operation}: invalid input: ${this.detail}`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * The backend could not be reached or gave up (busy, connection lost, I/O error). Retryable: the
 * operation either happened completely or not at all, and an idempotent retry is safe.
 *
 * @since 0.1.0
 */
export class StoreUnavailable extends Schema.TaggedError<StoreUnavailable>("@runledger/StoreUnavailable")(
  "StoreUnavailable",
  {
    operation: Schema.String,
    reason: Schema.String,
    cause: Schema.optional(Schema.Defect)
  }
) {
  /** Always true: the caller may retry. */
  readonly retryable = true
  override get message(): string {
    return `${this.operation}: store unavailable: ${this.reason}`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * A stored record could not be read back (a row that does not decode, a broken invariant on disk).
 * Reported, never silently dropped.
 *
 * @since 0.1.0
 */
export class StoreCorrupt extends Schema.TaggedError<StoreCorrupt>("@runledger/StoreCorrupt")("StoreCorrupt", {
  operation: Schema.String,
  entity: Entity,
  id: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return `${this.operation}: ${this.entity} "${this.id}" is corrupt: ${this.reason}`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * The failures every backend may report on any operation, whatever it is.
 *
 * @since 0.1.0
 */
export type StoreError = StoreUnavailable | StoreCorrupt

/**
 * Every runledger error.
 *
 * @since 0.1.0
 */
export type RunLedgerError =
  | NotFound
  | AlreadyExists
  | InvalidTransition
  | SequenceConflict
  | RevisionConflict
  | EventConflict
  | HistoryLimit
  | LeaseHeld
  | Fenced
  | InvalidInput
  | StoreUnavailable
  | StoreCorrupt
