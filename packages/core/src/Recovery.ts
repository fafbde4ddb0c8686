/**
 * The recovery sweep (contract §8): what an orchestrator runs at start-up, and on demand, to find
 * the runs a crash left behind in one scope.
 *
 * - A `ContinuedAsNew` run without its successor (the status was set by a plain `casStatus`, or a
 *   store that is not atomic lost the second write) gets the successor started, with
 *   `RunStore.continueAsNew` — idempotent, since the successor id is deterministic
 *   (`Run.successorRunId`). When that start fails but a re-read shows the successor, another starter
 *   won the race (or the acknowledgement was lost): benign, reported. When it fails and there is no
 *   successor, the sweep fails with that error — the repair did not happen and the caller must know.
 * - A `Running` run whose lease expired (or was released) is reported: its worker is gone, and a
 *   worker must acquire the lease (which fences the old one) to resume it.
 * - Due timers are listed, per run, for the timer service to claim.
 * - An active run pinned to a definition revision that no longer exists is reported: it cannot make
 *   progress, and an operator must cancel or re-pin it rather than leave it a zombie.
 *
 * The sweep is idempotent: two sweeps at once (two workers starting together) start each missing
 * successor once — the store's `continueAsNew` decides, not the sweep — and report the same
 * findings. Its result is a {@link SweepReport}: per run, what it did and what it could not do, and
 * why.
 *
 * @since 0.1.0
 */
import { InputDate } from "./Limits.js"
import { Effect, Option, Schema } from "effect"
import type { AlreadyExists, InvalidInput, NotFound, StoreError } from "./Errors.js"
import { StoreCorrupt } from "./Errors.js"
import { OwnerId, RunId, SpecId, TimerId } from "./Identifiers.js"
import type { Json } from "./Json.js"
import * as Lease from "./Lease.js"
import { LeaseStore } from "./LeaseStore.js"
import { MaxPageSize } from "./Limits.js"
import { decodeInput, now, PageLimit } from "./internal/operation.js"
import * as RunModel from "./Run.js"
import type { Run } from "./Run.js"
import * as RunStatus from "./RunStatus.js"
import { RunStore } from "./RunStore.js"
import { SpecStore } from "./SpecStore.js"
import { TenantScope } from "./TenantScope.js"
import * as Scope from "./TenantScope.js"
import { TimerStore } from "./TimerStore.js"

// ---------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------

/**
 * Done: the run was `ContinuedAsNew` without a successor, and this sweep started it.
 *
 * @since 0.1.0
 */
export class SuccessorStarted extends Schema.TaggedClass<SuccessorStarted>("@runledger/Recovery/SuccessorStarted")(
  "SuccessorStarted",
  { successorRunId: RunId }
) {}

/**
 * Done by someone else: another starter created the missing successor between this sweep's check
 * and its start — `continueAsNew` found it in place, or failed (`cause`) and a re-read shows it in
 * place (another starter won the race with other input, or this sweep's own write landed and its
 * acknowledgement was lost).
 *
 * @since 0.1.0
 */
export class SuccessorFound extends Schema.TaggedClass<SuccessorFound>("@runledger/Recovery/SuccessorFound")(
  "SuccessorFound",
  { successorRunId: RunId, cause: Schema.optional(Schema.String) }
) {}

/**
 * Not done, reported: the run is `Running` but its lease expired (or was released, `releasedAt`) —
 * its worker is gone. A worker must acquire the lease, which fences the old token, to resume it.
 *
 * @since 0.1.0
 */
export class LeaseExpired extends Schema.TaggedClass<LeaseExpired>("@runledger/Recovery/LeaseExpired")(
  "LeaseExpired",
  {
    owner: OwnerId,
    token: Lease.Token,
    expiresAt: Schema.Date,
    releasedAt: Schema.optional(Schema.Date)
  }
) {}

/**
 * Not done, listed: a timer of the run is due. The sweep does not fire it; the timer service
 * claims it (exactly one claimant wins).
 *
 * @since 0.1.0
 */
export class TimerDue extends Schema.TaggedClass<TimerDue>("@runledger/Recovery/TimerDue")("TimerDue", {
  timerId: TimerId,
  fireAt: Schema.Date
}) {}

