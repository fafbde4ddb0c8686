/**
 * Import: a JSONL export into an empty store, in one transaction — every line is checked before the
 * transaction commits, so a file with a damaged line in the middle imports nothing. Each record must
 * be one the store could have written (it decodes, its fingerprints and sizes are its value's); then,
 * before the commit, the whole store is held to the invariants `verify` checks (dense sequences,
 * counters, markers, duplicates; not terminal events, which a store need not have), and a file that
 * breaks one is refused naming the first line of the run concerned. A torn last line (no final newline and not a complete record: the writer died
 * mid-line) is dropped and reported — if what is left still passes.
 */
import { Effect, Option, Schema, Stream } from "effect"
import { Errors, Event } from "@runledger/core"
import { refail } from "../errors.js"
import { Format, FormatVersion } from "./export.js"
import { toRow } from "./records.js"
import type { AdminCtx, TableSpec } from "./tables.js"
import { specOf, specs } from "./tables.js"
import type { Finding } from "./verify.js"
import { findingKey, rowKey, verify } from "./verify.js"

/**
 * The file cannot be imported: `line` (1-based) is not a valid record, or the store refused it.
 * Nothing was imported.
 */
export class ImportRejected extends Schema.TaggedError<ImportRejected>("@runledger/sql/ImportRejected")(
  "ImportRejected",
  { line: Schema.Number, reason: Schema.String }
) {
  override get message(): string {
    return `line ${this.line}: ${this.reason}; nothing was imported`
  }

  override toJSON(): Record<string, unknown> {
    return Errors.toJSON(this)
  }
}

/** An import needs an empty store: `table` already holds records. Nothing was imported. */
export class StoreNotEmpty extends Schema.TaggedError<StoreNotEmpty>("@runledger/sql/StoreNotEmpty")(
  "StoreNotEmpty",
  { table: Schema.String }
) {
  override get message(): string {
    return `the store is not empty (table ${this.table} has records): import needs an empty store; nothing was imported`
  }

  override toJSON(): Record<string, unknown> {
    return Errors.toJSON(this)
  }
}

/** What an import did. */
export interface ImportReport {
  /** Records imported, per kind. */
  readonly records: { readonly [kind: string]: number }
  readonly total: number
  /** Lines read, the header and a torn line included. */
  readonly lines: number
  /** The torn last line that was dropped: its number and how many characters it had. */
  readonly tornLine: Option.Option<{ readonly line: number; readonly length: number }>
}

/** Fail with {@link StoreNotEmpty} unless every table of the store is empty. */
export const ensureEmpty = (ctx: AdminCtx) =>
  Effect.forEach(specs, (spec) =>
    Effect.flatMap(
      refail("SqlAdmin.import")(ctx.sql`SELECT 1 AS one FROM ${ctx.t[spec.table]} LIMIT 1`),
      (rows) => (rows.length > 0 ? Effect.fail(new StoreNotEmpty({ table: ctx.names[spec.table] })) : Effect.void)
    ), { discard: true })

interface State {
  line: number
  /** The text after the last newline seen. */
  rest: string
  headerSeen: boolean
  batch: Array<Record<string, unknown>>
  batchSpec: TableSpec | undefined
  batchFirstLine: number
  counts: Record<string, number>
  total: number
  /** The first line of each kind of record of each run, to name in a refusal about the run. */
  firstLines: Map<string, number>
}

/** The records a finding of each check is about, the likeliest culprit first. */
const culprits: { readonly [check: string]: ReadonlyArray<string> } = {
  "sequence-gap": ["stream", "event"],
  "duplicate-seq": ["event"],
  "seq-out-of-range": ["stream", "event"],
  "stream-counter": ["stream", "event"],
  "orphan-events": ["event"],
  "duplicate-event-id": ["event", "prunedEvent"],
  "marker": ["marker", "prunedEvent", "stream"],
}

/** The line to name for a finding: the first record of its run of the kind most likely at fault. */
const lineOf = (state: State, finding: Finding): number => {
  const key = findingKey(finding)
  for (const kind of [...(culprits[finding.check] ?? []), ...specs.map((spec) => spec.kind)]) {
    const line = state.firstLines.get(`${kind}\u0000${key}`)
    if (line !== undefined) return line
  }
  return 1
}

const parseLine = (text: string, line: number): Effect.Effect<Record<string, unknown>, ImportRejected> => {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return Effect.fail(new ImportRejected({ line, reason: "not a JSON object" }))
    }
    return Effect.succeed(value as Record<string, unknown>)
  } catch (cause) {
    return Effect.fail(new ImportRejected({ line, reason: `not valid JSON (${cause instanceof Error ? cause.message : String(cause)})` }))
  }
}

const checkHeader = (value: Record<string, unknown>, schemaVersion: number): string | undefined => {
  if (value.format !== Format) return `not a runledger export (format ${JSON.stringify(value.format)}, expected "${Format}")`
  if (value.formatVersion !== FormatVersion) return `export format version ${String(value.formatVersion)} is not supported (this runledger reads ${FormatVersion})`
  if (typeof value.schemaVersion !== "number" || value.schemaVersion > schemaVersion) {
    return `the export was written at schema version ${String(value.schemaVersion)}, newer than this runledger (${schemaVersion})`
  }
  return undefined
}

