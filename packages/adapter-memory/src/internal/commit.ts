import type { RunCommit } from "@runledger/core"
import { EventStream, RunCommit as Commit, StepLedger } from "@runledger/core"
import { Either, HashMap, HashSet } from "effect"
import type { Ref } from "effect"
import { streamRecord, withRows } from "./events.js"
import { notFound } from "./runs.js"
import type { MemoryState } from "./state.js"
import { lookup, scopedKey, transact } from "./state.js"
import { timerKey } from "./timers.js"

/**
 * The run-commit capability over the shared memory state: the run, its ledger, outputs, event
 * stream, timers and lease live in one immutable value, so one `transact` decides the commit with
 * `RunCommit.decide` and stores all of it or none of it — through the same stream bookkeeping the
 * events backend uses.
 */
export const makeCommitBackend = (ref: Ref.Ref<MemoryState>): RunCommit.Backend => ({
  commit: (scope, runId, writes, guard, now, options) =>
    transact<RunCommit.Result, RunCommit.CommitError>(ref, (state) => {
      const key = scopedKey(scope, runId)
      const record = lookup(state.runs, key)
      if (record === undefined) return [Either.left(notFound(runId)), undefined]
      const stream = streamRecord(state, key, scope, runId)
      const decided = Commit.decide(
        {
          run: record.run,
          lease: lookup(state.leases, key),
          output: writes.output === undefined ? undefined : lookup(record.outputs, writes.output.stepId),
          hasStep: (entry) => HashSet.has(record.steps.keys, StepLedger.stepKey(entry)),
          events: EventStream.view(stream.stream),
          hasTimer: (timerId) => HashMap.has(state.timers, timerKey(scope, runId, timerId))
        },
        writes,
        guard,
        now,
        options
      )
      if (Either.isLeft(decided)) return [Either.left(decided.left), undefined]
      const decision = decided.right
      if (decision.result._tag !== "Committed") return [Either.right(decision.result), undefined]
      let steps = record.steps
      for (const entry of decision.steps) steps = StepLedger.append(steps, entry)
      const outputs = decision.output === undefined
        ? record.outputs
        : HashMap.set(record.outputs, decision.output.stepId, decision.output)
      let timers = state.timers
      for (const timer of decision.timers) timers = HashMap.set(timers, timerKey(scope, runId, timer.timerId), timer)
      const next: MemoryState = {
        ...state,
        runs: HashMap.set(state.runs, key, { ...record, run: decision.run ?? record.run, steps, outputs }),
        timers
      }
      return [Either.right(decision.result), decision.rows.length === 0 ? next : withRows(next, key, stream, decision.rows)]
    })
})
