/**
 * Read-only inspections the store services do not offer because they cross scopes: counts and sizes
 * per scope, runs and leases across scopes, and what a compaction would prune.
 */
import { Event } from "@runledger/core"
import type { Errors, Lease, Run, RunStatus, TenantScope } from "@runledger/core"
import { Effect, Option } from "effect"
import type { Fragment } from "@effect/sql/Statement"
import { enc, num, scopeColumns, scopeOf } from "../codec.js"
import type { ScopeColumns } from "../codec.js"
import { corrupt, refail } from "../errors.js"
import { leaseFromRow, runFromRow } from "../rows.js"
import { after } from "./export.js"
import type { AdminCtx } from "./tables.js"

type Row = { readonly [column: string]: unknown }

/** Counts and sizes of one scope. */
export interface ScopeStats {
  readonly scope: TenantScope.TenantScope
  readonly runs: number
  readonly runsByStatus: { readonly [status: string]: number }
  readonly events: number
  /** Payload bytes of the retained events, as the history guard measures them. */
  readonly eventBytes: number
  readonly prunedEvents: number
  readonly outputs: number
  /** Characters of stored output values. */
  readonly outputChars: number
  readonly snapshots: number
  readonly specs: number
  readonly timersScheduled: number
  readonly leases: number
}

const scopeKey = (row: Row) => `${String(row.org_id)}\u0000${String(row.workspace_id)}\u0000${String(row.deployment_id)}`

const inScopeOf = (ctx: AdminCtx, scope: TenantScope.Input | undefined): Fragment => {
  if (scope === undefined) return ctx.sql`1 = 1`
  const c = scopeColumns(scope)
  return ctx.sql`org_id = ${c.org_id} AND workspace_id = ${c.workspace_id} AND deployment_id = ${c.deployment_id}`
}

/** Counts and sizes per scope (of one scope when given), ordered by scope. */
export const stats = (ctx: AdminCtx, scope?: TenantScope.Input): Effect.Effect<ReadonlyArray<ScopeStats>, Errors.StoreError> =>
  refail("SqlAdmin.stats")(Effect.gen(function*() {
    const sql = ctx.sql
    const t = ctx.t
    const where = inScopeOf(ctx, scope)
    const byScope = new Map<string, { row: Row; stats: Record<string, unknown> }>()
    const entry = (row: Row) => {
      const key = scopeKey(row)
      let e = byScope.get(key)
      if (e === undefined) {
        e = {
          row,
          stats: {
            runs: 0,
            runsByStatus: {},
            events: 0,
            eventBytes: 0,
            prunedEvents: 0,
            outputs: 0,
            outputChars: 0,
            snapshots: 0,
            specs: 0,
            timersScheduled: 0,
            leases: 0
          }
        }
        byScope.set(key, e)
      }
      return e.stats
    }
    const group = sql`GROUP BY org_id, workspace_id, deployment_id`
    const cols = sql`org_id, workspace_id, deployment_id`
    for (const row of yield* sql<Row>`SELECT ${cols}, status, COUNT(*) AS n FROM ${t.runs} WHERE ${where} ${group}, status`) {
      const s = entry(row)
      s.runs = (s.runs as number) + num(row.n)
      ;(s.runsByStatus as Record<string, number>)[String(row.status)] = num(row.n)
    }
    for (const row of yield* sql<Row>`SELECT ${cols}, COUNT(*) AS n, COALESCE(SUM(bytes), 0) AS b FROM ${t.events}
      WHERE ${where} AND type <> ${Event.CompactedType} ${group}`) {
      const s = entry(row)
      s.events = num(row.n)
      s.eventBytes = num(row.b)
    }
    const counts: ReadonlyArray<readonly [keyof AdminCtx["t"], string, Fragment | undefined]> = [
      ["prunedEvents", "prunedEvents", undefined],
      ["snapshots", "snapshots", undefined],
      ["specs", "specs", sql`current_revision IS NOT NULL`],
      ["timers", "timersScheduled", sql`status = 'Scheduled'`],
      ["leases", "leases", undefined]
    ]
    for (const [table, field, extra] of counts) {
      for (const row of yield* sql<Row>`SELECT ${cols}, COUNT(*) AS n FROM ${t[table]}
        WHERE ${where}${extra === undefined ? sql`` : sql` AND ${extra}`} ${group}`) {
        entry(row)[field] = num(row.n)
      }
    }
    for (const row of yield* sql<Row>`SELECT ${cols}, COUNT(*) AS n, COALESCE(SUM(LENGTH(value)), 0) AS c FROM ${t.outputs}
      WHERE ${where} ${group}`) {
      const s = entry(row)
      s.outputs = num(row.n)
      s.outputChars = num(row.c)
    }
    const result: Array<ScopeStats> = []
    for (const { row, stats } of byScope.values()) {
      result.push({ scope: scopeOf(row as unknown as ScopeColumns), ...stats } as ScopeStats)
    }
    return result.sort((a, b) => compareScopes(a.scope, b.scope))
  }))

