/**
 * Output: aligned text tables for people, JSON for scripts (`--json`), and the JSON form of every
 * record (dates as ISO strings, scopes as objects — the records' own Schema encodings).
 *
 * @since 0.1.0
 */
import { Event, Lease, Recovery, Run, Snapshot, Spec, StepLedger, StepOutput, TenantScope, Timer } from "@runledger/core"
import { Console, Effect, Schema } from "effect"

/**
 * An aligned table: a header row, a rule, the rows. Cells are single-line (newlines shown as ⏎)
 * and cut to `maxCell` characters.
 *
 * @since 0.1.0
 */
export const table = (
  headers: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  options: { readonly maxCell?: number } = {}
): string => {
  const max = options.maxCell ?? 60
  const clean = (cell: string) => {
    const one = cell.replace(/\r?\n/g, "⏎")
    return one.length > max ? one.slice(0, max - 1) + "…" : one
  }
  const body = rows.map((row) => row.map(clean))
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)))
  const line = (cells: ReadonlyArray<string>) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ").trimEnd()
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n")
}

/**
 * `key: value` lines, keys aligned.
 *
 * @since 0.1.0
 */
export const fields = (entries: ReadonlyArray<readonly [string, string]>): string => {
  const width = Math.max(...entries.map(([k]) => k.length))
  return entries.map(([k, v]) => `${(k + ":").padEnd(width + 1)} ${v}`).join("\n")
}

/** Print a value as JSON (2-space indented). @since 0.1.0 */
export const json = (value: unknown): Effect.Effect<void> => Console.log(JSON.stringify(value, null, 2))

/** Print text. @since 0.1.0 */
export const text = (value: string): Effect.Effect<void> => Console.log(value)

/**
 * Print a note for people on stderr (a repaired line, "no events yet"): never part of what a script
 * reads from stdout.
 *
 * @since 0.1.0
 */
export const note = (value: string): Effect.Effect<void> =>
  Effect.sync(() => {
    process.stderr.write(`${value}\n`)
  })

/** A date for tables: ISO without milliseconds when they are zero. @since 0.1.0 */
export const when = (date: Date | undefined): string =>
  date === undefined ? "" : date.toISOString().replace(".000Z", "Z")

/** A JSON value on one line. @since 0.1.0 */
export const compact = (value: unknown): string => (value === undefined ? "" : JSON.stringify(value))

/** `org/workspace[/deployment]`. @since 0.1.0 */
export const scope = (s: TenantScope.Input): string =>
  s.deploymentId === undefined ? `${s.orgId}/${s.workspaceId}` : `${s.orgId}/${s.workspaceId}/${s.deploymentId}`

const unary = <A, I>(schema: Schema.Schema<A, I>): (a: A) => I => {
  const encode = Schema.encodeSync(schema)
  return (a) => encode(a)
}

/** The JSON forms of the records. @since 0.1.0 */
export const encode: {
  readonly run: (a: Run.Run) => typeof Run.Run.Encoded
  readonly step: (a: StepLedger.StepEntry) => typeof StepLedger.StepEntry.Encoded
  readonly failure: (a: StepLedger.FailureEntry) => typeof StepLedger.FailureEntry.Encoded
  readonly output: (a: StepOutput.StepOutput) => typeof StepOutput.StepOutput.Encoded
  readonly event: (a: Event.Event) => typeof Event.Event.Encoded
  readonly snapshot: (a: Snapshot.Snapshot) => typeof Snapshot.Snapshot.Encoded
  readonly spec: (a: Spec.SpecRevision) => typeof Spec.SpecRevision.Encoded
  readonly timer: (a: Timer.Timer) => typeof Timer.Timer.Encoded
  readonly lease: (a: Lease.Lease) => typeof Lease.Lease.Encoded
  readonly sweep: (a: Recovery.SweepReport) => typeof Recovery.SweepReport.Encoded
} = {
  run: unary(Run.Run),
  step: unary(StepLedger.StepEntry),
  failure: unary(StepLedger.FailureEntry),
  output: unary(StepOutput.StepOutput),
  event: unary(Event.Event),
  snapshot: unary(Snapshot.Snapshot),
  spec: unary(Spec.SpecRevision),
  timer: unary(Timer.Timer),
  lease: unary(Lease.Lease),
  sweep: unary(Recovery.SweepReport)
}
