/**
 * Verify: integrity checks over the whole store, read page by page (streams in key order, each with
 * bounded queries), so it runs in bounded memory on any size of store.
 *
 * - every event stream's retained seqs are dense: the marker (if compacted) at the compaction point,
 *   then every seq up to the stream's counter, no gap, no duplicate, none past the counter;
 * - no event id twice in a run (retained, or retained and pruned);
 * - markers consistent: exactly one per compacted stream, at its compaction point, with its
 *   deterministic id, a payload that decodes, and as many pruned ids as the payload counts;
 * - every `Completed`, `Failed` or `Canceled` run has its terminal event
 *   (`runledger.terminal:<runId>`, retained or pruned, of the matching type) — or a divergence entry
 *   in its failure ledger (`terminal run status persisted but … append failed`) that explains why not;
 * - every row of every table decodes as the store reads it, and every fingerprint, content hash and
 *   size a row records is its value's (recomputed); a stream counts the bytes of its events, and the
 *   marker lists every pruned id with its seq and fingerprint;
 * - the database itself: SQLite's `integrity_check` (pages, and every index against its table);
 *   on Postgres `amcheck` where installed, else every table counted through its index and without.
 */
import { Compaction, Event, StepLedger, Terminalize } from "@runledger/core"
import type { Errors, TenantScope } from "@runledger/core"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect, Option, Stream } from "effect"
import { dec, num, scopeOf } from "../codec.js"
import type { ScopeColumns } from "../codec.js"
import { refail } from "../errors.js"
import { eventFromRow, runFromRow } from "../rows.js"
import { after, tableRows } from "./export.js"
import { rowProblem } from "./records.js"
import type { AdminCtx } from "./tables.js"
import { specs } from "./tables.js"

/** One problem verify found. */
export interface Finding {
  readonly check:
    | "sequence-gap"
    | "duplicate-seq"
    | "seq-out-of-range"
    | "stream-counter"
    | "orphan-events"
    | "duplicate-event-id"
    | "marker"
    | "terminal-event-missing"
    | "terminal-event-mismatch"
    | "unreadable-row"
    | "fingerprint"
    | "integrity"
  readonly scope: string
  readonly runId: string
  readonly detail: string
}

/** What verify checked and found. */
export interface VerifyReport {
  readonly streams: number
  readonly events: number
  readonly terminalRuns: number
  /** How the database itself was checked (`integrity_check`, `amcheck`, …), or why it was not. */
  readonly integrity: string
  readonly findings: ReadonlyArray<Finding>
}

/** Which checks to run: all of them unless told otherwise. */
export interface VerifyOptions {
  readonly maxFindings: number
  /** Decode every row and recompute its fingerprints (an import has done so line by line). */
  readonly rows?: boolean
  /** Check the database's own structure (SQLite `integrity_check`, Postgres `amcheck`). */
  readonly integrity?: boolean
  /** Check that terminal runs have their terminal event. */
  readonly terminalEvents?: boolean
}

type Row = { readonly [column: string]: unknown }

/** The run a finding is about, as a key (`scope` and `runId` as a finding names them). */
export const findingKey = (finding: Finding): string => `${finding.scope}\u0000${finding.runId}`

/** The key {@link findingKey} gives the findings about the run of a row with scope and run columns. */
export const rowKey = (row: Row): string => `${scopeText(row)}\u0000${row.run_id === undefined ? "" : dec(String(row.run_id))}`

const scopeText = (row: Row): string => {
  try {
    const s = scopeOf(row as unknown as ScopeColumns)
    return s.deploymentId === undefined ? `${s.orgId}/${s.workspaceId}` : `${s.orgId}/${s.workspaceId}/${s.deploymentId}`
  } catch {
    return `${String(row.org_id)}/${String(row.workspace_id)}${row.deployment_id === "" ? "" : `/${String(row.deployment_id)}`}`
  }
}

const PageSize = 200
const SeqPage = 5000
const keyColumns = ["org_id", "workspace_id", "deployment_id", "run_id"]

