/**
 * The store's pool, and its way to the pool's connections.
 *
 * The pool is a `pg` pool opened here and handed to `@effect/sql-pg` (`PgClient.fromPool`), so the
 * `PgClient` everyone else uses and the store share it. The store's transactions take a connection
 * of the pool directly — one `pool.connect`, the connection given back when the transaction ends —
 * and run their statements on it with `client.query`, as the `PgClient` does: the `PgClient`'s own
 * reservation (an Effect scope, its finalizer, a connection object per statement) cost about as much
 * client CPU as the statements of a short transaction.
 */
import type { Connection } from "@effect/sql/SqlConnection"
import { SqlError } from "@effect/sql/SqlError"
import type { StoreConnection } from "@runledger/sql"
import { Duration, Effect } from "effect"
import type { Scope } from "effect"
import pg from "pg"

/** The pool's settings, as `PgStore.Options` gives them. */
export interface PoolOptions {
  readonly connectionString: string
  readonly applicationName: string
  readonly maxConnections?: number | undefined
  readonly minConnections?: number | undefined
  readonly connectTimeout: Duration.Duration
  readonly idleTimeout?: Duration.Duration | undefined
  readonly connectionTTL?: Duration.Duration | undefined
  readonly ssl?: pg.PoolConfig["ssl"]
}

const failed = (message: string) => (cause: unknown) => new SqlError({ cause, message })

/** Open the pool (checked with one statement), ended when the scope closes. */
export const pool = (options: PoolOptions): Effect.Effect<pg.Pool, SqlError, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.suspend(() => {
      const pool = new pg.Pool({
        connectionString: options.connectionString,
        application_name: options.applicationName,
        connectionTimeoutMillis: Duration.toMillis(options.connectTimeout),
        ...(options.maxConnections === undefined ? {} : { max: options.maxConnections }),
        ...(options.minConnections === undefined ? {} : { min: options.minConnections }),
        ...(options.idleTimeout === undefined ? {} : { idleTimeoutMillis: Duration.toMillis(options.idleTimeout) }),
        ...(options.connectionTTL === undefined ? {} : { maxLifetimeSeconds: Duration.toSeconds(options.connectionTTL) }),
        ...(options.ssl === undefined ? {} : { ssl: options.ssl })
      })
      // An idle connection that fails is dropped by the pool; there is no caller to tell.
      pool.on("error", () => {})
      return Effect.as(
        Effect.tryPromise({ try: () => pool.query("SELECT 1"), catch: failed("Failed to connect") }).pipe(
          Effect.timeoutFail({ duration: options.connectTimeout, onTimeout: () => new SqlError({ cause: new Error("Connection timed out"), message: "Failed to connect" }) }),
          Effect.tapError(() => Effect.promise(() => pool.end().catch(() => undefined)))
        ),
        pool
      )
    }),
    (pool) => Effect.promise(() => pool.end()).pipe(Effect.interruptible, Effect.timeoutOption(1000))
  )

/**
 * A statement interrupted while the server runs it is cancelled (best effort, as `PgClient` does),
 * from a connection of its own: the pool may have none free, and the statement may be what holds
 * one up.
 */
const cancel = (pool: pg.Pool, client: pg.PoolClient): Effect.Effect<void> => {
  const pid = (client as { readonly processID?: number }).processID
  if (pid === undefined) return Effect.void
  return Effect.async<void>((resume) => {
    if (pool.ending) return resume(Effect.void)
    const canceller = new pg.Client(pool.options)
    const end = () => {
      canceller.end().catch(() => undefined)
      resume(Effect.void)
    }
    canceller.on("error", () => {})
    canceller.connect((error: Error | undefined) => (error ? end() : canceller.query(`SELECT pg_cancel_backend(${pid})`, end)))
  }).pipe(Effect.interruptible, Effect.timeoutOption(5000), Effect.asVoid)
}

/**
 * A connection of the pool, checked out for one use: `@effect/sql`'s `Connection`, and the callback
 * driver the store's statement scripts run with. `discard` marks it broken: it is given back with an
 * error, and the pool closes it instead of handing it out again.
 */
interface Lease extends Connection, StoreConnection.AsyncDriver {
  readonly discard: () => void
}

const rowsOf = (result: pg.QueryResult): ReadonlyArray<any> =>
  // A text of several statements gives one result each.
  Array.isArray(result) ? result.map((r: pg.QueryResult) => r.rows ?? []) : result.rows ?? []

const lease = (pool: pg.Pool, client: pg.PoolClient) => {
  let broken: Error | undefined
  const canceled = cancel(pool, client)
  // Text and values as arguments of their own: a config object is copied by the driver on every call.
  const query = <A>(text: string | pg.QueryConfig, values: ReadonlyArray<unknown>, rows: (result: pg.QueryResult) => A) =>
    Effect.async<A, SqlError>((resume) => {
      client.query(text as string, values as Array<unknown>, (error: Error | undefined, result: pg.QueryResult) => {
        if (error) resume(Effect.fail(new SqlError({ cause: error, message: "Failed to execute statement" })))
        else resume(Effect.succeed(rows(result)))
      })
      return canceled
    })
  const execute: Connection["execute"] = (text, values, transformRows) => {
    const run = query(text, values, rowsOf)
    return transformRows === undefined ? run : Effect.map(run, transformRows)
  }
  const connection: Lease = {
    execute,
    executeRaw: (text, values) => query(text, values, (result) => result),
    executeValues: (text, values) =>
      query({ text, rowMode: "array" } as pg.QueryConfig, values, (result) => result.rows as ReadonlyArray<ReadonlyArray<unknown>>),
    executeUnprepared: execute,
    executeStream: () => Effect.dieMessage("the store's connections do not stream"),
    query: (text, values, done) =>
      client.query(text, values as Array<unknown>, (error: Error | undefined, result: pg.QueryResult) =>
        error ? done(new SqlError({ cause: error, message: "Failed to execute statement" }), []) : done(undefined, rowsOf(result))),
    cancel: () => {
      Effect.runFork(canceled)
    },
    discard: () => {
      broken ??= new Error("runledger: connection discarded after a failed ROLLBACK")
    }
  }
  // A connection that fails while checked out (the server ended it) must not be handed out again.
  const onError = (error: Error) => {
    broken ??= error
  }
  client.on("error", onError)
  const release = () => {
    client.off("error", onError)
    client.release(broken)
  }
  return { connection, release }
}

/** The store's connections: one of the pool per use, taken with `pool.connect`. */
export const storeConnection = (pool: pg.Pool): StoreConnection.Service => {
  const acquire = Effect.async<ReturnType<typeof lease>, SqlError>((resume) => {
    let canceled = false
    pool.connect((error, client) => {
      if (canceled) {
        client?.release()
      } else if (error !== undefined || client === undefined) {
        resume(Effect.fail(new SqlError({ cause: error ?? new Error("no client returned"), message: "Failed to acquire connection" })))
      } else {
        resume(Effect.succeed(lease(pool, client)))
      }
    })
    return Effect.sync(() => {
      canceled = true
    })
  })
  return {
    use: (use) =>
      Effect.acquireUseRelease(acquire, (leased) => use(leased.connection), (leased) => Effect.sync(leased.release))
  }
}