const compareScopes = (a: TenantScope.Input, b: TenantScope.Input): number => {
  const ka = [a.orgId, a.workspaceId, a.deploymentId ?? ""]
  const kb = [b.orgId, b.workspaceId, b.deploymentId ?? ""]
  for (let i = 0; i < 3; i++) {
    if (ka[i]! < kb[i]!) return -1
    if (ka[i]! > kb[i]!) return 1
  }
  return 0
}

/** A filter over runs of every scope. */
export interface RunQuery {
  readonly scope?: TenantScope.Input
  readonly statuses?: ReadonlyArray<RunStatus.RunStatus>
  readonly flowId?: string
  readonly createdFrom?: Date
  readonly createdBefore?: Date
  readonly limit: number
  readonly cursor?: string
}

/** A page of runs across scopes. */
export interface RunPage {
  readonly runs: ReadonlyArray<Run.Run>
  readonly nextCursor: Option.Option<string>
}

const runKey = ["created_at", "org_id", "workspace_id", "deployment_id", "run_id"]

/** The cursor text of a keyset position, and back (`undefined` when it is not one of ours). */
const encodeCursor = (row: Row) => encodeURIComponent(JSON.stringify(runKey.map((k) => (k === "created_at" ? num(row[k]) : row[k]))))
const decodeCursor = (cursor: string): Row | undefined => {
  try {
    const values: unknown = JSON.parse(decodeURIComponent(cursor))
    if (!Array.isArray(values) || values.length !== runKey.length) return undefined
    if (typeof values[0] !== "number" || values.slice(1).some((v) => typeof v !== "string")) return undefined
    return Object.fromEntries(runKey.map((k, i) => [k, values[i]]))
  } catch {
    return undefined
  }
}

/** Whether `cursor` is a cursor {@link listRuns} issued. */
export const isRunCursor = (cursor: string): boolean => decodeCursor(cursor) !== undefined

/** Runs of every scope (or one) matching the query, by creation time then scope and id. */
export const listRuns = (ctx: AdminCtx, query: RunQuery): Effect.Effect<RunPage, Errors.StoreError> =>
  refail("SqlAdmin.listRuns")(Effect.gen(function*() {
    const sql = ctx.sql
    const conditions: Array<Fragment> = []
    if (query.scope !== undefined) conditions.push(inScopeOf(ctx, query.scope))
    if (query.statuses !== undefined && query.statuses.length > 0) conditions.push(sql.in("status", query.statuses))
    if (query.flowId !== undefined) conditions.push(sql`flow_id = ${query.flowId}`)
    if (query.createdFrom !== undefined) conditions.push(sql`created_at >= ${query.createdFrom.getTime()}`)
    if (query.createdBefore !== undefined) conditions.push(sql`created_at < ${query.createdBefore.getTime()}`)
    const last = query.cursor === undefined ? undefined : decodeCursor(query.cursor)
    if (last !== undefined) {
      const left = sql.join(", ", false)(runKey.map((k) => sql`${sql(k)}`))
      const right = sql.join(", ", false)(runKey.map((k) => sql`${last[k] as string | number}`))
      conditions.push(sql`(${left}) > (${right})`)
    }
    const rows = yield* sql<Row>`SELECT * FROM ${ctx.t.runs}
      ${conditions.length === 0 ? sql`` : sql`WHERE ${sql.and(conditions)}`}
      ORDER BY created_at, org_id, workspace_id, deployment_id, run_id LIMIT ${query.limit + 1}`
    const page = rows.slice(0, query.limit)
    const runs: Array<Run.Run> = []
    for (const row of page) {
      try {
        runs.push(runFromRow(row))
      } catch (cause) {
        return yield* Effect.fail(corrupt("SqlAdmin.listRuns", "Run", String(row.run_id), cause))
      }
    }
    const nextCursor = rows.length > query.limit ? Option.some(encodeCursor(page[page.length - 1]!)) : Option.none()
    return { runs, nextCursor }
  }))

/** Leases of every scope (or one), by scope and run; at most `limit`. */
export const listLeases = (
  ctx: AdminCtx,
  query: { readonly scope?: TenantScope.Input; readonly runId?: string; readonly limit: number }
): Effect.Effect<ReadonlyArray<Lease.Lease>, Errors.StoreError> =>
  refail("SqlAdmin.listLeases")(Effect.gen(function*() {
    const sql = ctx.sql
    const rows = yield* sql<Row>`SELECT * FROM ${ctx.t.leases} WHERE ${inScopeOf(ctx, query.scope)}
      ${query.runId === undefined ? sql`` : sql`AND run_id = ${enc(query.runId)}`}
      ORDER BY org_id, workspace_id, deployment_id, run_id LIMIT ${query.limit}`
    const leases: Array<Lease.Lease> = []
    for (const row of rows) {
      try {
        leases.push(leaseFromRow(row))
      } catch (cause) {
        return yield* Effect.fail(corrupt("SqlAdmin.listLeases", "Lease", String(row.run_id), cause))
      }
    }
    return leases
  }))

