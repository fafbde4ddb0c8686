/**
 * The runledger backend for many workers on many machines: every store in one PostgreSQL database,
 * through `@effect/sql-pg` (a `pg` connection pool). The SQL is the shared `@runledger/sql` store;
 * this module opens the pool, picks the schema and sets what Postgres needs.
 *
 * - **Concurrency.** Each write is its own transaction on its own pooled connection (`groupCommit`
 *   is off): the records it decides on are row-locked (`SELECT … FOR UPDATE`, the lease it is
 *   fenced by `FOR SHARE`), event seqs come from the per-run counter row bumped in the same
 *   transaction, inserts name their conflict target. Reads that need one snapshot run in
 *   `REPEATABLE READ READ ONLY` transactions.
 * - **Transient failures** — serialization failures (40001), deadlocks (40P01), a connection lost
 *   or refused (08…, 57P01 admin shutdown, a reset socket) before COMMIT — are retried with a
 *   bounded, jittered backoff for `busyRetry` (5 s by default); then, or when a COMMIT lost its
 *   connection (it may have committed), the caller gets `StoreUnavailable` (retryable). A connection
 *   whose ROLLBACK failed is discarded, never reused.
 * - **The change feed** (`EventLog.poll`) numbers only events of finished transactions, in order,
 *   one poller at a time: a reader never skips an event committed late, nor sees one twice.
 * - **Schemas.** `schema` puts the store's tables in a Postgres schema of their own (created when
 *   missing), so several stores share one database; opening migrates it under an advisory lock, so
 *   any number of processes may open it at once.
 *
 * The URL's password never appears in an error: every message is redacted.
 *
 * @since 0.1.0
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import * as PgClient from "@effect/sql-pg/PgClient"
import { Errors } from "@runledger/core"
import { SqlStore, StoreConnection } from "@runledger/sql"
import { Config, Context, Duration, Effect, Layer, Redacted } from "effect"
import type { ConfigError } from "effect/ConfigError"
import * as Connection from "./internal/connection.js"

/**
 * Options of the Postgres store.
 *
 * @since 0.1.0
 */
export interface Options extends SqlStore.Options {
  /** `postgres://user:password@host:5432/database` (any `pg` URL); kept redacted. */
  readonly url: string | Redacted.Redacted
  /**
   * The Postgres schema that holds the store's tables, created when missing: several stores can
   * share one database, each in its own schema. Lowercase letters, digits and `_`, starting with a
   * letter or `_`. Default `public`.
   */
  readonly schema?: string
  /** The most connections of the pool (the most writes in flight at once). Default 10. */
  readonly maxConnections?: number
  /** Connections the pool keeps open when idle. Default 0. */
  readonly minConnections?: number
  /** How long opening a connection may take. Default 5 seconds. */
  readonly connectTimeout?: Duration.DurationInput
  /** How long an idle connection stays open. Default `pg`'s (10 seconds). */
  readonly idleTimeout?: Duration.DurationInput
  /** How long a connection lives before the pool replaces it. Default: for ever. */
  readonly connectionTTL?: Duration.DurationInput
  /** TLS, as `pg` takes it (`true`, or its `ConnectionOptions`). */
  readonly ssl?: PgClient.PgClientConfig["ssl"]
  /** `application_name` of the connections. Default `runledger`. */
  readonly applicationName?: string
}

const SchemaName = /^[a-z_][a-z0-9_]{0,62}$/

const urlText = (url: string | Redacted.Redacted): string => (Redacted.isRedacted(url) ? Redacted.value(url) : url)

/**
 * The URL with its password replaced by `***`, for messages and logs.
 *
 * @since 0.1.0
 */
export const redactUrl = (url: string | Redacted.Redacted): string => {
  const text = urlText(url)
  try {
    const parsed = new URL(text)
    if (parsed.password !== "") parsed.password = "***"
    if (parsed.searchParams.has("password")) parsed.searchParams.set("password", "***")
    return parsed.toString()
  } catch {
    return "<postgres url>"
  }
}

