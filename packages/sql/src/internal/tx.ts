/**
 * How the store talks to the database.
 *
 * Writes are committed by one writer at a time per store (group commit): writes waiting together
 * run one after the other inside ONE write transaction (`BEGIN IMMEDIATE` on SQLite: the write lock
 * is taken up front, so writers never deadlock upgrading a read lock), each under its own savepoint,
 * committed once: concurrent writers share one commit and one fsync, and each is acknowledged only
 * after that commit. A lone write is just BEGIN, its statements, COMMIT. A write that fails with a typed error is rolled back
 * to its savepoint and the others commit; a driver failure (I/O, a failed COMMIT) rolls the whole
 * transaction back and fails its writes with the error (none of them happened); a busy database is
 * retried, whole, before anyone sees it.
 *
 * Multi-statement reads run in a read transaction (one snapshot); single-statement reads just run.
 *
 * Every transaction and statement runs on a connection from the store's `StoreConnection` (SQLite's
 * owned connection behind its gate, or a reserved one of the Postgres pool), which the body is given;
 * a store operation called inside a caller's own transaction (a `TransactionConnection` in context)
 * joins that transaction.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { Connection } from "@effect/sql/SqlConnection"
import type { SqlError } from "@effect/sql/SqlError"
import { Cause, Deferred, Duration, Effect, Exit, FiberId, Option, Schedule } from "effect"
import type { Scope } from "effect"
import type * as StoreConnection from "../StoreConnection.js"
import { classify, isSqlError } from "./errors.js"

/** What runs in a transaction: statements on the connection it is given. */
export type Body<A, E> = (conn: Connection) => Effect.Effect<A, E>

/** The transaction runner of one store. */
export interface Transactions {
  /** Run `body` in a write transaction: all of it commits, or none of it. */
  readonly write: <A, E>(body: Body<A, E>) => Effect.Effect<A, E | SqlError>
  /** Run `body` in a read transaction: every statement sees the same snapshot. */
  readonly read: <A, E>(body: Body<A, E>) => Effect.Effect<A, E | SqlError>
  /** Run statements that need no common snapshot, with the same busy handling. */
  readonly single: <A, E>(body: Body<A, E>) => Effect.Effect<A, E | SqlError>
}

/** Options of the runner. */
export interface Options {
  /** How long a busy database is retried (on top of the driver's own busy timeout). */
  readonly busyRetry: Duration.Duration
  /** The most writes one group commit carries. */
  readonly maxBatch: number
  /**
   * Commit concurrent writes together through one leader (the default, right for SQLite's single
   * writer). Off, every write runs its own transaction on its own reserved connection, concurrently
   * (a connection pool, as Postgres has).
   */
  readonly groupCommit: boolean
}

interface Job {
  readonly body: Body<unknown, unknown>
  /** Where a waiting writer is told its outcome; none for the leader's own write. */
  readonly done: Deferred.Deferred<unknown, unknown> | undefined
  /** The outcome of the leader's own write, once its batch committed. */
  exit: Exit.Exit<unknown, unknown> | undefined
}

// A COMMIT whose connection was lost may or may not have committed: its error is never retried (the
// caller gets a typed, retryable error and decides), unlike a connection lost before the COMMIT, when
// the server rolled the transaction back.
const ambiguous = new WeakSet<object>()

/**
 * Whether a failure may be retried as a whole: busy, a serialization failure or deadlock (rolled
 * back), or a lost connection outside a COMMIT.
 */
const isBusy = (e: unknown): boolean => {
  if (!isSqlError(e)) return false
  const kind = classify(e)
  return kind === "busy" || (kind === "disconnected" && !ambiguous.has(e))
}

/** Mark the driver failures of a failed COMMIT that lost its connection as not retryable. */
const markCommitFailure = (cause: Cause.Cause<unknown>): void => {
  for (const failure of Cause.failures(cause)) {
    if (isSqlError(failure) && classify(failure) === "disconnected") ambiguous.add(failure)
  }
}

