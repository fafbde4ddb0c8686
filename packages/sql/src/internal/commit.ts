import type { RunCommit } from "@runledger/core"
import { Errors, RunCommit as Commit, StepLedger } from "@runledger/core"
import { Effect, Either } from "effect"
import { enc, millis, scopeColumns } from "./codec.js"
import type { Ctx } from "./context.js"
import { inRun, runScriptOn, transactionConnection, writing } from "./context.js"
import { decodeRow } from "./errors.js"
import { loadStream, lookupIds, storeRows, viewOf } from "./events.js"
import { checkFence } from "./fence.js"
import { outputFromRow, stepDetail, timerRow } from "./rows.js"
import { requireRun, updateRun } from "./runs.js"
import { runKey } from "./statements.js"

const operation = "RunCommit.commit"

function* update(...args: Parameters<typeof updateRun>) {
  return yield* updateRun(...args)
}

/**
 * The run-commit capability over SQL: one write transaction that locks the run (and its stream, on
 * Postgres), checks the lease fence, reads what the commit touches — the step's output, its ledger
 * entries, the ids of its events, its timers — decides with `RunCommit.decide`, and writes the
 * decision, through the same run, fence and stream bookkeeping the other backends use. All of it
 * commits, or none of it.
 */
export const makeCommitBackend = (ctx: Ctx): RunCommit.Backend => {
  const { sql, t } = ctx
  return {
    commit: (scope, runId, writes, guard, now, options) =>
      writing(ctx, operation, { entity: "Run", id: runId })(
        Effect.gen(function*() {
          const key = runKey(scope, runId)
          const conn = yield* transactionConnection
          const loaded = yield* runScriptOn(ctx, conn, requireRun(ctx, operation, key, runId, true))
          yield* runScriptOn(ctx, conn, checkFence(ctx, operation, key, runId, options?.fencingToken))

          const stored = writes.output === undefined ? [] : yield* sql`SELECT * FROM ${t.outputs}
            WHERE ${inRun(ctx, scope, runId)} AND step_id = ${enc(writes.output.stepId)}`
          const output = stored[0] === undefined
            ? undefined
            : yield* decodeRow(operation, "StepOutput", writes.output!.stepId, () => outputFromRow(stored[0]!))

          const stepIds = [...new Set(writes.steps.map((entry) => entry.stepId))]
          const presentSteps = new Set<string>()
          if (stepIds.length > 0) {
            const rows = yield* sql<{ readonly step_id: string; readonly kind: string; readonly attempt: number }>`
              SELECT step_id, kind, attempt FROM ${t.steps} WHERE ${inRun(ctx, scope, runId)} AND ${sql.in("step_id", stepIds)}`
            for (const row of rows) {
              presentSteps.add(StepLedger.stepKey({ stepId: row.step_id, kind: row.kind as StepLedger.StepKind, attempt: Number(row.attempt) }))
            }
          }

          const presentTimers = new Set<string>()
          if (writes.timers.length > 0) {
            const rows = yield* sql<{ readonly timer_id: string }>`SELECT timer_id FROM ${t.timers}
              WHERE ${inRun(ctx, scope, runId)} AND ${sql.in("timer_id", writes.timers.map((timer) => enc(timer.timerId)))}`
            for (const row of rows) presentTimers.add(row.timer_id)
          }

          const stream = writes.events.length === 0
            ? undefined
            : yield* runScriptOn(ctx, conn, loadStream(ctx, operation, key, runId, true))
          const index = stream === undefined
            ? new Map()
            : yield* runScriptOn(ctx, conn, lookupIds(ctx, operation, key, stream, [...new Set(writes.events.map((e) => e.eventId))]))
          const events = viewOf(scope, runId, stream ?? { exists: false, lastSeq: 0, count: 0, bytes: 0, compactedThroughSeq: 0 }, index)

          const decided = Commit.decide(
            {
              run: loaded.run,
              lease: undefined, // fenced above, under the lease row's lock
              output,
              hasStep: (entry) => presentSteps.has(StepLedger.stepKey(entry)),
              events,
              hasTimer: (timerId) => presentTimers.has(enc(timerId))
            },
            writes,
            guard,
            now
          )
          if (Either.isLeft(decided)) return yield* Effect.fail(decided.left)
          const decision = decided.right
          if (decision.result._tag !== "Committed") return decision.result

          if (decision.run !== undefined) {
            yield* runScriptOn(ctx, conn, update(ctx, key, loaded, decision.run))
          }
          if (decision.output !== undefined) {
            const inserted = yield* sql`INSERT INTO ${t.outputs} ${
              sql.insert({
                ...scopeColumns(scope),
                run_id: enc(runId),
                step_id: enc(decision.output.stepId),
                value: JSON.stringify(decision.output.value),
                fingerprint: decision.output.fingerprint,
                written_at: millis(decision.output.writtenAt)
              })
            } ON CONFLICT (org_id, workspace_id, deployment_id, run_id, step_id) DO NOTHING RETURNING step_id`
            if (inserted.length === 0) return yield* Effect.fail(concurrent("the step's output was written concurrently"))
          }
          if (decision.steps.length > 0) {
            yield* sql`INSERT INTO ${t.steps} ${
              sql.insert(decision.steps.map((entry) => ({
                ...scopeColumns(scope),
                run_id: enc(runId),
                step_id: entry.stepId,
                kind: entry.kind,
                attempt: entry.attempt,
                at: millis(entry.at),
                detail: stepDetail(entry)
              })))
            }`
          }
          if (decision.rows.length > 0) {
            yield* runScriptOn(ctx, conn, storeRows(ctx, operation, key, stream!, decision.rows))
          }
          if (decision.timers.length > 0) {
            const inserted = yield* sql`INSERT INTO ${t.timers} ${sql.insert(decision.timers.map(timerRow))}
              ON CONFLICT (org_id, workspace_id, deployment_id, run_id, timer_id) DO NOTHING RETURNING timer_id`
            if (inserted.length !== decision.timers.length) {
              return yield* Effect.fail(concurrent("a timer was scheduled concurrently"))
            }
          }
          return decision.result
        })
      )
  }
}

// The lookups ran under the run's lock, so a conflicting row means a writer that did not take it:
// the transaction is abandoned and the caller retries.
const concurrent = (reason: string) => new Errors.StoreUnavailable({ operation, reason: `${reason}; retry` })