/** What a compaction with a cutoff would prune. */
export interface CompactionPlan {
  /** Streams with at least one event to prune. */
  readonly streams: number
  /** Events that would be pruned. */
  readonly events: number
  /** Events retained in the streams considered (markers excluded), before compaction. */
  readonly retained: number
}

/**
 * What `EventLog.compact` with this cutoff would prune, computed the way the planner decides: the
 * leading caller events of each stream (after its marker) that occurred before the cutoff, up to
 * the first that did not.
 */
export const compactionPlan = (
  ctx: AdminCtx,
  options: { readonly cutoff: Date; readonly scope?: TenantScope.Input }
): Effect.Effect<CompactionPlan, Errors.StoreError> =>
  refail("SqlAdmin.compactionPlan")(Effect.gen(function*() {
    const sql = ctx.sql
    const t = ctx.t
    const cutoff = options.cutoff.getTime()
    const keyColumns = ["org_id", "workspace_id", "deployment_id", "run_id"]
    let last: Row | undefined
    let streams = 0
    let events = 0
    let retained = 0
    for (;;) {
      const conditions = [inScopeOf(ctx, options.scope), ...(last === undefined ? [] : [after(ctx, keyColumns, last)])]
      const page = yield* sql<Row>`SELECT * FROM ${t.streams} WHERE ${sql.and(conditions)}
        ORDER BY org_id, workspace_id, deployment_id, run_id LIMIT 500`
      for (const stream of page) {
        const inRun = sql`org_id = ${stream.org_id as string} AND workspace_id = ${stream.workspace_id as string}
          AND deployment_id = ${stream.deployment_id as string} AND run_id = ${stream.run_id as string}`
        const cts = num(stream.compacted_through_seq)
        retained += num(stream.event_count)
        const kept = yield* sql<Row>`SELECT MIN(seq) AS s FROM ${t.events} WHERE ${inRun} AND seq > ${cts}
          AND type <> ${Event.CompactedType} AND occurred_at >= ${cutoff}`
        const firstKept = kept[0]?.s == null ? undefined : num(kept[0].s)
        const n = num((yield* sql<Row>`SELECT COUNT(*) AS n FROM ${t.events} WHERE ${inRun} AND seq > ${cts}
          AND type <> ${Event.CompactedType}${firstKept === undefined ? sql`` : sql` AND seq < ${firstKept}`}`)[0]!.n)
        if (n > 0) {
          streams += 1
          events += n
        }
      }
      if (page.length < 500) break
      last = page[page.length - 1]
    }
    return { streams, events, retained }
  }))

/**
 * How far compaction has come: the sum of the compaction points of the streams considered. It grows
 * by exactly the number of events pruned (seqs are dense), so the difference between two readings is
 * the progress between them. One cheap query over the stream counters.
 */
export const compactionProgress = (ctx: AdminCtx, scope?: TenantScope.Input): Effect.Effect<number, Errors.StoreError> =>
  refail("SqlAdmin.compactionProgress")(
    Effect.map(
      ctx.sql<Row>`SELECT COALESCE(SUM(compacted_through_seq), 0) AS n FROM ${ctx.t.streams} WHERE ${inScopeOf(ctx, scope)}`,
      (rows) => num(rows[0]!.n)
    )
  )

/** Every scope that has runs, events or timers, ordered. */
export const scopes = (ctx: AdminCtx): Effect.Effect<ReadonlyArray<TenantScope.TenantScope>, Errors.StoreError> =>
  refail("SqlAdmin.scopes")(Effect.gen(function*() {
    const sql = ctx.sql
    const rows = yield* sql<Row>`SELECT org_id, workspace_id, deployment_id FROM ${ctx.t.runs}
      UNION SELECT org_id, workspace_id, deployment_id FROM ${ctx.t.streams}
      UNION SELECT org_id, workspace_id, deployment_id FROM ${ctx.t.timers}
      ORDER BY org_id, workspace_id, deployment_id`
    const result: Array<TenantScope.TenantScope> = []
    for (const row of rows) {
      try {
        result.push(scopeOf(row as unknown as ScopeColumns))
      } catch (cause) {
        return yield* Effect.fail(corrupt("SqlAdmin.scopes", "Run", String(row.org_id), cause))
      }
    }
    return result
  }))
