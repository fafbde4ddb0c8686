/**
 * The Postgres the tests run against, from `RUNLEDGER_PG_URL`, and a schema of their own per test
 * file.
 *
 * - Unset: with `CI` (or `RUNLEDGER_PG_REQUIRED`) set the tests FAIL (CI must run them); otherwise
 *   they are skipped, saying why.
 * - Set but unreachable: with `CI` set the tests fail; otherwise skipped, saying why.
 *
 * Each test file calls {@link fileSchema} once: a new schema (`rl_<file>_<random>`) created before
 * its tests and dropped, with everything in it, after them. A layer that must be fresh on every
 * build (the conformance kit's) gets a table prefix of its own in that schema per build
 * ({@link freshStore}), emptied before it is handed to another build.
 */
import { afterAll, beforeAll, describe, it } from "@effect/vitest"
import { PgStore } from "@runledger/adapter-postgres"
import type * as PgClient from "@effect/sql-pg/PgClient"
import type * as SqlClient from "@effect/sql/SqlClient"
import { Stores } from "@runledger/core"
import { SqlStore } from "@runledger/sql"
import type { StoreConnection } from "@runledger/sql"
import { Context, Effect, Exit, Layer, Redacted, Scope } from "effect"
import pg from "pg"

const url = process.env.RUNLEDGER_PG_URL
const flag = (name: string) => {
  const value = process.env[name]
  return value !== undefined && value !== "" && value !== "0" && value !== "false"
}
// CI (or `.ci/run`'s RUNLEDGER_PG_REQUIRED) must run the Postgres tests: there they fail, never skip.
const ci = flag("CI") || flag("RUNLEDGER_PG_REQUIRED")

const HowTo = "set RUNLEDGER_PG_URL=postgres://user:password@localhost:5432/database to run the Postgres tests " +
  "(see README.md, \"Running the Postgres tests locally\")"

