/**
 * Driver failures mapped to the store's typed errors: `SqlError` never leaves a store.
 */
import type { SqlError } from "@effect/sql/SqlError"
import { Errors } from "@runledger/core"
import { Effect } from "effect"

/** What a driver failure means for the caller. */
export type Kind =
  /** Another writer holds the lock, or the database is momentarily locked: retry. */
  | "busy"
  /**
   * The file or the page is damaged, or the stored records disagree with each other (a constraint
   * the store's own decisions never break failed): nothing a retry fixes.
   */
  | "corrupt"
  /**
   * The connection to the server was lost or refused (Postgres: admin shutdown, a dropped socket,
   * too many clients): a statement that was not a COMMIT can be retried on a new connection.
   */
  | "disconnected"
  /** Anything else (I/O error, full disk): the operation did not happen. */
  | "unavailable"

/** Whether `u` is the `SqlError` of `@effect/sql`. */
export const isSqlError = (u: unknown): u is SqlError =>
  typeof u === "object" && u !== null && (u as { readonly _tag?: unknown })._tag === "SqlError"

/** The driver's error code (`SQLITE_BUSY`, a Postgres SQLSTATE, …), if it has one. */
export const codeOf = (error: SqlError): string | undefined => {
  const cause = error.cause as { readonly code?: unknown } | undefined
  return typeof cause?.code === "string" ? cause.code : undefined
}

const messageOf = (error: SqlError): string => {
  const cause = error.cause
  const detail = cause instanceof Error ? cause.message : typeof cause === "string" ? cause : undefined
  return detail === undefined ? error.message : `${error.message}: ${detail}`
}

/**
 * Classify a driver failure. SQLite reports extended codes (`SQLITE_BUSY_SNAPSHOT`, `SQLITE_IOERR_FSYNC`,
 * …), so prefixes are matched; Postgres reports SQLSTATEs: serialization failures and deadlocks are
 * transient.
 */
export const classify = (error: SqlError): Kind => {
  const code = codeOf(error) ?? ""
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return "busy"
  // Serialization failure, deadlock: Postgres rolled the transaction back.
  if (code === "40001" || code === "40P01") return "busy"
  if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB") || isConstraint(code)) return "corrupt"
  // Postgres: connection exceptions (08…), admin/crash shutdown and "cannot connect now" (57P01-3),
  // too many connections (53300); node: a socket that was reset, refused or closed under a query.
  if (code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300") {
    return "disconnected"
  }
  if (networkCodes.has(code) || lostConnection.test(messageOf(error))) return "disconnected"
  return "unavailable"
}

/**
 * A constraint violation (SQLite `SQLITE_CONSTRAINT_*`, Postgres class 23). Every write decides from
 * rows it read under its lock and names its conflict targets, so a violation means stored rows that
 * contradict each other — a stream counter below its events, say — and retrying meets it again.
 */
const isConstraint = (code: string): boolean => code.startsWith("SQLITE_CONSTRAINT") || /^23[0-9A-Z]{3}$/.test(code)

const networkCodes = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "EAI_AGAIN"])
const lostConnection =
  /Connection terminated|connection error|Client was closed|Failed to acquire connection|Connection timed out|timeout exceeded when trying to connect/i

/** What a store error is about, for a `StoreCorrupt` raised by a damaged file. */
export interface Subject {
  readonly entity: Errors.Entity
  readonly id: string
}

/** The typed error for a driver failure of `operation`. */
export const toStoreError = (operation: string, error: SqlError, subject?: Subject): Errors.StoreError => {
  const kind = classify(error)
  const code = codeOf(error)
  const reason = `${code === undefined ? "" : `${code}: `}${messageOf(error)}`
  return kind === "corrupt"
    ? new Errors.StoreCorrupt({
      operation,
      entity: subject?.entity ?? "Run",
      id: subject?.id ?? "",
      reason: isConstraint(code ?? "")
        ? `its stored records contradict each other (${reason}); runledger verify lists what is wrong`
        : reason
    })
    : new Errors.StoreUnavailable({
      operation,
      reason: kind === "busy" ? `busy: ${reason}` : kind === "disconnected" ? `connection lost: ${reason}` : reason,
      cause: error.cause
    })
}

/**
 * Map every `SqlError` of `self` to `StoreUnavailable` (busy, I/O, connection) or `StoreCorrupt`
 * (a damaged file); other failures pass through.
 */
export const refail = (operation: string, subject?: Subject) =>
<A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, Exclude<E, SqlError> | Errors.StoreError, R> =>
  Effect.mapError(self, (e) => (isSqlError(e) ? toStoreError(operation, e, subject) : e)) as Effect.Effect<
    A,
    Exclude<E, SqlError> | Errors.StoreError,
    R
  >

/** A row that does not decode: reported, never skipped. */
export const corrupt = (operation: string, entity: Errors.Entity, id: string, cause: unknown): Errors.StoreCorrupt =>
  new Errors.StoreCorrupt({
    operation,
    entity,
    id,
    reason: cause instanceof Error ? cause.message : String(cause)
  })

/**
 * Decode `row` with `decode`: the record, or — when it throws — the `StoreCorrupt` about it (returned,
 * for a statement script to `fail` with).
 */
export const decodeOne = <R, A>(operation: string, entity: Errors.Entity, id: string, row: R, decode: (row: R) => A): A | Errors.StoreCorrupt => {
  try {
    return decode(row)
  } catch (cause) {
    return corrupt(operation, entity, id, cause)
  }
}

/** Decode a row with `f`; a throw is `StoreCorrupt` about the record. */
export const decodeRow = <A>(
  operation: string,
  entity: Errors.Entity,
  id: string,
  f: () => A
): Effect.Effect<A, Errors.StoreCorrupt> => {
  try {
    return Effect.succeed(f())
  } catch (cause) {
    return Effect.fail(corrupt(operation, entity, id, cause))
  }
}