/**
 * Make a pooled connection unusable, so the pool closes it instead of handing it out again: a
 * connection with a `discard` of its own (the Postgres store's) is told so; the `PgClient`'s own
 * connection is told its driver client failed (the pool destroys a client released with an error).
 * False when `conn` is neither.
 */
const discard = (conn: Connection): boolean => {
  const own = (conn as { readonly discard?: () => void }).discard
  if (typeof own === "function") {
    own()
    return true
  }
  const client = (conn as { readonly pg?: { readonly emit?: (event: string, error: Error) => boolean } }).pg
  if (client === undefined || typeof client.emit !== "function") return false
  try {
    client.emit("error", new Error("runledger: connection discarded after a failed ROLLBACK"))
  } catch {
    // No listener: the client is not checked out through the pool's reserve; keep the fallback.
    return false
  }
  return true
}

/** A bounded, jittered backoff: from 2 ms growing 1.5x (at most 100 ms apart) for `total`. */
export const backoff = (total: Duration.Duration) =>
  Schedule.exponential(Duration.millis(2), 1.5).pipe(
    Schedule.union(Schedule.spaced(Duration.millis(100))),
    Schedule.jittered,
    Schedule.upTo(total)
  )

/** Whether a failed exit failed with a driver error (the transaction's state is then unknown). */
const driverFailure = (exit: Exit.Exit<unknown, unknown>): Option.Option<SqlError> =>
  Exit.isFailure(exit)
    ? Option.filter(Cause.failureOption(exit.cause), isSqlError) as Option.Option<SqlError>
    : Option.none()

