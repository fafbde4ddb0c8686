/**
 * Terminalization (contract §8): end a run — `Completed`, `Failed { reason }` or `Canceled` — and
 * record the matching `FlowCompleted | FlowFailed | FlowCanceled` event, so the run record and its
 * history agree on how it ended.
 *
 * The run moves from `Pending` or `Running` straight to the terminal status in one CAS: a `Pending`
 * run that is canceled never passes through `Running`, which would tell observers (and the lease
 * machinery) that work started. The event id is deterministic (see {@link terminalEventId}), so a
 * retry never records a second terminal event.
 *
 * Two ways to write status and event, chosen by what the store offers:
 *
 * - With `RunTransition` in the context (memory and SQL backends), status and event commit in one
 *   transaction: when the event cannot be appended the status does not move, and the error (typed,
 *   `StoreUnavailable` being retryable) tells the caller to try again.
 * - Without it (the run store and the event log are separate, e.g. `Faults.split` in the testkit),
 *   the status is written first, then the event. When the event append fails after the status
 *   persisted, a line `terminal run status persisted but <Event> append failed: <cause>` goes to the
 *   run's failure ledger under `StepLedger.SystemStepId` and the call fails with
 *   {@link TerminalEventNotRecorded} (retryable); when that ledger write fails too, the error names
 *   both failures.
 *
 * Repair: a call that finds the run already in the terminal status it asks for, with no terminal
 * event in the log, appends the event instead of reporting `Noop` — that is exactly the retry after
 * a `TerminalEventNotRecorded`, and it also records the event for a run made terminal by a plain
 * `casStatus`. It returns `Transitioned` with `repaired: true`. A run in another terminal status is
 * left alone (`Noop`): its end was decided by someone else, whose reason this call does not know.
 *
 * @since 0.1.0
 */
import { Effect, Option, Schema } from "effect"
import type * as EventModel from "./Event.js"
import { EventLog } from "./EventLog.js"
import type { EventConflict, Fenced, HistoryLimit, InvalidInput, NotFound, StoreError } from "./Errors.js"
import { StoreCorrupt, toJSON } from "./Errors.js"
import { EventId, MaxIdLength, RunId } from "./Identifiers.js"
import { sha256 } from "./Json.js"
import type { FenceOptions } from "./Lease.js"
import { FenceOptionsSchema } from "./Lease.js"
import * as Limits from "./Limits.js"
import { decodeInput, fence } from "./internal/operation.js"
import * as RunStatus from "./RunStatus.js"
import { RunStore } from "./RunStore.js"
import { RunTransition } from "./RunTransition.js"
import { SystemStepId } from "./StepLedger.js"
import { TenantScope } from "./TenantScope.js"
import type * as Scope from "./TenantScope.js"

/**
 * The run completed.
 *
 * @since 0.1.0
 */
export const Completed = Schema.TaggedStruct("Completed", {})
/** @since 0.1.0 */
export type Completed = typeof Completed.Type

/**
 * The run failed, for `reason` (kept in the `FlowFailed` event's payload).
 *
 * @since 0.1.0
 */
export const Failed = Schema.TaggedStruct("Failed", {
  reason: Schema.String.pipe(Schema.maxLength(Limits.defaults.maxTextLength))
})
/** @since 0.1.0 */
export type Failed = typeof Failed.Type

/**
 * The run was canceled.
 *
 * @since 0.1.0
 */
export const Canceled = Schema.TaggedStruct("Canceled", {})
/** @since 0.1.0 */
export type Canceled = typeof Canceled.Type

/**
 * How a run ends: what `terminalize` is asked for.
 *
 * @since 0.1.0
 */
export const Outcome = Schema.Union(Completed, Failed, Canceled)
/** @since 0.1.0 */
export type Outcome = typeof Outcome.Type

/**
 * End the run as `Completed`: `terminalize(scope, runId, Terminalize.completed)`.
 *
 * @since 0.1.0
 */
export const completed: Completed = Completed.make({})

/**
 * End the run as `Failed` for `reason` (at most `Limits.defaults.maxTextLength` characters).
 *
 * @since 0.1.0
 */
export const failed = (reason: string): Failed => Failed.make({ reason })

/**
 * End the run as `Canceled`.
 *
 * @since 0.1.0
 */
export const canceled: Canceled = Canceled.make({})

/**
 * The statuses `terminalize` ends a run in.
 *
 * @since 0.1.0
 */
export const TerminalStatus = Schema.Literal("Completed", "Failed", "Canceled")
/** @since 0.1.0 */
export type TerminalStatus = typeof TerminalStatus.Type

/**
 * The event types `terminalize` records.
 *
 * @since 0.1.0
 */
export const TerminalEvent = Schema.Literal("FlowCompleted", "FlowFailed", "FlowCanceled")
/** @since 0.1.0 */
export type TerminalEvent = typeof TerminalEvent.Type

