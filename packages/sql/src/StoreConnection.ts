/**
 * Where a SQL store's transactions and statements get their connection.
 *
 * By default ({@link reserving}) every use reserves a connection of the `SqlClient` — a pooled
 * connection on Postgres — and gives it back after. An embedded database with one connection
 * (SQLite) does better with {@link own}: the store takes that connection once, for the lifetime of
 * its layer, and shares it through a gate: a use that finds the gate open costs a flag, not a
 * reservation (a scope, a semaphore, a finalizer). Everyone else — tools, tests, the application —
 * gets a `SqlClient` over the same connection whose statements and transactions wait at the same
 * gate, so nothing ever runs inside a transaction it does not belong to.
 *
 * @since 0.1.0
 */
import type * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import type { Connection } from "@effect/sql/SqlConnection"
import type { SqlError } from "@effect/sql/SqlError"
import type * as Statement from "@effect/sql/Statement"
import { Context, Deferred, Effect, Exit, FiberId } from "effect"
import type { Scope } from "effect"

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
 * A gate in front of one connection: one holder at a time, the others served in arrival order.
 * Taking an open gate is synchronous; only a taker that has to wait allocates anything.
 */
interface Gate {
  /** Run `f` holding the gate. */
  readonly run: <A, E>(f: Effect.Effect<A, E>) => Effect.Effect<A, E>
  /** Take the gate until `scope` closes. */
  readonly hold: Effect.Effect<void, never, Scope.Scope>
}

const makeGate = (): Gate => {
  let busy = false
  const waiters: Array<Deferred.Deferred<void>> = []

  // Hand the gate to the first waiter (it stays taken), or open it.
  const release = () => {
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
    run: <A, E>(f: Effect.Effect<A, E>) =>
      Effect.suspend(() => {
        if (!busy) {
          busy = true
          return Effect.onExit(f, () => released)
        }
        return Effect.uninterruptibleMask((restore) => Effect.zipRight(restore(wait), Effect.ensuring(restore(f), released)))
      }),
    hold: Effect.acquireRelease(wait, () => released)
  }
}

/**
 * What {@link own} makes: the store's connection source, and a client over the same connection for
 * everyone else.
 *
 * @since 0.1.0
 */
export interface Owned {
  readonly connection: Service
  /** A client over the owned connection; its statements and transactions wait at the gate. */
  readonly client: SqlClient.SqlClient
  /** The owned connection itself, for the backend's own extras (such as SQLite's `backup`). */
  readonly raw: Connection
  /** Run `f` holding the gate (for the backend's extras). */
  readonly exclusive: <A, E>(f: Effect.Effect<A, E>) => Effect.Effect<A, E>
}

/**
 * Take the connection of a one-connection `client` for the lifetime of the scope and share it
 * through a gate (see the module documentation). `options` are those of the new client: the
 * dialect's compiler and span attributes, as the driver's own client has them.
 *
 * @since 0.1.0
 */
export const own = (
  client: SqlClient.SqlClient,
  options: {
    readonly compiler: Statement.Compiler
    readonly spanAttributes?: ReadonlyArray<readonly [string, unknown]>
    readonly transformRows?: (<A extends object>(row: ReadonlyArray<A>) => ReadonlyArray<A>) | undefined
  }
): Effect.Effect<Owned, never, Scope.Scope | Reactivity.Reactivity> =>
  Effect.gen(function*() {
    // The driver's own reservation, held until the scope closes: from now on only the gate decides.
    const raw = yield* client.reserve.pipe(Effect.orDie)
    const gate = makeGate()
    const shared = yield* SqlClient.make({
      acquirer: gate.run(Effect.succeed(raw)),
      transactionAcquirer: Effect.as(gate.hold, raw),
      compiler: options.compiler,
      spanAttributes: options.spanAttributes ?? [],
      ...(options.transformRows === undefined ? {} : { transformRows: options.transformRows })
    })
    return {
      connection: { use: (use) => gate.run(use(raw)) },
      client: shared,
      raw,
      exclusive: gate.run
    }
  })
