/**
 * The run record (contract §2) and the pure reducers that decide every change to it. Backends
 * apply these decisions; the testkit uses the same functions as its oracle.
 *
 * @since 0.1.0
 */
import { Either, Option, Schema } from "effect"
import { InvalidTransition } from "./Errors.js"
import { ChainId, FlowId, RunId, SpecId } from "./Identifiers.js"
import { Json } from "./Json.js"
import * as RunStatus from "./RunStatus.js"
import { TenantScope } from "./TenantScope.js"

/**
 * The definition revision a run was started from (checked by the recovery sweep).
 *
 * @since 0.1.0
 */
export class SpecRef extends Schema.Class<SpecRef>("@runledger/SpecRef")({
  specId: SpecId,
  revision: Schema.Int.pipe(Schema.positive())
}) {}

/**
 * A run. `version` starts at 1 and grows by exactly 1 with every change of status or state;
 * ledger and output appends are keyed records of their own and leave it alone.
 *
 * @since 0.1.0
 */
export class Run extends Schema.Class<Run>("@runledger/Run")({
  runId: RunId,
  scope: TenantScope,
  flowId: FlowId,
  status: RunStatus.RunStatus,
  version: Schema.Int.pipe(Schema.positive()),
  input: Json,
  state: Json,
  createdAt: Schema.Date,
  updatedAt: Schema.Date,
  completedAt: Schema.optional(Schema.Date),
  chainId: ChainId,
  parentRunId: Schema.optional(RunId),
  spec: Schema.optional(SpecRef)
}) {}

/**
 * What `create` takes: a new run starts `Pending`, at version 1. `input` and `state` default to
 * `null`, `chainId` to the run id.
 *
 * @since 0.1.0
 */
export const NewRun = Schema.Struct({
  runId: RunId,
  scope: TenantScope,
  flowId: FlowId,
  input: Schema.optional(Json),
  state: Schema.optional(Json),
  chainId: Schema.optional(ChainId),
  parentRunId: Schema.optional(RunId),
  spec: Schema.optional(SpecRef)
})
/** @since 0.1.0 */
export type NewRun = typeof NewRun.Type

/**
 * The run a `create` writes.
 *
 * @since 0.1.0
 */
export const create = (input: NewRun, now: Date): Run =>
  Run.make({
    runId: input.runId,
    scope: input.scope,
    flowId: input.flowId,
    status: "Pending",
    version: 1,
    input: input.input ?? null,
    state: input.state ?? null,
    createdAt: now,
    updatedAt: now,
    chainId: input.chainId ?? ChainId.make(input.runId),
    ...(input.parentRunId === undefined ? {} : { parentRunId: input.parentRunId }),
    ...(input.spec === undefined ? {} : { spec: input.spec })
  })

/**
 * The `InvalidTransition` a `casStatus` must fail with before touching the store: `next` is
 * reachable from none of the `expected` statuses. `undefined` when at least one could move to it.
 *
 * @since 0.1.0
 */
export const checkCasStatus = (
  runId: string,
  expected: ReadonlyArray<RunStatus.RunStatus>,
  next: RunStatus.RunStatus
): InvalidTransition | undefined =>
  expected.some((from) => RunStatus.canTransition(from, next))
    ? undefined
    : new InvalidTransition({ runId, from: expected, to: next })

const withStatus = (run: Run, status: RunStatus.RunStatus, state: Json, now: Date): Run =>
  Run.make({
    ...run,
    status,
    state,
    version: run.version + 1,
    updatedAt: now,
    ...(status !== run.status && RunStatus.isTerminal(status) ? { completedAt: now } : {})
  })

/**
 * Decide a `casStatus`: the changed run when the stored status is one of `expected` and may move to
 * `next`, otherwise none (the caller gets `false`). Terminal statuses never change.
 *
 * @since 0.1.0
 */
export const casStatus = (
  run: Run,
  expected: ReadonlyArray<RunStatus.RunStatus>,
  next: RunStatus.RunStatus,
  now: Date
): Option.Option<Run> =>
  expected.includes(run.status) && RunStatus.canTransition(run.status, next)
    ? Option.some(withStatus(run, next, run.state, now))
    : Option.none()

/**
 * The change a `casState` asks for: a new status, a new kernel state, or both — applied together
 * or not at all.
 *
 * @since 0.1.0
 */
export const StatePatch = Schema.Struct({
  status: Schema.optional(RunStatus.RunStatus),
  state: Schema.optional(Json)
})
/** @since 0.1.0 */
export type StatePatch = typeof StatePatch.Type

/**
 * Decide a `casState`: none when `version` differs (the caller gets `false`); a typed
 * `InvalidTransition` when the version matches but the machine forbids the requested status change;
 * otherwise the changed run. Keeping the current status is not a transition, but a terminal run is
 * frozen: changing its state is an `InvalidTransition` too.
 *
 * @since 0.1.0
 */
export const casState = (
  run: Run,
  expectedVersion: number,
  patch: StatePatch,
  now: Date
): Either.Either<Option.Option<Run>, InvalidTransition> => {
  if (run.version !== expectedVersion) return Either.right(Option.none())
  const status = patch.status ?? run.status
  // A terminal run is frozen: not even its state changes once the status is final.
  const allowed = status === run.status ? !RunStatus.isTerminal(run.status) : RunStatus.canTransition(run.status, status)
  if (!allowed) {
    return Either.left(new InvalidTransition({ runId: run.runId, from: [run.status], to: status }))
  }
  return Either.right(Option.some(withStatus(run, status, patch.state ?? run.state, now)))
}
