/**
 * Rows to records and back. Decoders throw on a malformed row; callers wrap them with
 * `errors.decodeRow`, so a bad row is reported as `StoreCorrupt`, never dropped.
 */
import type { TenantScope } from "@runledger/core"
import { Errors } from "@runledger/core"
import { Effect } from "effect"
import { corrupt } from "./errors.js"
import { Event, Identifiers, Lease, Run, RunStatus, Spec, StepLedger, StepOutput, Timer } from "@runledger/core"
import type { ScopeColumns } from "./codec.js"
import { date, dec, enc, freeText, fromFreeText, json, jsonText, millis, num, scopeColumns, scopeOf, text } from "./codec.js"
import type { RunKey } from "./statements.js"

type Row = { readonly [column: string]: unknown }

/**
 * Decode every row with `f`, in one loop (a read of 100 events is 100 rows: one Effect per row
 * cost as much as the decoding). The first row that throws is `StoreCorrupt` about its record,
 * exactly as `errors.decodeRow` reports one row.
 */
export const decodeAll = <A>(
  operation: string,
  entity: Errors.Entity,
  rows: ReadonlyArray<Row>,
  idOf: (row: Row) => string,
  f: (row: Row) => A
): ReadonlyArray<A> | Errors.StoreCorrupt => {
  const out: Array<A> = new Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    try {
      out[i] = f(row)
    } catch (cause) {
      return corrupt(operation, entity, idOf(row), cause)
    }
  }
  return out
}

/** {@link decodeAll} as an Effect that fails with the `StoreCorrupt`. */
export const decodeRows = <A>(
  operation: string,
  entity: Errors.Entity,
  rows: ReadonlyArray<Row>,
  idOf: (row: Row) => string,
  f: (row: Row) => A
): Effect.Effect<ReadonlyArray<A>, Errors.StoreCorrupt> =>
  Effect.suspend(() => {
    const out = decodeAll(operation, entity, rows, idOf, f)
    return Array.isArray(out) ? Effect.succeed(out) : Effect.fail(out as Errors.StoreCorrupt)
  })

// Records are built with the Schema classes' validation off (it dominated read time): every column
// is checked here instead, so a row that is not a valid record still fails — as `StoreCorrupt`.
const Unchecked = true

/** An id, checked against the id rule. */
const checked = (s: string): string => {
  const problem = Identifiers.idProblem(s)
  if (problem !== undefined) throw new Error(`not an id (${problem}): ${JSON.stringify(s)}`)
  return s
}

/** An id column, checked against the id rule. */
const id = (u: unknown): string => checked(text(u))

/**
 * An id column stored sortable (`codec.enc`), decoded before it is checked: the stored form of an
 * astral character is two characters, so checking it would count a valid id of 129–256 of them as
 * too long.
 */
const sortableId = (u: unknown): string => checked(dec(text(u)))

const oneOf = <A extends string>(allowed: ReadonlyArray<A>, u: unknown): A => {
  const s = text(u)
  if (!(allowed as ReadonlyArray<string>).includes(s)) throw new Error(`not one of ${allowed.join(", ")}: ${JSON.stringify(s)}`)
  return s as A
}

const stepKinds = StepLedger.StepKind.literals
const timerStatuses = Timer.TimerStatus.literals

const positive = (u: unknown): number => {
  const n = num(u)
  if (n < 1) throw new Error(`not positive: ${n}`)
  return n
}

const optional = <A>(u: unknown, f: (u: unknown) => A): A | undefined => (u === null || u === undefined ? undefined : f(u))

// ---------------------------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------------------------

/** The columns of a run. */
export const runRow = (run: Run.Run) => ({
  ...scopeColumns(run.scope),
  run_id: enc(run.runId),
  flow_id: run.flowId as string,
  status: run.status as string,
  version: run.version,
  input: jsonText(run.input),
  state: jsonText(run.state),
  created_at: millis(run.createdAt),
  updated_at: millis(run.updatedAt),
  completed_at: run.completedAt === undefined ? null : millis(run.completedAt),
  chain_id: run.chainId as string,
  parent_run_id: run.parentRunId === undefined ? null : (run.parentRunId as string),
  spec_id: run.spec === undefined ? null : (run.spec.specId as string),
  spec_revision: run.spec === undefined ? null : run.spec.revision
})

