/**
 * The store's SQLite connection, and the `SqliteClient` over it.
 *
 * The connection is better-sqlite3 — the driver `@effect/sql-sqlite-node` wraps — opened here
 * rather than by `SqliteClient.make`, for two reasons the store's throughput depends on:
 *
 * - Prepared statements are kept in a plain LRU map and run directly: a statement costs one Effect
 *   step, where the driver client's `Cache` (hashing the statement text, TTL bookkeeping) costs a
 *   dozen — as much as the statement itself for the store's short, indexed statements.
 * - The store owns the connection and shares it through a gate: a store operation that finds the
 *   gate open takes it with a flag, not with a reservation (a scope, a semaphore, a finalizer).
 *
 * Everyone else gets the `@effect/sql-sqlite-node` `SqliteClient` service over the same connection,
 * built with `@effect/sql`'s own `SqlClient.make` and SQLite compiler exactly as the driver client
 * is: its statements and transactions wait at the same gate, so nothing ever runs inside a
 * transaction it does not belong to.
 */
import type * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import type { Connection } from "@effect/sql/SqlConnection"
import { SqlError } from "@effect/sql/SqlError"
import * as Statement from "@effect/sql/Statement"
import * as Sqlite from "@effect/sql-sqlite-node/SqliteClient"
import type { StoreConnection } from "@runledger/sql"
import Database from "better-sqlite3"
import { Chunk, Context, Deferred, Effect, Exit, FiberId, Option, Scope, Stream } from "effect"

/** Options of the connection. */
export interface Options {
  readonly filename: string
  /** Prepared statements kept (least recently used dropped first). Default 500. */
  readonly prepareCacheSize?: number | undefined
}

/** The connection as the store and everyone else use it. */
export interface Owned {
  /** The store's way in: the gate, taken with a flag when it is open. */
  readonly connection: StoreConnection.Service
  /** The `SqliteClient` service over the same connection, for everyone else. */
  readonly client: Sqlite.SqliteClient
}

/**
 * A gate in front of the connection: one holder at a time, the others served in arrival order.
 * Taking an open gate is synchronous; only a taker that has to wait allocates anything.
 */
const makeGate = () => {
  let busy = false
  // The fiber holding the gate through `hold` (a transaction of the client, an open stream).
  let holder: unknown = undefined
  const waiters: Array<Deferred.Deferred<void>> = []

  // Hand the gate to the first waiter (it stays taken), or open it.
  const release = () => {
    holder = undefined
    const next = waiters.shift()
    if (next === undefined) busy = false
    else Deferred.unsafeDone(next, Exit.void)
  }
  const released = Effect.sync(release)

  const wait: Effect.Effect<void> = Effect.suspend(() => {
    if (!busy) {
      busy = true
      return Effect.void
    }
    const turn = Deferred.unsafeMake<void>(FiberId.none)
    waiters.push(turn)
    return Effect.onInterrupt(Deferred.await(turn), () =>
      Effect.sync(() => {
        const i = waiters.indexOf(turn)
        // Still waiting: leave the line. Already handed the gate: pass it on.
        if (i >= 0) waiters.splice(i, 1)
        else release()
      }))
  })

  return {
    /** Run `f` now, holding the gate, if it is open; undefined when it is not. */
    tryNow: <A>(f: () => A): { readonly value: A } | undefined => {
      if (busy) return undefined
      busy = true
      try {
        return { value: f() }
      } finally {
        release()
      }
    },
    /** Run `f` holding the gate. */
    run: <A, E>(f: Effect.Effect<A, E>): Effect.Effect<A, E> =>
      Effect.suspend(() => {
        if (!busy) {
          busy = true
          return Effect.onExit(f, () => released)
        }
        return Effect.withFiberRuntime<A, E>((fiber) =>
          fiber === holder
            // It would wait for itself for ever: the connection is held by this fiber's own stream.
            ? Effect.dieMessage(
              "The SQLite connection is held by a stream this fiber opened and has not finished: " +
                "better-sqlite3 runs one statement at a time, so finish (or collect) the stream before using the connection again"
            )
            : Effect.uninterruptibleMask((restore) => Effect.zipRight(restore(wait), Effect.ensuring(restore(f), released)))
        )
      }),
    /** Take the gate until the scope closes. */
    hold: Effect.acquireRelease(
      Effect.zipRight(wait, Effect.withFiberRuntime<void>((fiber) => {
        holder = fiber
        return Effect.void
      })),
      () => released
    )
  }
}

