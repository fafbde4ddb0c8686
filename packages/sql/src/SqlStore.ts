/**
 * The runledger store over `@effect/sql`'s `SqlClient`: every store of the contract (runs, ledgers,
 * outputs, globals, the event log, snapshots, specs, timers, leases) and the atomic
 * status-and-event capability, in one set of tables. It is the one SQL backend: the SQLite and
 * Postgres packages only provide the client and the dialect's connection settings; differences in
 * SQL are chosen here with `sql.onDialectOrElse`.
 *
 * Opening a store applies its migrations (`Migrator.fromRecord`, recorded in the
 * `<prefix>_migrations` table) inside one write transaction, so two processes opening one database
 * at once migrate it once. A database migrated by newer code than this is refused with
 * {@link SchemaTooNew} and left untouched.
 *
 * How each write works: one write transaction (`BEGIN IMMEDIATE` on SQLite) that reads the records
 * it decides on (row-locked on Postgres), checks the lease fence, applies the core reducer, and
 * writes the decision. Event seqs come from a per-run counter row bumped in that transaction, event
 * inserts name their conflict target, and a status change commits with its event
 * (`RunTransition`). Driver failures never escape: busy is retried, then reported as
 * `StoreUnavailable`; a damaged file is `StoreCorrupt`.
 *
 * @since 0.1.0
 */
import { Stores as CoreStores } from "@runledger/core"
import * as Migrator from "@effect/sql/Migrator"
import * as SqlClient from "@effect/sql/SqlClient"
import type { EventStream, Limits } from "@runledger/core"
import { Errors } from "@runledger/core"
import { Cause, Context, Duration, Effect, Layer, Option, Schema } from "effect"
import type { Scope } from "effect"
import type { Ctx } from "./internal/context.js"
import { isSqlError, toStoreError } from "./internal/errors.js"
import { makeCommitBackend } from "./internal/commit.js"
import { makeEventBackend } from "./internal/events.js"
import { withFaultPoint } from "./internal/faults.js"
import { makeContextBackend } from "./internal/globals.js"
import { makeLeaseBackend } from "./internal/leases.js"
import { makeRunBackend } from "./internal/runs.js"
import { latestMigration, migrations, tableNames } from "./internal/schema.js"
import { makeSnapshotBackend } from "./internal/snapshots.js"
import { makeStatements } from "./internal/statements.js"
import { makeSpecBackend } from "./internal/specs.js"
import { makeTimerBackend } from "./internal/timers.js"
import { makeTransitionBackend } from "./internal/transition.js"
import * as Tx from "./internal/tx.js"
import * as StoreConnection from "./StoreConnection.js"

/**
 * Options of a SQL store.
 *
 * @since 0.1.0
 */
export interface Options {
  /** Input limits; the defaults are `Limits.defaults`. */
  readonly limits?: Partial<Limits.Limits>
  /** The event log's history size guard; unset fields keep `EventStream.defaultGuard`. */
  readonly history?: Partial<EventStream.HistoryGuard>
  /** The most events one compaction transaction prunes; `Compaction.DefaultChunkSize` by default. */
  readonly compactionChunkSize?: number
  /**
   * The prefix of every table name (`<prefix>_runs`, `<prefix>_migrations`, …): lowercase letters,
   * digits and `_`, starting with a letter. Default `runledger`.
   */
  readonly tablePrefix?: string
  /**
   * How long an operation keeps retrying while the database is busy (after the driver's own busy
   * timeout) before it fails with `StoreUnavailable`. Default 5 seconds.
   */
  readonly busyRetry?: Duration.DurationInput
  /**
   * The most concurrent writes one transaction commits together (group commit: one commit, one
   * fsync, each write still all-or-nothing under its own savepoint and acknowledged only after the
   * commit). Default 256; 1 gives every write its own transaction.
   */
  readonly maxBatch?: number
  /**
   * Group commit through one writer at a time: on (default) for SQLite, whose writers are serialized
   * by the database anyway. Off, each write runs its own transaction on its own connection,
   * concurrently — for a client with a connection pool (Postgres).
   */
  readonly groupCommit?: boolean
  /**
   * Trace every SQL statement as a span of its own (`sql.execute`), under the store operation's span.
   * Off by default: the operation spans are always there, per-statement spans cost time.
   */
  readonly traceStatements?: boolean
  /**
   * A driver-level fault point, for tests: asked before the COMMIT of every write transaction
   * whether to fail it or to lose the connection after it (see `StoreConnection.FaultPoint`). The
   * conformance kit passes one to check that a failed commit acknowledges none of its writes.
   * Never set it in production.
   */
  readonly driverFaults?: StoreConnection.FaultPoint
}

/**
 * Every store service, plus the one-transaction capabilities: the atomic status-and-event commit
 * (`RunTransition`) and the step commit (`RunCommit`).
 *
 * @since 0.1.0
 */
export type Stores = CoreStores.WithCommit