/** The run of a row. */
export const runFromRow = (row: Row): Run.Run => {
  const completedAt = optional(row.completed_at, date)
  const parentRunId = optional(row.parent_run_id, id)
  const specId = optional(row.spec_id, id)
  return Run.Run.make({
    runId: sortableId(row.run_id) as Run.Run["runId"],
    scope: scopeOf(row as unknown as ScopeColumns),
    flowId: id(row.flow_id) as Run.Run["flowId"],
    status: oneOf(RunStatus.all, row.status),
    version: positive(row.version),
    input: json(row.input),
    state: json(row.state),
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
    ...(completedAt === undefined ? {} : { completedAt }),
    chainId: id(row.chain_id) as Run.Run["chainId"],
    ...(parentRunId === undefined ? {} : { parentRunId: parentRunId as Run.Run["runId"] }),
    ...(specId === undefined
      ? {}
      : { spec: Run.SpecRef.make({ specId: specId as Run.SpecRef["specId"], revision: positive(row.spec_revision) }, Unchecked) })
  }, Unchecked)
}

// ---------------------------------------------------------------------------------------------
// Ledgers, outputs, globals
// ---------------------------------------------------------------------------------------------

/** The step entry of a row. */
export const stepFromRow = (row: Row): StepLedger.StepEntry => {
  const detail = optional(row.detail, json)
  return StepLedger.StepEntry.make({
    stepId: id(row.step_id) as StepLedger.StepEntry["stepId"],
    kind: oneOf(stepKinds, row.kind),
    attempt: num(row.attempt),
    at: date(row.at),
    ...(detail === undefined ? {} : { detail })
  }, Unchecked)
}

/** The detail column of a step entry. */
export const stepDetail = (entry: StepLedger.StepEntry): string | null =>
  entry.detail === undefined ? null : jsonText(entry.detail)

/** The failure entry of a row. */
export const failureFromRow = (row: Row): StepLedger.FailureEntry =>
  StepLedger.FailureEntry.make({
    stepId: id(row.step_id) as StepLedger.FailureEntry["stepId"],
    reason: fromFreeText(row.reason),
    at: date(row.at)
  }, Unchecked)

/** The reason column of a failure entry. */
export const failureReason = (entry: StepLedger.FailureEntry): string => freeText(entry.reason)

/** The output of a row. */
export const outputFromRow = (row: Row): StepOutput.StepOutput =>
  StepOutput.StepOutput.make({
    stepId: sortableId(row.step_id) as StepOutput.StepOutput["stepId"],
    value: json(row.value),
    fingerprint: text(row.fingerprint),
    writtenAt: date(row.written_at)
  }, Unchecked)

/** The global value of a row. */
export const globalFromRow = (row: Row): StepOutput.GlobalValue =>
  StepOutput.GlobalValue.make({
    key: id(row.key) as StepOutput.GlobalValue["key"],
    value: json(row.value),
    fingerprint: text(row.fingerprint),
    updatedAt: date(row.updated_at)
  }, Unchecked)

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

/** The columns of an event row (the feed position is generated). */
export const eventRow = (row: { readonly event: Event.Event; readonly fingerprint: string; readonly bytes: number }) => ({
  ...scopeColumns(row.event.scope),
  run_id: enc(row.event.runId),
  seq: row.event.seq,
  event_id: row.event.eventId as string,
  type: row.event.type,
  occurred_at: millis(row.event.occurredAt),
  payload: jsonText(row.event.payload),
  causation_id: row.event.causationId ?? null,
  correlation_id: row.event.correlationId ?? null,
  actor: row.event.actor ?? null,
  schema_version: row.event.schemaVersion,
  fingerprint: row.fingerprint,
  bytes: row.bytes
})

/**
 * The values of the rows of `stream` (the stream whose key is `key`), row after row in
 * `statements.eventColumns` order, for a multi-row INSERT.
 */
export const eventValues = (
  key: RunKey,
  rows: ReadonlyArray<{ readonly event: Event.Event; readonly fingerprint: string; readonly bytes: number }>
): ReadonlyArray<unknown> => {
  const values = new Array<unknown>(rows.length * 15)
  let i = 0
  for (const row of rows) {
    const e = row.event
    values[i++] = key[0]
    values[i++] = key[1]
    values[i++] = key[2]
    values[i++] = key[3]
    values[i++] = e.seq
    values[i++] = e.eventId
    values[i++] = e.type
    values[i++] = e.occurredAt.getTime()
    values[i++] = jsonText(e.payload)
    values[i++] = e.causationId ?? null
    values[i++] = e.correlationId ?? null
    values[i++] = e.actor ?? null
    values[i++] = e.schemaVersion
    values[i++] = row.fingerprint
    values[i++] = row.bytes
  }
  return values
}

/**
 * The fields of an event row that any event row has, on `event` (built like `Event.Event.make(props,
 * true)` builds it: an `Event` whose own properties are the fields, without the constructor's copy
 * and default merging).
 */