/** Verify the store of `ctx`. `maxFindings` bounds the report (the checks stop adding past it). */
export const verify = (
  ctx: AdminCtx,
  options: VerifyOptions
): Effect.Effect<VerifyReport, Errors.StoreError> => {
  const sql = ctx.sql
  const t = ctx.t
  const findings: Array<Finding> = []
  const add = (finding: Finding) => {
    if (findings.length < options.maxFindings) findings.push(finding)
  }
  const inRun = (row: Row) =>
    sql`org_id = ${row.org_id as string} AND workspace_id = ${row.workspace_id as string} AND deployment_id = ${
      row.deployment_id as string
    } AND run_id = ${row.run_id as string}`

  /** Walk the seqs of one stream and say where they stop being dense. */
  const locate = (stream: Row, from: number, last: number) =>
    Effect.gen(function*() {
      let expected = from
      let cursor = from - 1
      for (;;) {
        const rows = yield* sql<Row>`SELECT seq FROM ${t.events} WHERE ${inRun(stream)} AND seq > ${cursor}
          ORDER BY seq LIMIT ${SeqPage}`
        for (const row of rows) {
          const seq = num(row.seq)
          if (seq === cursor) {
            add({ check: "duplicate-seq", scope: scopeText(stream), runId: dec(String(stream.run_id)), detail: `seq ${seq} is stored more than once` })
          } else if (seq > last) {
            add({ check: "seq-out-of-range", scope: scopeText(stream), runId: dec(String(stream.run_id)), detail: `seq ${seq} is past the stream's counter (last seq ${last})` })
            return
          } else if (seq !== expected) {
            add({
              check: "sequence-gap",
              scope: scopeText(stream),
              runId: dec(String(stream.run_id)),
              detail: seq - expected === 1 ? `seq ${expected} is missing` : `seqs ${expected}-${seq - 1} are missing`
            })
          }
          expected = seq + 1
          cursor = seq
        }
        // Duplicates of the last seq of a page show up as `seq = cursor` only within a page: check the
        // boundary separately.
        if (rows.length < SeqPage) break
        const dup = yield* sql<Row>`SELECT COUNT(*) AS n FROM ${t.events} WHERE ${inRun(stream)} AND seq = ${cursor}`
        if (num(dup[0]!.n) > 1) {
          add({ check: "duplicate-seq", scope: scopeText(stream), runId: dec(String(stream.run_id)), detail: `seq ${cursor} is stored more than once` })
        }
      }
      if (expected <= last) {
        add({
          check: "sequence-gap",
          scope: scopeText(stream),
          runId: dec(String(stream.run_id)),
          detail: expected === last ? `seq ${last} is missing` : `seqs ${expected}-${last} are missing`
        })
      }
    })

  const checkMarker = (stream: Row, cts: number) =>
    Effect.gen(function*() {
      const scope = scopeText(stream)
      const runId = dec(String(stream.run_id))
      const markers = yield* sql<Row>`SELECT * FROM ${t.events} WHERE ${inRun(stream)} AND type = ${Event.CompactedType}
        ORDER BY seq LIMIT 3`
      const pruned = num((yield* sql<Row>`SELECT COUNT(*) AS n FROM ${t.prunedEvents} WHERE ${inRun(stream)}`)[0]!.n)
      if (cts === 0) {
        if (markers.length > 0) add({ check: "marker", scope, runId, detail: `a marker at seq ${num(markers[0]!.seq)} but the stream was never compacted` })
        if (pruned > 0) add({ check: "marker", scope, runId, detail: `${pruned} pruned event ids but the stream was never compacted` })
        return
      }
      if (markers.length === 0) {
        add({ check: "marker", scope, runId, detail: `compacted through seq ${cts} but no marker` })
        return
      }
      if (markers.length > 1) add({ check: "marker", scope, runId, detail: `${markers.length} markers; a stream keeps one` })
      const row = markers[0]!
      const seq = num(row.seq)
      if (seq !== cts) add({ check: "marker", scope, runId, detail: `the marker is at seq ${seq}, the compaction point is ${cts}` })
      let event: Event.Event
      try {
        event = eventFromRow(row)
      } catch (cause) {
        add({ check: "unreadable-row", scope, runId, detail: `the marker does not decode: ${cause instanceof Error ? cause.message : String(cause)}` })
        return
      }
      const expectedId = Compaction.markerId(scopeOf(stream as unknown as ScopeColumns) as TenantScope.TenantScope, event.runId, seq)
      if (event.eventId !== expectedId) add({ check: "marker", scope, runId, detail: `the marker's id is ${event.eventId}, expected ${expectedId}` })
      const payload = Compaction.readMarker(event)
      if (Option.isNone(payload)) {
        add({ check: "marker", scope, runId, detail: "the marker's payload does not decode" })
        return
      }
      if (payload.value.compactedThroughSeq !== seq) {
        add({ check: "marker", scope, runId, detail: `the marker says compactedThroughSeq ${payload.value.compactedThroughSeq}, it is at seq ${seq}` })
      }
      if (payload.value.prunedEvents !== payload.value.pruned.length) {
        add({ check: "marker", scope, runId, detail: `the marker counts ${payload.value.prunedEvents} pruned events but lists ${payload.value.pruned.length}` })
      }
      if (pruned !== payload.value.prunedEvents) {
        add({ check: "marker", scope, runId, detail: `the marker counts ${payload.value.prunedEvents} pruned events, the id index holds ${pruned}` })
      }
      const late = yield* sql<Row>`SELECT COUNT(*) AS n FROM ${t.prunedEvents} WHERE ${inRun(stream)} AND seq > ${cts}`
      if (num(late[0]!.n) > 0) add({ check: "marker", scope, runId, detail: `${num(late[0]!.n)} pruned ids have a seq past the compaction point ${cts}` })
      // The id index answers appendOnce and seqOf for pruned ids: it must say what the marker says.
      const listed = new Map(payload.value.pruned.map((p) => [p.eventId as string, p]))
      let lastId: string | undefined
      for (;;) {
        const rows = yield* sql<Row>`SELECT event_id, seq, fingerprint FROM ${t.prunedEvents} WHERE ${inRun(stream)}
          ${lastId === undefined ? sql`` : sql`AND event_id > ${lastId}`} ORDER BY event_id LIMIT ${SeqPage}`
        for (const row of rows) {
          const entry = listed.get(String(row.event_id))
          if (entry === undefined || entry.seq !== num(row.seq) || entry.fingerprint !== String(row.fingerprint)) {
            add({
              check: "marker",
              scope,
              runId,
              detail: entry === undefined
                ? `pruned id ${JSON.stringify(row.event_id)} is not in the marker`
                : `pruned id ${JSON.stringify(row.event_id)}: the index says seq ${num(row.seq)} and fingerprint ${String(row.fingerprint).slice(0, 12)}, the marker seq ${entry.seq} and ${entry.fingerprint.slice(0, 12)}`
            })
          }
        }
        if (rows.length < SeqPage) break
        lastId = String(rows[rows.length - 1]!.event_id)
      }
    })

  const checkStreams = Effect.gen(function*() {
    let last: Option.Option<Row> = Option.none()
    let streams = 0
    let events = 0
    for (;;) {
      const page = yield* sql<Row>`SELECT * FROM ${t.streams}
        ${Option.match(last, { onNone: () => sql``, onSome: (row) => sql`WHERE ${after(ctx, keyColumns, row)}` })}
        ORDER BY org_id, workspace_id, deployment_id, run_id LIMIT ${PageSize}`
      for (const stream of page) {
        streams += 1
        const lastSeq = num(stream.last_seq)
        const cts = num(stream.compacted_through_seq)
        const agg = (yield* sql<Row>`SELECT COUNT(*) AS n, MIN(seq) AS lo, MAX(seq) AS hi, COUNT(DISTINCT seq) AS d
          FROM ${t.events} WHERE ${inRun(stream)}`)[0]!
        const n = num(agg.n)
        events += n
        const from = cts > 0 ? cts : 1
        const expected = lastSeq === 0 ? 0 : lastSeq - from + 1
        const dense = n === expected && num(agg.d) === n && (n === 0 || (num(agg.lo) === from && num(agg.hi) === lastSeq))
        if (!dense) yield* locate(stream, from, lastSeq)
        const kept = (yield* sql<Row>`SELECT COUNT(*) AS n, COALESCE(SUM(bytes), 0) AS b FROM ${t.events}
          WHERE ${inRun(stream)} AND type <> ${Event.CompactedType}`)[0]!
        const retained = num(kept.n)
        const counted = num(stream.event_count)
        if (counted !== retained) {
          add({
            check: "stream-counter",
            scope: scopeText(stream),
            runId: dec(String(stream.run_id)),
            detail: `the stream counts ${counted} retained events, ${retained} are stored`
          })
        }
        // What the history guard measures: a wrong count lets a run past its limit, or stops it early.
        const bytes = num(kept.b)
        if (num(stream.event_bytes) !== bytes) {
          add({
            check: "stream-counter",
            scope: scopeText(stream),
            runId: dec(String(stream.run_id)),
            detail: `the stream counts ${num(stream.event_bytes)} bytes of retained payloads, ${bytes} are stored`
          })
        }
        yield* checkMarker(stream, cts)
      }
      if (page.length < PageSize) break
      last = Option.some(page[page.length - 1]!)
    }
    return { streams, events }
  })

  const checkDuplicates = Effect.gen(function*() {
    const duplicates = yield* sql<Row>`SELECT org_id, workspace_id, deployment_id, run_id, event_id, COUNT(*) AS n
      FROM ${t.events} GROUP BY org_id, workspace_id, deployment_id, run_id, event_id HAVING COUNT(*) > 1
      ORDER BY org_id, workspace_id, deployment_id, run_id, event_id LIMIT ${options.maxFindings}`
    for (const row of duplicates) {
      add({
        check: "duplicate-event-id",
        scope: scopeText(row),
        runId: dec(String(row.run_id)),
        detail: `event id ${JSON.stringify(row.event_id)} is stored ${num(row.n)} times`
      })
    }
    const both = yield* sql<Row>`SELECT e.org_id, e.workspace_id, e.deployment_id, e.run_id, e.event_id FROM ${t.events} e
      JOIN ${t.prunedEvents} p ON p.org_id = e.org_id AND p.workspace_id = e.workspace_id
        AND p.deployment_id = e.deployment_id AND p.run_id = e.run_id AND p.event_id = e.event_id
      LIMIT ${options.maxFindings}`
    for (const row of both) {
      add({
        check: "duplicate-event-id",
        scope: scopeText(row),
        runId: dec(String(row.run_id)),
        detail: `event id ${JSON.stringify(row.event_id)} is both retained and pruned`
      })
    }
    const orphans = yield* sql<Row>`SELECT e.org_id, e.workspace_id, e.deployment_id, e.run_id, COUNT(*) AS n FROM ${t.events} e
      WHERE NOT EXISTS (SELECT 1 FROM ${t.streams} s WHERE s.org_id = e.org_id AND s.workspace_id = e.workspace_id
        AND s.deployment_id = e.deployment_id AND s.run_id = e.run_id)
      GROUP BY e.org_id, e.workspace_id, e.deployment_id, e.run_id LIMIT ${options.maxFindings}`
    for (const row of orphans) {
      add({ check: "orphan-events", scope: scopeText(row), runId: dec(String(row.run_id)), detail: `${num(row.n)} events without a stream counter` })
    }
  })

  const divergencePrefix = "terminal run status persisted but "
  const checkTerminalRuns = Effect.gen(function*() {
    let last: Option.Option<Row> = Option.none()
    let count = 0
    for (;;) {
      const page = yield* sql<Row>`SELECT * FROM ${t.runs}
        WHERE status IN ('Completed', 'Failed', 'Canceled')
        ${Option.match(last, { onNone: () => sql``, onSome: (row) => sql`AND ${after(ctx, keyColumns, row)}` })}
        ORDER BY org_id, workspace_id, deployment_id, run_id LIMIT ${PageSize}`
      for (const row of page) {
        count += 1
        let runId: string
        let status: string
        try {
          const run = runFromRow(row)
          runId = run.runId
          status = run.status
        } catch (cause) {
          // Reported by the row check when it runs.
          if (options.rows === false) {
            add({ check: "unreadable-row", scope: scopeText(row), runId: dec(String(row.run_id)), detail: `the run does not decode: ${cause instanceof Error ? cause.message : String(cause)}` })
          }
          continue
        }
        const eventId = Terminalize.terminalEventId(runId)
        const expectedType = `Flow${status}`
        const stored = yield* sql<Row>`SELECT type FROM ${t.events} WHERE ${inRun(row)} AND event_id = ${eventId} LIMIT 1`
        if (stored.length > 0) {
          if (stored[0]!.type !== expectedType) {
            add({
              check: "terminal-event-mismatch",
              scope: scopeText(row),
              runId,
              detail: `the run is ${status} but its terminal event is ${String(stored[0]!.type)}`
            })
          }
          continue
        }
        const pruned = yield* sql<Row>`SELECT 1 AS one FROM ${t.prunedEvents} WHERE ${inRun(row)} AND event_id = ${eventId} LIMIT 1`
        if (pruned.length > 0) continue
        const failures = yield* sql<Row>`SELECT reason FROM ${t.failures} WHERE ${inRun(row)} AND step_id = ${StepLedger.SystemStepId}`
        const diverged = failures.some((f) => {
          try {
            const reason: unknown = JSON.parse(String(f.reason))
            return typeof reason === "string" && reason.startsWith(divergencePrefix)
          } catch {
            return false
          }
        })
        if (!diverged) {
          add({
            check: "terminal-event-missing",
            scope: scopeText(row),
            runId,
            detail: `the run is ${status} but has no ${expectedType} event (${eventId}) and no divergence entry`
          })
        }
      }
      if (page.length < PageSize) break
      last = Option.some(page[page.length - 1]!)
    }
    return count
  })

  const checkRows = Effect.forEach(specs, (spec) =>
    Stream.runForEach(tableRows(ctx, spec, PageSize, undefined, "SqlAdmin.verify"), (row) =>
      Effect.sync(() => {
        const problem = rowProblem(spec, row)
        if (problem === undefined) return
        add({
          check: problem.check,
          scope: scopeText(row),
          runId: row.run_id === undefined ? "" : dec(String(row.run_id)),
          detail: problem.check === "unreadable-row" ? `a ${spec.kind} row does not decode: ${problem.detail}` : problem.detail
        })
      })), { discard: true })

  const integrity = (report: (detail: string) => void): Effect.Effect<string, SqlError> =>
    sql.onDialectOrElse({
      sqlite: () => sqliteIntegrity(ctx, options.maxFindings, report),
      pg: () => pgIntegrity(ctx, report),
      orElse: () => Effect.succeed("not checked: no check for this database")
    })

  return refail("SqlAdmin.verify")(Effect.gen(function*() {
    const checked = options.integrity === false
      ? "not checked"
      : yield* integrity((detail) => add({ check: "integrity", scope: "", runId: "", detail }))
    const { events, streams } = yield* checkStreams
    yield* checkDuplicates
    const terminalRuns = options.terminalEvents === false ? 0 : yield* checkTerminalRuns
    if (options.rows !== false) yield* checkRows
    return { streams, events, terminalRuns, integrity: checked, findings } satisfies VerifyReport
  }))
}