// scheme://user:password@ → scheme://user:***@, and `password=value` forms of connection strings.
const urlPassword = /([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*):([^@\s]*)@/gi
const keyPassword = /(password\s*=\s*)('[^']*'|"[^"]*"|[^\s;&]+)/gi

/**
 * `text` with the URL shown redacted wherever it is quoted, and the password field of any URL (and
 * any `password=` value) replaced by `***`. Only those: the password's text elsewhere is left alone,
 * since it may also be the user's name or part of a table's.
 */
const scrub = (options: Options, text: string): string => {
  const url = urlText(options.url)
  const quoted = url === "" ? text : text.split(url).join(redactUrl(options.url))
  return quoted.replace(urlPassword, "$1:***@").replace(keyPassword, "$1***")
}

const describe = (u: unknown): string => {
  if (u instanceof Error) {
    const cause = (u as { readonly cause?: unknown }).cause
    return cause instanceof Error && cause.message !== u.message ? `${u.message}: ${cause.message}` : u.message
  }
  return String(u)
}

const unavailable = (options: Options, reason: string) =>
  new Errors.StoreUnavailable({ operation: "PgStore.open", reason: scrub(options, reason) })

/** The schema of the options, checked. */
const schemaOf = (options: Options): Effect.Effect<string, Errors.StoreUnavailable> => {
  const schema = options.schema ?? "public"
  return SchemaName.test(schema)
    ? Effect.succeed(schema)
    : Effect.fail(unavailable(options, `schema must match ${SchemaName}, got ${JSON.stringify(schema)}`))
}

/**
 * The connection URL with the schema as the connections' `search_path` (a startup option, so every
 * connection of the pool has it from its first statement).
 */
const connectionUrl = (options: Options, schema: string): Effect.Effect<Redacted.Redacted, Errors.StoreUnavailable> =>
  Effect.suspend(() => {
    const text = urlText(options.url)
    if (schema === "public") return Effect.succeed(Redacted.make(text))
    let parsed: URL
    try {
      parsed = new URL(text)
    } catch {
      return Effect.fail(unavailable(options, `url must be a postgres:// URL, got ${redactUrl(options.url)}`))
    }
    const existing = parsed.searchParams.get("options")
    parsed.searchParams.set("options", `${existing === null ? "" : `${existing} `}-c search_path=${schema}`)
    return Effect.succeed(Redacted.make(parsed.toString()))
  })

/** Open the pool, create the schema when missing and check the connections use it. */
const makeClient = (options: Options) =>
  Effect.gen(function*() {
    const schema = yield* schemaOf(options)
    const url = yield* connectionUrl(options, schema)
    // The pool is opened here and shared: the PgClient runs on it, and the store takes its
    // connections from it directly (see internal/connection.ts).
    const pool = yield* Connection.pool({
      connectionString: Redacted.value(url),
      applicationName: options.applicationName ?? "runledger",
      maxConnections: options.maxConnections,
      minConnections: options.minConnections,
      // Also the pool's wait for a new connection (`pg` waits for ever by default).
      connectTimeout: Duration.decode(options.connectTimeout ?? Duration.seconds(5)),
      idleTimeout: options.idleTimeout === undefined ? undefined : Duration.decode(options.idleTimeout),
      connectionTTL: options.connectionTTL === undefined ? undefined : Duration.decode(options.connectionTTL),
      ssl: options.ssl
    }).pipe(
      Effect.mapError((error) => unavailable(options, `cannot connect to ${redactUrl(options.url)}: ${describe(error)}`)),
      Effect.catchAllDefect((defect) => Effect.fail(unavailable(options, `cannot connect to ${redactUrl(options.url)}: ${describe(defect)}`)))
    )
    const client = yield* PgClient.fromPool({
      acquire: Effect.succeed(pool),
      applicationName: options.applicationName ?? "runledger"
    }).pipe(Effect.mapError((error) => unavailable(options, `cannot connect to ${redactUrl(options.url)}: ${describe(error)}`)))
    const sql = client.withoutTransforms()
    if (schema !== "public") {
      // Concurrent openers of a new schema: one creates it, the others wait on the lock and find it.
      yield* sql.withTransaction(
        Effect.zipRight(
          sql`SELECT pg_advisory_xact_lock(${0x726c}, hashtext(${`schema:${schema}`}))`,
          sql.unsafe(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
        )
      ).pipe(Effect.mapError((error) => unavailable(options, `cannot create schema ${schema}: ${describe(error)}`)))
    }
    const current = yield* sql<{ readonly schema: string | null }>`SELECT current_schema() AS schema`.pipe(
      Effect.mapError((error) => unavailable(options, describe(error)))
    )
    if (current[0]?.schema !== schema) {
      return yield* unavailable(
        options,
        `the connections use schema ${String(current[0]?.schema)}, not ${schema}: the server (or a pooler) ignored the search_path startup option`
      )
    }
    return { client, connection: Connection.storeConnection(pool) }
  })

/**
 * The Postgres client of a store: a `pg` pool on `url` whose connections use `schema` (created when
 * missing), the `PgClient` over it, and the store's own way to its connections (one `pool.connect`
 * per transaction, without the `PgClient`'s reservation). Closed when the layer's scope closes.
 *
 * @since 0.1.0
 */
export const layerClient = (
  options: Options
): Layer.Layer<PgClient.PgClient | SqlClient.SqlClient | StoreConnection.StoreConnection, SqlStore.OpenError> =>
  Layer.scopedContext(
    Effect.map(makeClient(options), ({ client, connection }) =>
      Context.make(PgClient.PgClient, client).pipe(
        Context.add(SqlClient.SqlClient, client),
        Context.add(StoreConnection.StoreConnection, connection)
      ))
  ).pipe(Layer.provide(Reactivity.layer))

/** The SQL store's options for Postgres: each write its own transaction on a pooled connection. */
const storeOptions = (options: Options): SqlStore.Options => ({ ...options, groupCommit: options.groupCommit ?? false })

/** Redact every message of an open failure. */
const redactErrors = (options: Options) => (error: SqlStore.OpenError): SqlStore.OpenError =>
  error._tag === "StoreUnavailable"
    ? new Errors.StoreUnavailable({ operation: error.operation, reason: scrub(options, error.reason) })
    : error._tag === "StoreCorrupt"
    ? new Errors.StoreCorrupt({ ...error, reason: scrub(options, error.reason) })
    : error

/**
 * Every store service and `RunTransition` over one Postgres database, together with the client
 * (for tools and tests that run their own statements).
 *
 * @since 0.1.0
 */
export const layerWithClient = (
  options: Options
): Layer.Layer<
  SqlStore.Stores | PgClient.PgClient | SqlClient.SqlClient | StoreConnection.StoreConnection,
  SqlStore.OpenError
> =>
  SqlStore.layer(storeOptions(options)).pipe(
    Layer.provideMerge(layerClient(options)),
    Layer.mapError(redactErrors(options))
  )

/**
 * Every store service and `RunTransition` over one Postgres database, migrated on open.
 *
 * ```ts
 * Effect.provide(program, PgStore.layer({ url: Redacted.make(process.env.DATABASE_URL!), schema: "orders" }))
 * ```
 *
 * @since 0.1.0
 */
export const layer = (options: Options): Layer.Layer<SqlStore.Stores, SqlStore.OpenError> =>
  SqlStore.layer(storeOptions(options)).pipe(
    Layer.provide(layerClient(options)),
    Layer.mapError(redactErrors(options))
  )

/**
 * The options read from the environment: `RUNLEDGER_PG_URL` (required, redacted) and
 * `RUNLEDGER_PG_SCHEMA` (default `public`).
 *
 * @since 0.1.0
 */
export const config: Config.Config<Options> = Config.all({
  url: Config.redacted("RUNLEDGER_PG_URL"),
  schema: Config.string("RUNLEDGER_PG_SCHEMA").pipe(Config.withDefault("public"))
})

/**
 * {@link layer} with its options from the environment ({@link config}); `overrides` (options, or a
 * whole `Config` of options) replace what the environment says.
 *
 * @since 0.1.0
 */
export const layerConfig = (
  overrides?: Partial<Options> | Config.Config<Options>
): Layer.Layer<SqlStore.Stores, SqlStore.OpenError | ConfigError> =>
  Layer.unwrapEffect(
    Config.isConfig(overrides)
      ? Effect.map(overrides, layer)
      : Effect.map(config, (options) => layer({ ...options, ...overrides }))
  )
