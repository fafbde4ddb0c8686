/**
 * Operations on a whole SQL store that the store services do not offer, for operators and the
 * `runledger` CLI: a backend-independent JSONL export and import, integrity verification, counts and
 * sizes per scope, listings across scopes, and the numbers a compaction progress bar needs.
 *
 * Everything works over the `SqlClient` in context and the store's tables (the same `tablePrefix`
 * option as `SqlStore`), on SQLite and Postgres alike, page by page: memory stays bounded by a page
 * whatever the size of the store.
 *
 * The export format (`runledger-export`, format version 1): line 1 is a header
 * `{"format":"runledger-export","formatVersion":1,"schemaVersion":N,"entities":[…]}`; every other
 * line is one record `{"entity":"run" | "step" | …, <column>: <value>, …}` with ids as they are (not the
 * stored sortable form), JSON columns as JSON values (an optional one left out when absent), an
 * absent deployment as `null`. Records come
 * table by table (parents first) in a deterministic order — key order, and append order for ledgers
 * and events — so exporting the same store twice gives the same bytes, and exporting a store imported
 * from a file gives that file back.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { Errors, Lease, TenantScope } from "@runledger/core"
import { Effect, Stream } from "effect"
import * as Exporter from "./internal/admin/export.js"
import * as Importer from "./internal/admin/importer.js"
import * as Inspect from "./internal/admin/inspect.js"
import type { AdminCtx } from "./internal/admin/tables.js"
import * as Verifier from "./internal/admin/verify.js"
import { latestMigration, tableNames } from "./internal/schema.js"
import * as SqlStore from "./SqlStore.js"

/** @since 0.1.0 */
export type Options = Pick<SqlStore.Options, "tablePrefix">

/** @since 0.1.0 */
export type Header = Exporter.Header
/** @since 0.1.0 */
export type ImportReport = Importer.ImportReport
/** @since 0.1.0 */
export type Finding = Verifier.Finding
/** @since 0.1.0 */
export type VerifyReport = Verifier.VerifyReport
/** @since 0.1.0 */
export type ScopeStats = Inspect.ScopeStats
/** @since 0.1.0 */
export type RunQuery = Inspect.RunQuery
/** @since 0.1.0 */
export type RunPage = Inspect.RunPage
/** @since 0.1.0 */
export type CompactionPlan = Inspect.CompactionPlan

/**
 * The file is not an importable export: `line` is damaged or refused. Nothing was imported.
 *
 * @since 0.1.0
 */
export const ImportRejected = Importer.ImportRejected
/** @since 0.1.0 */
export type ImportRejected = Importer.ImportRejected

/**
 * Import needs an empty store. Nothing was imported.
 *
 * @since 0.1.0
 */
export const StoreNotEmpty = Importer.StoreNotEmpty
/** @since 0.1.0 */
export type StoreNotEmpty = Importer.StoreNotEmpty

/** The `format` field of an export header. @since 0.1.0 */
export const Format = Exporter.Format
/** The version of the export record shapes. @since 0.1.0 */
export const FormatVersion = Exporter.FormatVersion

const context = (options: Options) =>
  Effect.map(SqlClient.SqlClient, (client): AdminCtx => {
    const sql = client.withoutTransforms()
    // Validates the prefix the same way the store does.
    const names = SqlStore.tables(options)
    const t = Object.fromEntries(Object.entries(names).map(([key, name]) => [key, sql(name)])) as unknown as AdminCtx["t"]
    return { sql, names, t }
  })

const schemaVersion = (options: Options) => latestMigration(tableNames(options.tablePrefix ?? "runledger"))

/**
 * The export of the store as a stream of text chunks (whole lines, each ending in a newline), the
 * header first. `pageSize` rows are read per query (default 1000).
 *
 * @since 0.1.0
 */
export const exportLines = (
  options: Options & { readonly pageSize?: number } = {}
): Stream.Stream<string, Errors.StoreError, SqlClient.SqlClient> =>
  Stream.unwrap(Effect.map(context(options), (ctx) => Exporter.lines(ctx, schemaVersion(options), options.pageSize ?? 1000)))