/**
 * Not done, reported: the run is active but the definition revision it is pinned to no longer
 * exists. It cannot make progress; an operator must cancel it or pin it to an existing revision.
 *
 * @since 0.1.0
 */
export class SpecRevisionMissing extends Schema.TaggedClass<SpecRevisionMissing>(
  "@runledger/Recovery/SpecRevisionMissing"
)("SpecRevisionMissing", {
  specId: SpecId,
  revision: Schema.Int.pipe(Schema.positive())
}) {}

/**
 * One thing the sweep did or found about a run.
 *
 * @since 0.1.0
 */
export const Finding = Schema.Union(SuccessorStarted, SuccessorFound, LeaseExpired, TimerDue, SpecRevisionMissing)
/** @since 0.1.0 */
export type Finding = typeof Finding.Type

/**
 * Whether the sweep itself repaired something (`SuccessorStarted`), found it repaired by someone
 * else (`SuccessorFound`), or could only report it (everything else — the reason is in
 * {@link explain}).
 *
 * @since 0.1.0
 */
export const outcomeOf = (finding: Finding): "repaired" | "already-repaired" | "reported" =>
  finding._tag === "SuccessorStarted" ? "repaired" : finding._tag === "SuccessorFound" ? "already-repaired" : "reported"

/**
 * The findings about one run. `status` is the run's status as the sweep saw it (none when a timer
 * belongs to a run the run store does not know).
 *
 * @since 0.1.0
 */
export class RunReport extends Schema.Class<RunReport>("@runledger/Recovery/RunReport")({
  runId: RunId,
  status: Schema.optional(RunStatus.RunStatus),
  findings: Schema.Array(Finding)
}) {}

/**
 * What one sweep of a scope did: the runs it has something to say about (in the order it found
 * them: continued runs, then active runs, then runs with due timers) and how much it looked at.
 * `dueTimersTruncated` is true when more timers were due than `timerLimit` allowed listing.
 *
 * @since 0.1.0
 */
export class SweepReport extends Schema.Class<SweepReport>("@runledger/Recovery/SweepReport")({
  scope: TenantScope,
  asOf: Schema.Date,
  runs: Schema.Array(RunReport),
  scanned: Schema.Struct({
    continuedAsNew: Schema.Int,
    active: Schema.Int,
    dueTimers: Schema.Int
  }),
  dueTimersTruncated: Schema.Boolean
}) {}

/**
 * One line saying what a finding means and why the sweep did or did not act on it.
 *
 * @since 0.1.0
 */
export const explain = (finding: Finding): string => {
  switch (finding._tag) {
    case "SuccessorStarted":
      return `started the missing successor ${finding.successorRunId}`
    case "SuccessorFound":
      return finding.cause === undefined
        ? `successor ${finding.successorRunId} was started by another starter meanwhile`
        : `successor ${finding.successorRunId} is in place although starting it failed (${finding.cause}): another starter won the race or the acknowledgement was lost`
    case "LeaseExpired":
      return `could not resume: ${
        finding.releasedAt === undefined
          ? `the lease of "${finding.owner}" (token ${finding.token}) expired at ${finding.expiresAt.toISOString()}`
          : `the lease of "${finding.owner}" (token ${finding.token}) was released at ${finding.releasedAt.toISOString()}`
      } while the run is Running; a worker must acquire the lease to resume it`
    case "TimerDue":
      return `timer "${finding.timerId}" is due since ${finding.fireAt.toISOString()}; left for the timer service to claim`
    case "SpecRevisionMissing":
      return `could not resume: pinned to revision ${finding.revision} of spec "${finding.specId}", which no longer exists; cancel the run or pin it to an existing revision`
  }
}

/**
 * The report as text, one line per finding: `<runId> [<status>]: <explanation>`.
 *
 * @since 0.1.0
 */
export const describe = (report: SweepReport): ReadonlyArray<string> =>
  report.runs.flatMap((run) =>
    run.findings.map((finding) => `${run.runId}${run.status === undefined ? "" : ` [${run.status}]`}: ${explain(finding)}`)
  )

// ---------------------------------------------------------------------------------------------
// The sweep
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link sweep}.
 *
 * @since 0.1.0
 */
