/**
 * Statement scripts: the body of a hot store operation written as a generator that yields the
 * statements it needs and gets their rows back — `const rows = yield* query(st.stream, key)` — and
 * returns its result, or ends with a typed failure — `return yield* fail(error)`. The decisions in
 * between are plain code over the core's reducers.
 *
 * A script says what to run, not how, so the runner can drive it the cheapest way its connection
 * allows, with the same statements in the same order and the same outcome:
 *
 * - with Effects, one `Connection.execute` per statement ({@link runEffect}) — any connection;
 * - synchronously, one driver call per statement and one Effect step for the whole transaction
 *   ({@link SyncDriver}: SQLite, whose driver is synchronous);
 * - with callbacks, one per statement and one Effect resumption for the whole transaction
 *   ({@link AsyncDriver}: a Postgres connection of the store's pool).
 *
 * A script must not catch what its yields throw, and keeps no resources: the runner may abandon it
 * at any yield (a driver failure, an interruption).
 */
import type { Connection } from "@effect/sql/SqlConnection"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect, Exit } from "effect"
import type { AsyncDriver, Rows, SyncDriver } from "../StoreConnection.js"
import type { Prepared } from "./prepared.js"

export type { AsyncDriver, Rows, SyncDriver }

/** An iterator that yields `value` once and then returns what it is sent (what `yield*` gives). */
class Once<Y, R> implements Iterator<Y, R, any> {
  private done = false
  constructor(private readonly value: Y) {}
  next(sent?: any): IteratorResult<Y, R> {
    if (this.done) return { value: sent as R, done: true }
    this.done = true
    return { value: this.value, done: false }
  }
  [Symbol.iterator]() {
    return this
  }
}

/**
 * A statement for the runner to run; `yield*` it (once) to get its rows. It is its own iterator: one
 * object per statement.
 */
export class Query implements Iterator<Query, Rows, any> {
  readonly _tag = "Query"
  private yielded = false
  constructor(readonly text: string, readonly values: ReadonlyArray<unknown>) {}
  next(sent?: any): IteratorResult<Query, Rows> {
    if (this.yielded) return { value: sent as Rows, done: true }
    this.yielded = true
    return { value: this, done: false }
  }
  [Symbol.iterator](): Iterator<Query, Rows, any> {
    return this
  }
}

/** The script's typed failure; `return yield*` it to end the script with `error`. */
export class Failure<E> {
  readonly _tag = "Failure"
  constructor(readonly error: E) {}
  [Symbol.iterator](): Iterator<Failure<E>, never, any> {
    return new Once(this)
  }
}

/** A script: statements and failures yielded, the result returned. */
export type Script<A, E> = Generator<Query | Failure<E>, A, any>

type FailureOf<Y> = Y extends Failure<infer E> ? E : never

/** The typed failures of a script: the union of the `Failure`s it yields. */
export type ErrorOf<S> = S extends Generator<infer Y, any, any> ? FailureOf<Y> : never

/** The result of a script. */
export type ValueOf<S> = S extends Generator<any, infer A, any> ? A : never

/** The statement `statement` with the values of its parameters (see `Prepared.params`). */
export const query = (statement: Prepared, values: ReadonlyArray<unknown>): Query => new Query(statement.text, statement.bind(values))

/** End the script with the typed failure `error`. */
export const fail = <E>(error: E): Failure<E> => new Failure(error)

/** The fast way a connection offers to run scripts, if any. */
export const syncDriverOf = (conn: Connection): SyncDriver | undefined =>
  typeof (conn as Partial<SyncDriver>).querySync === "function" ? conn as unknown as SyncDriver : undefined

/** The callback way a connection offers to run scripts, if any. */
export const asyncDriverOf = (conn: Connection): AsyncDriver | undefined =>
  typeof (conn as Partial<AsyncDriver>).query === "function" && typeof (conn as Partial<AsyncDriver>).cancel === "function"
    ? conn as unknown as AsyncDriver
    : undefined

/** How a driven script ended. */
export type Outcome<A, E> =
  | { readonly _tag: "Success"; readonly value: A }
  | { readonly _tag: "Failure"; readonly error: E }
  | { readonly _tag: "DriverError"; readonly error: SqlError }
  | { readonly _tag: "Defect"; readonly defect: unknown }

/** The exit of a script's outcome. */
export const exitOf = <A, E>(outcome: Outcome<A, E>): Exit.Exit<A, E | SqlError> => {
  switch (outcome._tag) {
    case "Success":
      return Exit.succeed(outcome.value)
    case "Failure":
      return Exit.fail(outcome.error)
    case "DriverError":
      return Exit.fail(outcome.error)
    case "Defect":
      return Exit.die(outcome.defect)
  }
}

const isSqlError = (u: unknown): u is SqlError =>
  typeof u === "object" && u !== null && (u as { readonly _tag?: unknown })._tag === "SqlError"

/** The next step of `script` after it was sent `input`: a statement to run, or how it ended. */
const advance = <A, E>(script: Script<A, E>, input: Rows | undefined): Query | Outcome<A, E> => {
  let step: IteratorResult<Query | Failure<E>, A>
  try {
    step = script.next(input)
  } catch (defect) {
    return { _tag: "Defect", defect }
  }
  if (step.done === true) return { _tag: "Success", value: step.value }
  if (step.value._tag === "Failure") return { _tag: "Failure", error: step.value.error }
  return step.value
}

/** Drive `script` with `driver`, synchronously. */
export const driveSync = <A, E>(driver: SyncDriver, script: Script<A, E>): Outcome<A, E> => {
  let input: Rows | undefined
  for (;;) {
    const next = advance(script, input)
    if (next._tag !== "Query") return next
    try {
      input = driver.querySync(next.text, next.values)
    } catch (error) {
      return isSqlError(error) ? { _tag: "DriverError", error } : { _tag: "Defect", defect: error }
    }
  }
}

/** Drive `script` with `driver`; `done` gets the outcome. `stopped()` ends it at the next statement. */
export const driveAsync = <A, E>(
  driver: AsyncDriver,
  script: Script<A, E>,
  stopped: () => boolean,
  done: (outcome: Outcome<A, E>) => void
): void => {
  const step = (input: Rows | undefined) => {
    const next = advance(script, input)
    if (next._tag !== "Query") return done(next)
    if (stopped()) return done({ _tag: "Defect", defect: new Error("interrupted") })
    driver.query(next.text, next.values, (error, rows) => (error === undefined ? step(rows) : done({ _tag: "DriverError", error })))
  }
  step(undefined)
}

/**
 * Drive `script` with Effects on any connection (one `execute` per statement); with `trace`, each
 * statement is a `sql.execute` span, as `@effect/sql` traces its own.
 */
export const runEffect = <A, E>(conn: Connection, script: Script<A, E>, trace: boolean): Effect.Effect<A, E | SqlError> => {
  const execute = (q: Query): Effect.Effect<Rows, SqlError> => {
    const run = conn.execute(q.text, q.values, undefined) as Effect.Effect<Rows, SqlError>
    return trace
      ? Effect.withSpan(run, "sql.execute", { kind: "client", captureStackTrace: false, attributes: { "db.query.text": q.text } })
      : run
  }
  const step = (input: Rows | undefined): Effect.Effect<A, E | SqlError> => {
    const next = advance(script, input)
    return next._tag === "Query" ? Effect.flatMap(execute(next), step) : exitOf(next)
  }
  return Effect.suspend(() => step(undefined))
}