/**
 * The database was migrated by a newer version of runledger than this one: opening it could
 * misread or damage records this code does not know. Nothing was changed. Upgrade the code.
 *
 * @since 0.1.0
 */
export class SchemaTooNew extends Schema.TaggedError<SchemaTooNew>("@runledger/sql/SchemaTooNew")("SchemaTooNew", {
  table: Schema.String,
  found: Schema.Number,
  supported: Schema.Number
}) {
  override get message(): string {
    return `the database schema is at migration ${this.found} (table ${this.table}), but this version of runledger ` +
      `knows migrations up to ${this.supported} only: open it with a newer runledger; nothing was changed`
  }

  override toJSON(): Record<string, unknown> {
    return Errors.toJSON(this)
  }
}

/**
 * What opening a store can fail with.
 *
 * @since 0.1.0
 */
export type OpenError = SchemaTooNew | Errors.StoreUnavailable | Errors.StoreCorrupt

const DefaultPrefix = "runledger"

/** The first key of the store's Postgres advisory locks (`pg_advisory_xact_lock(class, hash)`): "rl". */
const AdvisoryClass = 0x726c

const prefixOf = (options: Options): string => {
  const prefix = options.tablePrefix ?? DefaultPrefix
  if (!/^[a-z][a-z0-9_]{0,39}$/.test(prefix)) {
    throw new TypeError(`tablePrefix must match /^[a-z][a-z0-9_]{0,39}$/, got ${JSON.stringify(prefix)}`)
  }
  return prefix
}

/**
 * The table names of a store with these options.
 *
 * @since 0.1.0
 */
export const tables = (options: Options = {}) => tableNames(prefixOf(options))

/**
 * The number of the newest migration this code knows.
 *
 * @since 0.1.0
 */
export const SchemaVersion: number = latestMigration(tableNames(DefaultPrefix))

const openFailure = (operation: string) => (cause: Cause.Cause<unknown>): Effect.Effect<never, OpenError> => {
  const failure = Cause.failureOption(cause)
  if (failure._tag === "Some") {
    const error = failure.value
    if (error instanceof SchemaTooNew || error instanceof Errors.StoreUnavailable || error instanceof Errors.StoreCorrupt) {
      return Effect.fail(error)
    }
    if (isSqlError(error)) return Effect.fail(toStoreError(operation, error))
    const message = error instanceof Error ? error.message : String(error)
    return Effect.fail(new Errors.StoreUnavailable({ operation, reason: message, cause: error }))
  }
  if (Cause.isInterruptedOnly(cause)) return Effect.interrupt
  // A migration that failed is a defect of the Migrator; it is reported, not thrown.
  const defect = Cause.squash(cause)
  const describe = (u: unknown): string => (u instanceof Error ? u.message : String(u))
  const message = defect instanceof Error && defect.cause !== undefined
    ? `${defect.message}: ${describe(defect.cause)}`
    : describe(defect)
  return Effect.fail(new Errors.StoreUnavailable({ operation, reason: `migration failed: ${message}`, cause: defect }))
}

