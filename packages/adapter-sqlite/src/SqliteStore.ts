/**
 * The embedded runledger backend: every store in one SQLite file. The SQL is the shared
 * `@runledger/sql` store; this module opens the connection — better-sqlite3, the driver of
 * `@effect/sql-sqlite-node`, whose `SqliteClient` service it provides over that connection — and sets
 * what makes it durable. The store owns the connection: see {@link layerClient}.
 *
 * Durability settings, set on every connection the store opens and read back before it is used:
 *
 * - `journal_mode = WAL`: readers never block the writer, and a commit is one append to the WAL.
 * - `synchronous = FULL` (default): every commit is fsynced before it is acknowledged, so an
 *   acknowledged write survives a `kill -9` and a power loss. `NORMAL` (opt-in) fsyncs only at WAL
 *   checkpoints: commits are several times faster and the database can never be corrupted, but the
 *   last commits before a power loss or OS crash may be rolled back — acknowledged writes lost. A
 *   process crash alone loses nothing in either mode. `EXTRA` adds an fsync of the directory.
 *   The store sets this itself on every connection: better-sqlite3 reopens an existing WAL file at
 *   `NORMAL`, and `@effect/sql-sqlite-node`'s own client sets only the journal mode.
 * - `busy_timeout`: a writer waits this long for another process's write lock before the store's
 *   own retry (`busyRetry`) takes over; only then does a caller see `StoreUnavailable`.
 *
 * Every write transaction is `BEGIN IMMEDIATE` (see `@runledger/sql`). Two processes may share one
 * file: SQLite's lock serializes their writers, and the store's invariants hold across them.
 *
 * @since 0.1.0
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import * as Sqlite from "@effect/sql-sqlite-node/SqliteClient"
import { Errors } from "@runledger/core"
import { SqlStore, StoreConnection } from "@runledger/sql"
import { Config, Context, Duration, Effect, Layer } from "effect"
import type { ConfigError } from "effect/ConfigError"
import * as Connection from "./internal/connection.js"

/**
 * `synchronous` levels the store accepts (see the module documentation for the trade-off).
 *
 * @since 0.1.0
 */
export type Synchronous = "FULL" | "NORMAL" | "EXTRA"

const synchronousLevel: Record<Synchronous, number> = { NORMAL: 1, FULL: 2, EXTRA: 3 }

/**
 * Options of the SQLite store.
 *
 * @since 0.1.0
 */
export interface Options extends SqlStore.Options {
  /** The database file (created when missing), or `:memory:` for a private in-memory database. */
  readonly filename: string
  /** `FULL` by default: an acknowledged write survives power loss. `NORMAL` trades that for speed. */
  readonly synchronous?: Synchronous
  /** How long a writer waits for another connection's lock inside SQLite. Default 5 seconds. */
  readonly busyTimeout?: Duration.DurationInput
  /** Prepared statements kept (the least recently used are dropped first). Default 500. */
  readonly prepareCacheSize?: number
}

/**
 * The settings a connection of the store reports, read back from SQLite.
 *
 * @since 0.1.0
 */
