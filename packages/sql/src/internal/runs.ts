import type * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { RunStore, TenantScope } from "@runledger/core"
import { Errors, Run as RunModel, RunStatus, StepOutput } from "@runledger/core"
import { Effect, Either, Option } from "effect"
import { dec, enc, jsonText, millis, scopeColumns, text } from "./codec.js"
import type { Ctx } from "./context.js"
import { inRun, inScope, querying, queryingPrepared, runScriptOn, transactionConnection, writing, writingPrepared } from "./context.js"
import { decodeOne, decodeRow } from "./errors.js"
import { checkFence } from "./fence.js"
import { failureFromRow, failureReason, outputFromRow, runFromRow, runRow, stepDetail, stepFromRow } from "./rows.js"
import { fail, query } from "./script.js"
import type { RunKey } from "./statements.js"
import { runKey } from "./statements.js"
import { script } from "./tx.js"

type Scope = TenantScope.TenantScope
type Run = RunModel.Run
type StepId = Parameters<RunStore.Backend["getOutput"]>[2]

/** The error of a run missing in the scope. */
export const notFound = (runId: string) => new Errors.NotFound({ entity: "Run", id: runId })

/** A run as read, with the stored text of its state (written back as it is when the state is kept). */
export interface Loaded {
  readonly run: Run
  readonly stateText: string
}

/** Decode a run row, keeping its state text. */
export const loadedFromRow = (row: { readonly [column: string]: unknown }): Loaded => ({
  run: runFromRow(row),
  stateText: text(row.state)
})

/** The run `runId` (whose key is `key`) as stored now, row-locked where the dialect can when `lock`. */
export function* loadRun(ctx: Ctx, operation: string, key: RunKey, runId: string, lock: boolean) {
  const rows = yield* query(lock ? ctx.st.runLocked : ctx.st.run, key)
  if (rows[0] === undefined) return undefined
  const loaded = decodeOne(operation, "Run", runId, rows[0], loadedFromRow)
  if (loaded instanceof Errors.StoreCorrupt) return yield* fail(loaded)
  return loaded
}

/** The run `runId` as stored now, or `NotFound`. */
export function* requireRun(ctx: Ctx, operation: string, key: RunKey, runId: string, lock: boolean) {
  const loaded = yield* loadRun(ctx, operation, key, runId, lock)
  if (loaded === undefined) return yield* fail(notFound(runId))
  return loaded
}

/** Write a decided change of `previous` (compare-and-set on its version, which the lock makes certain). */
export const updateRun = (ctx: Ctx, key: RunKey, previous: Loaded, next: Run) =>
  query(ctx.st.runUpdate, [
    next.status,
    next.version,
    next.state === previous.run.state ? previous.stateText : jsonText(next.state),
    millis(next.updatedAt),
    next.completedAt === undefined ? null : millis(next.completedAt),
    ...key,
    previous.run.version
  ])

// The statement scripts of the backend's hot operations. Each is a generator function declared once,
// here, and called with what the operation is about: a generator function made anew per call (an
// inline `function*`) costs V8 far more than its generator — measured on Node 20, every scavenge
// then found a megabyte of such calls' objects alive and promoted it (see docs/BENCHMARKS.md).

/** Fail with `NotFound` unless the run exists. */
function* existsScript(ctx: Ctx, scope: Scope, runId: string, lock: boolean) {
  const rows = yield* query(lock ? ctx.st.runExistsLocked : ctx.st.runExists, runKey(scope, runId))
  if (rows.length === 0) return yield* fail(notFound(runId))
}

/** The run, if it exists. */
function* getScript(ctx: Ctx, scope: Scope, runId: string) {
  const loaded = yield* loadRun(ctx, "RunStore.get", runKey(scope, runId), runId, false)
  return loaded === undefined ? Option.none<Run>() : Option.some(loaded.run)
}

/**
 * One decision of a CAS on the run as read (locked or not): false when it does not move, true once
 * written, undefined when it would move but the run was read without the lock.
 */
function* casAttempt<E>(
  ctx: Ctx,
  operation: string,
  key: RunKey,
  runId: string,
  token: number | undefined,
  decide: (run: Run) => Either.Either<Option.Option<Run>, E>,
  lock: boolean
) {
  const loaded = yield* requireRun(ctx, operation, key, runId, lock)
  yield* checkFence(ctx, operation, key, runId, token)
  const decided = decide(loaded.run)
  if (Either.isLeft(decided)) return yield* fail(decided.left)
  if (Option.isNone(decided.right)) return false
  if (!lock) return undefined
  yield* updateRun(ctx, key, loaded, decided.right.value)
  return true
}

