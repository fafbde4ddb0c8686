/**
 * The snapshot store (contract §5): write-once snapshots of a run's state at an event seq, listed
 * by seq. Records of older schema versions keep reading (see `Snapshot`).
 *
 * Snapshot ids are unique within a scope. The store does not require the run to exist: snapshots
 * may live in another store than the run.
 *
 * @since 0.1.0
 */
import { InputDate } from "./Limits.js"
import { Context, Effect, Schema } from "effect"
import type { Option } from "effect"
import type { AlreadyExists, InvalidInput, StoreError } from "./Errors.js"
import { IdString, RunId, SnapshotId } from "./Identifiers.js"
import type { Json } from "./Json.js"
import * as Limits from "./Limits.js"
import { boundedJson, now, PageLimit, traced } from "./internal/operation.js"
import * as RunStatus from "./RunStatus.js"
import type { Snapshot } from "./Snapshot.js"
import * as SnapshotModel from "./Snapshot.js"
import { TenantScope } from "./TenantScope.js"
import type * as Scope from "./TenantScope.js"

/**
 * What `put` takes. `createdAt` defaults to the store clock.
 *
 * @since 0.1.0
 */
export interface SnapshotInput {
  readonly snapshotId: string
  readonly seq: number
  readonly status: RunStatus.RunStatus
  readonly phase?: string
  readonly phaseHistory?: ReadonlyArray<{ readonly phase: string; readonly at: Date }>
  readonly checkpoint: Json
  readonly payloadDigest?: string
  readonly definitionRevision?: number
  readonly metadata?: Json
  readonly createdAt?: Date
}

/**
 * The snapshot store as callers use it.
 *
 * @since 0.1.0
 */
export interface Service {
  /**
   * Store a snapshot of the run, at the current schema version, and return the stored record.
   * Idempotent by `snapshotId`: the same content again (whatever `createdAt`) returns the record
   * stored first and writes nothing; other content under a taken id fails with `AlreadyExists`
   * (`sameFingerprint: false`).
   */
  readonly put: (
    scope: Scope.Input,
    runId: string,
    snapshot: SnapshotInput
  ) => Effect.Effect<Snapshot, AlreadyExists | InvalidInput | StoreError>
  /** The snapshot, if it exists in this scope for this run (none for an id of another run or scope). */
  readonly get: (
    scope: Scope.Input,
    runId: string,
    snapshotId: string
  ) => Effect.Effect<Option.Option<Snapshot>, InvalidInput | StoreError>
  /** The run's snapshots ascending by seq; with `limit`, only the latest `limit` of them. */
  readonly list: (
    scope: Scope.Input,
    runId: string,
    options?: { readonly limit?: number }
  ) => Effect.Effect<ReadonlyArray<Snapshot>, InvalidInput | StoreError>
}

/**
 * The snapshot store service.
 *
 * @since 0.1.0
 */
export class SnapshotStore extends Context.Tag("@runledger/SnapshotStore")<SnapshotStore, Service>() {}

/**
 * What a backend implements, over decoded input. It stores `Snapshot.encode(record)` (or columns
 * equivalent to it) and reads every record back through `Snapshot.decodeStored`, reporting one
 * that does not decode as `StoreCorrupt`. `put` applies `Snapshot.put` atomically and returns the
 * stored record.
 *
 * @since 0.1.0
 */
export interface Backend {
  readonly put: (snapshot: Snapshot) => Effect.Effect<Snapshot, AlreadyExists | StoreError>
  readonly get: (
    scope: TenantScope,
    runId: RunId,
    snapshotId: SnapshotId
  ) => Effect.Effect<Option.Option<Snapshot>, StoreError>
  /** The run's snapshots ascending by seq, the latest `limit` when given (`Snapshot.latest`). */
  readonly list: (
    scope: TenantScope,
    runId: RunId,
    limit: number | undefined
  ) => Effect.Effect<ReadonlyArray<Snapshot>, StoreError>
}

/**
 * Options of {@link make}.
 *
 * @since 0.1.0
 */
export interface Options {
  readonly limits?: Partial<Limits.Limits>
}

/**
 * The snapshot store over a backend: decoding, clock and tracing in one place.
 *
 * @since 0.1.0
 */
export const make = (backend: Backend, options: Options = {}): Service => {
  const limits: Limits.Limits = { ...Limits.defaults, ...options.limits }
  const JsonValue = boundedJson(limits)
  const RunRef = Schema.Struct({ scope: TenantScope, runId: RunId })
  const op = {
    put: traced(
      "SnapshotStore.put",
      Schema.Struct({
        ...RunRef.fields,
        snapshot: Schema.Struct({
          snapshotId: SnapshotId,
          seq: Schema.NonNegativeInt,
          status: RunStatus.RunStatus,
          phase: Schema.optional(SnapshotModel.Phase),
          phaseHistory: Schema.optional(
            Schema.Array(Schema.Struct({ phase: SnapshotModel.Phase, at: InputDate })).pipe(
              Schema.maxItems(SnapshotModel.MaxPhaseHistory)
            )
          ),
          checkpoint: JsonValue,
          payloadDigest: Schema.optional(IdString),
          definitionRevision: Schema.optional(Schema.Int.pipe(Schema.positive())),
          metadata: Schema.optional(JsonValue),
          createdAt: Schema.optional(InputDate)
        })
      })
    ),
    get: traced("SnapshotStore.get", Schema.Struct({ ...RunRef.fields, snapshotId: SnapshotId })),
    list: traced(
      "SnapshotStore.list",
      Schema.Struct({ ...RunRef.fields, options: Schema.Struct({ limit: Schema.optional(PageLimit) }) })
    )
  }
  return {
    put: (scope, runId, snapshot) =>
      op.put({ scope, runId, snapshot }, ({ runId, scope, snapshot }) =>
        Effect.flatMap(now, (at) =>
          backend.put(
            SnapshotModel.Snapshot.make({
              snapshotId: snapshot.snapshotId,
              runId,
              scope,
              seq: snapshot.seq,
              createdAt: snapshot.createdAt ?? at,
              status: snapshot.status,
              checkpoint: snapshot.checkpoint,
              ...(snapshot.phase === undefined ? {} : { phase: snapshot.phase }),
              ...(snapshot.phaseHistory === undefined ? {} : { phaseHistory: snapshot.phaseHistory }),
              ...(snapshot.payloadDigest === undefined ? {} : { payloadDigest: snapshot.payloadDigest }),
              ...(snapshot.definitionRevision === undefined ? {} : { definitionRevision: snapshot.definitionRevision }),
              ...(snapshot.metadata === undefined ? {} : { metadata: snapshot.metadata }),
              schemaVersion: SnapshotModel.CurrentVersion
            })
          ))),
    get: (scope, runId, snapshotId) =>
      op.get({ scope, runId, snapshotId }, ({ runId, scope, snapshotId }) => backend.get(scope, runId, snapshotId)),
    list: (scope, runId, options = {}) =>
      op.list({ scope, runId, options }, ({ options, runId, scope }) => backend.list(scope, runId, options.limit))
  }
}
