import type { RunTransition } from "@runledger/core"
import { Errors, EventStream, Run as RunModel } from "@runledger/core"
import { Either, HashMap, Option, Ref } from "effect"
import { streamRecord, withRows } from "./events.js"
import { fence, notFound } from "./runs.js"
import type { MemoryState } from "./state.js"
import { lookup, scopedKey, transact } from "./state.js"

/**
 * The atomic status-and-event capability over the shared memory state. The run and its event stream
 * live in the same immutable value, so one `transact` applies the run CAS reducer (`Run.casStatus`)
 * and the stream's append-once reducer (`EventStream.decideAppendOnce`) together — the same
 * reducers, fence and feed bookkeeping the runs and events backends use — and commits both or
 * neither.
 */
export const makeTransitionBackend = (ref: Ref.Ref<MemoryState>): RunTransition.Backend => ({
  casStatusWithEvent: (scope, runId, expected, next, draft, guard, now, options) =>
    transact<
      RunTransition.TransitionResult,
      Errors.NotFound | Errors.Fenced | Errors.HistoryLimit | Errors.EventConflict
    >(ref, (state) => {
      const key = scopedKey(scope, runId)
      const record = lookup(state.runs, key)
      if (record === undefined) return [Either.left(notFound(runId)), undefined]
      const fenced = fence(options)(state, key)
      if (fenced !== undefined) return [Either.left(fenced), undefined]
      const stream = streamRecord(state, key, scope, runId)
      const view = EventStream.view(stream.stream)
      const moved = RunModel.casStatus(record.run, expected, next, now)
      if (Option.isNone(moved)) {
        // Nothing moves; report whether the event is there already (a retry after a lost acknowledgement).
        const known = view.lookup(draft.eventId)
        return [Either.right({ transitioned: false, seq: Option.fromNullable(known?.seq) }), undefined]
      }
      return Either.match(EventStream.decideAppendOnce(view, draft, guard), {
        onLeft: (refused) => [Either.left(refused), undefined],
        onRight: (decision) => {
          if (!decision.result.appended && !decision.result.sameFingerprint) {
            // The status must not move on the strength of an event that says something else.
            return [
              Either.left(
                new Errors.EventConflict({
                  runId,
                  eventIds: [draft.eventId],
                  reason: "the event id is already in the log with different content"
                })
              ),
              undefined
            ]
          }
          const withRun: MemoryState = { ...state, runs: HashMap.set(state.runs, key, { ...record, run: moved.value }) }
          return [
            Either.right({ transitioned: true, seq: Option.some(decision.result.seq) }),
            decision.rows.length === 0 ? withRun : withRows(withRun, key, stream, decision.rows)
          ]
        }
      })
    })
})