export interface SweepOptions {
  /** The time leases and timers are judged at; the Effect clock by default. */
  readonly now?: Date
  /** Runs read per `RunStore.list` page (1 to 1000, default 100). */
  readonly pageSize?: number
  /** The most due timers listed (1 to 999, default 500); `dueTimersTruncated` says when more were due. */
  readonly timerLimit?: number
  /**
   * The input of a successor the sweep starts. The input the lost successor was meant to get is
   * stored nowhere; by default it is the continued run's kernel `state`, which is where an
   * orchestrator keeps what the next run must pick up. Give a function to derive it otherwise.
   */
  readonly successorInput?: (run: Run) => Json
}

/**
 * The errors of {@link sweep}: bad options, a failed start of a missing successor with no
 * successor in place (as `continueAsNew` reported it), and store failures.
 *
 * @since 0.1.0
 */
export type SweepError = NotFound | AlreadyExists | InvalidInput | StoreError

/**
 * The services the sweep reads and writes.
 *
 * @since 0.1.0
 */
export type SweepServices = RunStore | LeaseStore | TimerStore | SpecStore

const Input = Schema.Struct({
  scope: TenantScope,
  options: Schema.Struct({
    now: Schema.optional(InputDate),
    pageSize: Schema.optional(PageLimit),
    timerLimit: Schema.optional(Schema.Int.pipe(Schema.between(1, MaxPageSize - 1))),
    successorInput: Schema.optional(Schema.declare((u): u is (run: Run) => Json => typeof u === "function"))
  })
})
const decode = decodeInput(Input, "Recovery.sweep")

const isSuccessorOf = (candidate: Run, run: Run): boolean =>
  candidate.parentRunId === run.runId && candidate.chainId === run.chainId

/** Per-run findings in first-seen order. */
class Findings {
  private readonly byRun = new Map<string, { status: RunStatus.RunStatus | undefined; findings: Array<Finding> }>()
  add(runId: RunId, status: RunStatus.RunStatus | undefined, finding: Finding) {
    const entry = this.byRun.get(runId)
    if (entry === undefined) this.byRun.set(runId, { status, findings: [finding] })
    else entry.findings.push(finding)
  }
  has(runId: string) {
    return this.byRun.has(runId)
  }
  reports(): ReadonlyArray<RunReport> {
    return Array.from(this.byRun, ([runId, entry]) =>
      new RunReport({
        runId: RunId.make(runId),
        ...(entry.status === undefined ? {} : { status: entry.status }),
        findings: entry.findings
      }))
  }
}

/**
 * Sweep one scope (see the module documentation). Fails only when a missing successor could not
 * be started and is not in place, or a store call fails; everything else is in the report.
 *
 * @since 0.1.0
 */