/** The runner over `sql`, taking its connections from `connection`; its writer fiber lives as long as `scope`. */
export const make = (
  sql: SqlClient.SqlClient,
  connection: StoreConnection.Service,
  options: Options
): Effect.Effect<Transactions, never, Scope.Scope> =>
  Effect.gen(function*() {
    const beginWrite = sql.onDialectOrElse({ sqlite: () => "BEGIN IMMEDIATE", orElse: () => "BEGIN" })
    const beginRead = sql.onDialectOrElse({
      pg: () => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
      orElse: () => "BEGIN"
    })
    const busySchedule = backoff(options.busyRetry)

    // Set when a ROLLBACK failed, so a transaction may still be open on the connection. A SQLite store
    // has one connection: before it is used again the leftover transaction is rolled back, so its
    // writes can neither be read nor be committed by the next caller. A pooled Postgres connection is
    // discarded instead (`discard`): the pool never hands it out again.
    let leftover = false

    // BEGIN, COMMIT and the savepoint statements are prepared once and reused by the driver.
    const execute = (conn: Connection, statement: string) => conn.execute(statement, [], undefined)

    const rollback = (conn: Connection) =>
      Effect.catchAll(execute(conn, "ROLLBACK"), () =>
        Effect.sync(() => {
          if (!discard(conn)) leftover = true
        }))

    // Whatever the outcome ("no transaction is active" is fine too): a BEGIN that still fails says so.
    const clearLeftover = (conn: Connection) =>
      Effect.zipRight(
        Effect.ignore(execute(conn, "ROLLBACK")),
        Effect.sync(() => {
          leftover = false
        })
      )

    /** `body` in a transaction started with `begin` on `conn`, rolled back on failure. */
    const transaction = <A, E>(conn: Connection, begin: string, body: Body<A, E>): Effect.Effect<A, E | SqlError> =>
      Effect.uninterruptibleMask((restore) => {
        const run = Effect.matchCauseEffect(execute(conn, begin), {
          onFailure: (cause) => {
            // A BEGIN that failed because a transaction is open: roll it back before the retry.
            leftover = true
            return Effect.failCause(cause)
          },
          onSuccess: () =>
            Effect.flatMap(Effect.exit(restore(body(conn))), (exit) =>
              Exit.isFailure(exit)
                ? Effect.zipRight(rollback(conn), exit)
                : Effect.matchCauseEffect(execute(conn, "COMMIT"), {
                  onFailure: (cause) => {
                    // The transaction may still be open (a busy or failed COMMIT): roll it back, so the
                    // operation has no effect and the caller gets a typed, retryable error. A COMMIT that
                    // lost its connection may have committed: it is reported, never retried here.
                    markCommitFailure(cause)
                    return Effect.zipRight(rollback(conn), Effect.failCause(cause))
                  },
                  onSuccess: () => exit
                }))
        })
        return leftover ? Effect.zipRight(clearLeftover(conn), run) : run
      })

    const retryBusy = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, E> =>
      Effect.catchIf(effect, isBusy, () => Effect.retry(effect, { while: isBusy, schedule: busySchedule }))

    /**
     * One group commit on `conn`: every job under its own savepoint in one transaction (just the job
     * when it is alone). The exits to complete the jobs with, or a driver failure of the whole batch.
     */
    const batch = (conn: Connection, jobs: ReadonlyArray<Job>): Effect.Effect<ReadonlyArray<Exit.Exit<unknown, unknown>>, SqlError> => {
      const [only] = jobs
      if (jobs.length === 1 && only !== undefined) {
        return Effect.flatMap(Effect.exit(transaction(conn, beginWrite, only.body)), (exit) => {
          // A driver failure fails the batch (busy is retried there); a typed failure is the job's.
          const failed = driverFailure(exit)
          return Option.isSome(failed) ? Effect.fail(failed.value) : Effect.succeed([exit])
        })
      }
      return transaction(conn, beginWrite, () =>
        Effect.gen(function*() {
          const out: Array<Exit.Exit<unknown, unknown>> = []
          for (const job of jobs) {
            yield* execute(conn, "SAVEPOINT runledger_job")
            const exit = yield* Effect.exit(job.body(conn))
            const failed = driverFailure(exit)
            // A driver failure leaves the transaction in an unknown state: abandon all of it.
            if (Option.isSome(failed)) return yield* Effect.fail(failed.value)
            if (Exit.isFailure(exit)) yield* execute(conn, "ROLLBACK TO SAVEPOINT runledger_job")
            yield* execute(conn, "RELEASE SAVEPOINT runledger_job")
            out.push(exit)
          }
          return out
        }))
    }

    // Group commit. A write joins the queue; if no write is being committed, its caller becomes the
    // leader: it yields once, so every fiber ready to write gets to join the queue, then commits the
    // queue batch by batch — all waiting writes of a batch in one transaction — until its own write
    // is done, and hands what is left to a fiber of the store's scope. The leader's own write needs
    // no Deferred: the leader reads its exit itself. The driver is synchronous, so writes join a
    // batch only at those yields: before a batch, never during one.
    const queue: Array<Job> = []
    let leading = false
    const scope = yield* Effect.scope

    const complete = (job: Job, exit: Exit.Exit<unknown, unknown>) => {
      if (job.done === undefined) job.exit = exit
      else Deferred.unsafeDone(job.done, exit)
    }

    const commitBatch = Effect.suspend(() => {
      const jobs = queue.splice(0, options.maxBatch)
      return Effect.map(Effect.exit(retryBusy(connection.use((conn) => batch(conn, jobs)))), (exits) => {
        if (Exit.isSuccess(exits)) {
          for (let i = 0; i < jobs.length; i++) complete(jobs[i]!, exits.value[i]!)
        } else {
          // The whole transaction failed (and was rolled back): no write of it happened.
          for (const job of jobs) complete(job, exits)
        }
      })
    })

    // Commit until the queue is empty, yielding before each batch so that woken writers rejoin it.
    const drain: Effect.Effect<void> = Effect.suspend(() => {
      if (queue.length === 0) {
        leading = false
        return Effect.void
      }
      return Effect.zipRight(Effect.zipRight(Effect.yieldNow(), commitBatch), drain)
    })

    // The leader commits until its own write is done, then hands the rest to a fiber of the scope.
    const lead = (own: Job): Effect.Effect<void> =>
      Effect.flatMap(commitBatch, () => {
        if (own.exit === undefined) return lead(own)
        if (queue.length === 0) {
          leading = false
          return Effect.void
        }
        return Effect.asVoid(Effect.forkIn(Effect.uninterruptible(drain), scope))
      })

    const inOuter = Effect.serviceOption(SqlClient.TransactionConnection)

    const write = <A, E>(body: Body<A, E>): Effect.Effect<A, E | SqlError> =>
      Effect.flatMap(inOuter, (outer): Effect.Effect<A, E | SqlError> => {
        // Inside a caller's own transaction: join it.
        if (Option.isSome(outer)) return body(outer.value[0])
        if (!options.groupCommit) return retryBusy(connection.use((conn) => transaction(conn, beginWrite, body)))
        if (leading) {
          const done = Deferred.unsafeMake<unknown, unknown>(FiberId.none)
          queue.push({ body: body as Body<unknown, unknown>, done, exit: undefined })
          return Deferred.await(done) as Effect.Effect<A, E | SqlError>
        }
        leading = true
        const own: Job = { body: body as Body<unknown, unknown>, done: undefined, exit: undefined }
        queue.push(own)
        return Effect.flatMap(
          Effect.uninterruptible(Effect.zipRight(Effect.yieldNow(), lead(own))),
          () => own.exit as Exit.Exit<A, E | SqlError>
        )
      })

    const read = <A, E>(body: Body<A, E>): Effect.Effect<A, E | SqlError> =>
      Effect.flatMap(inOuter, (outer) =>
        Option.isSome(outer) ? body(outer.value[0]) : retryBusy(connection.use((conn) => transaction(conn, beginRead, body))))

    const single = <A, E>(body: Body<A, E>): Effect.Effect<A, E | SqlError> =>
      Effect.flatMap(inOuter, (outer) =>
        Option.isSome(outer)
          ? body(outer.value[0])
          : retryBusy(connection.use((conn) =>
            // Statements take the connection one at a time; only a leftover transaction needs clearing first.
            leftover ? Effect.zipRight(clearLeftover(conn), body(conn)) : body(conn)
          )))

    return { write, read, single }
  })