const eventFields = (event: Record<string, unknown>, row: Row): Event.Event => {
  event.seq = positive(row.seq)
  event.type = id(row.type)
  event.occurredAt = date(row.occurred_at)
  event.payload = json(row.payload)
  if (row.causation_id !== null && row.causation_id !== undefined) event.causationId = id(row.causation_id)
  if (row.correlation_id !== null && row.correlation_id !== undefined) event.correlationId = id(row.correlation_id)
  if (row.actor !== null && row.actor !== undefined) event.actor = id(row.actor)
  event.schemaVersion = positive(row.schema_version)
  return event as unknown as Event.Event
}

/** The event of a row (the hottest decoder: a poll builds 100 at a time). */
export const eventFromRow = (row: Row): Event.Event => {
  const event: Record<string, unknown> = Object.create(Event.Event.prototype)
  event.eventId = id(row.event_id)
  event.runId = sortableId(row.run_id)
  event.scope = scopeOf(row as unknown as ScopeColumns)
  return eventFields(event, row)
}

/**
 * The event of a row read from one stream — the run `runId` of `scope`, whose key is `key` — which
 * the row's key columns must match: its run and scope are the decoded ones of the read (a read of
 * 100 events decodes them once, not 100 times).
 */
export const eventOfStream = (row: Row, key: RunKey, scope: TenantScope.TenantScope, runId: string): Event.Event => {
  if (row.run_id !== key[3] || row.org_id !== key[0] || row.workspace_id !== key[1] || row.deployment_id !== key[2]) {
    throw new Error(`an event row of another stream: ${JSON.stringify([row.org_id, row.workspace_id, row.deployment_id, row.run_id])}`)
  }
  const event: Record<string, unknown> = Object.create(Event.Event.prototype)
  event.eventId = id(row.event_id)
  event.runId = runId
  event.scope = scope
  return eventFields(event, row)
}

// ---------------------------------------------------------------------------------------------
// Specs, timers, leases
// ---------------------------------------------------------------------------------------------

/** The spec revision of a row. */
export const specRevisionFromRow = (row: Row): Spec.SpecRevision =>
  Spec.SpecRevision.make({
    scope: scopeOf(row as unknown as ScopeColumns),
    specId: sortableId(row.spec_id) as Spec.SpecRevision["specId"],
    revision: positive(row.revision),
    definition: json(row.definition),
    contentHash: text(row.content_hash),
    createdAt: date(row.created_at)
  }, Unchecked)

/** The columns of a timer. */
export const timerRow = (timer: Timer.Timer) => ({
  ...scopeColumns(timer.scope),
  run_id: enc(timer.runId),
  timer_id: enc(timer.timerId),
  fire_at: millis(timer.fireAt),
  status: timer.status as string,
  scheduled_at: millis(timer.scheduledAt),
  fired_at: timer.firedAt === undefined ? null : millis(timer.firedAt),
  canceled_at: timer.canceledAt === undefined ? null : millis(timer.canceledAt)
})

/** The timer of a row. */
export const timerFromRow = (row: Row): Timer.Timer => {
  const firedAt = optional(row.fired_at, date)
  const canceledAt = optional(row.canceled_at, date)
  return Timer.Timer.make({
    scope: scopeOf(row as unknown as ScopeColumns),
    runId: sortableId(row.run_id) as Timer.Timer["runId"],
    timerId: sortableId(row.timer_id) as Timer.Timer["timerId"],
    fireAt: date(row.fire_at),
    status: oneOf(timerStatuses, row.status),
    scheduledAt: date(row.scheduled_at),
    ...(firedAt === undefined ? {} : { firedAt }),
    ...(canceledAt === undefined ? {} : { canceledAt })
  }, Unchecked)
}

/** The columns of a lease. */
export const leaseRow = (lease: Lease.Lease) => ({
  ...scopeColumns(lease.scope),
  run_id: enc(lease.runId),
  owner: lease.owner as string,
  token: lease.token,
  acquired_at: millis(lease.acquiredAt),
  expires_at: millis(lease.expiresAt),
  released_at: lease.releasedAt === undefined ? null : millis(lease.releasedAt)
})

/** The lease of a row. */
export const leaseFromRow = (row: Row): Lease.Lease => {
  const releasedAt = optional(row.released_at, date)
  return Lease.Lease.make({
    scope: scopeOf(row as unknown as ScopeColumns),
    runId: sortableId(row.run_id) as Lease.Lease["runId"],
    owner: id(row.owner) as Lease.Lease["owner"],
    token: positive(row.token),
    acquiredAt: date(row.acquired_at),
    expiresAt: date(row.expires_at),
    ...(releasedAt === undefined ? {} : { releasedAt })
  }, Unchecked)
}