export const sweep: (
  scope: Scope.Input,
  options?: SweepOptions
) => Effect.Effect<SweepReport, SweepError, SweepServices> = Effect.fn("Recovery.sweep")(
  function*(scope: Scope.Input, options: SweepOptions = {}) {
    const input = yield* decode({ scope, options })
    const s = input.scope
    yield* Effect.annotateCurrentSpan({ "runledger.scope": Scope.format(s) })
    const asOf = input.options.now ?? (yield* now)
    const limit = input.options.pageSize ?? 100
    const successorInput = options.successorInput ?? ((run: Run): Json => run.state)
    const runs = yield* RunStore
    const leases = yield* LeaseStore
    const timers = yield* TimerStore
    const specs = yield* SpecStore
    const findings = new Findings()

    /** Every run of the scope in `statuses`, page after page. */
    const listAll = (statuses: ReadonlyArray<RunStatus.RunStatus>) =>
      Effect.gen(function*() {
        const all: Array<Run> = []
        let cursor: string | undefined
        for (;;) {
          const page = yield* runs.list(s, { status: statuses, limit, ...(cursor === undefined ? {} : { cursor }) })
          all.push(...page.runs)
          if (Option.isNone(page.nextCursor)) return all
          cursor = page.nextCursor.value
        }
      })

    /** The run's successor, when the store holds it. */
    const successorOf = (run: Run) =>
      runs.get(s, RunModel.successorRunId(run.runId)).pipe(
        Effect.map((candidate) => isSuccessorOf(candidate, run) ? Option.some(candidate) : Option.none()),
        Effect.catchTag("NotFound", () => Effect.succeed(Option.none<Run>()))
      )

    // 1. ContinuedAsNew runs without a successor.
    const continued = yield* listAll(["ContinuedAsNew"])
    for (const run of continued) {
      if (Option.isSome(yield* successorOf(run))) continue
      const started = yield* runs.continueAsNew(s, run.runId, successorInput(run)).pipe(
        Effect.map((continuation): Finding =>
          continuation.created
            ? new SuccessorStarted({ successorRunId: continuation.successor.runId })
            : new SuccessorFound({ successorRunId: continuation.successor.runId })
        ),
        // The run is ContinuedAsNew (absorbing) and no token was passed: a store that says otherwise is broken.
        Effect.catchTags({
          InvalidTransition: (error) =>
            Effect.fail(
              new StoreCorrupt({ operation: "Recovery.sweep", entity: "Run", id: run.runId, reason: `listed as ContinuedAsNew, but ${error.message}` })
            ),
          Fenced: (error) =>
            Effect.fail(
              new StoreCorrupt({ operation: "Recovery.sweep", entity: "Run", id: run.runId, reason: `an unfenced write was fenced: ${error.message}` })
            )
        }),
        Effect.catchAll((error) =>
          // A lost race is benign when the successor is there; otherwise the start failed, and so does the sweep.
          successorOf(run).pipe(
            Effect.orElseSucceed(() => Option.none<Run>()),
            Effect.flatMap(Option.match({
              onNone: () => Effect.fail(error),
              onSome: (successor) =>
                Effect.succeed<Finding>(
                  new SuccessorFound({ successorRunId: successor.runId, cause: `${error._tag}: ${error.message}` })
                )
            }))
          )
        )
      )
      findings.add(run.runId, run.status, started)
    }

    // 2. Active runs: Running ones whose lease lapsed, and any pinned to a vanished spec revision.
    const active = yield* listAll(RunStatus.active)
    const revisionExists = new Map<string, boolean>()
    for (const run of active) {
      if (run.status === "Running") {
        const lease = yield* leases.get(s, run.runId)
        if (Option.isSome(lease) && !Lease.isHeld(lease.value, asOf)) {
          const { expiresAt, owner, releasedAt, token } = lease.value
          findings.add(
            run.runId,
            run.status,
            new LeaseExpired({ owner, token, expiresAt, ...(releasedAt === undefined ? {} : { releasedAt }) })
          )
        }
      }
      if (run.spec !== undefined) {
        const key = `${run.spec.specId}\u0000${run.spec.revision}`
        let exists = revisionExists.get(key)
        if (exists === undefined) {
          exists = yield* specs.hasRevision(s, run.spec.specId, run.spec.revision)
          revisionExists.set(key, exists)
        }
        if (!exists) {
          findings.add(run.runId, run.status, new SpecRevisionMissing({ specId: run.spec.specId, revision: run.spec.revision }))
        }
      }
    }

    // 3. Due timers, per run. One more than the limit tells whether the list was cut short.
    const timerLimit = input.options.timerLimit ?? 500
    const due = yield* timers.due(s, asOf, { limit: timerLimit + 1 })
    const listed = due.slice(0, timerLimit)
    const statusOf = new Map<string, RunStatus.RunStatus>([...continued, ...active].map((run) => [run.runId, run.status]))
    for (const timer of listed) {
      let status = statusOf.get(timer.runId)
      if (status === undefined && !findings.has(timer.runId)) {
        status = yield* runs.get(s, timer.runId).pipe(
          Effect.map((run) => run.status as RunStatus.RunStatus | undefined),
          Effect.catchTag("NotFound", () => Effect.succeed(undefined))
        )
        if (status !== undefined) statusOf.set(timer.runId, status)
      }
      findings.add(timer.runId, status, new TimerDue({ timerId: timer.timerId, fireAt: timer.fireAt }))
    }

    return new SweepReport({
      scope: s,
      asOf,
      runs: findings.reports(),
      scanned: { continuedAsNew: continued.length, active: active.length, dueTimers: listed.length },
      dueTimersTruncated: due.length > timerLimit
    })
  }
)