/** Whether the server answers, within a few seconds. */
const probe = async (target: string): Promise<string | undefined> => {
  const client = new pg.Client({ connectionString: target, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query("SELECT 1")
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    await client.end().catch(() => undefined)
  }
}

const unreachable = url === undefined ? undefined : await probe(url)

/** Why the Postgres tests cannot run here, or undefined when they can. */
export const problem: string | undefined = url === undefined
  ? `RUNLEDGER_PG_URL is not set: ${HowTo}`
  : unreachable !== undefined
  ? `RUNLEDGER_PG_URL is set but the server cannot be reached (${PgStore.redactUrl(url)}): ${unreachable}`
  : undefined

/** The URL of the test database (only when {@link problem} is undefined). */
export const pgUrl: string = url ?? ""

/**
 * Register `body` as the file's tests when Postgres is there; otherwise one test that fails (CI) or
 * a skipped suite with the reason printed.
 */
export const describePg = (name: string, body: () => void): void => {
  if (problem === undefined) {
    describe(name, body)
  } else if (ci) {
    describe(name, () => {
      it(`needs PostgreSQL (CI is set): ${problem}`, () => {
        throw new Error(`CI is set, so the Postgres tests must run: ${problem}`)
      })
    })
  } else {
    console.warn(`[runledger] skipping the Postgres tests (${name}): ${problem}`)
    describe.skip(`${name} (skipped: ${problem})`, body)
  }
}

let pool: pg.Pool | undefined

/** Run one statement as the test user (on a small pool of the test file's own). */
export const admin = async <R extends pg.QueryResultRow = pg.QueryResultRow>(
  text: string,
  values: ReadonlyArray<unknown> = []
): Promise<pg.QueryResult<R>> => {
  pool ??= new pg.Pool({ connectionString: pgUrl, max: 2 })
  return pool.query<R>(text, values as Array<unknown>)
}

/**
 * A schema of the test file's own: the name, created before the file's tests and dropped after.
 * Call it at the top level of the test file.
 */
export const fileSchema = (file: string): string => {
  const name = `rl_${file.toLowerCase().replace(/[^a-z0-9]+/g, "_")}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  if (problem !== undefined) return name
  beforeAll(async () => {
    await admin(`DROP SCHEMA IF EXISTS ${name} CASCADE`)
    await admin(`CREATE SCHEMA ${name}`)
  })
  afterAll(async () => {
    await closeClient(name)
    await admin(`DROP SCHEMA IF EXISTS ${name} CASCADE`)
    await pool?.end()
    pool = undefined
  })
  return name
}

const emptying = new Map<string, Promise<string>>()

/** Empty every table of one store's prefix, as a newly migrated store has them. */
const emptyStore = async (schema: string, prefix: string): Promise<void> => {
  const key = `${schema}.${prefix}`
  let statement = emptying.get(key)
  if (statement === undefined) {
    statement = admin<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = $1 AND starts_with(tablename, $2) AND tablename <> $3 AND tablename <> $4",
      [schema, `${prefix}_`, `${prefix}_migrations`, `${prefix}_feed`]
    ).then((tables) =>
      // Tiny tables: one round trip of DELETEs is much cheaper than TRUNCATE's new files and fsyncs.
      `BEGIN; ${tables.rows.map((r) => `DELETE FROM ${schema}.${r.tablename};`).join(" ")} ` +
      `UPDATE ${schema}.${prefix}_feed SET last_position = 0; COMMIT`
    )
    emptying.set(key, statement)
  }
  await admin(await statement)
}

let builds = 0
const idle = new Map<string, Array<string>>()

type Client = Context.Context<PgClient.PgClient | SqlClient.SqlClient | StoreConnection.StoreConnection>
const clients = new Map<string, { readonly context: Promise<Client>; readonly scope: Scope.CloseableScope }>()

/**
 * The client of the stores in `schema` (`PgStore.layerClient`: its pool, the `PgClient`, the
 * store's connections), opened once and shared by every build of {@link freshStore}: a new pool per
 * build — its connections, its checks — cost the kit more than most of its scenarios. Its sessions
 * commit without waiting for the WAL flush (`synchronous_commit = off`): what the kit checks is
 * what the store does, which is the same either way, not the server's fsync — as the SQLite
 * backend's kit also runs on `:memory:`. The other Postgres tests keep the server's settings.
 */
const sharedClient = (schema: string): Promise<Client> => {
  const existing = clients.get(schema)
  if (existing !== undefined) return existing.context
  const scope = Effect.runSync(Scope.make())
  const url = new URL(pgUrl)
  url.searchParams.set("options", `${url.searchParams.get("options") ?? ""} -c synchronous_commit=off`.trim())
  const context = Effect.runPromise(
    Layer.buildWithScope(PgStore.layerClient({ url: Redacted.make(url.toString()), schema, maxConnections: 8 }), scope)
  )
  clients.set(schema, { context, scope })
  return context
}

const closeClient = async (schema: string): Promise<void> => {
  const client = clients.get(schema)
  clients.delete(schema)
  if (client !== undefined) await Effect.runPromise(Scope.close(client.scope, Exit.void))
}

/**
 * A store layer that is fresh and empty every time it is built: a table prefix of its own in
 * `schema`, over the schema's shared client. Migrating a new store takes about 0.4 s of DDL, so a
 * prefix whose build is over is emptied (every row deleted, the feed counter back to 0) and handed
 * to a later build, which opens the store without migrating it again.
 */
export const freshStore = (schema: string, options: SqlStore.Options = {}) =>
  Layer.unwrapScoped(
    Effect.map(
      Effect.acquireRelease(
        Effect.promise(async () => {
          const free = idle.get(schema) ?? []
          const reused = free.pop()
          if (reused === undefined) return { prefix: `s${++builds}`, migrated: false }
          await emptyStore(schema, reused)
          return { prefix: reused, migrated: true }
        }),
        ({ prefix }) =>
          Effect.sync(() => {
            idle.set(schema, [...(idle.get(schema) ?? []), prefix])
          })
      ),
      // `PgStore.layer` is this store over a client of its own; each write its own transaction, as there.
      ({ migrated, prefix }) => {
        const store: SqlStore.Options = { groupCommit: false, ...options, tablePrefix: prefix }
        return (migrated ? Layer.scopedContext(Effect.map(SqlStore.makeBackends(store), (backends) => Stores.makeWithCommit(backends, store))) : SqlStore.layer(store)).pipe(
          Layer.provide(Layer.unwrapEffect(Effect.map(Effect.promise(() => sharedClient(schema)), Layer.succeedContext)))
        )
      }
    )
  )
