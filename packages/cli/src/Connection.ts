/**
 * Which store a command works on: a SQLite file (`--db`, default `./runledger.db`) or a Postgres
 * database (`--pg <url>` or `RUNLEDGER_PG_URL`, schema `--pg-schema` or `RUNLEDGER_PG_SCHEMA`).
 *
 * Postgres support is loaded on demand from `@runledger/adapter-postgres`, so a SQLite user never
 * loads a Postgres driver. Every message goes through `Redact`, which hides the password of a URL.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { SqliteStore } from "@runledger/adapter-sqlite"
import type { Errors } from "@runledger/core"
import { SqlStore } from "@runledger/sql"
import { Effect, Layer, Option, Redacted } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import { DamagedError, NotFoundError, UnavailableError, UsageError } from "./CliError.js"
import * as Redact from "./Redact.js"

/**
 * Where the store is.
 *
 * @since 0.1.0
 */
export type Target =
  | { readonly _tag: "Sqlite"; readonly filename: string }
  | { readonly _tag: "Postgres"; readonly url: string; readonly schema: Option.Option<string> }

/**
 * Whether a command may create the store: reading commands refuse a SQLite file that does not exist
 * (a typo in `--db` must not silently create an empty database).
 *
 * @since 0.1.0
 */
export type Mode = "existing" | "create"

/**
 * The target named by the options and the environment: `--pg` wins, then `RUNLEDGER_PG_URL` (unless
 * `--db` was given explicitly), then the SQLite file.
 *
 * @since 0.1.0
 */
export const target = (options: {
  readonly db: Option.Option<string>
  readonly pg: Option.Option<string>
  readonly pgSchema: Option.Option<string>
}): Effect.Effect<Target, UsageError> => {
  const envUrl = process.env.RUNLEDGER_PG_URL
  const url = Option.orElse(options.pg, () => (Option.isNone(options.db) && envUrl !== undefined && envUrl !== "" ? Option.some(envUrl) : Option.none()))
  if (Option.isSome(options.pg) && Option.isSome(options.db)) {
    return Effect.fail(new UsageError({ message: "give either --db or --pg, not both" }))
  }
  if (Option.isSome(url)) {
    if (!/^postgres(ql)?:\/\//i.test(url.value)) {
      return Effect.fail(new UsageError({ message: `--pg must be a postgres:// URL, got ${Redact.url(url.value)}` }))
    }
    const envSchema = process.env.RUNLEDGER_PG_SCHEMA
    const schema = Option.orElse(options.pgSchema, () => (envSchema === undefined || envSchema === "" ? Option.none() : Option.some(envSchema)))
    // PgStore's rule, checked here before Postgres support is loaded: a typo is the user's mistake.
    if (Option.isSome(schema) && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema.value)) {
      return Effect.fail(
        new UsageError({
          message: `--pg-schema must be a lowercase Postgres name (letters, digits, _; at most 63), got ${JSON.stringify(schema.value)}`
        })
      )
    }
    return Effect.succeed({ _tag: "Postgres", url: url.value, schema })
  }
  return Effect.succeed({ _tag: "Sqlite", filename: Option.getOrElse(options.db, () => "./runledger.db") })
}

/**
 * How a target is named in messages (never with a password).
 *
 * @since 0.1.0
 */
export const describe = (t: Target): string =>
  t._tag === "Sqlite" ? t.filename : `${Redact.url(t.url)}${Option.match(t.schema, { onNone: () => "", onSome: (s) => ` (schema ${s})` })}`

/** What `@runledger/adapter-postgres` offers the CLI (loaded on demand). */
interface PgModule {
  readonly PgStore: {
    readonly layerWithClient: (options: {
      readonly url: Redacted.Redacted<string>
      readonly schema?: string
    }) => Layer.Layer<SqlStore.Stores | SqlClient.SqlClient, SqlStore.OpenError>
    readonly layerClient?: (options: {
      readonly url: Redacted.Redacted<string>
      readonly schema?: string
    }) => Layer.Layer<SqlClient.SqlClient, SqlStore.OpenError>
  }
}

// Imported when a command names a Postgres store, never before: a SQLite user does not load (or,
// in the bundled binary, evaluate) the Postgres driver. A literal, so the bundler includes it.
const loadPg = Effect.tryPromise({
  try: () => import("@runledger/adapter-postgres") as Promise<PgModule>,
  catch: (cause) =>
    new UnavailableError({
      message: `Postgres support is not available (@runledger/adapter-postgres): ${
        cause instanceof Error ? cause.message.split("\n")[0] : String(cause)
      }`
    })
})

const pgOptions = (t: Extract<Target, { _tag: "Postgres" }>) => ({
  url: Redacted.make(t.url),
  ...(Option.isSome(t.schema) ? { schema: t.schema.value } : {})
})

const checkFile = (filename: string, mode: Mode) =>
  Effect.suspend(() => {
    if (mode === "existing" && filename !== ":memory:" && !fs.existsSync(filename)) {
      return Effect.fail(new NotFoundError({ message: `no database at ${filename} (give --db <file>, or --pg <url>)` }))
    }
    if (mode === "create" && filename !== ":memory:") {
      const dir = path.dirname(path.resolve(filename))
      if (!fs.existsSync(dir)) return Effect.fail(new NotFoundError({ message: `no directory ${dir} for the database ${filename}` }))
    }
    return Effect.void
  })

/**
 * A SQLite file the store cannot even open as its database (`/etc/passwd`, random bytes, a truncated
 * copy) is named as such — not reported as a damaged record with no name. Apply to what fails while
 * the store is opened or migrated.
 *
 * @since 0.1.0
 */
export const notADatabase = (t: Target) => <E>(error: E): E | DamagedError =>
  t._tag === "Sqlite" && (error as { readonly _tag?: unknown })._tag === "StoreCorrupt"
    ? new DamagedError({ message: `${t.filename} is not a runledger database, or it is damaged (${(error as unknown as Errors.StoreCorrupt).reason})` })
    : error

/**
 * Every store service and the `SqlClient`, over the target (migrated on open).
 *
 * @since 0.1.0
 */
export const layer = (
  t: Target,
  mode: Mode
): Layer.Layer<SqlStore.Stores | SqlClient.SqlClient, SqlStore.OpenError | NotFoundError | UnavailableError | DamagedError> =>
  Layer.unwrapEffect<SqlStore.Stores | SqlClient.SqlClient, SqlStore.OpenError | DamagedError, never, NotFoundError | UnavailableError, never>(
    t._tag === "Sqlite"
      ? Effect.as(checkFile(t.filename, mode), Layer.mapError(SqliteStore.layerWithClient({ filename: t.filename }), notADatabase(t)))
      : Effect.map(loadPg, (pg) => pg.PgStore.layerWithClient(pgOptions(t)))
  )

/**
 * The `SqlClient` alone, without opening (and so without migrating) the store — for `migrate`.
 *
 * @since 0.1.0
 */
export const clientLayer = (
  t: Target,
  mode: Mode
): Layer.Layer<SqlClient.SqlClient, SqlStore.OpenError | NotFoundError | UnavailableError> =>
  Layer.unwrapEffect<SqlClient.SqlClient, SqlStore.OpenError, never, NotFoundError | UnavailableError, never>(
    t._tag === "Sqlite"
      ? Effect.as(checkFile(t.filename, mode), SqliteStore.layerClient({ filename: t.filename }))
      : Effect.map(loadPg, (pg) =>
        pg.PgStore.layerClient !== undefined ? pg.PgStore.layerClient(pgOptions(t)) : pg.PgStore.layerWithClient(pgOptions(t)))
  )