/**
 * The status an outcome ends the run in.
 *
 * @since 0.1.0
 */
export const statusOf = (outcome: Outcome): TerminalStatus => outcome._tag

/**
 * The event type an outcome is recorded as.
 *
 * @since 0.1.0
 */
export const eventOf = (outcome: Outcome): TerminalEvent => `Flow${outcome._tag}`

/**
 * The prefix of every terminal event id.
 *
 * @since 0.1.0
 */
export const TerminalEventIdPrefix = "runledger.terminal:"

/**
 * The id of a run's terminal event: `runledger.terminal:<runId>`, the same for every outcome and
 * every attempt. A run ends once, so one id per run makes every retry (and a racing terminalizer)
 * hit the log's append-once check instead of adding a second terminal event. A run id too long to
 * fit is replaced by its SHA-256, which keeps distinct runs distinct.
 *
 * @since 0.1.0
 */
export const terminalEventId = (runId: string): EventId => {
  const plain = TerminalEventIdPrefix + runId
  return EventId.make(Array.from(plain).length <= MaxIdLength ? plain : TerminalEventIdPrefix + sha256(runId))
}

/**
 * The run moved to its terminal status in this call (`repaired: false`, `seq` is the event's), or
 * it was there already without its terminal event and this call appended the event (`repaired:
 * true`: the retry after `TerminalEventNotRecorded`).
 *
 * @since 0.1.0
 */
export class Transitioned extends Schema.TaggedClass<Transitioned>("@runledger/Terminalize/Transitioned")(
  "Transitioned",
  {
    runId: RunId,
    status: TerminalStatus,
    event: TerminalEvent,
    seq: Schema.Int.pipe(Schema.positive()),
    repaired: Schema.Boolean
  }
) {}

/**
 * Nothing to do: the run was terminal already (`status` says how it ended) and, if it ended the way
 * this call asked, its terminal event is in the log.
 *
 * @since 0.1.0
 */
export class Noop extends Schema.TaggedClass<Noop>("@runledger/Terminalize/Noop")("Noop", {
  runId: RunId,
  status: RunStatus.RunStatus
}) {}

/**
 * What `terminalize` did.
 *
 * @since 0.1.0
 */
export type Result = Transitioned | Noop

/**
 * The terminal status persisted but its event did not (only without `RunTransition`, where the two
 * are separate writes). `cause` is why the append failed; the failure ledger holds a line saying so
 * under `StepLedger.SystemStepId` — unless `ledgerCause` is set, which is why that write failed too.
 * Retryable: calling `terminalize` again with the same outcome appends the missing event.
 *
 * @since 0.1.0
 */
export class TerminalEventNotRecorded extends Schema.TaggedError<TerminalEventNotRecorded>(
  "@runledger/TerminalEventNotRecorded"
)("TerminalEventNotRecorded", {
  runId: Schema.String,
  status: TerminalStatus,
  event: TerminalEvent,
  cause: Schema.String,
  ledgerCause: Schema.optional(Schema.String)
}) {
  /** Always true: a retry appends the missing event. */
  readonly retryable = true
  override get message(): string {
    const what = `run "${this.runId}": ${ledgerReason(this.event, this.cause)}`
    return this.ledgerCause === undefined
      ? `${what} (recorded in the failure ledger)`
      : `${what}; recording that in the failure ledger failed too: ${this.ledgerCause}`
  }

  override toJSON(): Record<string, unknown> {
    return toJSON(this)
  }
}

/**
 * The errors of `terminalize`. Without `RunTransition`, every failure of the event append after the
 * status persisted becomes `TerminalEventNotRecorded`; with it, `HistoryLimit` and `EventConflict`
 * come from the atomic commit, which left the status unchanged.
 *
 * @since 0.1.0
 */
export type TerminalizeError =
  | TerminalEventNotRecorded
  | NotFound
  | Fenced
  | HistoryLimit
  | EventConflict
  | InvalidInput
  | StoreError

// The most characters of a cause copied into the failure ledger: the reason must stay well inside
// the store's free-text limit whatever the underlying error says.
const MaxCauseLength = 2000

const describeError = (error: unknown): string => {
  const text = typeof error === "object" && error !== null && "_tag" in error && "message" in error
    ? `${String(error._tag)}: ${String(error.message)}`
    : String(error)
  return text.length <= MaxCauseLength ? text : `${text.slice(0, MaxCauseLength)}…`
}

/**
 * The failure-ledger reason for a terminal event whose append failed after the status persisted.
 *
 * @since 0.1.0
 */
export const ledgerReason = (event: TerminalEvent, cause: string): string =>
  `terminal run status persisted but ${event} append failed: ${cause}`

const Input = Schema.Struct({
  scope: TenantScope,
  runId: RunId,
  outcome: Outcome,
  options: Schema.optional(FenceOptionsSchema)
})
const decode = decodeInput(Input, "Terminalize.terminalize")

