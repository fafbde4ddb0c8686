/**
 * How the store talks to the database.
 *
 * Writes are committed by one writer at a time per store (group commit): writes waiting together
 * run one after the other inside ONE write transaction (`BEGIN IMMEDIATE` on SQLite: the write lock
 * is taken up front, so writers never deadlock upgrading a read lock), each under its own savepoint,
 * committed once: concurrent writers share one commit and one fsync, and each is acknowledged only
 * after that commit. A lone write is just BEGIN, its statements, COMMIT. A write that fails with a
 * typed error is rolled back to its savepoint and the others commit; a driver failure (I/O, a failed
 * COMMIT) rolls the whole transaction back and fails its writes with the error (none of them
 * happened); a busy database is retried, whole, before anyone sees it.
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
import { Cause, Context, Duration, Effect, Exit, Option, Schedule } from "effect"
import type { Scope } from "effect"
import type * as StoreConnection from "../StoreConnection.js"
import { classify, isSqlError } from "./errors.js"
import type { AsyncDriver, ErrorOf, Script, SyncDriver, ValueOf } from "./script.js"
import { asyncDriverOf, driveAsync, driveSync, exitOf, runEffect, syncDriverOf } from "./script.js"

/** What runs in a transaction: an Effect of statements on the connection it is given. */
export type EffectBody<A, E> = (conn: Connection) => Effect.Effect<A, E>

/**
 * What runs in a transaction: a statement script (see `script.ts`), which the runner drives the
 * fastest way the connection allows — on SQLite the whole transaction in one synchronous step, on
 * Postgres with one callback per statement.
 */
export interface ScriptBody<A, E> {
  readonly _tag: "Script"
  readonly make: () => Script<A, E>
}

/** A body of either kind. */
export type Body<A, E> = EffectBody<A, E> | ScriptBody<A, E>

/**
 * The body that runs the script `make` makes (its result and failures inferred from it). `make`
 * should call a generator function declared once — `script(() => appendScript(ctx, …))` — not be
 * an inline `function*`: on Node 20 a generator function created per call left about a megabyte of
 * such calls' objects alive at every young-generation GC, which promoted them (an append of 100
 * events spent 6% more time).
 */
export const script = <S extends Script<any, any>>(make: () => S): ScriptBody<ValueOf<S>, ErrorOf<S>> => ({ _tag: "Script", make })

const isScript = <A, E>(body: Body<A, E>): body is ScriptBody<A, E> => typeof body !== "function"

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
  /**
   * Trace every statement of a script as a span of its own: scripts then run with one Effect per
   * statement, the way that can trace them.
   */
  readonly traceStatements: boolean
}

interface Job {
  readonly body: Body<unknown, unknown>
  /** How a waiting writer is told its outcome (it waits in `Effect.async`); none for the leader's own write. */
  resume: ((exit: Exit.Exit<unknown, unknown>) => void) | undefined
  /** The outcome, once the job's batch committed, until its writer is told. */
  exit: Exit.Exit<unknown, unknown> | undefined
}

/** While writes come alone, every how many a new leader still yields to let others join (see `make`). */
const ProbeEvery = 8

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

/** Mark a driver failure of a COMMIT that lost its connection as not retryable. */
const markCommitError = (failure: unknown): void => {
  if (isSqlError(failure) && classify(failure) === "disconnected") ambiguous.add(failure)
}

/** Mark the driver failures of a failed COMMIT that lost its connection as not retryable. */
const markCommitFailure = (cause: Cause.Cause<unknown>): void => {
  for (const failure of Cause.failures(cause)) markCommitError(failure)
}

/** The exit of something a synchronous driver threw: its `SqlError`, or a defect. */
const thrown = (error: unknown): Exit.Exit<never, SqlError> => (isSqlError(error) ? Exit.fail(error) : Exit.die(error))