/** The highest migration recorded in the database, 0 when it has none (or no migrations table). */
const appliedMigration = (sql: SqlClient.SqlClient, table: string) =>
  Effect.gen(function*() {
    const exists = yield* sql.onDialectOrElse({
      pg: () => Effect.map(sql<{ readonly t: unknown }>`SELECT to_regclass(${table}) AS t`, (rows) => rows[0]?.t != null),
      orElse: () =>
        Effect.map(
          sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ${table}`,
          (rows) => rows.length > 0
        )
    })
    if (!exists) return 0
    const rows = yield* sql<{ readonly id: unknown }>`SELECT MAX(migration_id) AS id FROM ${sql(table)}`
    return rows[0]?.id == null ? 0 : Number(rows[0].id)
  })

/**
 * Fail with {@link SchemaTooNew} when the database was migrated past what this code knows. Reads
 * only: run it before anything that could change the file.
 *
 * @since 0.1.0
 */
export const checkSchema = (options: Options = {}): Effect.Effect<void, OpenError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const sql = (yield* SqlClient.SqlClient).withoutTransforms()
    const names = tableNames(prefixOf(options))
    const found = yield* appliedMigration(sql, names.migrations)
    const supported = latestMigration(names)
    if (found > supported) return yield* new SchemaTooNew({ table: names.migrations, found, supported })
  }).pipe(Effect.catchAllCause(openFailure("SqlStore.open")))

/**
 * Bring the database to the current schema: check it is not newer, then apply the missing
 * migrations, all in one write transaction (so concurrent openers migrate once, and a failure
 * leaves the database as it was). The migrations applied now, as `[id, name]`.
 *
 * @since 0.1.0
 */
export const migrate = (
  options: Options = {}
): Effect.Effect<ReadonlyArray<readonly [id: number, name: string]>, OpenError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const sql = (yield* SqlClient.SqlClient).withoutTransforms()
    const names = tableNames(prefixOf(options))
    return yield* Tx.once(sql, Duration.decode(options.busyRetry ?? Duration.seconds(5)),
      Effect.gen(function*() {
        // Postgres: openers of one store serialize on an advisory lock held until this transaction
        // ends (the table that the Migrator locks may not exist yet). SQLite's BEGIN IMMEDIATE is the lock.
        yield* sql.onDialectOrElse({
          pg: () => sql`SELECT pg_advisory_xact_lock(${AdvisoryClass}, hashtext(current_schema() || '.' || ${names.migrations}))`,
          orElse: () => Effect.void
        })
        const found = yield* appliedMigration(sql, names.migrations)
        const supported = latestMigration(names)
        if (found > supported) return yield* new SchemaTooNew({ table: names.migrations, found, supported })
        // The Migrator probes a missing Postgres table with a failing statement, which would abort
        // this transaction: the table (the Migrator's own definition) is created here first.
        yield* sql.onDialectOrElse({
          pg: () =>
            sql`CREATE TABLE IF NOT EXISTS ${sql(names.migrations)} (
              migration_id integer primary key,
              created_at timestamp with time zone not null default now(),
              name text not null
            )`,
          orElse: () => Effect.void
        })
        return yield* Migrator.make({})({ loader: Migrator.fromRecord(migrations(names)), table: names.migrations })
      }).pipe(Effect.provideService(SqlClient.SqlClient, sql))
    )
  }).pipe(Effect.catchAllCause(openFailure("SqlStore.open")))

/**
 * The backends of a store over the `SqlClient` in context, whose database is migrated already. Use
 * these to wrap a backend (fault injection, tracing) before turning it into services. Transactions
 * and statements take their connection from the `StoreConnection` in context when there is one
 * (SQLite's owned connection), else they reserve one from the client. The store's writer fiber lives
 * as long as the scope.
 *
 * @since 0.1.0
 */
export const makeBackends = (
  options: Options = {}
): Effect.Effect<CoreStores.BackendsWithCommit, never, SqlClient.SqlClient | Scope.Scope> =>
  Effect.gen(function*() {
    const sql = (yield* SqlClient.SqlClient).withoutTransforms()
    const names = tableNames(prefixOf(options))
    const t = Object.fromEntries(Object.entries(names).map(([key, name]) => [key, sql(name)])) as unknown as Ctx["t"]
    const trace = options.traceStatements === true
    const forUpdate = sql.onDialectOrElse({ pg: () => sql.literal("FOR UPDATE"), orElse: () => sql.literal("") })
    const forShare = sql.onDialectOrElse({ pg: () => sql.literal("FOR SHARE"), orElse: () => sql.literal("") })
    const source = Option.getOrElse(
      yield* Effect.serviceOption(StoreConnection.StoreConnection),
      () => StoreConnection.reserving(sql)
    )
    const connection = options.driverFaults === undefined ? source : withFaultPoint(sql, source, options.driverFaults)
    const ctx: Ctx = {
      sql,
      pg: sql.onDialectOrElse({ pg: () => true, orElse: () => false }),
      names,
      t,
      tx: yield* Tx.make(sql, connection, {
        busyRetry: Duration.decode(options.busyRetry ?? Duration.seconds(5)),
        maxBatch: Math.max(1, Math.floor(options.maxBatch ?? 256)),
        groupCommit: options.groupCommit ?? true,
        traceStatements: trace
      }),
      forUpdate,
      forShare,
      st: makeStatements(sql, t, { forUpdate, forShare }),
      trace,
      instrument: trace ? (effect) => effect : Effect.withTracerEnabled(false)
    }
    return {
      runs: makeRunBackend(ctx),
      events: makeEventBackend(ctx),
      context: makeContextBackend(ctx),
      snapshots: makeSnapshotBackend(ctx),
      specs: makeSpecBackend(ctx),
      timers: makeTimerBackend(ctx),
      leases: makeLeaseBackend(ctx),
      transition: makeTransitionBackend(ctx),
      commit: makeCommitBackend(ctx)
    }
  })

/**
 * The services of a store over the `SqlClient` in context: migrates the database, then every store,
 * `RunTransition` and `RunCommit` (every store shares the database, so a status change and its event,
 * or a step's records, commit in one transaction).
 *
 * @since 0.1.0
 */
export const make = (
  options: Options = {}
): Effect.Effect<Context.Context<Stores>, OpenError, SqlClient.SqlClient | Scope.Scope> =>
  Effect.zipRight(
    migrate(options),
    Effect.map(makeBackends(options), (backends) =>
      CoreStores.makeWithCommit(backends, options))
  )

/**
 * Every store service, `RunTransition` and `RunCommit` over the `SqlClient` the layer is given, the database
 * migrated when the layer is built.
 *
 * @since 0.1.0
 */
export const layer = (options: Options = {}): Layer.Layer<Stores, OpenError, SqlClient.SqlClient> =>
  Layer.scopedContext(make(options))