// Pending or Running: the statuses a run is terminalized from, in one CAS.
const from = RunStatus.active

/**
 * End the run with `outcome` (see the module documentation): `Transitioned` when this call moved it
 * (or repaired its missing terminal event), `Noop` when it was terminal already. With
 * `fencingToken`, every write is fenced by the caller's lease.
 *
 * @since 0.1.0
 */
export const terminalize: (
  scope: Scope.Input,
  runId: string,
  outcome: Outcome,
  options?: FenceOptions
) => Effect.Effect<Result, TerminalizeError, RunStore | EventLog> = Effect.fn("Terminalize.terminalize")(
  function*(scope: Scope.Input, runId: string, outcome: Outcome, options?: FenceOptions) {
    yield* Effect.annotateCurrentSpan({ "runledger.run_id": runId, "runledger.outcome": outcome._tag })
    const input = yield* decode({ scope, runId, outcome, options })
    const fenceOptions = fence(input.options)
    const status = statusOf(input.outcome)
    const event = eventOf(input.outcome)
    const eventId = terminalEventId(input.runId)
    const newEvent: typeof EventModel.NewEvent.Encoded = {
      eventId,
      type: event,
      payload: input.outcome._tag === "Failed" ? { status, reason: input.outcome.reason } : { status }
    }
    const runs = yield* RunStore
    const events = yield* EventLog
    const transition = yield* Effect.serviceOption(RunTransition)

    /**
     * Append the terminal event after the status persisted. Any failure is recorded in the failure
     * ledger and surfaces as `TerminalEventNotRecorded`: the caller must learn that the history
     * lags the run record, and a retry repairs it.
     */
    const appendAfterStatus = (repaired: boolean) =>
      events.appendOnce(input.scope, input.runId, newEvent, fenceOptions).pipe(
        Effect.matchEffect({
          onSuccess: (result): Effect.Effect<Result> => {
            if (!result.appended && !result.sameFingerprint) {
              // Another terminalizer recorded this run's end first (say, with another reason); the
              // first terminal event stands.
              return Effect.as(
                Effect.logWarning(`run "${input.runId}": its terminal event was recorded with other content; keeping it`),
                new Transitioned({ runId: input.runId, status, event, seq: result.seq, repaired })
              )
            }
            return Effect.succeed(
              repaired && !result.appended
                ? new Noop({ runId: input.runId, status })
                : new Transitioned({ runId: input.runId, status, event, seq: result.seq, repaired })
            )
          },
          onFailure: (error) => {
            const cause = describeError(error)
            return runs.appendFailure(input.scope, input.runId, { stepId: SystemStepId, reason: ledgerReason(event, cause) }).pipe(
              Effect.matchEffect({
                onSuccess: () => Effect.fail(new TerminalEventNotRecorded({ runId: input.runId, status, event, cause })),
                onFailure: (ledgerError) =>
                  Effect.fail(
                    new TerminalEventNotRecorded({
                      runId: input.runId,
                      status,
                      event,
                      cause,
                      ledgerCause: describeError(ledgerError)
                    })
                  )
              })
            )
          }
        })
      )

    /** The CAS did not apply: the run is terminal already. Repair its event or report `Noop`. */
    const alreadyTerminal = (eventSeq: Option.Option<number>) =>
      Effect.gen(function*() {
        const run = yield* runs.get(input.scope, input.runId)
        if (!RunStatus.isTerminal(run.status)) {
          // Pending and Running can reach every terminal status: a refused CAS from them is a broken store.
          return yield* new StoreCorrupt({
            operation: "Terminalize.terminalize",
            entity: "Run",
            id: input.runId,
            reason: `the store refused ${run.status} -> ${status} although the run is not terminal`
          })
        }
        if (run.status !== status) return new Noop({ runId: input.runId, status: run.status })
        const seq = Option.isSome(eventSeq) ? eventSeq : yield* events.seqOf(input.scope, input.runId, eventId)
        if (Option.isSome(seq)) return new Noop({ runId: input.runId, status: run.status })
        return yield* appendAfterStatus(true)
      })

    if (Option.isSome(transition)) {
      const result = yield* transition.value.casStatusWithEvent(input.scope, input.runId, from, status, newEvent, fenceOptions).pipe(
        Effect.catchTag("InvalidTransition", Effect.die)
      )
      if (result.transitioned && Option.isSome(result.seq)) {
        return new Transitioned({ runId: input.runId, status, event, seq: result.seq.value, repaired: false })
      }
      return yield* alreadyTerminal(result.seq)
    }
    // Split stores: the status first — it is what the orchestrator acts on — then the event.
    const moved = yield* runs.casStatus(input.scope, input.runId, from, status, fenceOptions).pipe(
      Effect.catchTag("InvalidTransition", Effect.die)
    )
    return yield* (moved ? appendAfterStatus(false) : alreadyTerminal(Option.none()))
  }
)
