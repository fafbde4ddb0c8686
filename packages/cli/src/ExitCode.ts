/**
 * The exit codes of `runledger`, one per class of outcome, so scripts can tell a typo from a missing
 * run from a database that is down.
 *
 * @since 0.1.0
 */

/** Success. @since 0.1.0 */
export const Ok = 0
/** `verify` found integrity problems (the report lists them). @since 0.1.0 */
export const Findings = 1
/** Usage: an unknown command or option, a malformed value (tenant, duration, date, id). @since 0.1.0 */
export const Usage = 2
/** Not found: the run, snapshot, spec or database file does not exist. @since 0.1.0 */
export const NotFound = 3
/** Conflict: the record exists already, a revision or sequence moved, import into a non-empty store. @since 0.1.0 */
export const Conflict = 4
/** Store unavailable: cannot open or reach the database, or its schema is newer than this runledger. @since 0.1.0 */
export const Unavailable = 5
/** Corrupt data: a damaged store, or an import file with a damaged line (nothing imported). @since 0.1.0 */
export const Corrupt = 6
/** An unexpected internal error (a bug: please report it; `RUNLEDGER_DEBUG=1` prints the stack). @since 0.1.0 */
export const Internal = 70
/** Interrupted (Ctrl-C), e.g. ending `events tail --follow`. @since 0.1.0 */
export const Interrupted = 130

/**
 * Every code with its meaning, for `--help` and the docs.
 *
 * @since 0.1.0
 */
export const table: ReadonlyArray<readonly [code: number, meaning: string]> = [
  [Ok, "success"],
  [Findings, "verify found integrity problems"],
  [Usage, "usage error: unknown command or option, malformed value"],
  [NotFound, "not found: run, snapshot, spec, database file"],
  [Conflict, "conflict: already exists, revision or sequence moved, import into a non-empty store"],
  [Unavailable, "store unavailable: cannot open or reach the database, schema too new"],
  [Corrupt, "corrupt data: damaged store or import file (nothing imported)"],
  [Internal, "internal error (a bug)"],
  [Interrupted, "interrupted"]
]
