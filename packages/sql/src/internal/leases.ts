import type { LeaseStore, TenantScope } from "@runledger/core"
import { Lease } from "@runledger/core"
import { Effect, Either, Option } from "effect"
import type { Ctx } from "./context.js"
import { inRun, querying, writing } from "./context.js"
import { decodeRow } from "./errors.js"
import { leaseFromRow, leaseRow } from "./rows.js"

/** The lease-store backend over SQL, applying the `Lease` reducers. */
export const makeLeaseBackend = (ctx: Ctx): LeaseStore.Backend => {
  const { sql, t } = ctx

  const load = (operation: string, scope: TenantScope.TenantScope, runId: string, lock: boolean) =>
    Effect.flatMap(
      sql`SELECT * FROM ${t.leases} WHERE ${inRun(ctx, scope, runId)} ${lock ? ctx.forUpdate : sql``}`,
      (rows) =>
        rows[0] === undefined
          ? Effect.succeed(undefined)
          : decodeRow(operation, "Lease", runId, () => leaseFromRow(rows[0]!))
    )

  const store = (lease: Lease.Lease) =>
    sql`INSERT INTO ${t.leases} ${sql.insert(leaseRow(lease))}
      ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO UPDATE SET
      owner = excluded.owner, token = excluded.token, acquired_at = excluded.acquired_at,
      expires_at = excluded.expires_at, released_at = excluded.released_at`

  return {
    acquire: (scope, runId, owner, ttlMillis, now) =>
      writing(ctx, "LeaseStore.acquire", { entity: "Lease", id: runId })(
        Effect.gen(function*() {
          const current = yield* load("LeaseStore.acquire", scope, runId, true)
          const decided = Lease.acquire(current, { scope, runId, owner, ttlMillis }, now)
          if (Either.isLeft(decided)) return yield* Effect.fail(decided.left)
          if (current !== undefined) {
            yield* store(decided.right)
            return decided.right
          }
          // A first lease: insert only if no lease row appeared meanwhile (Postgres does not lock a row
          // that does not exist yet), otherwise decide again against the row that won.
          const inserted = yield* sql`INSERT INTO ${t.leases} ${sql.insert(leaseRow(decided.right))}
            ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO NOTHING RETURNING token`
          if (inserted.length > 0) return decided.right
          const winner = yield* load("LeaseStore.acquire", scope, runId, true)
          const again = Lease.acquire(winner, { scope, runId, owner, ttlMillis }, now)
          if (Either.isLeft(again)) return yield* Effect.fail(again.left)
          yield* store(again.right)
          return again.right
        })
      ),
    renew: (scope, runId, owner, token, ttlMillis, now) =>
      writing(ctx, "LeaseStore.renew", { entity: "Lease", id: runId })(
        Effect.gen(function*() {
          const current = yield* load("LeaseStore.renew", scope, runId, true)
          const decided = Lease.renew(current, runId, owner, token, ttlMillis, now)
          if (Either.isLeft(decided)) return yield* Effect.fail(decided.left)
          yield* store(decided.right)
          return decided.right
        })
      ),
    release: (scope, runId, owner, token, now) =>
      writing(ctx, "LeaseStore.release", { entity: "Lease", id: runId })(
        Effect.gen(function*() {
          const current = yield* load("LeaseStore.release", scope, runId, true)
          const released = Lease.release(current, owner, token, now)
          if (Option.isNone(released)) return false
          yield* store(released.value)
          return true
        })
      ),
    get: (scope, runId) =>
      querying(ctx, "LeaseStore.get", { entity: "Lease", id: runId })(
        Effect.map(load("LeaseStore.get", scope, runId, false), Option.fromNullable)
      )
  }
}
