import type { TenantScope, TimerStore } from "@runledger/core"
import { Errors, Timer } from "@runledger/core"
import { Effect, Option } from "effect"
import { enc, millis } from "./codec.js"
import type { Ctx } from "./context.js"
import { inRun, inScope, querying, writing } from "./context.js"
import { decodeRow } from "./errors.js"
import { timerFromRow, timerRow } from "./rows.js"

type Scope = TenantScope.TenantScope

/** The timer-store backend over SQL, applying the `Timer` reducers. */
export const makeTimerBackend = (ctx: Ctx): TimerStore.Backend => {
  const { sql, t } = ctx

  const load = (operation: string, scope: Scope, runId: string, timerId: string, lock: boolean) =>
    Effect.flatMap(
      sql`SELECT * FROM ${t.timers} WHERE ${inRun(ctx, scope, runId)} AND timer_id = ${enc(timerId)}
        ${lock ? ctx.forUpdate : sql``}`,
      (rows) =>
        rows[0] === undefined
          ? Effect.succeed(undefined)
          : decodeRow(operation, "Timer", timerId, () => timerFromRow(rows[0]!))
    )

  /** Decide on one existing timer in a write transaction; an unknown one is `NotFound`. */
  const onTimer = (
    operation: string,
    scope: Scope,
    runId: string,
    timerId: string,
    decide: (timer: Timer.Timer) => Option.Option<Timer.Timer>
  ) =>
    writing(ctx, operation, { entity: "Timer", id: timerId })(
      Effect.gen(function*() {
        const timer = yield* load(operation, scope, runId, timerId, true)
        if (timer === undefined) return yield* Effect.fail(new Errors.NotFound({ entity: "Timer", id: timerId }))
        const next = decide(timer)
        if (Option.isNone(next)) return false
        const row = timerRow(next.value)
        yield* sql`UPDATE ${t.timers} SET status = ${row.status}, fired_at = ${row.fired_at}, canceled_at = ${row.canceled_at}
          WHERE ${inRun(ctx, scope, runId)} AND timer_id = ${row.timer_id} AND status = ${timer.status}`
        return true
      })
    )

  return {
    schedule: (scope, runId, timerId, fireAt, now) =>
      writing(ctx, "TimerStore.schedule", { entity: "Timer", id: timerId })(
        Effect.gen(function*() {
          const existing = yield* load("TimerStore.schedule", scope, runId, timerId, true)
          const result = Timer.schedule(existing, { scope, runId, timerId, fireAt }, now)
          if (!result.scheduled) return result
          // The insert names its conflict target: a timer scheduled concurrently (Postgres does not
          // lock a row that does not exist yet) is found, and returned as stored.
          const inserted = yield* sql`INSERT INTO ${t.timers} ${sql.insert(timerRow(result.timer))}
            ON CONFLICT (org_id, workspace_id, deployment_id, run_id, timer_id) DO NOTHING RETURNING timer_id`
          if (inserted.length > 0) return result
          const stored = yield* load("TimerStore.schedule", scope, runId, timerId, true)
          return Timer.schedule(stored, { scope, runId, timerId, fireAt }, now)
        })
      ),
    due: (scope, asOf, limit) =>
      querying(ctx, scope === undefined ? "TimerStore.dueAcrossScopes" : "TimerStore.due")(
        Effect.flatMap(
          scope === undefined
            ? sql`SELECT * FROM ${t.timers} WHERE status = 'Scheduled' AND fire_at <= ${millis(asOf)}
                ORDER BY fire_at, org_id, workspace_id, deployment_id, run_id, timer_id LIMIT ${limit}`
            : sql`SELECT * FROM ${t.timers} WHERE ${inScope(ctx, scope)} AND status = 'Scheduled' AND fire_at <= ${millis(asOf)}
                ORDER BY fire_at, run_id, timer_id LIMIT ${limit}`,
          (rows) => Effect.forEach(rows, (row) => decodeRow("TimerStore.due", "Timer", String(row.timer_id), () => timerFromRow(row)))
        )
      ),
    claim: (scope, runId, timerId, now) => onTimer("TimerStore.claim", scope, runId, timerId, (timer) => Timer.claim(timer, now)),
    cancel: (scope, runId, timerId, now) => onTimer("TimerStore.cancel", scope, runId, timerId, (timer) => Timer.cancel(timer, now)),
    get: (scope, runId, timerId) =>
      querying(ctx, "TimerStore.get", { entity: "Timer", id: timerId })(
        Effect.map(load("TimerStore.get", scope, runId, timerId, false), Option.fromNullable)
      )
  }
}
