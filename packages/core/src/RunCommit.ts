/**
 * Everything one step of an orchestrator writes about one run, in one transaction: a capability of
 * backends whose stores share one transaction (the memory and SQL backends).
 *
 * A step of a durable engine writes several records: its write-once output, its step-ledger
 * entries, its events, the timers it sets, sometimes the run's status and state. Written one by one
 * they cost one commit each, and a crash between two of them leaves a step half-recorded. A
 * `RunCommit.commit` writes them together or not at all, fenced by the caller's lease — one commit
 * (one fsync) per step.
 *
 * {@link decide} is the rule, a pure function over what the run holds now; the backends load those
 * records, call it, and write its decision.
 *
 * @since 0.1.0
 */
import { Context, Effect, Either, Option, Schema } from "effect"
import type { EventConflict, Fenced, HistoryLimit, InvalidInput, InvalidTransition, NotFound, StoreError } from "./Errors.js"
import { EventConflict as EventConflictError } from "./Errors.js"
import * as EventModel from "./Event.js"
import * as EventStream from "./EventStream.js"
import { RunId, StepId, TimerId } from "./Identifiers.js"
import type { Json } from "./Json.js"
import * as JsonValue from "./Json.js"
import * as Lease from "./Lease.js"
import { FenceOptionsSchema } from "./Lease.js"
import type { FenceOptions } from "./Lease.js"
import * as Limits from "./Limits.js"
import { InputDate } from "./Limits.js"
import { boundedJson, dateOf, fence, traced } from "./internal/operation.js"
import * as RunModel from "./Run.js"
import type { Run } from "./Run.js"
import { entryOf, StepEntry, StepEntryInput, stepKey } from "./StepLedger.js"
import * as StepOutput from "./StepOutput.js"
import { TenantScope } from "./TenantScope.js"
import type * as Scope from "./TenantScope.js"
import * as Timer from "./Timer.js"

/**
 * The most records of each kind one commit may carry (steps, events, timers).
 *
 * @since 0.1.0
 */
export const MaxRecords = 100

/**
 * What one commit writes, as callers give it. Every part is optional; what is given is written
 * together or not at all:
 *
 * - `state`: a `casState` — applied only if the run is at `expectedVersion`.
 * - `output`: a write-once step output — applied only if the step has none yet.
 * - `steps`: step-ledger entries, each appended unless `(stepId, kind, attempt)` is there already.
 * - `events`: events, each appended once (a known id with the same content is kept as it is).
 * - `timers`: timers, each scheduled unless `(runId, timerId)` exists already (in any status).
 *
 * @since 0.1.0
 */
export interface Writes {
  readonly state?: { readonly expectedVersion: number; readonly patch: typeof RunModel.StatePatch.Encoded }
  readonly output?: { readonly stepId: string; readonly value: Json }
  readonly steps?: ReadonlyArray<typeof StepEntryInput.Encoded>
  readonly events?: ReadonlyArray<typeof EventModel.NewEvent.Encoded>
  readonly timers?: ReadonlyArray<{ readonly timerId: string; readonly fireAt: Date }>
}

/**
 * The commit happened: every given part was applied (parts that were there already — a known
 * event, a present ledger entry, an existing timer — were kept as they are). `run` is the run after
 * the commit, `output` the output written, `seqs` the seq of each given event (its original seq
 * when it was known), `warning` the history guard's warning, if any.
 *
 * @since 0.1.0
 */
export interface Committed {
  readonly _tag: "Committed"
  readonly run: Run
  readonly output: Option.Option<StepOutput.StepOutput>
  readonly seqs: ReadonlyArray<number>
  readonly warning: Option.Option<EventStream.HistoryWarning>
}

/**
 * Nothing was written: `state` was given and the run is no longer at `expectedVersion`. `run` is the
 * run as stored.
 *
 * @since 0.1.0
 */
export interface VersionChanged {
  readonly _tag: "VersionChanged"
  readonly run: Run
}