/** Run a statement without rows (BEGIN, COMMIT, a savepoint) synchronously: what it threw, if anything. */
const control = (driver: SyncDriver, statement: string): { readonly error: unknown } | undefined => {
  try {
    driver.querySync(statement, [])
    return undefined
  } catch (error) {
    return { error }
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

/** The statements that begin a write and a read transaction in the dialect of `sql`. */
export const beginStatements = (sql: SqlClient.SqlClient) => ({
  write: sql.onDialectOrElse({ sqlite: () => "BEGIN IMMEDIATE", orElse: () => "BEGIN" }),
  read: sql.onDialectOrElse({
    pg: () => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    orElse: () => "BEGIN"
  })
})

/** The runner over `sql`, taking its connections from `connection`; its writer fiber lives as long as `scope`. */
export const make = (
  sql: SqlClient.SqlClient,
  connection: StoreConnection.Service,
  options: Options
): Effect.Effect<Transactions, never, Scope.Scope> =>
  Effect.gen(function*() {
    const { read: beginRead, write: beginWrite } = beginStatements(sql)
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

    /** A ROLLBACK on a synchronous driver; a failed one leaves the connection to be cleared (or discarded). */
    const rollbackSync = (conn: Connection, driver: SyncDriver) => {
      if (control(driver, "ROLLBACK") !== undefined && !discard(conn)) leftover = true
    }

    /** Before a synchronous transaction: roll back whatever a failed ROLLBACK left open. */
    const clearLeftoverSync = (driver: SyncDriver) => {
      if (!leftover) return
      control(driver, "ROLLBACK")
      leftover = false
    }

    /** The script `make` makes, in a transaction on a synchronous driver: BEGIN to COMMIT in one step. */
    const transactionSync = <A, E>(conn: Connection, driver: SyncDriver, begin: string, make: () => Script<A, E>): Exit.Exit<A, E | SqlError> => {
      clearLeftoverSync(driver)
      const begun = control(driver, begin)
      if (begun !== undefined) {
        // A BEGIN that failed because a transaction is open: roll it back before the retry.
        leftover = true
        return thrown(begun.error)
      }
      const outcome = driveSync(driver, make())
      if (outcome._tag !== "Success") {
        rollbackSync(conn, driver)
        return exitOf(outcome)
      }
      const committed = control(driver, "COMMIT")
      if (committed !== undefined) {
        markCommitError(committed.error)
        rollbackSync(conn, driver)
        return thrown(committed.error)
      }
      return Exit.succeed(outcome.value)
    }

    /**
     * A statement on an asynchronous driver, as a callback step of a transaction. Interrupted, the
     * transaction is stopped at its next statement (the one running is cancelled), rolled back, and
     * only then does the interruption complete: the connection is never given back mid-transaction.
     */
    const onAsync = <A, E>(
      driver: AsyncDriver,
      run: (stopped: () => boolean, done: (exit: Exit.Exit<A, E | SqlError>) => void) => void
    ): Effect.Effect<A, E | SqlError> =>
      Effect.async<A, E | SqlError>((resume) => {
        let stop = false
        let finished = false
        let onFinished: (() => void) | undefined
        run(() => stop, (exit) => {
          finished = true
          if (onFinished === undefined) resume(exit)
          else onFinished()
        })
        return Effect.async<void>((resumeCancel) => {
          if (finished) return resumeCancel(Effect.void)
          stop = true
          onFinished = () => resumeCancel(Effect.void)
          driver.cancel()
        })
      })

    /** The script `make` makes, in a transaction on an asynchronous driver: one callback per statement. */
    const transactionAsync = <A, E>(conn: Connection, driver: AsyncDriver, begin: string, make: () => Script<A, E>) =>
      onAsync<A, E>(driver, (stopped, done) => {
        const rollbackThen = (exit: Exit.Exit<A, E | SqlError>) =>
          driver.query("ROLLBACK", [], (error) => {
            if (error !== undefined && !discard(conn)) leftover = true
            done(exit)
          })
        const start = () =>
          driver.query(begin, [], (error) => {
            if (error !== undefined) {
              leftover = true
              return done(Exit.fail(error))
            }
            driveAsync(driver, make(), stopped, (outcome) => {
              if (outcome._tag !== "Success") return rollbackThen(exitOf(outcome))
              driver.query("COMMIT", [], (error) => {
                if (error === undefined) return done(Exit.succeed(outcome.value))
                markCommitError(error)
                rollbackThen(Exit.fail(error))
              })
            })
          })
        if (!leftover) return start()
        driver.query("ROLLBACK", [], () => {
          leftover = false
          start()
        })
      })

    /** A script without a transaction of its own, the fastest way `conn` allows. */
    const runScript = <A, E>(conn: Connection, make: () => Script<A, E>): Effect.Effect<A, E | SqlError> => {
      if (options.traceStatements) return runEffect(conn, make(), true)
      const sync = syncDriverOf(conn)
      if (sync !== undefined) return Effect.suspend(() => exitOf(driveSync(sync, make())))
      const async = asyncDriverOf(conn)
      if (async !== undefined) return onAsync<A, E>(async, (stopped, done) => driveAsync(async, make(), stopped, (outcome) => done(exitOf(outcome))))
      return runEffect(conn, make(), false)
    }

    /** A body on `conn`, inside whatever transaction is open there. */
    const runBody = <A, E>(conn: Connection, body: Body<A, E>): Effect.Effect<A, E | SqlError> =>
      isScript(body) ? runScript(conn, body.make) : body(conn)

    /** `body` in a transaction started with `begin` on `conn`, rolled back on failure. */
    const transaction = <A, E>(conn: Connection, begin: string, body: Body<A, E>): Effect.Effect<A, E | SqlError> => {
      if (isScript(body) && !options.traceStatements) {
        const sync = syncDriverOf(conn)
        if (sync !== undefined) return Effect.suspend(() => transactionSync(conn, sync, begin, body.make))
        const async = asyncDriverOf(conn)
        if (async !== undefined) return transactionAsync(conn, async, begin, body.make)
      }
      return Effect.uninterruptibleMask((restore) => {
        const run = Effect.matchCauseEffect(execute(conn, begin), {
          onFailure: (cause) => {
            // A BEGIN that failed because a transaction is open: roll it back before the retry.
            leftover = true
            return Effect.failCause(cause)
          },
          onSuccess: () =>
            Effect.flatMap(Effect.exit(restore(runBody(conn, body))), (exit) =>
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
    }

    /**
     * A group commit of scripts on a synchronous driver, in one step: each job under its own
     * savepoint, a typed failure or a defect rolled back to it, a driver failure abandoning the whole
     * transaction (the exit to fail every job with).
     */
    const batchSync = (
      conn: Connection,
      driver: SyncDriver,
      jobs: ReadonlyArray<Job>
    ): Exit.Exit<ReadonlyArray<Exit.Exit<unknown, unknown>>, SqlError> => {
      const abandon = (error: unknown) => {
        rollbackSync(conn, driver)
        return thrown(error)
      }
      clearLeftoverSync(driver)
      const begun = control(driver, beginWrite)
      if (begun !== undefined) {
        leftover = true
        return thrown(begun.error)
      }
      const out: Array<Exit.Exit<unknown, unknown>> = []
      for (const job of jobs) {
        const saved = control(driver, "SAVEPOINT runledger_job")
        if (saved !== undefined) return abandon(saved.error)
        const outcome = driveSync(driver, (job.body as ScriptBody<unknown, unknown>).make())
        // A driver failure leaves the transaction in an unknown state: abandon all of it.
        if (outcome._tag === "DriverError") return abandon(outcome.error)
        if (outcome._tag !== "Success") {
          const undone = control(driver, "ROLLBACK TO SAVEPOINT runledger_job")
          if (undone !== undefined) return abandon(undone.error)
        }
        const released = control(driver, "RELEASE SAVEPOINT runledger_job")
        if (released !== undefined) return abandon(released.error)
        out.push(exitOf(outcome))
      }
      const committed = control(driver, "COMMIT")
      if (committed !== undefined) {
        markCommitError(committed.error)
        return abandon(committed.error)
      }
      return Exit.succeed(out)
    }

    const retryBusy = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, E> =>
      Effect.catchIf(effect, isBusy, () => Effect.retry(effect, { while: isBusy, schedule: busySchedule }))

    /**
     * One group commit on `conn`: every job under its own savepoint in one transaction (just the job
     * when it is alone). The exits to complete the jobs with, or a driver failure of the whole batch.
     */
    const batch = (conn: Connection, jobs: ReadonlyArray<Job>): Effect.Effect<ReadonlyArray<Exit.Exit<unknown, unknown>>, SqlError> => {
      const [only] = jobs
      const sync = syncDriverOf(conn)
      if (jobs.length > 1 && sync !== undefined && !options.traceStatements && jobs.every((job) => isScript(job.body))) {
        return Effect.suspend(() => batchSync(conn, sync, jobs))
      }
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
            const exit = yield* Effect.exit(runBody(conn, job.body))
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
    // is done, and hands what is left to a fiber of the store's scope. A waiting writer waits in
    // `Effect.async`; the leader reads its own exit itself. The driver is synchronous, so writes join a
    // batch only at those yields: before a batch, never during one.
    //
    // The yield is skipped while writes come alone: once a batch carried one write, a leader commits
    // at once, and only every `ProbeEvery`th write yields to see whether others are waiting to join
    // (a batch of more than one turns the yield back on for every write). A yield costs a lone
    // durable write about a twentieth of its time; batching only ever waits for writers who are
    // ready, so a writer alone loses nothing by not waiting.
    const queue: Array<Job> = []
    let leading = false
    let contended = true
    let sinceProbe = 0
    const scope = yield* Effect.scope

    /** Whether a new leader yields before its first batch (see above). */
    const yieldFirst = (): boolean => {
      if (contended || ++sinceProbe >= ProbeEvery) {
        sinceProbe = 0
        return true
      }
      return false
    }

    const complete = (job: Job, exit: Exit.Exit<unknown, unknown>) => {
      if (job.resume === undefined) job.exit = exit
      else job.resume(exit)
    }

    const completeAll = (jobs: ReadonlyArray<Job>, exits: Exit.Exit<ReadonlyArray<Exit.Exit<unknown, unknown>>, unknown>) => {
      if (Exit.isSuccess(exits)) {
        for (let i = 0; i < jobs.length; i++) complete(jobs[i]!, exits.value[i]!)
      } else {
        // The whole transaction failed (and was rolled back): no write of it happened.
        for (const job of jobs) complete(job, exits)
      }
    }

    /**
     * A batch of scripts committed at once, when the connection is free and its driver synchronous:
     * the exits, or undefined when that is not so — or when the database was busy (the transaction
     * was rolled back: the batch goes the way that retries).
     */
    const batchNow = (jobs: ReadonlyArray<Job>): Exit.Exit<ReadonlyArray<Exit.Exit<unknown, unknown>>, SqlError> | undefined => {
      if (connection.tryNow === undefined || options.traceStatements) return undefined
      for (const job of jobs) if (!isScript(job.body)) return undefined
      const now = connection.tryNow((conn) => {
        const sync = syncDriverOf(conn)
        if (sync === undefined) return undefined
        if (jobs.length > 1) return batchSync(conn, sync, jobs)
        const exit = transactionSync(conn, sync, beginWrite, (jobs[0]!.body as ScriptBody<unknown, unknown>).make)
        const failed = driverFailure(exit)
        return Option.isSome(failed) ? Exit.fail(failed.value) : Exit.succeed([exit])
      })
      const exits = now?.value
      return exits === undefined || (Exit.isFailure(exits) && Option.exists(Cause.failureOption(exits.cause), isBusy))
        ? undefined
        : exits
    }

    /** `jobs` committed on the connection when it is free, busy retried. */
    const commitWaiting = (jobs: ReadonlyArray<Job>) =>
      Effect.map(Effect.exit(retryBusy(connection.use((conn) => batch(conn, jobs)))), (exits) => completeAll(jobs, exits))

    const commitBatch = Effect.suspend(() => {
      const jobs = queue.splice(0, options.maxBatch)
      contended = jobs.length > 1
      const now = batchNow(jobs)
      if (now !== undefined) {
        completeAll(jobs, now)
        return Effect.void
      }
      return commitWaiting(jobs)
    })

    // Commit until the queue is empty, yielding before each batch so that woken writers rejoin it.
    const drain: Effect.Effect<void> = Effect.suspend(() => {
      if (queue.length === 0) {
        leading = false
        return Effect.void
      }
      return Effect.zipRight(Effect.zipRight(Effect.yieldNow(), commitBatch), drain)
    })

    // Once the leader's own write is done: the writes that queued meanwhile go to a fiber of the scope.
    const handOff = Effect.suspend(() => {
      if (queue.length === 0) {
        leading = false
        return Effect.void
      }
      return Effect.asVoid(Effect.forkIn(Effect.uninterruptible(drain), scope))
    })

    // The leader commits until its own write is done, then hands the rest on.
    const lead = (own: Job): Effect.Effect<void> => Effect.flatMap(commitBatch, () => own.exit === undefined ? lead(own) : handOff)

    const inOuter = Effect.serviceOption(SqlClient.TransactionConnection)

    const write = <A, E>(body: Body<A, E>): Effect.Effect<A, E | SqlError> =>
      Effect.withFiberRuntime((fiber): Effect.Effect<A, E | SqlError> => {
        // Inside a caller's own transaction: join it.
        const outer = Context.getOption(fiber.currentContext, SqlClient.TransactionConnection)
        if (Option.isSome(outer)) return runBody(outer.value[0], body)
        if (!options.groupCommit) return retryBusy(connection.use((conn) => transaction(conn, beginWrite, body)))
        if (leading) {
          const job: Job = { body: body as Body<unknown, unknown>, resume: undefined, exit: undefined }
          queue.push(job)
          // An interrupted writer stops waiting; its write, queued already, still happens (or not) whole.
          return Effect.async<A, E | SqlError>((resume) => {
            if (job.exit !== undefined) return resume(job.exit as Exit.Exit<A, E | SqlError>)
            job.resume = resume as (exit: Exit.Exit<unknown, unknown>) => void
          })
        }
        const own: Job = { body: body as Body<unknown, unknown>, resume: undefined, exit: undefined }
        const outcome = () => own.exit as Exit.Exit<A, E | SqlError>
        if (!yieldFirst()) {
          // Writes have been coming alone: commit this one at once, in this very step when the
          // connection is free (nothing runs, joins or interrupts during a synchronous commit), else
          // by waiting for the connection — as the leader, so that writes arriving meanwhile queue up.
          const now = batchNow([own])
          contended = false
          if (now !== undefined) return (Exit.isSuccess(now) ? now.value[0]! : now) as Exit.Exit<A, E | SqlError>
          leading = true
          return Effect.flatMap(Effect.uninterruptible(Effect.zipRight(commitWaiting([own]), handOff)), outcome)
        }
        leading = true
        queue.push(own)
        return Effect.flatMap(Effect.uninterruptible(Effect.zipRight(Effect.yieldNow(), lead(own))), outcome)
      })

    const read = <A, E>(body: Body<A, E>): Effect.Effect<A, E | SqlError> =>
      Effect.flatMap(inOuter, (outer) =>
        Option.isSome(outer) ? runBody(outer.value[0], body) : retryBusy(connection.use((conn) => transaction(conn, beginRead, body))))

    const single = <A, E>(body: Body<A, E>): Effect.Effect<A, E | SqlError> =>
      Effect.flatMap(inOuter, (outer) =>
        Option.isSome(outer)
          ? runBody(outer.value[0], body)
          : retryBusy(connection.use((conn) =>
            // Statements take the connection one at a time; only a leftover transaction needs clearing first.
            leftover ? Effect.zipRight(clearLeftover(conn), runBody(conn, body)) : runBody(conn, body)
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
  const begin = beginStatements(sql).write
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
