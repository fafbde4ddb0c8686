/**
 * The bounds every store enforces on its input. Backends receive them through the store options, so
 * every backend refuses the same input.
 *
 * @since 0.1.0
 */

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