/**
 * Nothing was written: `output` was given and the step has an output already. `output` is the stored
 * one; `sameFingerprint` tells a retry (the same value) from a step that is not deterministic.
 *
 * @since 0.1.0
 */
export interface OutputExists {
  readonly _tag: "OutputExists"
  readonly output: StepOutput.StepOutput
  readonly sameFingerprint: boolean
}

/**
 * What a commit did.
 *
 * @since 0.1.0
 */
export type Result = Committed | VersionChanged | OutputExists

/**
 * The capability's errors: the run is missing (`NotFound`), a newer lease token exists (`Fenced`),
 * the state patch asks for a status the machine forbids (`InvalidTransition`), the events would take
 * the history past its hard limit (`HistoryLimit`), an event id is in the log with other content or
 * repeats within the commit (`EventConflict`). Each writes nothing.
 *
 * @since 0.1.0
 */
export type CommitError = NotFound | Fenced | InvalidTransition | HistoryLimit | EventConflict

/**
 * The capability's service.
 *
 * @since 0.1.0
 */
export interface Service {
  /**
   * Write `writes` about the run in one transaction, or nothing. With `fencingToken`, `Fenced` (and
   * nothing written) when the run's lease has a newer token. Inputs are decoded as the single-record
   * operations decode them (`RunStore.casState`, `putOutput`, `appendStepIfAbsent`,
   * `EventLog.appendOnce`, `TimerStore.schedule`); a bad one is `InvalidInput` and nothing is written.
   */
  readonly commit: (
    scope: Scope.Input,
    runId: string,
    writes: Writes,
    options?: FenceOptions
  ) => Effect.Effect<Result, CommitError | InvalidInput | StoreError>
}

/**
 * The run-commit capability.
 *
 * @since 0.1.0
 */
export class RunCommit extends Context.Tag("@runledger/RunCommit")<RunCommit, Service>() {}

/**
 * The writes of a commit, decoded, with every default resolved.
 *
 * @since 0.1.0
 */
export interface Decoded {
  readonly state: { readonly expectedVersion: number; readonly patch: RunModel.StatePatch } | undefined
  readonly output: { readonly stepId: StepId; readonly value: Json } | undefined
  readonly steps: ReadonlyArray<StepEntry>
  readonly events: ReadonlyArray<EventModel.Draft>
  readonly timers: ReadonlyArray<{ readonly timerId: TimerId; readonly fireAt: Date }>
}

/**
 * What the run holds now, as far as a commit's decision needs it: the run, its lease, the stored
 * output of the commit's step (when it writes one), and lookups of its ledger entries, events and
 * timers.
 *
 * @since 0.1.0
 */
export interface Current {
  readonly run: Run
  readonly lease: Lease.Lease | undefined
  readonly output: StepOutput.StepOutput | undefined
  readonly hasStep: (entry: StepEntry) => boolean
  readonly events: EventStream.View
  readonly hasTimer: (timerId: TimerId) => boolean
}

/**
 * A decided commit: the result, and what the backend writes — the changed run (when `state` moved
 * it), the new output, the ledger entries, event rows and timers that are not there yet. Nothing at
 * all unless the result is `Committed`.
 *
 * @since 0.1.0
 */
export interface Decision {
  readonly result: Result
  readonly run: Run | undefined
  readonly output: StepOutput.StepOutput | undefined
  readonly steps: ReadonlyArray<StepEntry>
  readonly rows: ReadonlyArray<EventStream.Row>
  readonly timers: ReadonlyArray<Timer.Timer>
}

const nothing = (result: Result): Decision => ({ result, run: undefined, output: undefined, steps: [], rows: [], timers: [] })

/**
 * Decide a commit over what the run holds now (`current`), in this order: the fence (`Fenced`), the
 * state's version (`VersionChanged`) and transition (`InvalidTransition`), the output
 * (`OutputExists`), the events (each append-once: `EventConflict` for a known id with other content
 * or an id given twice, `HistoryLimit` past the hard limit), then the ledger entries and timers that
 * are missing. A declined or refused commit writes nothing.
 *
 * @since 0.1.0
 */
