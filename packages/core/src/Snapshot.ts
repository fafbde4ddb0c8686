/**
 * Snapshots of runs (contract §5): the record, its schema versions, and the pure reducers.
 *
 * Records are written at {@link CurrentVersion} and read at any version: {@link Stored} decodes
 * every version ever written to the current record. A schema bump therefore ships three things
 * together, all in this file:
 *
 * 1. the old version's shape, frozen (`SnapshotV1`, …), never edited again;
 * 2. an upgrade from it to the next version (`upgradeV1`, …);
 * 3. a member of the {@link Stored} union chaining the upgrade onto the new current shape.
 *
 * Version history:
 * - 1: no phase fields.
 * - 2 (current): `phase` and `phaseHistory`. A version-1 record reads with `phase` derived from its
 *   status (see {@link derivePhase}) and no `phaseHistory` — the history was never recorded, and an
 *   invented one would claim a phase began when the snapshot was taken.
 *
 * @since 0.1.0
 */
import { Either, Order, ParseResult, Schema } from "effect"
import { AlreadyExists } from "./Errors.js"
import { IdString, RunId, SnapshotId } from "./Identifiers.js"
import { fingerprint, Json } from "./Json.js"
import * as RunStatus from "./RunStatus.js"
import { TenantScope } from "./TenantScope.js"

/**
 * The schema version every snapshot is written at.
 *
 * @since 0.1.0
 */
export const CurrentVersion = 2 as const

/**
 * An orchestrator-defined phase label ("planning", "executing", …): an id-like string.
 *
 * @since 0.1.0
 */
export const Phase = IdString.pipe(Schema.annotations({ identifier: "Phase" }))

/**
 * One entry of a phase history: the phase and when the run entered it.
 *
 * @since 0.1.0
 */
export const PhaseChange = Schema.Struct({ phase: Phase, at: Schema.Date })
/** @since 0.1.0 */
export type PhaseChange = typeof PhaseChange.Type

/**
 * The longest `phaseHistory` accepted on `put`.
 *
 * @since 0.1.0
 */
export const MaxPhaseHistory = 1000

// The fields every version has, in their stored form. Frozen: a change here is a schema bump.
const commonFields = {
  snapshotId: SnapshotId,
  runId: RunId,
  scope: TenantScope,
  /** The event seq the snapshot was taken at (0: before the first event). */
  seq: Schema.NonNegativeInt,
  createdAt: Schema.Date,
  status: RunStatus.RunStatus,
  checkpoint: Json,
  payloadDigest: Schema.optional(IdString),
  definitionRevision: Schema.optional(Schema.Int.pipe(Schema.positive())),
  metadata: Schema.optional(Json)
}

/**
 * A snapshot at the current schema version. `seq` is the event seq it was taken at; `checkpoint` the
 * orchestrator's state; `payloadDigest` a digest of a payload kept elsewhere; `definitionRevision`
 * the spec revision the run was on.
 *
 * @since 0.1.0
 */
export class Snapshot extends Schema.Class<Snapshot>("@runledger/Snapshot")({
  ...commonFields,
  phase: Schema.optional(Phase),
  phaseHistory: Schema.optional(Schema.Array(PhaseChange)),
  schemaVersion: Schema.Literal(CurrentVersion)
}) {}

/**
 * Version 1 as it was written: the common fields, no phases. Frozen.
 *
 * @since 0.1.0
 */
export const SnapshotV1 = Schema.Struct({ ...commonFields, schemaVersion: Schema.Literal(1) })
/** @since 0.1.0 */
export type SnapshotV1 = typeof SnapshotV1.Type

/**
 * The phase of a record written before phases existed: its status name (`"Running"`, …). A
 * version-1 orchestrator had no phase beyond its status.
 *
 * @since 0.1.0
 */
export const derivePhase = (status: RunStatus.RunStatus): typeof Phase.Type => status

/**
 * Upgrade a version-1 record to version 2: `phase` derived from the status, no `phaseHistory`.
 *
 * @since 0.1.0
 */
export const upgradeV1 = (v1: SnapshotV1): Snapshot => {
  const { schemaVersion: _, ...fields } = v1
  return Snapshot.make({ ...fields, phase: derivePhase(v1.status), schemaVersion: CurrentVersion })
}