/**
 * A single write transaction outside any store's writer (migrations on open), with the same busy
 * handling.
 */
export const once = <A, E, R>(
  sql: SqlClient.SqlClient,
  busyRetry: Duration.Duration,
  body: Effect.Effect<A, E, R>
): Effect.Effect<A, E | SqlError, R> => {
  const begin = sql.onDialectOrElse({ sqlite: () => "BEGIN IMMEDIATE", orElse: () => "BEGIN" })
  const attempt = Effect.uninterruptibleMask((restore) =>
    Effect.scoped(
      Effect.gen(function*() {
        const conn = yield* sql.reserve
        yield* conn.execute(begin, [], undefined)
        const exit = yield* Effect.exit(
          restore(Effect.provideService(body, SqlClient.TransactionConnection, [conn, 0] as const))
        )
        if (Exit.isFailure(exit)) {
          yield* Effect.catchAll(conn.execute("ROLLBACK", [], undefined), () => Effect.sync(() => discard(conn)))
          return yield* exit
        }
        const committed = yield* Effect.exit(conn.execute("COMMIT", [], undefined))
        if (Exit.isFailure(committed)) {
          markCommitFailure(committed.cause)
          yield* Effect.catchAll(conn.execute("ROLLBACK", [], undefined), () => Effect.sync(() => discard(conn)))
          return yield* Effect.failCause(committed.cause)
        }
        return exit.value
      })
    )
  )
  return Effect.retry(attempt, { while: isBusy, schedule: backoff(busyRetry) })
}
