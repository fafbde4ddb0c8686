/**
 * Where a SQL store's transactions and statements get their connection.
 *
 * By default ({@link reserving}) every use reserves a connection of the `SqlClient` — a pooled
 * connection on Postgres — and gives it back after. A backend whose store owns its one connection
 * (SQLite) provides its own source: a gate in front of the connection, which a use that finds open
 * takes with a flag, not with a reservation (a scope, a semaphore, a finalizer), and whose client
 * for everyone else waits at the same gate.
 *
 * @since 0.1.0
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import type { Connection } from "@effect/sql/SqlConnection"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect } from "effect"

/**
 * A source of connections for one store.
 *
 * @since 0.1.0
 */
export interface Service {
  /**
   * Run `use` with a connection to itself: no statement of anyone else runs on that connection
   * until `use` ends (its statements may still interleave with those of other connections, which
   * the database's own locking orders).
   */
  readonly use: <A, E>(use: (conn: Connection) => Effect.Effect<A, E>) => Effect.Effect<A, E | SqlError>
  /**
   * Run `use` now, synchronously, with the connection — if no one else has it; undefined when it is
   * taken (then wait with {@link use}). Offered by a source whose connection can be used without
   * waiting for anything (SQLite's), so that a whole transaction runs in one step.
   */
  readonly tryNow?: <A>(use: (conn: Connection) => A) => { readonly value: A } | undefined
}

/**
 * The connection source of a store, when its backend provides one; without it the store reserves
 * connections from the `SqlClient` ({@link reserving}).
 *
 * @since 0.1.0
 */
export class StoreConnection extends Context.Tag("@runledger/sql/StoreConnection")<StoreConnection, Service>() {}

/**
 * One reservation of a connection of `sql` per use (a connection of the pool on Postgres).
 *
 * @since 0.1.0
 */
export const reserving = (sql: SqlClient.SqlClient): Service => ({
  use: (use) => Effect.scoped(Effect.flatMap(sql.reserve, use))
})

/**
 * The rows of a statement.
 *
 * @since 0.1.0
 */
export type Rows = ReadonlyArray<{ readonly [column: string]: unknown }>

/**
 * What a connection may offer besides `@effect/sql`'s `Connection`, for the store's hot operations:
 * a statement run synchronously — its rows, or it throws the `SqlError` — so that a whole
 * transaction runs in one step (SQLite's driver is synchronous).
 *
 * @since 0.1.0
 */
export interface SyncDriver {
  readonly querySync: (text: string, values: ReadonlyArray<unknown>) => Rows
}

/**
 * What a connection may offer besides `@effect/sql`'s `Connection`: a statement run with a callback,
 * `done` called once with its rows or its `SqlError` — so that a whole transaction costs one Effect
 * resumption, not one per statement (a Postgres connection of the store's pool).
 *
 * @since 0.1.0
 */
export interface AsyncDriver {
  readonly query: (
    text: string,
    values: ReadonlyArray<unknown>,
    done: (error: SqlError | undefined, rows: Rows) => void
  ) => void
  /** Ask the server to stop the statement running now (best effort). */
  readonly cancel: () => void
}
