import type { SqlError } from "@effect/sql/SqlError"
import type { RunStore, TenantScope } from "@runledger/core"
import { Errors, Run as RunModel, RunStatus, StepOutput } from "@runledger/core"
import { Effect, Either, Option } from "effect"
import { dec, enc, jsonText, millis, scopeColumns, text } from "./codec.js"
import type { Ctx } from "./context.js"
import { inRun, inScope, querying, writing } from "./context.js"
import { decodeRow } from "./errors.js"
import { checkFence } from "./fence.js"
import { failureFromRow, failureReason, outputFromRow, runFromRow, runRow, stepDetail, stepFromRow } from "./rows.js"
import { runKey } from "./statements.js"

type Scope = TenantScope.TenantScope
type Run = RunModel.Run
type StepId = Parameters<RunStore.Backend["getOutput"]>[2]

/** The error of a run missing in the scope. */
export const notFound = (runId: string) => new Errors.NotFound({ entity: "Run", id: runId })

/** Write a decided change of `previous` (compare-and-set on its version, which the lock makes certain). */
export const updateRun = (ctx: Ctx, previous: Run, next: Run) =>
  ctx.st.runUpdate.run({
    ...runKey(previous.scope, previous.runId),
    status: next.status,
    version: next.version,
    state: jsonText(next.state),
    updated: millis(next.updatedAt),
    completed: next.completedAt === undefined ? null : millis(next.completedAt),
    previous: previous.version
  })

/**
 * The run-store backend over SQL. Every write loads the records it decides on inside its
 * transaction (row-locked on Postgres), applies the core reducer, and writes the decision.
 */
