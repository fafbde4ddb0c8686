/**
 * The store's hot statements — every statement of an append, a CAS, a read window, a poll — compiled
 * once per store (see `prepared.ts`). The rest of the store builds its statements as templates.
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import type { Fragment } from "@effect/sql/Statement"
import { Event } from "@runledger/core"
import type { TenantScope } from "@runledger/core"
import { enc, scopeColumns } from "./codec.js"
import { param, prepare, preparedBySize, rowParams } from "./prepared.js"
import type { TableNames } from "./schema.js"

/** The columns of an event row, in insert order. */
export const eventColumns = [
  "org_id",
  "workspace_id",
  "deployment_id",
  "run_id",
  "seq",
  "event_id",
  "type",
  "occurred_at",
  "payload",
  "causation_id",
  "correlation_id",
  "actor",
  "schema_version",
  "fingerprint",
  "bytes"
] as const

/** The key values of a run (or stream) for the `org`, `ws`, `dep`, `run` parameters. */
export const runKey = (scope: TenantScope.Input, runId: string) => {
  const c = scopeColumns(scope)
  return { org: c.org_id, ws: c.workspace_id, dep: c.deployment_id, run: enc(runId) }
}

/** The key values of a scope for the `org`, `ws`, `dep` parameters. */
export const scopeKey = (scope: TenantScope.Input) => {
  const c = scopeColumns(scope)
  return { org: c.org_id, ws: c.workspace_id, dep: c.deployment_id }
}

/** The hot statements of a store over `sql` with tables `t`. */
export const makeStatements = (
  sql: SqlClient.SqlClient,
  t: { readonly [K in keyof TableNames]: Fragment },
  locks: { readonly forUpdate: Fragment; readonly forShare: Fragment }
) => {
  const inScope = sql`org_id = ${param("org")} AND workspace_id = ${param("ws")} AND deployment_id = ${param("dep")}`
  const inRun = sql`${inScope} AND run_id = ${param("run")}`
  const ids = (n: number) => Array.from({ length: n }, (_, i) => param(`id${i}`))
  const streamColumns = sql`last_seq, event_count, event_bytes, compacted_through_seq`
  const eventsAfter = (order: "ASC" | "DESC", before: boolean) =>
    prepare(
      sql,
      sql`SELECT * FROM ${t.events} WHERE ${inRun} AND seq > ${param("after")}
        ${before ? sql`AND seq < ${param("before")}` : sql``} ORDER BY seq ${sql.literal(order)} LIMIT ${param("limit")}`
    )
  return {
    stream: prepare(sql, sql`SELECT ${streamColumns} FROM ${t.streams} WHERE ${inRun}`),
    streamLocked: prepare(sql, sql`SELECT ${streamColumns} FROM ${t.streams} WHERE ${inRun} ${locks.forUpdate}`),
    streamEnsure: prepare(
      sql,
      sql`INSERT INTO ${t.streams} (org_id, workspace_id, deployment_id, run_id, last_seq, event_count, event_bytes,
        compacted_through_seq) VALUES (${param("org")}, ${param("ws")}, ${param("dep")}, ${param("run")}, 0, 0, 0, 0)
        ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO NOTHING`
    ),
    streamUpsert: prepare(
      sql,
      sql`INSERT INTO ${t.streams} (org_id, workspace_id, deployment_id, run_id, last_seq, event_count, event_bytes,
        compacted_through_seq) VALUES (${param("org")}, ${param("ws")}, ${param("dep")}, ${param("run")},
        ${param("last")}, ${param("count")}, ${param("bytes")}, ${param("compacted")})
        ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO UPDATE SET
        last_seq = excluded.last_seq, event_count = excluded.event_count, event_bytes = excluded.event_bytes`
    ),
    eventIds: preparedBySize(
      sql,
      (n) =>
        sql`SELECT event_id, seq, fingerprint FROM ${t.events} WHERE ${inRun}
          AND ${sql.in("event_id", ids(n))} AND type <> ${Event.CompactedType}`
    ),
    prunedIds: preparedBySize(
      sql,
      (n) => sql`SELECT event_id, seq, fingerprint FROM ${t.prunedEvents} WHERE ${inRun} AND ${sql.in("event_id", ids(n))}`
    ),
    insertEvents: preparedBySize(
      sql,
      (n) =>
        sql`INSERT INTO ${t.events} ${sql.insert(Array.from({ length: n }, (_, i) => rowParams(i, eventColumns)))}
          ON CONFLICT (org_id, workspace_id, deployment_id, run_id, event_id) DO NOTHING RETURNING seq`
    ),
    readAsc: eventsAfter("ASC", false),
    readAscBefore: eventsAfter("ASC", true),
    readDesc: eventsAfter("DESC", false),
    readDescBefore: eventsAfter("DESC", true),
    poll: prepare(
      sql,
      sql`SELECT * FROM ${t.events} WHERE ${inScope} AND position > ${param("after")} ORDER BY position LIMIT ${param("limit")}`
    ),
    pollAll: prepare(
      sql,
      sql`SELECT * FROM ${t.events} WHERE position > ${param("after")} ORDER BY position LIMIT ${param("limit")}`
    ),
    run: prepare(sql, sql`SELECT * FROM ${t.runs} WHERE ${inRun}`),
    runLocked: prepare(sql, sql`SELECT * FROM ${t.runs} WHERE ${inRun} ${locks.forUpdate}`),
    runExists: prepare(sql, sql`SELECT 1 AS found FROM ${t.runs} WHERE ${inRun}`),
    runExistsLocked: prepare(sql, sql`SELECT 1 AS found FROM ${t.runs} WHERE ${inRun} ${locks.forUpdate}`),
    runUpdate: prepare(
      sql,
      sql`UPDATE ${t.runs} SET status = ${param("status")}, version = ${param("version")}, state = ${param("state")},
        updated_at = ${param("updated")}, completed_at = ${param("completed")}
        WHERE ${inRun} AND version = ${param("previous")}`
    ),
    leaseShared: prepare(sql, sql`SELECT * FROM ${t.leases} WHERE ${inRun} ${locks.forShare}`),
    ids: (values: ReadonlyArray<string>) => Object.fromEntries(values.map((v, i) => [`id${i}`, v]))
  }
}

/** The hot statements of one store. */
export type Statements = ReturnType<typeof makeStatements>