// Upgrading is one-way: a store always writes the current version.
const upgrade = <A, I>(from: Schema.Schema<A, I>, to: (a: A) => Snapshot) =>
  Schema.transformOrFail(from, Schema.typeSchema(Snapshot), {
    strict: true,
    decode: (a) => ParseResult.succeed(to(a)),
    encode: (snapshot, _, ast) =>
      ParseResult.fail(new ParseResult.Forbidden(ast, snapshot, "snapshots are written at the current version only"))
  })

/**
 * A stored snapshot of any version, decoded to the current record. Add one member per version bump.
 *
 * @since 0.1.0
 */
export const Stored = Schema.Union(Snapshot, upgrade(SnapshotV1, upgradeV1))
/**
 * A stored snapshot of any version, in its stored (encoded, JSON) form.
 *
 * @since 0.1.0
 */
export type Stored = typeof Stored.Encoded

/**
 * The stored (JSON) form of a snapshot, at the current version: what a backend writes.
 *
 * @since 0.1.0
 */
export const encode: (snapshot: Snapshot) => typeof Snapshot.Encoded = Schema.encodeSync(Snapshot)

const decodeStoredEither = Schema.decodeUnknownEither(Stored, { errors: "first" })

/**
 * Read a stored record of any version: the current record, or why it cannot be read (for a
 * `StoreCorrupt` — a backend reports such a record, it never drops it).
 *
 * @since 0.1.0
 */
export const decodeStored = (stored: unknown): Either.Either<Snapshot, string> =>
  Either.mapLeft(decodeStoredEither(stored), (error) => ParseResult.TreeFormatter.formatErrorSync(error))

/**
 * The fingerprint of what a snapshot says, everything but `createdAt`: a retried `put` at a later
 * time is the same snapshot.
 *
 * @since 0.1.0
 */
export const contentFingerprint = (snapshot: Snapshot): string => {
  const { createdAt: _, ...content } = encode(snapshot)
  return fingerprint(content as Json)
}

/**
 * Decide a `put` over the record stored under the same id in the scope (`undefined` when none).
 *
 * - none: write `incoming`;
 * - same content (same run, seq, status, phases, checkpoint, …; `createdAt` aside): a retry — write
 *   nothing and return the stored record;
 * - different content: `AlreadyExists { sameFingerprint: false }` — snapshot ids are write-once, and
 *   reusing one for other content (or another run) is a caller bug to surface.
 *
 * @since 0.1.0
 */
export const put = (
  stored: Snapshot | undefined,
  incoming: Snapshot
): Either.Either<{ readonly snapshot: Snapshot; readonly write: boolean }, AlreadyExists> => {
  if (stored === undefined) return Either.right({ snapshot: incoming, write: true })
  return contentFingerprint(stored) === contentFingerprint(incoming)
    ? Either.right({ snapshot: stored, write: false })
    : Either.left(new AlreadyExists({ entity: "Snapshot", id: incoming.snapshotId, sameFingerprint: false }))
}

/**
 * Whether `snapshot` is the one `get(scope, runId, snapshotId)` may return: a snapshot id found in
 * the scope but for another run is reported as absent.
 *
 * @since 0.1.0
 */
export const belongsTo = (snapshot: Snapshot, runId: string): boolean => snapshot.runId === runId

/**
 * Ascending by `seq`, ties by snapshot id.
 *
 * @since 0.1.0
 */
export const order: Order.Order<Snapshot> = Order.combine(
  Order.mapInput(Order.number, (s: Snapshot) => s.seq),
  Order.mapInput(Order.string, (s: Snapshot) => s.snapshotId)
)

/**
 * What `list` returns from a run's snapshots: ascending by seq, only the latest `limit` when given.
 *
 * @since 0.1.0
 */
export const latest = (snapshots: ReadonlyArray<Snapshot>, limit: number | undefined): ReadonlyArray<Snapshot> => {
  const sorted = [...snapshots].sort(order)
  return limit === undefined ? sorted : sorted.slice(Math.max(0, sorted.length - limit))
}

/**
 * The phase a snapshot reports, derived for records that carry none.
 *
 * @since 0.1.0
 */
export const phaseOf = (snapshot: Snapshot): typeof Phase.Type => snapshot.phase ?? derivePhase(snapshot.status)
