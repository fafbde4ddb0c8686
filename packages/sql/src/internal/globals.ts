import type { ContextStore } from "@runledger/core"
import { StepOutput } from "@runledger/core"
import { Effect, Option } from "effect"
import { millis, scopeColumns } from "./codec.js"
import type { Ctx } from "./context.js"
import { inScope, querying, writing } from "./context.js"
import { decodeRow } from "./errors.js"
import { globalFromRow } from "./rows.js"

/** The context-store backend over SQL. */
export const makeContextBackend = (ctx: Ctx): ContextStore.Backend => {
  const { sql, t } = ctx
  const row = (scope: Parameters<ContextStore.Backend["putGlobal"]>[0], value: StepOutput.GlobalValue) => ({
    ...scopeColumns(scope),
    key: value.key as string,
    value: JSON.stringify(value.value),
    fingerprint: value.fingerprint,
    updated_at: millis(value.updatedAt)
  })
  return {
    putGlobal: (scope, value) =>
      writing(ctx, "ContextStore.putGlobal", { entity: "GlobalValue", id: value.key })(
        Effect.gen(function*() {
          const inserted = yield* sql`INSERT INTO ${t.globals} ${sql.insert(row(scope, value))}
            ON CONFLICT (org_id, workspace_id, deployment_id, key) DO NOTHING RETURNING key`
          if (inserted.length > 0) return
          const stored = yield* sql<{ readonly fingerprint: string }>`SELECT fingerprint FROM ${t.globals}
            WHERE ${inScope(ctx, scope)} AND key = ${value.key}`
          return yield* Effect.fail(StepOutput.conflict("GlobalValue", value.key, String(stored[0]?.fingerprint), value.value))
        })
      ),
    upsertGlobal: (scope, value) =>
      writing(ctx, "ContextStore.upsertGlobal", { entity: "GlobalValue", id: value.key })(
        sql`INSERT INTO ${t.globals} ${sql.insert(row(scope, value))}
          ON CONFLICT (org_id, workspace_id, deployment_id, key) DO UPDATE SET
          value = excluded.value, fingerprint = excluded.fingerprint, updated_at = excluded.updated_at`
      ).pipe(Effect.asVoid),
    getGlobal: (scope, key) =>
      querying(ctx, "ContextStore.getGlobal", { entity: "GlobalValue", id: key })(
        Effect.flatMap(sql`SELECT * FROM ${t.globals} WHERE ${inScope(ctx, scope)} AND key = ${key}`, (rows) =>
          rows[0] === undefined
            ? Effect.succeed(Option.none())
            : Effect.map(decodeRow("ContextStore.getGlobal", "GlobalValue", key, () => globalFromRow(rows[0]!)), Option.some))
      )
  }
}