/**
 * A CAS decided by `decide` on the run as stored: false when it does not move, true once the
 * change is written. SQLite decides once, under the write lock it holds. Postgres first tries the
 * CAS as one conditional UPDATE (see `statements.casUpdate`); when that matched nothing it decides
 * on the run read without a lock — a run that no longer matches is `false` (or `NotFound`,
 * `Fenced`, `InvalidTransition`) as read, a valid outcome at that read, with no lock to hold up
 * the next round — and only a run that now would move is read again, locked, and decided on for
 * good.
 */
function* casScript<E>(
  ctx: Ctx,
  operation: string,
  key: RunKey,
  runId: string,
  from: ReadonlyArray<string>,
  patch: { readonly status?: string | undefined; readonly state?: RunModel.StatePatch["state"] },
  expectedVersion: number | undefined,
  now: Date,
  token: number | undefined,
  decide: (run: Run) => Either.Either<Option.Option<Run>, E>
) {
  if (ctx.pg && from.length > 0) {
    const applied = yield* query(ctx.st.casUpdate, [
      patch.status ?? null,
      patch.state === undefined ? null : jsonText(patch.state),
      millis(now),
      patch.status !== undefined && RunStatus.isTerminal(patch.status as RunStatus.RunStatus),
      ...key,
      from,
      expectedVersion ?? null,
      token ?? null
    ])
    if (applied.length === 1) return true
    const unlocked = yield* casAttempt(ctx, operation, key, runId, token, decide, false)
    if (unlocked !== undefined) return unlocked
  }
  return (yield* casAttempt(ctx, operation, key, runId, token, decide, true)) === true
}

/** Write `run` over `previous` (a script of its own, for an Effect body). */
function* updateScript(ctx: Ctx, key: RunKey, previous: Loaded, run: Run) {
  return yield* updateRun(ctx, key, previous, run)
}

/**
 * The run-store backend over SQL. Every write loads the records it decides on inside its
 * transaction (row-locked on Postgres), applies the core reducer, and writes the decision.
 */
export const makeRunBackend = (ctx: Ctx): RunStore.Backend => {
  const { sql, t } = ctx

  /** Fail with `NotFound` unless the run exists (row-locked on Postgres: appends to it serialize). */
  const requireExists = (
    scope: Scope,
    runId: string,
    lock: boolean
  ): Effect.Effect<void, Errors.NotFound | SqlError, SqlClient.TransactionConnection> =>
    Effect.flatMap(transactionConnection, (conn) => runScriptOn(ctx, conn, existsScript(ctx, scope, runId, lock)))

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
      queryingPrepared(ctx, "RunStore.get", { entity: "Run", id: runId })(script(() => getScript(ctx, scope, runId))),

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
      writingPrepared(ctx, "RunStore.casStatus", { entity: "Run", id: runId })(
        script(() => casScript(
          ctx,
          "RunStore.casStatus",
          runKey(scope, runId),
          runId,
          expected.filter((status) => RunStatus.canTransition(status, next)),
          { status: next },
          undefined,
          now,
          options?.fencingToken,
          (run) => Either.right(RunModel.casStatus(run, expected, next, now))
        ))
      ),

    casState: (scope, runId, expectedVersion, patch, now, options) =>
      writingPrepared(ctx, "RunStore.casState", { entity: "Run", id: runId })(
        script(() => casScript(
          ctx,
          "RunStore.casState",
          runKey(scope, runId),
          runId,
          // The statuses the patch may be applied at (see `Run.casState`): keeping a status is no
          // transition but a terminal run is frozen; a new status must be reachable.
          RunStatus.all.filter((status) =>
            patch.status === undefined || patch.status === status
              ? !RunStatus.isTerminal(status)
              : RunStatus.canTransition(status, patch.status)
          ),
          patch,
          expectedVersion,
          now,
          options?.fencingToken,
          (run) => RunModel.casState(run, expectedVersion, patch, now)
        ))
      ),

    continueAsNew: (scope, runId, input, now, options) =>
      writing(ctx, "RunStore.continueAsNew", { entity: "Run", id: runId })(
        Effect.gen(function*() {
          const key = runKey(scope, runId)
          const conn = yield* transactionConnection
          const loaded = yield* runScriptOn(ctx, conn, requireRun(ctx, "RunStore.continueAsNew", key, runId, true))
          yield* runScriptOn(ctx, conn, checkFence(ctx, "RunStore.continueAsNew", key, runId, options?.fencingToken))
          const successorId = RunModel.successorRunId(runId)
          const existing = yield* runScriptOn(
            ctx,
            conn,
            loadRun(ctx, "RunStore.continueAsNew", runKey(scope, successorId), successorId, true)
          )
          const decided = RunModel.continueAsNew(loaded.run, existing?.run, input, now)
          if (Either.isLeft(decided)) return yield* Effect.fail(decided.left)
          const decision = decided.right
          if (decision.previousChanged) {
            yield* runScriptOn(ctx, conn, updateScript(ctx, key, loaded, decision.previous))
          }
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
