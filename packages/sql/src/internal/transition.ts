import type { RunTransition } from "@runledger/core"
import { Errors, EventStream, Run as RunModel } from "@runledger/core"
import { Either, Option } from "effect"
import type { Ctx } from "./context.js"
import { writingPrepared } from "./context.js"
import { loadStream, lookupIds, storeRows, viewOf } from "./events.js"
import { checkFence } from "./fence.js"
import { requireRun, updateRun } from "./runs.js"
import { fail } from "./script.js"
import { runKey } from "./statements.js"
import { script } from "./tx.js"

const operation = "RunTransition.casStatusWithEvent"

/** The status change and its event, decided in one write transaction (see `makeTransitionBackend`). */
function* transitionScript(
  ctx: Ctx,
  ...[scope, runId, expected, next, draft, guard, now, options]: Parameters<RunTransition.Backend["casStatusWithEvent"]>
) {
  const key = runKey(scope, runId)
  const loaded = yield* requireRun(ctx, operation, key, runId, true)
  yield* checkFence(ctx, operation, key, runId, options?.fencingToken)
  const stream = yield* loadStream(ctx, operation, key, runId, true)
  const index = yield* lookupIds(ctx, operation, key, stream, [draft.eventId])
  const view = viewOf(scope, runId, stream, index)
  const moved = RunModel.casStatus(loaded.run, expected, next, now)
  if (Option.isNone(moved)) {
    // Nothing moves; say whether the event is there already (a retry after a lost acknowledgement).
    return { transitioned: false, seq: Option.fromNullable(view.lookup(draft.eventId)?.seq) }
  }
  const decided = EventStream.decideAppendOnce(view, draft, guard)
  if (Either.isLeft(decided)) return yield* fail(decided.left)
  const decision = decided.right
  if (!decision.result.appended && !decision.result.sameFingerprint) {
    // The status must not move on the strength of an event that says something else.
    return yield* fail(
      new Errors.EventConflict({
        runId,
        eventIds: [draft.eventId],
        reason: "the event id is already in the log with different content"
      })
    )
  }
  yield* updateRun(ctx, key, loaded, moved.value)
  yield* storeRows(ctx, operation, key, stream, decision.rows)
  return { transitioned: true, seq: Option.some(decision.result.seq) }
}

/**
 * The atomic status-and-event capability over SQL: the run CAS (`Run.casStatus`) and the stream's
 * append-once decision (`EventStream.decideAppendOnce`) in one write transaction — the same
 * reducers, fence and counter bookkeeping the runs and events backends use — so both commit or
 * neither does.
 */
export const makeTransitionBackend = (ctx: Ctx): RunTransition.Backend => ({
  casStatusWithEvent: (...args) =>
    writingPrepared(ctx, operation, { entity: "Run", id: args[1] })(script(() => transitionScript(ctx, ...args)))
})