export const decide = (
  current: Current,
  writes: Decoded,
  guard: EventStream.HistoryGuard,
  now: Date,
  options?: FenceOptions
): Either.Either<Decision, Fenced | InvalidTransition | HistoryLimit | EventConflict> => {
  const fenced = Lease.checkFence(current.lease, options?.fencingToken)
  if (fenced !== undefined) return Either.left(fenced)

  let run = current.run
  let changed: Run | undefined
  if (writes.state !== undefined) {
    const moved = RunModel.casState(run, writes.state.expectedVersion, writes.state.patch, now)
    if (Either.isLeft(moved)) return Either.left(moved.left)
    if (Option.isNone(moved.right)) return Either.right(nothing({ _tag: "VersionChanged", run }))
    run = changed = moved.right.value
  }

  let output: StepOutput.StepOutput | undefined
  if (writes.output !== undefined) {
    if (current.output !== undefined) {
      return Either.right(nothing({
        _tag: "OutputExists",
        output: current.output,
        sameFingerprint: current.output.fingerprint === JsonValue.fingerprint(writes.output.value)
      }))
    }
    output = StepOutput.makeOutput(writes.output.stepId, writes.output.value, now)
  }

  const events = decideEvents(current.events, writes.events, guard)
  if (Either.isLeft(events)) return Either.left(events.left)

  const seen = new Set<string>()
  const steps = writes.steps.filter((entry) => {
    const key = stepKey(entry)
    if (seen.has(key) || current.hasStep(entry)) return false
    seen.add(key)
    return true
  })

  const timerIds = new Set<string>()
  const timers: Array<Timer.Timer> = []
  for (const request of writes.timers) {
    if (timerIds.has(request.timerId) || current.hasTimer(request.timerId)) continue
    timerIds.add(request.timerId)
    timers.push(Timer.schedule(undefined, { scope: run.scope, runId: run.runId, ...request }, now).timer)
  }

  return Either.right({
    result: {
      _tag: "Committed",
      run,
      output: Option.fromNullable(output),
      seqs: events.right.seqs,
      warning: events.right.warning
    },
    run: changed,
    output,
    steps,
    rows: events.right.rows,
    timers
  })
}

/**
 * Each event append-once, in order, on a view that grows with the events decided before it: a
 * known id with the same fingerprint keeps its seq, a new one gets the next seq.
 */
const decideEvents = (
  base: EventStream.View,
  drafts: ReadonlyArray<EventModel.Draft>,
  guard: EventStream.HistoryGuard
): Either.Either<
  {
    readonly rows: ReadonlyArray<EventStream.Row>
    readonly seqs: ReadonlyArray<number>
    readonly warning: Option.Option<EventStream.HistoryWarning>
  },
  HistoryLimit | EventConflict
> => {
  const added = new Map<string, EventStream.IndexEntry>()
  const rows: Array<EventStream.Row> = []
  const seqs: Array<number> = []
  let view = base
  let warning = EventStream.warning(guard, base.count, base.bytes)
  for (const draft of drafts) {
    if (added.has(draft.eventId)) {
      return Either.left(
        new EventConflictError({ runId: base.runId, eventIds: [draft.eventId], reason: "the commit repeats an event id" })
      )
    }
    const decided = EventStream.decideAppendOnce(view, draft, guard)
    if (Either.isLeft(decided)) return Either.left(decided.left)
    const { result } = decided.right
    if (!result.appended && !result.sameFingerprint) {
      return Either.left(
        new EventConflictError({
          runId: base.runId,
          eventIds: [draft.eventId],
          reason: "the event id is already in the log with different content"
        })
      )
    }
    seqs.push(result.seq)
    warning = result.warning
    for (const row of decided.right.rows) {
      rows.push(row)
      added.set(row.event.eventId, { seq: row.event.seq, fingerprint: row.fingerprint })
      const previous = view
      view = {
        ...previous,
        lastSeq: row.event.seq,
        count: previous.count + 1,
        bytes: previous.bytes + row.bytes,
        lookup: (eventId) => added.get(eventId) ?? base.lookup(eventId)
      }
    }
  }
  return Either.right({ rows, seqs, warning })
}

