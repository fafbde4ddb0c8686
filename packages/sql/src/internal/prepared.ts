/**
 * Statements compiled once. A hot statement is written as an `@effect/sql` template whose parameters
 * are named markers; it is compiled by the client's own compiler (so placeholders are the dialect's)
 * when the store is made, and each call only binds values and runs it on the transaction's
 * connection through the driver's prepared-statement cache. That skips building and compiling the
 * template on every call — most of the per-statement cost of `@effect/sql`.
 *
 * A statement runs on the connection it is given (the transaction's), its values an array in the
 * order the parameters first appear in the statement: `params` says that order, and the store's
 * tests pin it for every statement — no object to build, no name to look up per call.
 */
import type { Connection } from "@effect/sql/SqlConnection"
import type { SqlError } from "@effect/sql/SqlError"
import type { Statement } from "@effect/sql/Statement"
import { Effect } from "effect"

const Marker: unique symbol = Symbol.for("@runledger/sql/Param")

/** A named parameter of a prepared statement. */
export interface Param {
  readonly [Marker]: string
}

/** The marker of parameter `name`. */
export const param = (name: string): Param => ({ [Marker]: name }) as Param

const isParam = (u: unknown): u is Param => typeof u === "object" && u !== null && Marker in u

type Row = { readonly [column: string]: unknown }

/** A compiled statement. */
export interface Prepared<A extends object = Row> {
  readonly text: string
  /** The parameter names, in the order `on` takes their values (first appearance). */
  readonly params: ReadonlyArray<string>
  /** Run the statement on `conn` with the values of {@link params}, in that order. */
  readonly on: (conn: Connection, values: ReadonlyArray<unknown>) => Effect.Effect<ReadonlyArray<A>, SqlError>
  /** The driver's parameters for the values of {@link params} (throws on a wrong number of values). */
  readonly bind: (values: ReadonlyArray<unknown>) => ReadonlyArray<unknown>
}

/**
 * Compile `statement` (built with {@link param} markers, by the client whose dialect it is for) once.
 * With `trace`, every run is a `sql.execute` span, as `@effect/sql` traces its own statements.
 */
export const prepare = <A extends object = Row>(statement: Statement<unknown>, trace = false): Prepared<A> => {
  const [text, placeholders] = statement.compile(true)
  const params: Array<string> = []
  // Per placeholder: the index of its value among `params`, or the constant it binds.
  const slots = placeholders.map((p) => {
    if (!isParam(p)) return { value: p }
    const name = p[Marker]
    let index = params.indexOf(name)
    if (index < 0) index = params.push(name) - 1
    return { index }
  })
  // Most hot statements bind every parameter once, in order: their values go to the driver as given.
  const direct = slots.every((slot, i) => "index" in slot && slot.index === i)
  const bindArray = (values: ReadonlyArray<unknown>): ReadonlyArray<unknown> => {
    if (values.length !== params.length) {
      throw new TypeError(`expected ${params.length} values (${params.join(", ")}), got ${values.length} for: ${text}`)
    }
    if (direct) return values
    const bound = new Array<unknown>(slots.length)
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!
      bound[i] = "index" in slot ? values[slot.index] : slot.value
    }
    return bound
  }
  const span = { kind: "client", captureStackTrace: false, attributes: { "db.query.text": text } } as const
  const on = (conn: Connection, values: ReadonlyArray<unknown>): Effect.Effect<ReadonlyArray<A>, SqlError> => {
    let bound: ReadonlyArray<unknown>
    try {
      bound = bindArray(values)
    } catch (defect) {
      return Effect.die(defect)
    }
    return conn.execute(text, bound, undefined) as Effect.Effect<ReadonlyArray<A>, SqlError>
  }
  return {
    text,
    params,
    on: trace ? (conn, values) => Effect.withSpan(on(conn, values), "sql.execute", span) : on,
    bind: bindArray
  }
}

/**
 * Statements whose shape depends on a count (a multi-row INSERT, an IN list), compiled once per
 * count and kept.
 */
export const preparedBySize = <A extends object = Row>(
  build: (size: number) => Statement<unknown>,
  trace = false
): (size: number) => Prepared<A> => {
  const cache = new Map<number, Prepared<A>>()
  return (size) => {
    let prepared = cache.get(size)
    if (prepared === undefined) {
      prepared = prepare<A>(build(size), trace)
      cache.set(size, prepared)
    }
    return prepared
  }
}

/** Markers for the columns of row `i` of a multi-row INSERT: `{ col: param("i.col") }`. */
export const rowParams = <K extends string>(i: number, columns: ReadonlyArray<K>): Record<K, Param> =>
  Object.fromEntries(columns.map((column) => [column, param(`${i}.${column}`)])) as Record<K, Param>
