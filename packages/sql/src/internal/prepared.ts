/**
 * Statements compiled once. A hot statement is written as an `@effect/sql` template whose parameters
 * are named markers; it is compiled by the client's own compiler (so placeholders are the dialect's)
 * when the store is made, and each call only binds values: a statement script yields it with them
 * (`script.query`) and the runner runs it on the transaction's connection through the driver's
 * prepared-statement cache. That skips building and compiling the template on every call — most of
 * the per-statement cost of `@effect/sql`.
 *
 * A statement's values are an array in the order its parameters first appear: `params` says that
 * order, and the store's tests pin it for every statement — no object to build, no name to look up
 * per call.
 */
import type { Statement } from "@effect/sql/Statement"

const Marker: unique symbol = Symbol.for("@runledger/sql/Param")

/** A named parameter of a prepared statement. */
export interface Param {
  readonly [Marker]: string
}

/** The marker of parameter `name`. */
export const param = (name: string): Param => ({ [Marker]: name }) as Param

const isParam = (u: unknown): u is Param => typeof u === "object" && u !== null && Marker in u

/** A compiled statement. */
export interface Prepared {
  readonly text: string
  /** The parameter names, in the order `bind` takes their values (first appearance). */
  readonly params: ReadonlyArray<string>
  /** The driver's parameters for the values of {@link params} (throws on a wrong number of values). */
  readonly bind: (values: ReadonlyArray<unknown>) => ReadonlyArray<unknown>
}

/** Compile `statement` (built with {@link param} markers, by the client whose dialect it is for) once. */
export const prepare = (statement: Statement<unknown>): Prepared => {
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
  return { text, params, bind: bindArray }
}

/**
 * Statements whose shape depends on a count (a multi-row INSERT, an IN list), compiled once per
 * count and kept.
 */
export const preparedBySize = (
  build: (size: number) => Statement<unknown>
): (size: number) => Prepared => {
  const cache = new Map<number, Prepared>()
  return (size) => {
    let prepared = cache.get(size)
    if (prepared === undefined) {
      prepared = prepare(build(size))
      cache.set(size, prepared)
    }
    return prepared
  }
}

/** Markers for the columns of row `i` of a multi-row INSERT: `{ col: param("i.col") }`. */
export const rowParams = <K extends string>(i: number, columns: ReadonlyArray<K>): Record<K, Param> =>
  Object.fromEntries(columns.map((column) => [column, param(`${i}.${column}`)])) as Record<K, Param>
