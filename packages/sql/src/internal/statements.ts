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

/** The columns of a step output row, in insert order. */
export const outputColumns = ["org_id", "workspace_id", "deployment_id", "run_id", "step_id", "value", "fingerprint", "written_at"] as const

/** The columns of a step-ledger row, in insert order. */
export const stepColumns = ["org_id", "workspace_id", "deployment_id", "run_id", "step_id", "kind", "attempt", "at", "detail"] as const

/** The columns of a timer row, in insert order. */
export const timerColumns = [
  "org_id",
  "workspace_id",
  "deployment_id",
  "run_id",
  "timer_id",
  "fire_at",
  "status",
  "scheduled_at",
  "fired_at",
  "canceled_at"
] as const

/**
 * The key of a run (or of its stream) as the hot statements bind it: the values of their `org`,
 * `ws`, `dep`, `run` parameters, which come first in each of them.
 */
export type RunKey = readonly [org: string, ws: string, dep: string, run: string]

/** The key of the run `runId` of `scope`. */
export const runKey = (scope: TenantScope.Input, runId: string): RunKey => [
  enc(scope.orgId),
  enc(scope.workspaceId),
  scope.deploymentId === undefined ? "" : enc(scope.deploymentId),
  enc(runId)
]

/** The key of a scope: the values of the `org`, `ws`, `dep` parameters. */
export type ScopeKey = readonly [org: string, ws: string, dep: string]

