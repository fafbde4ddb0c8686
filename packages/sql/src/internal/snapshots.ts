import type { SnapshotStore } from "@runledger/core"
import { Errors, Snapshot } from "@runledger/core"
import { Effect, Either, Option } from "effect"
import { enc, scopeColumns, text } from "./codec.js"
import type { Ctx } from "./context.js"
import { inScope, querying, writing } from "./context.js"

/**
 * A stored record of any schema version, decoded by the core (`Snapshot.decodeStored`): an older
 * version is upgraded, one that does not decode is `StoreCorrupt` — reported, never skipped.
 */
const decode = (operation: string, id: string, record: unknown): Either.Either<Snapshot.Snapshot, Errors.StoreCorrupt> => {
  let stored: unknown
  try {
    stored = JSON.parse(text(record))
  } catch (cause) {
    return Either.left(new Errors.StoreCorrupt({ operation, entity: "Snapshot", id, reason: `not JSON: ${String(cause)}` }))
  }
  return Either.mapLeft(
    Snapshot.decodeStored(stored),
    (reason) => new Errors.StoreCorrupt({ operation, entity: "Snapshot", id, reason })
  )
}

/** The snapshot-store backend over SQL: records are stored whole in their versioned encoded form. */
export const makeSnapshotBackend = (ctx: Ctx): SnapshotStore.Backend => {
  const { sql, t } = ctx
  return {
    put: (snapshot) =>
      writing(ctx, "SnapshotStore.put", { entity: "Snapshot", id: snapshot.snapshotId })(
        Effect.gen(function*() {
          const rows = yield* sql`SELECT record FROM ${t.snapshots}
            WHERE ${inScope(ctx, snapshot.scope)} AND snapshot_id = ${enc(snapshot.snapshotId)} ${ctx.forUpdate}`
          const current = rows[0] === undefined
            ? Either.right(undefined)
            : decode("SnapshotStore.put", snapshot.snapshotId, rows[0].record)
          if (Either.isLeft(current)) return yield* Effect.fail(current.left)
          const decided = Snapshot.put(current.right, snapshot)
          if (Either.isLeft(decided)) return yield* Effect.fail(decided.left)
          if (!decided.right.write) return decided.right.snapshot
          const inserted = yield* sql`INSERT INTO ${t.snapshots} ${
            sql.insert({
              ...scopeColumns(snapshot.scope),
              snapshot_id: enc(snapshot.snapshotId),
              run_id: enc(snapshot.runId),
              seq: snapshot.seq,
              record: JSON.stringify(Snapshot.encode(decided.right.snapshot))
            })
          } ON CONFLICT (org_id, workspace_id, deployment_id, snapshot_id) DO NOTHING RETURNING snapshot_id`
          if (inserted.length > 0) return decided.right.snapshot
          // Written concurrently (Postgres does not lock a row that does not exist yet): decide again
          // against what was written.
          const again = yield* sql`SELECT record FROM ${t.snapshots}
            WHERE ${inScope(ctx, snapshot.scope)} AND snapshot_id = ${enc(snapshot.snapshotId)}`
          const stored = again[0] === undefined
            ? Either.right(undefined)
            : decode("SnapshotStore.put", snapshot.snapshotId, again[0].record)
          if (Either.isLeft(stored)) return yield* Effect.fail(stored.left)
          const retried = Snapshot.put(stored.right, snapshot)
          if (Either.isLeft(retried)) return yield* Effect.fail(retried.left)
          return retried.right.snapshot
        })
      ),
    get: (scope, runId, snapshotId) =>
      querying(ctx, "SnapshotStore.get", { entity: "Snapshot", id: snapshotId })(
        Effect.flatMap(
          // Filtered by run before decoding: an id of another run is simply absent.
          sql`SELECT record FROM ${t.snapshots}
            WHERE ${inScope(ctx, scope)} AND snapshot_id = ${enc(snapshotId)} AND run_id = ${enc(runId)}`,
          (rows) =>
            rows[0] === undefined
              ? Effect.succeed(Option.none())
              : Effect.map(decode("SnapshotStore.get", snapshotId, rows[0].record), Option.some)
        )
      ),
    list: (scope, runId, limit) =>
      querying(ctx, "SnapshotStore.list", { entity: "Snapshot", id: runId })(
        Effect.flatMap(
          limit === undefined
            ? sql`SELECT snapshot_id, record FROM ${t.snapshots} WHERE ${inScope(ctx, scope)} AND run_id = ${enc(runId)}
                ORDER BY seq, snapshot_id`
            : sql`SELECT snapshot_id, record FROM ${t.snapshots} WHERE ${inScope(ctx, scope)} AND run_id = ${enc(runId)}
                ORDER BY seq DESC, snapshot_id DESC LIMIT ${limit}`,
          (rows) =>
            Effect.map(
              Effect.forEach(rows, (row) => decode("SnapshotStore.list", String(row.snapshot_id), row.record)),
              // Decoded records in the core's order (the stored columns already sort the same way).
              (snapshots) => Snapshot.latest(snapshots, limit)
            )
        )
      )
  }
}
