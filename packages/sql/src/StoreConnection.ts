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

/**
 * What an {@link Interceptor} does with one statement: `undefined` runs it; `before` fails it without
 * running it; `after` runs it and then fails with that error — the statement took effect, its answer
 * was lost.
 *
 * @since 0.1.0
 */
export type Interception = { readonly before: SqlError } | { readonly after: SqlError } | undefined

/**
 * Decides, statement by statement, what happens on one use of a connection.
 *
 * @since 0.1.0
 */
export type Interceptor = (statement: string) => Interception

const interceptConnection = (conn: Connection, decide: Interceptor): Connection => {
  // Everything not intercepted (a pooled connection's `discard`, its driver client) is the original's.
  const wrapped = Object.create(conn) as Record<string, unknown>
  const viaEffect = <A>(statement: string, run: () => Effect.Effect<A, SqlError>): Effect.Effect<A, SqlError> =>
    Effect.suspend(() => {
      const decided = decide(statement)
      if (decided === undefined) return run()
      return "before" in decided ? Effect.fail(decided.before) : Effect.zipRight(run(), Effect.fail(decided.after))
    })
  wrapped.execute = ((sql, params, transform) => viaEffect(sql, () => conn.execute(sql, params, transform))) satisfies Connection["execute"]
  wrapped.executeRaw = ((sql, params) => viaEffect(sql, () => conn.executeRaw(sql, params))) satisfies Connection["executeRaw"]
  wrapped.executeValues = ((sql, params) => viaEffect(sql, () => conn.executeValues(sql, params))) satisfies Connection["executeValues"]
  wrapped.executeUnprepared = ((sql, params, transform) =>
    viaEffect(sql, () => conn.executeUnprepared(sql, params, transform))) satisfies Connection["executeUnprepared"]
  const sync = conn as Partial<SyncDriver>
  if (typeof sync.querySync === "function") {
    wrapped.querySync = ((text, values) => {
      const decided = decide(text)
      if (decided !== undefined && "before" in decided) throw decided.before
      const rows = sync.querySync!(text, values)
      if (decided !== undefined) throw decided.after
      return rows
    }) satisfies SyncDriver["querySync"]
  }
  const async = conn as Partial<AsyncDriver>
  if (typeof async.query === "function") {
    wrapped.query = ((text, values, done) => {
      const decided = decide(text)
      if (decided === undefined) return async.query!(text, values, done)
      if ("before" in decided) return done(decided.before, [])
      async.query!(text, values, (error, rows) => done(error ?? decided.after, rows))
    }) satisfies AsyncDriver["query"]
  }
  return wrapped as unknown as Connection
}

/**
 * `source` with every statement of its uses passed through an interceptor, on every path the store
 * runs statements (Effects, a synchronous driver, a callback driver). `make` is called once per use,
 * so the statements of one transaction share an interceptor and its state. Streams pass untouched.
 * The store's driver fault point (`SqlStore.Options.driverFaults`) is built on it; tests use it to
 * fail chosen statements the way the database would.
 *
 * @since 0.1.0
 */
export const intercept = (source: Service, make: () => Interceptor): Service => {
  const tryNow = source.tryNow
  return {
    use: (use) => source.use((conn) => use(interceptConnection(conn, make()))),
    ...(tryNow === undefined ? {} : { tryNow: <A>(use: (conn: Connection) => A) => tryNow((conn) => use(interceptConnection(conn, make()))) })
  }
}

/**
 * A fault a {@link FaultPoint} may ask for at a COMMIT: `FailCommit` — the COMMIT fails (the driver
 * reports an error, the database rolls the transaction back: none of its writes happened);
 * `LoseConnectionAfterCommit` — the COMMIT takes effect, then the connection is lost before its
 * answer arrives (every write of it happened, the caller cannot know).
 *
 * @since 0.1.0
 */
export type CommitFault = "FailCommit" | "LoseConnectionAfterCommit"

/**
 * A driver-level fault point: asked before the COMMIT of every write transaction of the store, with
 * the number of store writes the transaction carries (more than one when writes are committed
 * together), it answers the fault to apply, or `undefined` to commit normally. The conformance kit
 * passes one (`Conformance.Initializer.driverFaults`) to reach the commit itself, which store-level
 * wrappers cannot.
 *
 * @since 0.1.0
 */
export interface FaultPoint {
  readonly beforeCommit: (writes: number) => CommitFault | undefined
}
