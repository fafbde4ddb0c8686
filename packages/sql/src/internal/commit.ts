import type { RunCommit } from "@runledger/core"
import { Errors, RunCommit as Commit, StepLedger } from "@runledger/core"
import { Either } from "effect"
import { enc, millis } from "./codec.js"
import type { Ctx } from "./context.js"
import { writingPrepared } from "./context.js"
import { decodeOne } from "./errors.js"
import { loadStream, lookupIds, storeRows, viewOf } from "./events.js"
import { checkFence } from "./fence.js"
import { outputFromRow, stepDetail, timerRow } from "./rows.js"
import { requireRun, updateRun } from "./runs.js"
import { fail, query } from "./script.js"
import type { RunKey } from "./statements.js"
import { runKey } from "./statements.js"
import { script } from "./tx.js"

const operation = "RunCommit.commit"

const noStream = { exists: false, lastSeq: 0, count: 0, bytes: 0, compactedThroughSeq: 0 } as const

// The lookups run under the run's lock, so a row left out of an insert means a writer that did not
// take it: the transaction is abandoned and the caller retries.
const concurrent = (reason: string) => new Errors.StoreUnavailable({ operation, reason: `${reason}; retry` })

/** The stored output of `stepId`, if any. */
function* loadOutput(ctx: Ctx, key: RunKey, stepId: string) {
  const rows = yield* query(ctx.st.output, [...key, enc(stepId)])
  if (rows[0] === undefined) return undefined
  const output = decodeOne(operation, "StepOutput", stepId, rows[0], outputFromRow)
  if (output instanceof Errors.StoreCorrupt) return yield* fail(output)
  return output
}

/** The ledger keys (`StepLedger.stepKey`) already stored for `stepIds`. */
function* loadStepKeys(ctx: Ctx, key: RunKey, stepIds: ReadonlyArray<string>) {
  const present = new Set<string>()
  if (stepIds.length === 0) return present
  for (const row of yield* query(ctx.st.stepKeys(stepIds.length), [...key, ...stepIds])) {
    present.add(StepLedger.stepKey({ stepId: String(row.step_id), kind: row.kind as StepLedger.StepKind, attempt: Number(row.attempt) }))
  }
  return present
}

/** The stored timer ids (encoded) among `timerIds` (encoded). */
function* loadTimerIds(ctx: Ctx, key: RunKey, timerIds: ReadonlyArray<string>) {
  const present = new Set<string>()
  if (timerIds.length === 0) return present
  for (const row of yield* query(ctx.st.timerIds(timerIds.length), [...key, ...timerIds])) present.add(String(row.timer_id))
  return present
}

/**
 * The commit in one write transaction: lock the run (and, for events, its stream), check the
 * fence, read what the commit touches, decide with `RunCommit.decide`, and write the decision —
 * through the same run, fence and stream bookkeeping the other backends use.
 */
function* commitScript(ctx: Ctx, ...[scope, runId, writes, guard, now, options]: Parameters<RunCommit.Backend["commit"]>) {
  const key = runKey(scope, runId)
  const loaded = yield* requireRun(ctx, operation, key, runId, true)
  yield* checkFence(ctx, operation, key, runId, options?.fencingToken)
  const output = writes.output === undefined ? undefined : yield* loadOutput(ctx, key, writes.output.stepId)
  const stepKeys = yield* loadStepKeys(ctx, key, [...new Set(writes.steps.map((entry) => entry.stepId as string))])
  const timerIds = yield* loadTimerIds(ctx, key, [...new Set(writes.timers.map((timer) => enc(timer.timerId)))])
  const stream = writes.events.length === 0 ? noStream : yield* loadStream(ctx, operation, key, runId, true)
  const index = writes.events.length === 0
    ? new Map()
    : yield* lookupIds(ctx, operation, key, stream, [...new Set(writes.events.map((e) => e.eventId as string))])

  const decided = Commit.decide(
    {
      run: loaded.run,
      lease: undefined, // fenced above, under the lease row's lock
      output,
      hasStep: (entry) => stepKeys.has(StepLedger.stepKey(entry)),
      events: viewOf(scope, runId, stream, index),
      hasTimer: (timerId) => timerIds.has(enc(timerId))
    },
    writes,
    guard,
    now
  )
  if (Either.isLeft(decided)) return yield* fail(decided.left)
  const decision = decided.right
  if (decision.result._tag !== "Committed") return decision.result

  if (decision.run !== undefined) yield* updateRun(ctx, key, loaded, decision.run)
  if (decision.output !== undefined) {
    const o = decision.output
    const inserted = yield* query(ctx.st.insertOutput, [...key, enc(o.stepId), JSON.stringify(o.value), o.fingerprint, millis(o.writtenAt)])
    if (inserted.length === 0) return yield* fail(concurrent("the step's output was written concurrently"))
  }
  if (decision.steps.length > 0) {
    const values: Array<unknown> = []
    for (const entry of decision.steps) {
      values.push(...key, entry.stepId, entry.kind, entry.attempt, millis(entry.at), stepDetail(entry))
    }
    yield* query(ctx.st.insertSteps(decision.steps.length), values)
  }
  if (decision.rows.length > 0) yield* storeRows(ctx, operation, key, stream, decision.rows)
  if (decision.timers.length > 0) {
    const values: Array<unknown> = []
    for (const timer of decision.timers) {
      const row = timerRow(timer)
      values.push(row.org_id, row.workspace_id, row.deployment_id, row.run_id, row.timer_id, row.fire_at, row.status, row.scheduled_at, row.fired_at, row.canceled_at)
    }
    const inserted = yield* query(ctx.st.insertTimers(decision.timers.length), values)
    if (inserted.length !== decision.timers.length) return yield* fail(concurrent("a timer was scheduled concurrently"))
  }
  return decision.result
}

/**
 * The run-commit capability over SQL: one statement script (see `commitScript`) in one write
 * transaction, run the fastest way the connection allows, like the other hot operations. All of it
 * commits, or none of it.
 */
export const makeCommitBackend = (ctx: Ctx): RunCommit.Backend => ({
  commit: (...args) => writingPrepared(ctx, operation, { entity: "Run", id: args[1] })(script(() => commitScript(ctx, ...args)))
})
