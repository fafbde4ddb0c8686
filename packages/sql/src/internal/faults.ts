/**
 * The store's driver fault point (`SqlStore.Options.driverFaults`): the connections of the store,
 * intercepted so that the COMMIT of a write transaction fails, or loses its connection after taking
 * effect, when the point asks — below the transaction runner, which must then handle a failed
 * COMMIT exactly as it handles the database's own.
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import { SqlError } from "@effect/sql/SqlError"
import * as StoreConnection from "../StoreConnection.js"
import { beginStatements } from "./tx.js"

/** A driver error as the dialect's driver reports it: its code on the cause, as `errors.ts` reads it. */
const driverError = (code: string, message: string) =>
  new SqlError({ cause: Object.assign(new Error(message), { code }), message: "Failed to execute statement" })

/** `source` with `point` asked before every COMMIT of a write transaction. */
export const withFaultPoint = (
  sql: SqlClient.SqlClient,
  source: StoreConnection.Service,
  point: StoreConnection.FaultPoint
): StoreConnection.Service => {
  const beginWrite = beginStatements(sql).write
  // What the database reports for a COMMIT that could not be written, and for a connection lost.
  const commitFailed = sql.onDialectOrElse({
    pg: () => () => driverError("53100", "could not extend file: No space left on device (injected at COMMIT)"),
    orElse: () => () => driverError("SQLITE_FULL", "database or disk is full (injected at COMMIT)")
  })
  const connectionLost = sql.onDialectOrElse({
    pg: () => () => driverError("08006", "Connection terminated unexpectedly (injected after COMMIT)"),
    // An embedded database has no connection to lose: the commit's answer is an I/O error instead.
    orElse: () => () => driverError("SQLITE_IOERR", "disk I/O error (injected after COMMIT took effect)")
  })
  return StoreConnection.intercept(source, () => {
    let writing = false
    let writes = 0
    // Once lost, the connection answers nothing more (its ROLLBACK fails too, as a dead socket's would).
    let lost: SqlError | undefined
    return (statement) => {
      if (lost !== undefined) return { before: lost }
      if (statement.startsWith("BEGIN")) {
        writing = statement === beginWrite
        writes = 0
        return undefined
      }
      // Group commit runs each write of a shared transaction under this savepoint.
      if (statement === "SAVEPOINT runledger_job") writes++
      if (statement !== "COMMIT" || !writing) return undefined
      writing = false
      switch (point.beforeCommit(Math.max(1, writes))) {
        case "FailCommit":
          return { before: commitFailed() }
        case "LoseConnectionAfterCommit":
          lost = connectionLost()
          return { after: lost }
        default:
          return undefined
      }
    }
  })
}