export interface ConnectionSettings {
  readonly journalMode: string
  /** 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
  readonly synchronous: number
  readonly busyTimeoutMillis: number
}

const isMemory = (filename: string) => filename === ":memory:" || filename === ""

const unavailable = (reason: string, cause?: unknown) =>
  new Errors.StoreUnavailable({ operation: "SqliteStore.open", reason, ...(cause === undefined ? {} : { cause }) })

const pragma = (sql: SqlClient.SqlClient, statement: string) =>
  Effect.mapError(sql.unsafe(statement), (error) => unavailable(`${statement}: ${error.message}`, error.cause))

/**
 * Read back the durability settings of the connection behind `sql`.
 *
 * @since 0.1.0
 */
export const settings = (sql: SqlClient.SqlClient): Effect.Effect<ConnectionSettings, Errors.StoreUnavailable> =>
  Effect.map(
    Effect.all([
      pragma(sql, "PRAGMA journal_mode"),
      pragma(sql, "PRAGMA synchronous"),
      pragma(sql, "PRAGMA busy_timeout")
    ]),
    ([journal, synchronous, busy]) => ({
      journalMode: String(Object.values(journal[0] ?? {})[0]),
      synchronous: Number(Object.values(synchronous[0] ?? {})[0]),
      busyTimeoutMillis: Number(Object.values(busy[0] ?? {})[0])
    })
  )

/**
 * Configure a freshly opened connection: busy timeout, the schema-version check (before anything
 * can change the file), WAL, `synchronous` — then read them back and refuse a connection that does
 * not report them.
 */
const configure = (sql: SqlClient.SqlClient, options: Options) =>
  Effect.gen(function*() {
    const sync = options.synchronous ?? "FULL"
    const busyMillis = Math.max(0, Math.round(Duration.toMillis(Duration.decode(options.busyTimeout ?? Duration.seconds(5)))))
    yield* pragma(sql, `PRAGMA busy_timeout = ${busyMillis}`)
    // A file written by newer code is refused before WAL is switched on: opening it changes nothing.
    yield* Effect.provideService(SqlStore.checkSchema(options), SqlClient.SqlClient, sql)
    if (!isMemory(options.filename)) yield* pragma(sql, "PRAGMA journal_mode = WAL")
    // After the journal mode: switching to WAL may reset an unset level to the WAL default.
    yield* pragma(sql, `PRAGMA synchronous = ${sync}`)
    const actual = yield* settings(sql)
    if (!isMemory(options.filename) && actual.journalMode.toLowerCase() !== "wal") {
      return yield* unavailable(`journal_mode is ${actual.journalMode}, not wal`)
    }
    if (actual.synchronous !== synchronousLevel[sync]) {
      return yield* unavailable(`synchronous is ${actual.synchronous}, not ${synchronousLevel[sync]} (${sync})`)
    }
  })

/**
 * The SQLite client of a store: one connection to `filename`, configured as described in the module
 * documentation and owned by the store (see `StoreConnection`): the store's operations take it
 * through a gate, without a reservation each time, and the `SqliteClient` this layer provides — the
 * `@effect/sql-sqlite-node` service, for tools, tests and the application — runs its statements and
 * transactions on the same connection, between the store's. Closed when the layer's scope closes.
 *
 * @since 0.1.0
 */
export const layerClient = (
  options: Options
): Layer.Layer<Sqlite.SqliteClient | SqlClient.SqlClient | StoreConnection.StoreConnection, SqlStore.OpenError> =>
  Layer.scopedContext(
    Effect.gen(function*() {
      const owned = yield* Connection.make({
        filename: options.filename,
        prepareCacheSize: options.prepareCacheSize
      }).pipe(Effect.mapError((error) => unavailable(`cannot open ${options.filename}: ${String(error.cause)}`, error.cause)))
      yield* configure(owned.client, options)
      return Context.make(Sqlite.SqliteClient, owned.client).pipe(
        Context.add(SqlClient.SqlClient, owned.client),
        Context.add(StoreConnection.StoreConnection, owned.connection)
      )
    })
  ).pipe(Layer.provide(Reactivity.layer))

/**
 * Every store service and `RunTransition` over one SQLite file, together with the client (for
 * tools and tests that inspect the connection).
 *
 * @since 0.1.0
 */
export const layerWithClient = (
  options: Options
): Layer.Layer<
  SqlStore.Stores | Sqlite.SqliteClient | SqlClient.SqlClient | StoreConnection.StoreConnection,
  SqlStore.OpenError
> =>
  SqlStore.layer(options).pipe(Layer.provideMerge(layerClient(options)))

/**
 * Every store service and `RunTransition` over one SQLite file, migrated on open.
 *
 * ```ts
 * Effect.provide(program, SqliteStore.layer({ filename: "runs.db" }))
 * ```
 *
 * @since 0.1.0
 */
export const layer = (options: Options): Layer.Layer<SqlStore.Stores, SqlStore.OpenError> =>
  SqlStore.layer(options).pipe(Layer.provide(layerClient(options)))

/**
 * The options read from the environment: `RUNLEDGER_SQLITE_FILE` (required),
 * `RUNLEDGER_SQLITE_SYNCHRONOUS` (`FULL`, `NORMAL` or `EXTRA`; default `FULL`) and
 * `RUNLEDGER_SQLITE_BUSY_TIMEOUT` (a duration such as `5 seconds`; default 5 seconds).
 *
 * @since 0.1.0
 */
export const config: Config.Config<Options> = Config.all({
  filename: Config.string("RUNLEDGER_SQLITE_FILE"),
  synchronous: Config.literal("FULL", "NORMAL", "EXTRA")("RUNLEDGER_SQLITE_SYNCHRONOUS").pipe(
    Config.withDefault("FULL" as const)
  ),
  busyTimeout: Config.duration("RUNLEDGER_SQLITE_BUSY_TIMEOUT").pipe(Config.withDefault(Duration.seconds(5)))
})

/**
 * {@link layer} with its options from a `Config` (by default {@link config}, from the environment).
 *
 * @since 0.1.0
 */
export const layerConfig = (
  options: Config.Config<Options> = config
): Layer.Layer<SqlStore.Stores, SqlStore.OpenError | ConfigError> =>
  Layer.unwrapEffect(Effect.map(options, layer))