const failed = (message: string) => (cause: unknown) => new SqlError({ cause, message })

/** Rows a stream reads from the driver per pull (as many as `@effect/sql-pg`'s cursor reads). */
const StreamChunk = 128

/** Open `options.filename` and build the connection, closed when the scope closes. */
export const make = (options: Options): Effect.Effect<Owned, SqlError, Scope.Scope | Reactivity.Reactivity> =>
  Effect.gen(function*() {
    const db = yield* Effect.acquireRelease(
      Effect.try({ try: () => new Database(options.filename), catch: failed(`Failed to open ${options.filename}`) }),
      (db) => Effect.sync(() => db.close())
    )
    const capacity = Math.max(1, options.prepareCacheSize ?? 500)
    const statements = new Map<string, Database.Statement>()
    const half = capacity >> 1

    /** The statement of `sql`, prepared once and kept while it is in use. */
    const prepared = (sql: string): Database.Statement => {
      const cached = statements.get(sql)
      if (cached !== undefined) {
        // Least recently used first: a hit moves to the end — once the cache is half full (before
        // that nothing is evicted soon, and the move is a Map delete and insert on every run).
        if (statements.size > half) {
          statements.delete(sql)
          statements.set(sql, cached)
        }
        return cached
      }
      const statement = db.prepare(sql)
      statements.set(sql, statement)
      if (statements.size > capacity) statements.delete(statements.keys().next().value!)
      return statement
    }

    /** Run `sql`: the rows of a statement that returns rows, else the driver's result (`raw`) or none. */
    const run = (sql: string, params: ReadonlyArray<unknown>, raw: boolean, values: boolean) =>
      Effect.withFiberRuntime<ReadonlyArray<any>, SqlError>((fiber) => {
        let statement: Database.Statement
        try {
          statement = prepared(sql)
        } catch (cause) {
          return Effect.fail(new SqlError({ cause, message: "Failed to prepare statement " }))
        }
        const safe = Context.get(fiber.currentContext, SqlClient.SafeIntegers)
        try {
          if (statement.reader) {
            if (safe) statement.safeIntegers(true)
            if (values) statement.raw(true)
            try {
              return Effect.succeed(statement.all(...params))
            } finally {
              if (values) statement.raw(false)
              if (safe) statement.safeIntegers(false)
            }
          }
          const result = statement.run(...params)
          return Effect.succeed(raw ? result as unknown as ReadonlyArray<any> : [])
        } catch (cause) {
          return Effect.fail(new SqlError({ cause, message: "Failed to execute statement" }))
        }
      })

    /** A statement run synchronously, for the store's statement scripts: its rows, or it throws the `SqlError`. */
    const querySync = (sql: string, params: ReadonlyArray<unknown>): ReadonlyArray<any> => {
      let statement: Database.Statement
      try {
        statement = prepared(sql)
      } catch (cause) {
        throw new SqlError({ cause, message: "Failed to prepare statement " })
      }
      try {
        if (statement.reader) return statement.all(...params)
        statement.run(...params)
        return []
      } catch (cause) {
        throw new SqlError({ cause, message: "Failed to execute statement" })
      }
    }

    const conn: Connection & StoreConnection.SyncDriver = {
      execute: (sql, params, transformRows) =>
        transformRows === undefined ? run(sql, params, false, false) : Effect.map(run(sql, params, false, false), transformRows),
      executeRaw: (sql, params) => run(sql, params, true, false),
      executeValues: (sql, params) => run(sql, params, false, true) as Effect.Effect<ReadonlyArray<ReadonlyArray<unknown>>, SqlError>,
      executeUnprepared: (sql, params, transformRows) => {
        const effect = Effect.flatMap(
          Effect.try({ try: () => db.prepare(sql), catch: failed("Failed to prepare statement ") }),
          (statement) =>
            Effect.try({
              try: (): ReadonlyArray<any> => (statement.reader ? statement.all(...(params ?? [])) : (statement.run(...(params ?? [])), [])),
              catch: failed("Failed to execute statement")
            })
        )
        return transformRows === undefined ? effect : Effect.map(effect, transformRows)
      },
      executeStream: (sql, params, transformRows) => stream(sql, params, transformRows),
      querySync
    }

    const gate = makeGate()

    /**
     * `Statement.stream`: the rows in chunks of `StreamChunk`, read from the statement's iterator as
     * they are pulled (better-sqlite3's `iterate`; `@effect/sql-sqlite-node`'s own client has no streams). While it is open the driver can run nothing else on the connection, so the
     * stream holds the gate until it ends (the store's operations wait for it), unless it runs inside
     * a transaction of the client, which holds the gate already.
     */
    const stream = (
      sql: string,
      params: ReadonlyArray<unknown>,
      transformRows: (<A extends object>(rows: ReadonlyArray<A>) => ReadonlyArray<A>) | undefined
    ): Stream.Stream<any, SqlError> =>
      Stream.unwrapScoped(Effect.gen(function*() {
        const inTransaction = Option.isSome(yield* Effect.serviceOption(SqlClient.TransactionConnection))
        if (!inTransaction) yield* gate.hold
        // A statement of its own, not the shared prepared one: it is busy for as long as the stream.
        const statement = yield* Effect.try({ try: () => db.prepare(sql), catch: failed("Failed to prepare statement ") })
        if (!statement.reader) {
          yield* Effect.try({ try: () => statement.run(...params), catch: failed("Failed to execute statement") })
          return Stream.empty
        }
        if (Context.get(yield* Effect.context<never>(), SqlClient.SafeIntegers)) statement.safeIntegers(true)
        const rows = yield* Effect.acquireRelease(
          Effect.try({ try: () => statement.iterate(...params), catch: failed("Failed to execute statement") }),
          (rows) => Effect.sync(() => rows.return?.())
        )
        const pull = Effect.suspend(() => {
          const chunk: Array<any> = []
          try {
            while (chunk.length < StreamChunk) {
              const next = rows.next()
              if (next.done === true) break
              chunk.push(next.value)
            }
          } catch (cause) {
            return Effect.fail(Option.some(new SqlError({ cause, message: "Failed to execute statement" })))
          }
          if (chunk.length === 0) return Effect.fail(Option.none())
          return Effect.succeed(Chunk.unsafeFromArray(transformRows === undefined ? chunk : transformRows(chunk)))
        })
        return Stream.repeatEffectChunkOption(pull)
      }))
    const shared = yield* SqlClient.make({
      acquirer: gate.run(Effect.succeed(conn)),
      transactionAcquirer: Effect.as(gate.hold, conn),
      compiler: Statement.makeCompilerSqlite(),
      spanAttributes: [["db.system.name", "sqlite"]]
    })
    const client = Object.assign(shared, {
      [Sqlite.TypeId]: Sqlite.TypeId,
      config: { filename: options.filename, prepareCacheSize: capacity },
      export: gate.run(Effect.try({ try: () => db.serialize() as Uint8Array, catch: failed("Failed to export database") })),
      // Like the driver client: the gate is taken to start the backup, which then runs page by page
      // between the connection's other uses.
      backup: (destination: string) =>
        Effect.flatMap(
          gate.run(Effect.succeed(db)),
          (db) => Effect.tryPromise({ try: () => db.backup(destination), catch: failed("Failed to backup database") })
        ),
      loadExtension: (path: string) =>
        gate.run(Effect.try({
          try: () => {
            db.loadExtension(path)
            statements.clear()
          },
          catch: failed("Failed to load extension")
        }))
    }) as unknown as Sqlite.SqliteClient
    return { connection: { use: (use) => gate.run(use(conn)), tryNow: (use) => gate.tryNow(() => use(conn)) }, client }
  })
