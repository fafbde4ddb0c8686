/**
 * A `SqlClient` over the store's SQLite connection whose every driver call (statement, BEGIN,
 * COMMIT, ROLLBACK) goes through an interceptor: the test's hook to fail the k-th call, or to kill
 * the process at it.
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import type { Connection } from "@effect/sql/SqlConnection"
import { SqlError } from "@effect/sql/SqlError"
import * as Statement from "@effect/sql/Statement"
import * as Sqlite from "@effect/sql-sqlite-node/SqliteClient"
import { StoreConnection } from "@runledger/sql"
import { Cause, Context, Effect, Exit, Layer } from "effect"

/** Decides what one driver call does: run it (`run`), or anything else in its place. */
export type Interceptor = <A>(call: number, statement: string, run: Effect.Effect<A, SqlError>) => Effect.Effect<A, SqlError>

/** The failure SQLite reports for a failed read or write of the file. */
export const ioError = (statement: string) =>
  new SqlError({
    cause: Object.assign(new Error(`disk I/O error (injected) at: ${statement.slice(0, 60)}`), { code: "SQLITE_IOERR" }),
    message: "Failed to execute statement"
  })

/**
 * A `SqlClient` over the `SqliteClient` in context, and a `StoreConnection` over the store's owned
 * connection, whose driver calls are numbered from 1 (one count for both) and passed through
 * `intercept`.
 */
export const layerIntercepted = (
  intercept: Interceptor
): Layer.Layer<SqlClient.SqlClient | StoreConnection.StoreConnection, never, Sqlite.SqliteClient | StoreConnection.StoreConnection> =>
  Layer.effectContext(
    Effect.gen(function*() {
      const base = yield* Sqlite.SqliteClient
      const owned = yield* StoreConnection.StoreConnection
      let calls = 0
      const wrap = (conn: Connection): Connection => {
        const wrapped: Connection = {
          execute: (sql, params, transform) => intercept(++calls, sql, conn.execute(sql, params, transform)),
          executeRaw: (sql, params) => intercept(++calls, sql, conn.executeRaw(sql, params)),
          executeValues: (sql, params) => intercept(++calls, sql, conn.executeValues(sql, params)),
          executeUnprepared: (sql, params, transform) => intercept(++calls, sql, conn.executeUnprepared(sql, params, transform)),
          executeStream: (sql, params, transform) => conn.executeStream(sql, params, transform)
        }
        // The store's synchronous path (its statement scripts) goes through the same interceptor.
        const sync = (conn as Partial<StoreConnection.SyncDriver>).querySync
        if (sync === undefined) return wrapped
        const querySync = (sql: string, params: ReadonlyArray<unknown>): StoreConnection.Rows => {
          const exit = Effect.runSyncExit(intercept(++calls, sql, Effect.try({ try: () => sync(sql, params), catch: (e) => e as SqlError })))
          if (Exit.isSuccess(exit)) return exit.value
          const failure = Cause.failureOption(exit.cause)
          throw failure._tag === "Some" ? failure.value : Cause.squash(exit.cause)
        }
        return Object.assign(wrapped, { querySync })
      }
      const acquirer = Effect.map(base.reserve, wrap)
      const client = yield* SqlClient.make({
        acquirer,
        transactionAcquirer: acquirer,
        compiler: Statement.makeCompilerSqlite(),
        spanAttributes: [["db.system.name", "sqlite"]]
      })
      const connection: StoreConnection.Service = { use: (use) => owned.use((conn) => use(wrap(conn))) }
      return Context.make(SqlClient.SqlClient, client).pipe(Context.add(StoreConnection.StoreConnection, connection))
    })
  ).pipe(Layer.provide(Reactivity.layer))
