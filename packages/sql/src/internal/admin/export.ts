/**
 * Export: the store as JSONL — one header line, then every record of every table in a
 * deterministic order — produced page by page, so memory stays bounded by one page whatever the size
 * of the store.
 */
import type { Fragment } from "@effect/sql/Statement"
import { Chunk, Effect, Option, Stream } from "effect"
import type { Errors } from "@runledger/core"
import { corrupt, refail } from "../errors.js"
import { toRecord } from "./records.js"
import type { AdminCtx, TableSpec } from "./tables.js"
import { orderColumns, specs } from "./tables.js"

/** The `format` of the header line. */
export const Format = "runledger-export"
/** The version of the export format (the record shapes), independent of the schema version. */
export const FormatVersion = 1

/** The header: the first line of every export. */
export interface Header {
  readonly format: typeof Format
  readonly formatVersion: number
  readonly schemaVersion: number
  readonly entities: ReadonlyArray<string>
}

export const header = (schemaVersion: number): Header => ({
  format: Format,
  formatVersion: FormatVersion,
  schemaVersion,
  entities: specs.map((spec) => spec.kind)
})

type Row = { readonly [column: string]: unknown }

/** `(a, b) > (x, y)` for keyset paging (row values compare lexicographically in both dialects). */
export const after = (ctx: AdminCtx, columns: ReadonlyArray<string>, last: Row, options: { readonly byteOrder?: ReadonlySet<string> } = {}): Fragment => {
  const sql = ctx.sql
  const left = sql.join(", ", false)(columns.map((column) => column_(ctx, column, options.byteOrder)))
  // Generated row ids are BIGINT (text on Postgres): compare them as numbers.
  const value = (column: string) => (column === "id" || column === "position" ? Number(last[column]) : last[column] as string)
  const right = sql.join(", ", false)(columns.map((column) => sql`${value(column)}`))
  return sql`(${left}) > (${right})`
}

/**
 * A column reference; in `byteOrder`, compared and sorted by byte (code point) order on every dialect
 * — SQLite's BINARY collation is that already, Postgres needs `COLLATE "C"` for text columns that
 * were not declared with it — so an export lists records in the same order on every backend.
 */
const column_ = (ctx: AdminCtx, column: string, byteOrder: ReadonlySet<string> | undefined): Fragment => {
  const sql = ctx.sql
  if (byteOrder === undefined || !byteOrder.has(column)) return sql`${sql(column)}`
  return sql.onDialectOrElse({ pg: () => sql`${sql(column)} COLLATE "C"`, orElse: () => sql`${sql(column)}` })
}

/** Every row of a table in export order, `pageSize` rows per query; failures name `operation`. */
export const tableRows = (
  ctx: AdminCtx,
  spec: TableSpec,
  pageSize: number,
  where?: Fragment,
  operation = "SqlAdmin.export"
): Stream.Stream<Row, Errors.StoreError> => {
  const sql = ctx.sql
  const order = orderColumns(spec)
  const kinds = new Map(spec.columns)
  const byteOrder = new Set(order.filter((column) => {
    const kind = kinds.get(column)
    return kind !== undefined && kind !== "int" && kind !== "int?"
  }))
  const orderBy = sql.join(", ", false)(order.map((column) => column_(ctx, column, byteOrder)))
  const page = (last: Option.Option<Row>) => {
    const conditions = [
      ...(where === undefined ? [] : [where]),
      ...Option.toArray(Option.map(last, (row) => after(ctx, order, row, { byteOrder })))
    ]
    return refail(operation)(sql<Row>`SELECT * FROM ${ctx.t[spec.table]}
      ${conditions.length === 0 ? sql`` : sql`WHERE ${sql.and(conditions)}`}
      ORDER BY ${orderBy} LIMIT ${pageSize}`)
  }
  return Stream.paginateChunkEffect(Option.none<Row>(), (last) =>
    Effect.map(page(last), (rows) => {
      const next = rows.length < pageSize ? Option.none() : Option.some(Option.some(rows[rows.length - 1]!))
      return [Chunk.unsafeFromArray(rows), next] as const
    }))
}

/** The lines of an export (each ending in a newline), header first. */
export const lines = (ctx: AdminCtx, schemaVersion: number, pageSize: number): Stream.Stream<string, Errors.StoreError> =>
  Stream.concat(
    Stream.make(JSON.stringify(header(schemaVersion)) + "\n"),
    Stream.flatMap(Stream.fromIterable(specs), (spec) =>
      Stream.mapChunksEffect(tableRows(ctx, spec, pageSize), (rows) => {
        let text = ""
        for (const row of rows) {
          try {
            text += JSON.stringify(toRecord(spec, row)) + "\n"
          } catch (cause) {
            return Effect.fail(corrupt("SqlAdmin.export", "Run", `${spec.kind} ${String(row.run_id ?? "")}`, cause))
          }
        }
        return Effect.succeed(Chunk.of(text))
      }))
  )