/**
 * Import `source` (the text of a JSONL export, in chunks of any size) into the empty store of `ctx`,
 * in one transaction. `batchSize` records per INSERT.
 */
export const importText = <E>(
  ctx: AdminCtx,
  source: Stream.Stream<string, E>,
  options: { readonly schemaVersion: number; readonly batchSize: number }
): Effect.Effect<ImportReport, ImportRejected | StoreNotEmpty | Errors.StoreError | E> => {
  const sql = ctx.sql
  const flush = (state: State): Effect.Effect<void, ImportRejected | Errors.StoreError> => {
    const spec = state.batchSpec
    if (spec === undefined || state.batch.length === 0) return Effect.void
    const rows = state.batch
    const first = state.batchFirstLine
    const last = state.line
    state.batch = []
    state.batchSpec = undefined
    return sql`INSERT INTO ${ctx.t[spec.table]} ${sql.insert(rows)}`.pipe(
      Effect.asVoid,
      Effect.catchTag("SqlError", (error) =>
        Effect.fail(
          new ImportRejected({
            line: first,
            reason: `the store refused the ${spec.kind} records of lines ${first}-${last} (${
              error.cause instanceof Error ? error.cause.message : error.message
            })`
          })
        ))
    )
  }

  const record = (state: State, text: string, line: number): Effect.Effect<void, ImportRejected | Errors.StoreError> =>
    Effect.gen(function*() {
      const value = yield* parseLine(text, line)
      if (!state.headerSeen) {
        const problem = checkHeader(value, options.schemaVersion)
        if (problem !== undefined) return yield* new ImportRejected({ line, reason: problem })
        state.headerSeen = true
        return
      }
      const spec = typeof value.entity === "string" ? specOf.get(value.entity) : undefined
      if (spec === undefined) return yield* new ImportRejected({ line, reason: `unknown record entity ${JSON.stringify(value.entity)}` })
      let row: Record<string, unknown>
      try {
        row = toRow(spec, value) as Record<string, unknown>
      } catch (cause) {
        return yield* new ImportRejected({ line, reason: `invalid ${spec.kind} record: ${cause instanceof Error ? cause.message : String(cause)}` })
      }
      if (state.batchSpec !== spec || state.batch.length >= options.batchSize) {
        yield* flush(state)
        state.batchSpec = spec
        state.batchFirstLine = line
      }
      state.batch.push(row)
      if (row.run_id !== undefined) {
        const kind = spec.kind === "event" && row.type === Event.CompactedType ? "marker" : spec.kind
        const key = `${kind}\u0000${rowKey(row)}`
        if (!state.firstLines.has(key)) state.firstLines.set(key, line)
      }
      state.counts[spec.kind] = (state.counts[spec.kind] ?? 0) + 1
      state.total += 1
    })

  const run = Effect.gen(function*() {
    yield* ensureEmpty(ctx)
    const state: State = {
      line: 0,
      rest: "",
      headerSeen: false,
      batch: [],
      batchSpec: undefined,
      batchFirstLine: 0,
      counts: {},
      total: 0,
      firstLines: new Map()
    }
    yield* Stream.runForEach(source, (chunk) =>
      Effect.gen(function*() {
        const parts = (state.rest + chunk).split("\n")
        state.rest = parts.pop()!
        for (const part of parts) {
          state.line += 1
          // A blank line (an editor's trailing newline) carries nothing.
          if (part.trim() === "") continue
          yield* record(state, part, state.line)
        }
      }))
    let tornLine: ImportReport["tornLine"] = Option.none()
    if (state.rest.trim() !== "") {
      // The last line has no newline: complete if it parses, torn (dropped, reported) if not.
      const line = state.line + 1
      let complete = true
      try {
        JSON.parse(state.rest)
      } catch {
        complete = false
      }
      state.line = line
      if (complete) yield* record(state, state.rest, line)
      else tornLine = Option.some({ line, length: state.rest.length })
    }
    yield* flush(state)
    if (!state.headerSeen) return yield* new ImportRejected({ line: 1, reason: "the file is empty: no export header" })
    // Rows were checked line by line, and the database's own structure is not the file's. A terminal
    // run without its terminal event is reported by verify but is no broken store (a run completed
    // by casStatus alone has none): an export of any store imports.
    const report = yield* verify(ctx, { maxFindings: 100, rows: false, integrity: false, terminalEvents: false })
    const first = report.findings[0]
    if (first !== undefined) {
      const more = report.findings.length - 1
      return yield* new ImportRejected({
        line: lineOf(state, first),
        reason: `${first.check}: ${first.detail}${first.runId === "" ? "" : ` (run ${JSON.stringify(first.runId)} of ${first.scope})`}${
          more === 0 ? "" : ` and ${more}${more === 99 ? " or more" : ""} other problem${more === 1 ? "" : "s"}`
        }${Option.isSome(tornLine) ? ` — after dropping the torn last line ${tornLine.value.line}` : ""}`
      })
    }
    return { records: state.counts, total: state.total, lines: state.line, tornLine } satisfies ImportReport
  })
  return refail("SqlAdmin.import")(sql.withTransaction(run))
}