/** The key of `scope`. */
export const scopeKey = (scope: TenantScope.Input): ScopeKey => {
  const c = scopeColumns(scope)
  return [c.org_id, c.workspace_id, c.deployment_id]
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
    prepare(sql`SELECT * FROM ${t.events} WHERE ${inRun} AND seq > ${param("after")}
        ${before ? sql`AND seq < ${param("before")}` : sql``} ORDER BY seq ${sql.literal(order)} LIMIT ${param("limit")}`
    )
  return {
    stream: prepare(sql`SELECT ${streamColumns} FROM ${t.streams} WHERE ${inRun}`),
    streamLocked: prepare(sql`SELECT ${streamColumns} FROM ${t.streams} WHERE ${inRun} ${locks.forUpdate}`),
    // Postgres: create the stream row if missing and lock it, in one statement (no row, no lock).
    streamEnsureLocked: prepare(sql`INSERT INTO ${t.streams} (org_id, workspace_id, deployment_id, run_id, last_seq, event_count, event_bytes,
        compacted_through_seq) VALUES (${param("org")}, ${param("ws")}, ${param("dep")}, ${param("run")}, 0, 0, 0, 0)
        ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO UPDATE SET last_seq = ${t.streams}.last_seq
        RETURNING ${streamColumns}`
    ),
    streamUpsert: prepare(sql`INSERT INTO ${t.streams} (org_id, workspace_id, deployment_id, run_id, last_seq, event_count, event_bytes,
        compacted_through_seq) VALUES (${param("org")}, ${param("ws")}, ${param("dep")}, ${param("run")},
        ${param("last")}, ${param("count")}, ${param("bytes")}, ${param("compacted")})
        ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO UPDATE SET
        last_seq = excluded.last_seq, event_count = excluded.event_count, event_bytes = excluded.event_bytes`
    ),
    eventIds: preparedBySize(
      (n) =>
        sql`SELECT event_id, seq, fingerprint FROM ${t.events} WHERE ${inRun}
          AND ${sql.in("event_id", ids(n))} AND type <> ${Event.CompactedType}`
    ),
    prunedIds: preparedBySize(
      (n) => sql`SELECT event_id, seq, fingerprint FROM ${t.prunedEvents} WHERE ${inRun} AND ${sql.in("event_id", ids(n))}`
    ),
    insertEvents: preparedBySize(
      (n) =>
        sql`INSERT INTO ${t.events} ${sql.insert(Array.from({ length: n }, (_, i) => rowParams(i, eventColumns)))}
          ON CONFLICT (org_id, workspace_id, deployment_id, run_id, event_id) DO NOTHING RETURNING seq`
    ),
    readAsc: eventsAfter("ASC", false),
    readAscBefore: eventsAfter("ASC", true),
    readDesc: eventsAfter("DESC", false),
    readDescBefore: eventsAfter("DESC", true),
    poll: prepare(sql`SELECT * FROM ${t.events} WHERE ${inScope} AND position > ${param("after")} ORDER BY position LIMIT ${param("limit")}`
    ),
    pollAll: prepare(sql`SELECT * FROM ${t.events} WHERE position > ${param("after")} ORDER BY position LIMIT ${param("limit")}`
    ),
    // Postgres: number the committed events for the feed (see `pgFeed` in schema.ts), under the store's
    // feed lock (taken by an earlier statement, so this one's snapshot sees every earlier numbering),
    // then read a page by those numbers.
    feedLock: prepare(sql`SELECT pg_advisory_xact_lock(${0x726c}, hashtext(current_schema() || '.' || ${param("events")}))`
    ),
    sequence: prepare(sql`WITH q AS (
          SELECT position, row_number() OVER (ORDER BY position) AS rn FROM ${t.events}
          WHERE feed_position IS NULL ORDER BY position LIMIT ${param("limit")}
        ), c AS (
          UPDATE ${t.feed} SET last_position = last_position + (SELECT COUNT(*) FROM q) WHERE id = 1
          RETURNING last_position - (SELECT COUNT(*) FROM q) AS base
        )
        UPDATE ${t.events} e SET feed_position = c.base + q.rn FROM q, c
        WHERE e.position = q.position AND e.feed_position IS NULL`
    ),
    pollFeed: prepare(sql`SELECT ${sql.literal(eventColumns.join(", "))}, feed_position AS position FROM ${t.events}
        WHERE ${inScope} AND feed_position > ${param("after")} ORDER BY feed_position LIMIT ${param("limit")}`
    ),
    pollFeedAll: prepare(sql`SELECT ${sql.literal(eventColumns.join(", "))}, feed_position AS position FROM ${t.events}
        WHERE feed_position > ${param("after")} ORDER BY feed_position LIMIT ${param("limit")}`
    ),
    run: prepare(sql`SELECT * FROM ${t.runs} WHERE ${inRun}`),
    runLocked: prepare(sql`SELECT * FROM ${t.runs} WHERE ${inRun} ${locks.forUpdate}`),
    runExists: prepare(sql`SELECT 1 AS found FROM ${t.runs} WHERE ${inRun}`),
    runExistsLocked: prepare(sql`SELECT 1 AS found FROM ${t.runs} WHERE ${inRun} ${locks.forUpdate}`),
    runUpdate: prepare(sql`UPDATE ${t.runs} SET status = ${param("status")}, version = ${param("version")}, state = ${param("state")},
        updated_at = ${param("updated")}, completed_at = ${param("completed")}
        WHERE ${inRun} AND version = ${param("previous")}`
    ),
    leaseShared: prepare(sql`SELECT * FROM ${t.leases} WHERE ${inRun} ${locks.forShare}`),
    // The step commit (`RunCommit`): what it looks up of the step, and its inserts.
    output: prepare(sql`SELECT * FROM ${t.outputs} WHERE ${inRun} AND step_id = ${param("step")}`),
    insertOutput: prepare(sql`INSERT INTO ${t.outputs} ${sql.insert(rowParams(0, outputColumns))}
        ON CONFLICT (org_id, workspace_id, deployment_id, run_id, step_id) DO NOTHING RETURNING step_id`),
    stepKeys: preparedBySize(
      (n) => sql`SELECT step_id, kind, attempt FROM ${t.steps} WHERE ${inRun} AND ${sql.in("step_id", ids(n))}`
    ),
    insertSteps: preparedBySize(
      (n) => sql`INSERT INTO ${t.steps} ${sql.insert(Array.from({ length: n }, (_, i) => rowParams(i, stepColumns)))}`
    ),
    timerIds: preparedBySize(
      (n) => sql`SELECT timer_id FROM ${t.timers} WHERE ${inRun} AND ${sql.in("timer_id", ids(n))}`
    ),
    insertTimers: preparedBySize(
      (n) =>
        sql`INSERT INTO ${t.timers} ${sql.insert(Array.from({ length: n }, (_, i) => rowParams(i, timerColumns)))}
          ON CONFLICT (org_id, workspace_id, deployment_id, run_id, timer_id) DO NOTHING RETURNING timer_id`
    ),
    // Postgres: a CAS as one conditional UPDATE — the expectation, the statuses the machine allows
    // leaving from, and the lease fence (the lease row share-locked, so no acquisition commits in
    // between) all in its WHERE. No row: the caller decides again under row locks (false, NotFound,
    // Fenced or InvalidTransition).
    casUpdate: prepare(sql`UPDATE ${t.runs} SET status = COALESCE(${param("status")}::text, status), version = version + 1,
        state = COALESCE(${param("state")}::text, state), updated_at = ${param("now")},
        completed_at = CASE WHEN ${param("completes")}::boolean AND status <> COALESCE(${param("status")}::text, status)
          THEN ${param("now")} ELSE completed_at END
        WHERE ${inRun} AND status = ANY(${param("from")}::text[])
        AND (${param("version")}::bigint IS NULL OR version = ${param("version")}::bigint)
        AND (${param("token")}::bigint IS NULL OR COALESCE(
          (SELECT l.token FROM ${t.leases} l WHERE l.org_id = ${param("org")} AND l.workspace_id = ${param("ws")}
            AND l.deployment_id = ${param("dep")} AND l.run_id = ${param("run")} FOR SHARE), 0) <= ${param("token")}::bigint)
        RETURNING version`
    )
  }
}

/** The hot statements of one store. */
export type Statements = ReturnType<typeof makeStatements>