export const makeRunBackend = (ctx: Ctx): RunStore.Backend => {
  const { sql, t } = ctx

  /** The run as stored now, row-locked for the rest of the transaction where the dialect can. */
  const loadRun = (operation: string, scope: Scope, runId: string, lock: boolean) =>
    Effect.flatMap(
      (lock ? ctx.st.runLocked : ctx.st.run).run(runKey(scope, runId)),
      (rows) =>
        rows[0] === undefined
          ? Effect.succeed(Option.none<Run>())
          : Effect.map(decodeRow(operation, "Run", runId, () => runFromRow(rows[0]!)), Option.some)
    )

  const requireRun = (operation: string, scope: Scope, runId: string, lock: boolean) =>
    Effect.flatMap(loadRun(operation, scope, runId, lock), Option.match({
      onNone: () => Effect.fail(notFound(runId)),
      onSome: Effect.succeed
    }))

  /** Fail with `NotFound` unless the run exists (row-locked on Postgres: appends to it serialize). */
  const requireExists = (scope: Scope, runId: string, lock: boolean): Effect.Effect<void, Errors.NotFound | SqlError> =>
    Effect.flatMap(
      (lock ? ctx.st.runExistsLocked : ctx.st.runExists).run(runKey(scope, runId)),
      (rows) => (rows.length === 0 ? Effect.fail(notFound(runId)) : Effect.void)
    )

  /** Write a decided change of `previous` (compare-and-set on its version, which the lock makes certain). */
  const update = (previous: Run, next: Run) => updateRun(ctx, previous, next)

  /**
   * Postgres: the CAS as one conditional UPDATE (see `statements.casUpdate`); true when it applied.
   * False says nothing yet: the caller decides again under row locks. Elsewhere always false, so the
   * locked decision is the only path (SQLite's write lock is held already).
   */
  const casUpdate = (
    scope: Scope,
    runId: string,
    from: ReadonlyArray<string>,
    patch: { readonly status?: string | undefined; readonly state?: RunModel.StatePatch["state"] },
    expectedVersion: number | undefined,
    now: Date,
    token: number | undefined
  ): Effect.Effect<boolean, SqlError> =>
    from.length === 0
      ? Effect.succeed(false)
      : sql.onDialectOrElse({
        pg: () =>
          Effect.map(
            ctx.st.casUpdate.run({
              ...runKey(scope, runId),
              status: patch.status ?? null,
              state: patch.state === undefined ? null : jsonText(patch.state),
              now: millis(now),
              completes: patch.status !== undefined && RunStatus.isTerminal(patch.status as RunStatus.RunStatus),
              from,
              version: expectedVersion ?? null,
              token: token ?? null
            }),
            (rows) => rows.length === 1
          ),
        orElse: () => Effect.succeed(false)
      })

  const isPg = sql.onDialectOrElse({ pg: () => true, orElse: () => false })

  /**
   * How a CAS decides after `casUpdate`: under the row lock — or, after a Postgres conditional UPDATE
   * that matched nothing, first without it: a run that no longer matches is `false` (or `NotFound`,
   * `Fenced`, `InvalidTransition`) as read, a valid outcome at that read, with no lock to hold up the
   * next round; only a run that now would move is read again, locked.
   */
  const decideLocks = (from: ReadonlyArray<string>): ReadonlyArray<boolean> =>
    isPg && from.length > 0 ? [false, true] : [true]

  const insert = (run: Run) =>
    sql`INSERT INTO ${t.runs} ${sql.insert(runRow(run))}
      ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO NOTHING RETURNING run_id`

  return {
    create: (run) =>
      writing(ctx, "RunStore.create", { entity: "Run", id: run.runId })(
        Effect.flatMap(insert(run), (rows) =>
          rows.length === 0 ? Effect.fail(new Errors.AlreadyExists({ entity: "Run", id: run.runId })) : Effect.void)
      ),

    get: (scope, runId) =>
      querying(ctx, "RunStore.get", { entity: "Run", id: runId })(loadRun("RunStore.get", scope, runId, false)),

    list: (scope, query) => {
      const conditions = [inScope(ctx, scope)]
      if (query.flowId !== undefined) conditions.push(sql`flow_id = ${query.flowId}`)
      if (query.statuses !== undefined) conditions.push(sql.in("status", query.statuses))
      if (query.createdFrom !== undefined) conditions.push(sql`created_at >= ${millis(query.createdFrom)}`)
      if (query.createdBefore !== undefined) conditions.push(sql`created_at < ${millis(query.createdBefore)}`)
      if (query.after !== undefined) {
        conditions.push(sql`(created_at, run_id) > (${query.after.createdAt}, ${enc(query.after.runId)})`)
      }
      return querying(ctx, "RunStore.list")(
        Effect.flatMap(
          sql`SELECT * FROM ${t.runs} WHERE ${sql.and(conditions)} ORDER BY created_at, run_id LIMIT ${query.limit}`,
          (rows) => Effect.forEach(rows, (row) => decodeRow("RunStore.list", "Run", String(row.run_id), () => runFromRow(row)))
        )
      )
    },

    casStatus: (scope, runId, expected, next, now, options) =>
      writing(ctx, "RunStore.casStatus", { entity: "Run", id: runId })(
        Effect.gen(function*() {
          const from = expected.filter((status) => RunStatus.canTransition(status, next))
          if (yield* casUpdate(scope, runId, from, { status: next }, undefined, now, options?.fencingToken)) return true
          for (const lock of decideLocks(from)) {
            const run = yield* requireRun("RunStore.casStatus", scope, runId, lock)
            yield* checkFence(ctx, "RunStore.casStatus", scope, runId, options?.fencingToken)
            const moved = RunModel.casStatus(run, expected, next, now)
            if (Option.isNone(moved)) return false
            if (!lock) continue
            yield* update(run, moved.value)
            return true
          }
          return false
        })
      ),

    casState: (scope, runId, expectedVersion, patch, now, options) =>
      writing(ctx, "RunStore.casState", { entity: "Run", id: runId })(
        Effect.gen(function*() {
          // The statuses the patch may be applied at (see `Run.casState`): keeping a status is no
          // transition but a terminal run is frozen; a new status must be reachable.
          const from = RunStatus.all.filter((status) =>
            patch.status === undefined || patch.status === status
              ? !RunStatus.isTerminal(status)
              : RunStatus.canTransition(status, patch.status)
          )
          if (yield* casUpdate(scope, runId, from, patch, expectedVersion, now, options?.fencingToken)) return true
          for (const lock of decideLocks(from)) {
            const run = yield* requireRun("RunStore.casState", scope, runId, lock)
            yield* checkFence(ctx, "RunStore.casState", scope, runId, options?.fencingToken)
            const decided = RunModel.casState(run, expectedVersion, patch, now)
            if (Either.isLeft(decided)) return yield* Effect.fail(decided.left)
            if (Option.isNone(decided.right)) return false
            if (!lock) continue
            yield* update(run, decided.right.value)
            return true
          }
          return false
        })
      ),

    continueAsNew: (scope, runId, input, now, options) =>
      writing(ctx, "RunStore.continueAsNew", { entity: "Run", id: runId })(
        Effect.gen(function*() {
          const run = yield* requireRun("RunStore.continueAsNew", scope, runId, true)
          yield* checkFence(ctx, "RunStore.continueAsNew", scope, runId, options?.fencingToken)
          const successorId = RunModel.successorRunId(runId)
          const existing = yield* loadRun("RunStore.continueAsNew", scope, successorId, true)
          const decided = RunModel.continueAsNew(run, Option.getOrUndefined(existing), input, now)
          if (Either.isLeft(decided)) return yield* Effect.fail(decided.left)
          const decision = decided.right
          if (decision.previousChanged) yield* update(run, decision.previous)
          if (decision.created) {
            const inserted = yield* insert(decision.successor)
            // The successor id was free when read under the lock; a conflict here means it was not.
            if (inserted.length === 0) return yield* Effect.fail(new Errors.AlreadyExists({ entity: "Run", id: successorId }))
          }
          return decision
        })
      ),

    chain: (scope, chainId) =>
      querying(ctx, "RunStore.chain", { entity: "Chain", id: chainId })(
        Effect.flatMap(
          sql`SELECT * FROM ${t.runs} WHERE ${inScope(ctx, scope)} AND chain_id = ${chainId}`,
          (rows) =>
            Effect.map(
              Effect.forEach(rows, (row) => decodeRow("RunStore.chain", "Run", String(row.run_id), () => runFromRow(row))),
              RunModel.chainOrder
            )
        )
      ),

    appendStep: (scope, runId, entry) =>
      writing(ctx, "RunStore.appendStep", { entity: "Run", id: runId })(
        Effect.zipRight(
          requireExists(scope, runId, true),
          sql`INSERT INTO ${t.steps} ${
            sql.insert({
              ...scopeColumns(scope),
              run_id: enc(runId),
              step_id: entry.stepId,
              kind: entry.kind,
              attempt: entry.attempt,
              at: millis(entry.at),
              detail: stepDetail(entry)
            })
          }`
        )
      ).pipe(Effect.asVoid),

    appendStepIfAbsent: (scope, runId, entry) =>
      writing(ctx, "RunStore.appendStepIfAbsent", { entity: "Run", id: runId })(
        Effect.gen(function*() {
          yield* requireExists(scope, runId, true)
          const present = yield* sql`SELECT 1 AS found FROM ${t.steps} WHERE ${inRun(ctx, scope, runId)}
            AND step_id = ${entry.stepId} AND kind = ${entry.kind} AND attempt = ${entry.attempt} LIMIT 1`
          if (present.length > 0) return false
          yield* sql`INSERT INTO ${t.steps} ${
            sql.insert({
              ...scopeColumns(scope),
              run_id: enc(runId),
              step_id: entry.stepId,
              kind: entry.kind,
              attempt: entry.attempt,
              at: millis(entry.at),
              detail: stepDetail(entry)
            })
          }`
          return true
        })
      ),

    listSteps: (scope, runId) =>
      querying(ctx, "RunStore.listSteps", { entity: "Run", id: runId })(
        Effect.gen(function*() {
          yield* requireExists(scope, runId, false)
          const rows = yield* sql`SELECT * FROM ${t.steps} WHERE ${inRun(ctx, scope, runId)} ORDER BY id`
          return yield* Effect.forEach(rows, (row) => decodeRow("RunStore.listSteps", "Run", runId, () => stepFromRow(row)))
        })
      ),

    appendFailure: (scope, runId, entry) =>
      writing(ctx, "RunStore.appendFailure", { entity: "Run", id: runId })(
        Effect.zipRight(
          requireExists(scope, runId, true),
          sql`INSERT INTO ${t.failures} ${
            sql.insert({
              ...scopeColumns(scope),
              run_id: enc(runId),
              step_id: entry.stepId,
              reason: failureReason(entry),
              at: millis(entry.at)
            })
          }`
        )
      ).pipe(Effect.asVoid),

    listFailures: (scope, runId) =>
      querying(ctx, "RunStore.listFailures", { entity: "Run", id: runId })(
        Effect.gen(function*() {
          yield* requireExists(scope, runId, false)
          const rows = yield* sql`SELECT * FROM ${t.failures} WHERE ${inRun(ctx, scope, runId)} ORDER BY id`
          return yield* Effect.forEach(rows, (row) => decodeRow("RunStore.listFailures", "Run", runId, () => failureFromRow(row)))
        })
      ),

    putOutput: (scope, runId, output) =>
      writing(ctx, "RunStore.putOutput", { entity: "StepOutput", id: output.stepId })(
        Effect.gen(function*() {
          yield* requireExists(scope, runId, true)
          const inserted = yield* sql`INSERT INTO ${t.outputs} ${
            sql.insert({
              ...scopeColumns(scope),
              run_id: enc(runId),
              step_id: enc(output.stepId),
              value: JSON.stringify(output.value),
              fingerprint: output.fingerprint,
              written_at: millis(output.writtenAt)
            })
          } ON CONFLICT (org_id, workspace_id, deployment_id, run_id, step_id) DO NOTHING RETURNING step_id`
          if (inserted.length > 0) return
          const stored = yield* sql<{ readonly fingerprint: string }>`SELECT fingerprint FROM ${t.outputs}
            WHERE ${inRun(ctx, scope, runId)} AND step_id = ${enc(output.stepId)}`
          return yield* Effect.fail(
            StepOutput.conflict("StepOutput", output.stepId, String(stored[0]?.fingerprint), output.value)
          )
        })
      ),

    getOutput: (scope, runId, stepId) =>
      querying(ctx, "RunStore.getOutput", { entity: "StepOutput", id: stepId })(
        Effect.gen(function*() {
          const rows = yield* sql`SELECT * FROM ${t.outputs} WHERE ${inRun(ctx, scope, runId)} AND step_id = ${enc(stepId)}`
          if (rows[0] === undefined) {
            yield* requireExists(scope, runId, false)
            return Option.none()
          }
          return Option.some(yield* decodeRow("RunStore.getOutput", "StepOutput", stepId, () => outputFromRow(rows[0]!)))
        })
      ),

    listOutputKeys: (scope, runId) =>
      querying(ctx, "RunStore.listOutputKeys", { entity: "Run", id: runId })(
        Effect.gen(function*() {
          yield* requireExists(scope, runId, false)
          const rows = yield* sql<{ readonly step_id: string }>`SELECT step_id FROM ${t.outputs}
            WHERE ${inRun(ctx, scope, runId)} ORDER BY step_id`
          // Stored ids sort as the core sorts strings (see codec.enc), so the order is the core's.
          return yield* Effect.forEach(rows, (row) =>
            decodeRow("RunStore.listOutputKeys", "StepOutput", String(row.step_id), () => dec(text(row.step_id)) as StepId))
        })
      )
  }
}