/**
 * SQLite's own check of the file: every page, and every index against its table (a damaged index
 * answers a lookup wrongly without an error: a run that exists reads as not found).
 */
const sqliteIntegrity = (ctx: AdminCtx, max: number, report: (detail: string) => void) =>
  Effect.map(ctx.sql<Row>`PRAGMA integrity_check(${ctx.sql.literal(String(Math.max(1, Math.min(max, 1000))))})`, (rows) => {
    for (const row of rows) {
      const text = String(Object.values(row)[0])
      if (text !== "ok") report(`SQLite integrity_check: ${text}`)
    }
    return "SQLite integrity_check"
  })

/**
 * Postgres keeps its own pages consistent; what can disagree is an index and its table. `amcheck`
 * checks each index of the store's tables, heap included, where the extension is installed;
 * without it, each table is counted through an index and by scanning it, which catches an index
 * that lost or gained entries.
 */
const pgIntegrity = (ctx: AdminCtx, report: (detail: string) => void) =>
  Effect.gen(function*() {
    const sql = ctx.sql
    const tables = Object.values(ctx.names) as ReadonlyArray<string>
    const indexes = yield* sql<Row>`SELECT c.relname AS name, c.oid AS oid, t.relname AS tbl FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_am a ON a.oid = c.relam
      WHERE t.relnamespace = current_schema()::regnamespace AND t.relname IN ${sql.in(tables)} AND a.amname = 'btree'
      ORDER BY t.relname, c.relname`
    // The store's connections see only its own schema: call amcheck where it was installed.
    const amcheck = yield* sql<Row>`SELECT n.nspname AS schema FROM pg_extension e
      JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'amcheck'`
    if (amcheck.length > 0) {
      const schema = String(amcheck[0]!.schema)
      for (const index of indexes) {
        yield* Effect.catchAll(
          sql`SELECT ${sql(schema)}.bt_index_check(${Number(index.oid)}::oid, true)`,
          (error) => Effect.sync(() => report(`amcheck of index ${String(index.name)}: ${error.cause instanceof Error ? error.cause.message : error.message}`))
        )
      }
      return "Postgres amcheck (bt_index_check with heapallindexed)"
    }
    for (const table of new Set(indexes.map((index) => String(index.tbl)))) {
      const count = (settings: string) =>
        sql.withTransaction(Effect.zipRight(
          sql.unsafe(settings),
          Effect.map(sql<Row>`SELECT COUNT(*) AS n FROM ${sql(table)}`, (rows) => num(rows[0]!.n))
        ))
      const scanned = yield* count("SET LOCAL enable_indexscan = off; SET LOCAL enable_indexonlyscan = off; SET LOCAL enable_bitmapscan = off")
      const indexed = yield* count("SET LOCAL enable_seqscan = off")
      if (scanned !== indexed) report(`table ${table} holds ${scanned} rows, its index ${indexed}`)
    }
    return "Postgres: every table counted through an index and by a scan (install amcheck for a full index check)"
  })
