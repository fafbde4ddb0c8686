import type { SqlError } from "@effect/sql/SqlError"
import type { Errors, SpecStore, TenantScope } from "@runledger/core"
import { Spec } from "@runledger/core"
import { Effect, Either, Option } from "effect"
import { enc, millis, num, numOrNull, scopeColumns } from "./codec.js"
import type { Ctx } from "./context.js"
import { inScope, querying, writing } from "./context.js"
import { decodeRow } from "./errors.js"
import { specRevisionFromRow } from "./rows.js"

type Scope = TenantScope.TenantScope

/** The spec-store backend over SQL, applying the `Spec` reducers. */
export const makeSpecBackend = (ctx: Ctx): SpecStore.Backend => {
  const { sql, t } = ctx
  const inSpec = (scope: Scope, specId: string) => sql`${inScope(ctx, scope)} AND spec_id = ${enc(specId)}`

  /**
   * What the reducers need of a spec's history: its current revision (the only live one they look
   * at) and the last revision number ever issued.
   */
  const history = (
    operation: string,
    scope: Scope,
    specId: string
  ): Effect.Effect<Spec.SpecHistory, Errors.StoreCorrupt | SqlError> =>
    Effect.gen(function*() {
      const counters = yield* sql`SELECT last_revision, current_revision FROM ${t.specs} WHERE ${inSpec(scope, specId)}
        ${ctx.forUpdate}`
      if (counters[0] === undefined) return Spec.emptyHistory
      const { current, last } = yield* decodeRow(operation, "Spec", specId, () => ({
        last: num(counters[0]!.last_revision),
        current: numOrNull(counters[0]!.current_revision)
      }))
      if (current === null) return { revisions: [], lastRevision: last }
      const rows = yield* sql`SELECT * FROM ${t.specRevisions} WHERE ${inSpec(scope, specId)} AND revision = ${current}`
      const revision = yield* decodeRow(operation, "Spec", specId, () => {
        if (rows[0] === undefined) throw new Error(`current revision ${current} is missing`)
        return specRevisionFromRow(rows[0])
      })
      return { revisions: [revision], lastRevision: last }
    })

  const current = (scope: Scope) =>
    sql`SELECT r.* FROM ${t.specs} s JOIN ${t.specRevisions} r
      ON r.org_id = s.org_id AND r.workspace_id = s.workspace_id AND r.deployment_id = s.deployment_id
      AND r.spec_id = s.spec_id AND r.revision = s.current_revision
      WHERE s.org_id = ${scopeColumns(scope).org_id} AND s.workspace_id = ${scopeColumns(scope).workspace_id}
      AND s.deployment_id = ${scopeColumns(scope).deployment_id} AND s.current_revision IS NOT NULL`

  const decodeAll = (operation: string, rows: ReadonlyArray<{ readonly [k: string]: unknown }>) =>
    Effect.forEach(rows, (row) => decodeRow(operation, "Spec", String(row.spec_id), () => specRevisionFromRow(row)))

  return {
    put: (scope, specId, definition, expectedRevision, now) =>
      writing(ctx, "SpecStore.put", { entity: "Spec", id: specId })(
        Effect.gen(function*() {
          // On Postgres the counter row is created first, so a spec's first revision has a row to lock.
          yield* sql.onDialectOrElse({
            pg: () =>
              sql`INSERT INTO ${t.specs} ${
                sql.insert({ ...scopeColumns(scope), spec_id: enc(specId), last_revision: 0, current_revision: null })
              } ON CONFLICT (org_id, workspace_id, deployment_id, spec_id) DO NOTHING`,
            orElse: () => Effect.succeed([])
          })
          const before = yield* history("SpecStore.put", scope, specId)
          const decided = Spec.put(before, { scope, specId, definition }, expectedRevision, now)
          if (Either.isLeft(decided)) return yield* Effect.fail(decided.left)
          const revision = decided.right.revision
          yield* sql`INSERT INTO ${t.specRevisions} ${
            sql.insert({
              ...scopeColumns(scope),
              spec_id: enc(specId),
              revision: revision.revision,
              definition: JSON.stringify(revision.definition),
              content_hash: revision.contentHash,
              created_at: millis(revision.createdAt)
            })
          }`
          yield* sql`INSERT INTO ${t.specs} ${
            sql.insert({
              ...scopeColumns(scope),
              spec_id: enc(specId),
              last_revision: decided.right.history.lastRevision,
              current_revision: revision.revision
            })
          } ON CONFLICT (org_id, workspace_id, deployment_id, spec_id) DO UPDATE SET
            last_revision = excluded.last_revision, current_revision = excluded.current_revision`
          return revision
        })
      ),
    get: (scope, specId) =>
      querying(ctx, "SpecStore.get", { entity: "Spec", id: specId })(
        Effect.flatMap(sql`${current(scope)} AND s.spec_id = ${enc(specId)}`, (rows) =>
          Effect.map(decodeAll("SpecStore.get", rows), (revisions) => Option.fromNullable(revisions[0])))
      ),
    getRevision: (scope, specId, revision) =>
      querying(ctx, "SpecStore.getRevision", { entity: "Spec", id: specId })(
        Effect.flatMap(
          sql`SELECT * FROM ${t.specRevisions} WHERE ${inSpec(scope, specId)} AND revision = ${revision}`,
          (rows) => Effect.map(decodeAll("SpecStore.getRevision", rows), (revisions) => Option.fromNullable(revisions[0]))
        )
      ),
    list: (scope, query) =>
      querying(ctx, "SpecStore.list")(
        Effect.flatMap(
          query.after === undefined
            ? sql`${current(scope)} ORDER BY s.spec_id LIMIT ${query.limit}`
            : sql`${current(scope)} AND s.spec_id > ${enc(query.after)} ORDER BY s.spec_id LIMIT ${query.limit}`,
          (rows) => decodeAll("SpecStore.list", rows)
        )
      ),
    delete: (scope, specId, expectedRevision) =>
      writing(ctx, "SpecStore.delete", { entity: "Spec", id: specId })(
        Effect.gen(function*() {
          const before = yield* history("SpecStore.delete", scope, specId)
          const decided = Spec.remove(before, specId, expectedRevision)
          if (Either.isLeft(decided)) return yield* Effect.fail(decided.left)
          if (!decided.right.deleted) return false
          yield* sql`DELETE FROM ${t.specRevisions} WHERE ${inSpec(scope, specId)}`
          yield* sql`UPDATE ${t.specs} SET current_revision = NULL WHERE ${inSpec(scope, specId)}`
          return true
        })
      )
  }
}
