/**
 * The bounds every store enforces on its input. Backends receive them through the store options, so
 * every backend refuses the same input.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * The largest page a `list`, `read` or `poll` returns in one call.
 *
 * @since 0.1.0
 */
export const MaxPageSize = 1000

/**
 * The page size used when a caller gives none.
 *
 * @since 0.1.0
 */
export const DefaultPageSize = 100

/**
 * Configurable limits of one store.
 *
 * @since 0.1.0
 */
export interface Limits {
  /** The largest JSON value (input, state, output, payload, checkpoint), in UTF-8 bytes of its canonical text. */
  readonly maxValueBytes: number
  /** The longest free-text field (a failure reason), in characters. */
  readonly maxTextLength: number
}

/**
 * 1 MiB values and 64 KiB reasons.
 *
 * @since 0.1.0
 */
export const defaults: Limits = {
  maxValueBytes: 1024 * 1024,
  maxTextLength: 64 * 1024
}

/**
 * The earliest date a store accepts: 0001-01-01T00:00:00Z.
 *
 * @since 0.1.0
 */
export const MinDate = new Date("0001-01-01T00:00:00.000Z")

/**
 * The latest date a store accepts: 9999-12-31T23:59:59.999Z.
 *
 * @since 0.1.0
 */
export const MaxDate = new Date("9999-12-31T23:59:59.999Z")

/**
 * An input date: a valid `Date` within years 1 to 9999, the range every backend can store and
 * print as ISO 8601 (`Date` itself reaches year ±275760; Postgres `timestamptz` stops at 4713 BC).
 *
 * @since 0.1.0
 */
export const InputDate = Schema.ValidDateFromSelf.pipe(
  Schema.filter((d) =>
    (d.getTime() >= MinDate.getTime() && d.getTime() <= MaxDate.getTime()) ||
    `must be between ${MinDate.toISOString()} and ${MaxDate.toISOString()}`
  , { identifier: "InputDate" })
)
