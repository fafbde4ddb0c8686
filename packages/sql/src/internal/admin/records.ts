/**
 * Rows to export records and back, and the checks a record passes before it is imported.
 */
import { Identifiers } from "@runledger/core"
import { dec, enc, num } from "../codec.js"
import {
  eventFromRow,
  failureFromRow,
  globalFromRow,
  leaseFromRow,
  outputFromRow,
  runFromRow,
  specRevisionFromRow,
  stepFromRow,
  timerFromRow
} from "../rows.js"
import type { ColumnKind, TableSpec } from "./tables.js"

type Row = { readonly [column: string]: unknown }

const fromColumn = (kind: ColumnKind, value: unknown, column: string): unknown => {
  if (kind === "json" && value !== null && value !== undefined) return JSON.parse(String(value)) as unknown
  if (value === null || value === undefined) {
    if (kind.endsWith("?")) return null
    if (kind === "scope" && column === "deployment_id") return null
    throw new Error(`column ${column} is null`)
  }
  switch (kind) {
    case "id":
      return dec(String(value))
    case "scope":
      return value === "" ? null : dec(String(value))
    case "text":
    case "text?":
      return String(value)
    case "int":
    case "int?":
      return num(value)
    case "json":
    case "json?":
      return JSON.parse(String(value)) as unknown
  }
}

/** The export record of a row: `{ entity, ...columns }` in column order. */
export const toRecord = (spec: TableSpec, row: Row): Record<string, unknown> => {
  const record: Record<string, unknown> = { entity: spec.kind }
  for (const [column, kind] of spec.columns) {
    // An optional JSON column that is SQL NULL is left out: `null` in a record is the JSON value null.
    if (kind === "json?" && (row[column] === null || row[column] === undefined)) continue
    record[column] = fromColumn(kind, row[column], column)
  }
  return record
}

const idOk = (value: unknown, column: string): string => {
  if (typeof value !== "string") throw new Error(`${column}: expected a string id`)
  const problem = Identifiers.idProblem(value)
  if (problem !== undefined) throw new Error(`${column}: ${problem}`)
  return value
}

const toColumn = (kind: ColumnKind, value: unknown, column: string): unknown => {
  if (kind === "json?" && value === undefined) return null
  if (kind === "json" || kind === "json?") {
    if (value === undefined) throw new Error(`missing field ${column}`)
    return JSON.stringify(value)
  }
  if (value === undefined) throw new Error(`missing field ${column}`)
  if (value === null) {
    if (kind.endsWith("?")) return null
    if (kind === "scope" && column === "deployment_id") return ""
    throw new Error(`${column}: must not be null`)
  }
  switch (kind) {
    case "id":
    case "scope":
      return enc(idOk(value, column))
    case "text":
    case "text?":
      if (typeof value !== "string") throw new Error(`${column}: expected a string`)
      return value
    case "int":
    case "int?":
      if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new Error(`${column}: expected an integer`)
      return value
  }
}

// The record decoders of the store, run on an imported row so it is a record the store can read
// back (statuses, step kinds, ids, dates, JSON) before it is written.
const checks: { readonly [kind: string]: (row: Row) => unknown } = {
  run: runFromRow,
  step: stepFromRow,
  failure: failureFromRow,
  output: outputFromRow,
  global: globalFromRow,
  event: eventFromRow,
  specRevision: specRevisionFromRow,
  timer: timerFromRow,
  lease: leaseFromRow
}

/** The row of an import record, checked; throws an `Error` saying what is wrong. */
export const toRow = (spec: TableSpec, record: { readonly [field: string]: unknown }): Row => {
  const known = new Set(["entity", ...spec.columns.map(([name]) => name)])
  for (const field of Object.keys(record)) {
    if (!known.has(field)) throw new Error(`unknown field ${field} in a ${spec.kind} record`)
  }
  const row: Record<string, unknown> = {}
  for (const [column, kind] of spec.columns) row[column] = toColumn(kind, record[column], column)
  const check = checks[spec.kind]
  if (check !== undefined) check(row)
  return row
}