/**
 * What a backend implements: over decoded input, in ONE transaction, load what {@link Current}
 * describes, apply {@link decide}, and write its decision — all of it or nothing. `NotFound` when the
 * run is missing in the scope.
 *
 * @since 0.1.0
 */
export interface Backend {
  readonly commit: (
    scope: TenantScope,
    runId: RunId,
    writes: Decoded,
    guard: EventStream.HistoryGuard,
    now: Date,
    options?: FenceOptions
  ) => Effect.Effect<Result, CommitError | StoreError>
}

/**
 * Options of {@link make}: give it the same limits and history guard as the store's other services,
 * so what they refuse is refused here too.
 *
 * @since 0.1.0
 */
export interface Options {
  readonly limits?: Partial<Limits.Limits>
  /** The history size guard; unset fields keep `EventStream.defaultGuard`. */
  readonly history?: Partial<EventStream.HistoryGuard>
}

/**
 * The capability over a backend: decoding (as the single-record operations decode), clock and
 * tracing.
 *
 * @since 0.1.0
 */
export const make = (backend: Backend, options: Options = {}): Service => {
  const limits: Limits.Limits = { ...Limits.defaults, ...options.limits }
  const guard: EventStream.HistoryGuard = { ...EventStream.defaultGuard, ...options.history }
  const JsonInput = boundedJson(limits)
  const StepInput = Schema.Struct({ ...StepEntryInput.fields, detail: Schema.optional(JsonInput) })
  const EventInput = Schema.Struct({ ...EventModel.NewEvent.fields, payload: Schema.optional(JsonInput) })
  const TimerInput = Schema.Struct({ timerId: TimerId, fireAt: InputDate })
  const op = traced(
    "RunCommit.commit",
    Schema.Struct({
      scope: TenantScope,
      runId: RunId,
      writes: Schema.Struct({
        state: Schema.optional(Schema.Struct({
          expectedVersion: Schema.Int.pipe(Schema.positive()),
          patch: Schema.Struct({ ...RunModel.StatePatch.fields, state: Schema.optional(JsonInput) })
        })),
        output: Schema.optional(Schema.Struct({ stepId: StepId, value: JsonInput })),
        steps: Schema.optional(Schema.Array(StepInput).pipe(Schema.maxItems(MaxRecords))),
        events: Schema.optional(Schema.Array(EventInput).pipe(Schema.maxItems(MaxRecords))),
        timers: Schema.optional(Schema.Array(TimerInput).pipe(Schema.maxItems(MaxRecords)))
      }),
      options: Schema.optional(FenceOptionsSchema)
    })
  )
  return {
    commit: (scope, runId, writes, fenceOptions) =>
      op({ scope, runId, writes, options: fenceOptions }, (args, clock) => {
        const at = dateOf(clock)
        const w = args.writes
        const decoded: Decoded = {
          state: w.state === undefined ? undefined : {
            expectedVersion: w.state.expectedVersion,
            patch: stripUndefined(w.state.patch)
          },
          output: w.output,
          steps: (w.steps ?? []).map((entry) => entryOf(entry, at)),
          events: (w.events ?? []).map((event) => EventModel.draft(event, at)),
          timers: w.timers ?? []
        }
        return backend.commit(args.scope, args.runId, decoded, guard, at, fence(args.options))
      })
  }
}

// A decoded patch carries `undefined` for an absent part; `casState` reads "absent" as "keep".
const stripUndefined = (patch: RunModel.StatePatch): RunModel.StatePatch => ({
  ...(patch.status === undefined ? {} : { status: patch.status }),
  ...(patch.state === undefined ? {} : { state: patch.state })
})
