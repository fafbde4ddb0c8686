/**
 * Rows to export records and back, and the checks a row passes — before it is imported, and in
 * `verify` for every stored row.
 */
import { Event, Identifiers, Json, Snapshot, Spec } from "@runledger/core"
import { Either } from "effect"
import { dec, enc, json, num, text } from "../codec.js"
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
    // Checked before it is written out: JSON.stringify recurses, and a file may nest without end.
    const problem = Json.jsonProblem(value)
    if (problem !== undefined) throw new Error(`${column}: ${problem}`)
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

/**
 * What is wrong with a row: it does not decode (`detail` says why), or what it records of its value
 * is not its value's (`detail` names the record).
 */
export interface RowProblem {
  readonly check: "unreadable-row" | "fingerprint"
  readonly detail: string
}

/** A stored JSON column, parsed and checked (so canonicalizing it cannot recurse without end). */
const jsonColumn = (column: string, u: unknown): Json.Json => {
  const value = json(u)
  const problem = Json.jsonProblem(value)
  if (problem !== undefined) throw new Error(`${column}: ${problem}`)
  return value
}

const mismatch = (detail: string): RowProblem => ({ check: "fingerprint", detail })

/** The value-derived columns of a row, recomputed: what differs, if anything. */
const derived = (spec: TableSpec, row: Row): RowProblem | undefined => {
  switch (spec.kind) {
    case "event": {
      const payload = jsonColumn("payload", row.payload)
      if (Event.fingerprint({ type: text(row.type), payload }) !== text(row.fingerprint)) {
        return mismatch(`event ${JSON.stringify(row.event_id)} (seq ${String(row.seq)}): its fingerprint is not that of its type and payload`)
      }
      const bytes = Json.byteSize(payload)
      if (num(row.bytes) !== bytes) return mismatch(`event ${JSON.stringify(row.event_id)} (seq ${String(row.seq)}): it counts ${String(row.bytes)} payload bytes, the payload has ${bytes}`)
      return undefined
    }
    case "output":
    case "global": {
      const what = spec.kind === "output" ? `the output of step ${JSON.stringify(dec(text(row.step_id)))}` : `global ${JSON.stringify(row.key)}`
      return Json.fingerprint(jsonColumn("value", row.value)) === text(row.fingerprint) ? undefined : mismatch(`${what}: its fingerprint is not that of its value`)
    }
    case "specRevision":
      return Spec.contentHash(jsonColumn("definition", row.definition)) === text(row.content_hash)
        ? undefined
        : mismatch(`spec ${JSON.stringify(dec(text(row.spec_id)))} revision ${String(row.revision)}: its content hash is not that of its definition`)
    case "snapshot": {
      const decoded = Snapshot.decodeStored(jsonColumn("record", row.record))
      return Either.isLeft(decoded) ? { check: "unreadable-row", detail: `snapshot ${JSON.stringify(dec(text(row.snapshot_id)))}: ${decoded.left}` } : undefined
    }
    case "stream": {
      const last = num(row.last_seq)
      const through = num(row.compacted_through_seq)
      if (last < 0 || num(row.event_count) < 0 || num(row.event_bytes) < 0 || through < 0 || through > last) {
        return { check: "unreadable-row", detail: `the stream's counters are not a stream's: last seq ${last}, compacted through ${through}` }
      }
      return undefined
    }
    default:
      return undefined
  }
}

/**
 * What is wrong with a row of `spec` as the store holds it (JSON columns as text), or `undefined`:
 * it must decode as the store decodes it, and every fingerprint, content hash and size it records
 * must be its value's — a stale one makes a retry look like a conflict, or a conflict like a retry.
 */
export const rowProblem = (spec: TableSpec, row: Row): RowProblem | undefined => {
  try {
    checks[spec.kind]?.(row)
    return derived(spec, row)
  } catch (cause) {
    return { check: "unreadable-row", detail: cause instanceof Error ? cause.message : String(cause) }
  }
}

/** The row of an import record, checked ({@link rowProblem}); throws an `Error` saying what is wrong. */
export const toRow = (spec: TableSpec, record: { readonly [field: string]: unknown }): Row => {
  const known = new Set(["entity", ...spec.columns.map(([name]) => name)])
  for (const field of Object.keys(record)) {
    if (!known.has(field)) throw new Error(`unknown field ${field} in a ${spec.kind} record`)
  }
  const row: Record<string, unknown> = {}
  for (const [column, kind] of spec.columns) row[column] = toColumn(kind, record[column], column)
  const problem = rowProblem(spec, row)
  if (problem !== undefined) throw new Error(problem.detail)
  return row
}