/**
 * Import an export (its text, in chunks of any size) into an empty store, all in one transaction.
 * A damaged line — or a record the store could not have written (a stale fingerprint, a wrong size)
 * — fails with {@link ImportRejected} naming it, and nothing is imported; so does a file that breaks
 * an invariant {@link verify} checks (a stream counter that disagrees with its events, a missing
 * event or stream record, a marker that disagrees with the pruned ids), naming the first line of the
 * records concerned. A torn last line (no final newline, not a complete record) is dropped and
 * reported in `tornLine`, when what is left passes those checks.
 *
 * @since 0.1.0
 */
export const importText = <E>(
  source: Stream.Stream<string, E>,
  options: Options & { readonly batchSize?: number } = {}
): Effect.Effect<ImportReport, ImportRejected | StoreNotEmpty | Errors.StoreError | E, SqlClient.SqlClient> =>
  Effect.flatMap(context(options), (ctx) =>
    Importer.importText(ctx, source, { schemaVersion: schemaVersion(options), batchSize: options.batchSize ?? 100 }))

/**
 * Check the store's integrity: dense sequences and their counters, duplicate ids, markers, terminal
 * events, every row decoded and its fingerprints recomputed, and the database's own check (SQLite
 * `integrity_check`; Postgres `amcheck` where installed, else index-versus-table counts). The report
 * lists at most `maxFindings` findings (default 1000).
 *
 * @since 0.1.0
 */
export const verify = (
  options: Options & { readonly maxFindings?: number } = {}
): Effect.Effect<VerifyReport, Errors.StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(context(options), (ctx) => Verifier.verify(ctx, { maxFindings: options.maxFindings ?? 1000 }))

/**
 * Counts and sizes per scope (of `scope` only when given).
 *
 * @since 0.1.0
 */
export const stats = (
  options: Options & { readonly scope?: TenantScope.Input } = {}
): Effect.Effect<ReadonlyArray<ScopeStats>, Errors.StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(context(options), (ctx) => Inspect.stats(ctx, options.scope))

/**
 * Runs across scopes (or in one), filtered and paged like `RunStore.list`.
 *
 * @since 0.1.0
 */
export const listRuns = (
  query: RunQuery,
  options: Options = {}
): Effect.Effect<RunPage, Errors.StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(context(options), (ctx) => Inspect.listRuns(ctx, query))

/** Whether a cursor was issued by {@link listRuns}. @since 0.1.0 */
export const isRunCursor = Inspect.isRunCursor

/**
 * Leases across scopes (or in one, or of one run), at most `limit`.
 *
 * @since 0.1.0
 */
export const listLeases = (
  query: { readonly scope?: TenantScope.Input; readonly runId?: string; readonly limit: number },
  options: Options = {}
): Effect.Effect<ReadonlyArray<Lease.Lease>, Errors.StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(context(options), (ctx) => Inspect.listLeases(ctx, query))

/**
 * What `EventLog.compact` with `cutoff` would prune (for a dry run, and as the total of a progress
 * bar).
 *
 * @since 0.1.0
 */
export const compactionPlan = (
  query: { readonly cutoff: Date; readonly scope?: TenantScope.Input },
  options: Options = {}
): Effect.Effect<CompactionPlan, Errors.StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(context(options), (ctx) => Inspect.compactionPlan(ctx, query))

/**
 * A reading that grows by exactly the number of events compaction prunes (the sum of the streams'
 * compaction points): the difference of two readings is the progress between them.
 *
 * @since 0.1.0
 */
export const compactionProgress = (
  query: { readonly scope?: TenantScope.Input } = {},
  options: Options = {}
): Effect.Effect<number, Errors.StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(context(options), (ctx) => Inspect.compactionProgress(ctx, query.scope))

/**
 * Every scope that has runs, events or timers.
 *
 * @since 0.1.0
 */
export const scopes = (options: Options = {}): Effect.Effect<ReadonlyArray<TenantScope.TenantScope>, Errors.StoreError, SqlClient.SqlClient> =>
  Effect.flatMap(context(options), (ctx) => Inspect.scopes(ctx))
