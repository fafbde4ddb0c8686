/**
 * Statements compiled once. A hot statement is written as an `@effect/sql` template whose parameters
 * are named markers; it is compiled by the client's own compiler (so placeholders are the dialect's)
 * when the store is made, and each call only binds values and runs it on the transaction's
 * connection through the driver's prepared-statement cache. That skips building and compiling the
 * template on every call — most of the per-statement cost of `@effect/sql`.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { Statement } from "@effect/sql/Statement"
import { Effect, Option } from "effect"

const Marker: unique symbol = Symbol.for("@runledger/sql/Param")

/** A named parameter of a prepared statement. */
export interface Param {
  readonly [Marker]: string
}

/** The marker of parameter `name`. */
export const param = (name: string): Param => ({ [Marker]: name }) as Param

const isParam = (u: unknown): u is Param => typeof u === "object" && u !== null && Marker in u

type Row = { readonly [column: string]: unknown }

/** A compiled statement: its text and, per placeholder, a parameter name or a constant. */
export interface Prepared<A extends object = Row> {
  readonly text: string
  readonly slots: ReadonlyArray<{ readonly name: string } | { readonly value: unknown }>
  /** Bind `values` (by parameter name) and run the statement. */
  readonly run: (values: Readonly<Record<string, unknown>>) => Effect.Effect<ReadonlyArray<A>, SqlError>
  /**
   * Run the statement with its parameters given in placeholder order (for statements whose every
   * placeholder is a parameter, such as a multi-row INSERT: no name lookups per value).
   */
  readonly runPositional: (values: ReadonlyArray<unknown>) => Effect.Effect<ReadonlyArray<A>, SqlError>
}

/** Compile `statement` (built with {@link param} markers) once, for `sql`. */
export const prepare = <A extends object = Row>(sql: SqlClient.SqlClient, statement: Statement<unknown>): Prepared<A> => {
  const [text, params] = statement.compile(true)
  const slots = params.map((p) => (isParam(p) ? { name: p[Marker] } : { value: p }))
  const bind = (values: Readonly<Record<string, unknown>>) =>
    slots.map((slot) => {
      if ("value" in slot) return slot.value
      const value = values[slot.name]
      if (value === undefined) throw new TypeError(`missing value for parameter ${slot.name} of: ${text}`)
      return value
    })
  const inTransaction = Effect.serviceOption(SqlClient.TransactionConnection)
  const execute = (bound: ReadonlyArray<unknown>) =>
    Effect.flatMap(inTransaction, (conn) =>
      (Option.isSome(conn)
        ? conn.value[0].execute(text, bound, undefined)
        : sql.unsafe(text, bound).withoutTransform) as Effect.Effect<ReadonlyArray<A>, SqlError>)
  const positional = slots.every((slot) => "name" in slot)
  return {
    text,
    slots,
    run: (values) => Effect.suspend(() => execute(bind(values))),
    runPositional: (values) =>
      positional && values.length === slots.length
        ? execute(values)
        : Effect.dieMessage(`${text}: expected ${slots.length} positional parameters, got ${values.length}`)
  }
}

/**
 * Statements whose shape depends on a count (a multi-row INSERT, an IN list), compiled once per
 * count and kept.
 */
export const preparedBySize = <A extends object = Row>(
  sql: SqlClient.SqlClient,
  build: (size: number) => Statement<unknown>
): (size: number) => Prepared<A> => {
  const cache = new Map<number, Prepared<A>>()
  return (size) => {
    let prepared = cache.get(size)
    if (prepared === undefined) {
      prepared = prepare<A>(sql, build(size))
      cache.set(size, prepared)
    }
    return prepared
  }
}

/** Markers for the columns of row `i` of a multi-row INSERT: `{ col: param("i.col") }`. */
export const rowParams = <K extends string>(i: number, columns: ReadonlyArray<K>): Record<K, Param> =>
  Object.fromEntries(columns.map((column) => [column, param(`${i}.${column}`)])) as Record<K, Param>
