/**
 * The run record (contract §2) and the pure reducers that decide every change to it. Backends
 * apply these decisions; the testkit uses the same functions as its oracle.
 *
 * @since 0.1.0
 */
import { Either, Option, Schema } from "effect"
import { AlreadyExists, InvalidTransition } from "./Errors.js"
import { ChainId, FlowId, MaxIdLength, RunId, SpecId } from "./Identifiers.js"
import { fingerprint, Json, sha256 } from "./Json.js"
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

// Built without re-running the class's validation: `run` is a record, `status` and `state` were
// decoded by the caller, and `now` comes from the store clock. Validating the whole run again (its
// input and state walked as JSON) cost more than the rest of a CAS.
const withStatus = (run: Run, status: RunStatus.RunStatus, state: Json, now: Date): Run =>
  Run.make({
    ...run,
    status,
    state,
    version: run.version + 1,
    updatedAt: now,
    ...(status !== run.status && RunStatus.isTerminal(status) ? { completedAt: now } : {})
  }, true)

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
  // `state: null` sets the state to JSON null; only an absent state keeps it.
  return Either.right(Option.some(withStatus(run, status, patch.state === undefined ? run.state : patch.state, now)))
}

// A successor id ends in `~<generation>`, generation 2 and up; the root run is generation 1.
const generationSuffix = /^([\s\S]+)~([1-9][0-9]{0,14})$/

/**
 * The id of the run that continues `runId` (continue-as-new): deterministic, so a retried
 * `continueAsNew` — or the recovery sweep repairing a lost one — finds the successor it already
 * created instead of starting a second one.
 *
 * `order-42` is followed by `order-42~2`, then `order-42~3`, … (a trailing `~<n>` with n >= 2 is read
 * as the generation). Should the id outgrow the id length limit, the base is shortened to a prefix
 * plus a digest of the whole base, which keeps distinct bases distinct.
 *
 * @since 0.1.0
 */
export const successorRunId = (runId: string): RunId => {
  const match = generationSuffix.exec(runId)
  const generation = match === null ? 1 : Number(match[2])
  const base = match === null || generation < 2 ? runId : match[1]!
  const suffix = `~${generation < 2 ? 2 : generation + 1}`
  const chars = Array.from(base)
  if (chars.length + suffix.length <= MaxIdLength) return RunId.make(base + suffix)
  const digest = `#${sha256(base).slice(0, 16)}`
  return RunId.make(chars.slice(0, MaxIdLength - suffix.length - digest.length).join("") + digest + suffix)
}

/**
 * A decided continue-as-new: the previous run (now `ContinuedAsNew`) and its successor, with what
 * the backend must write — nothing at all for a retry that finds both in place.
 *
 * @since 0.1.0
 */
export interface Continuation {
  readonly previous: Run
  readonly successor: Run
  /** The previous run changed (it was `Running`) and must be written. */
  readonly previousChanged: boolean
  /** The successor is new and must be created. */
  readonly created: boolean
}

/**
 * Decide a `continueAsNew` of `run` with the successor's `input`, given the run stored under
 * `successorRunId(run.runId)` in the same scope (`undefined` when none).
 *
 * - `Running`: moves to `ContinuedAsNew` (version + 1, `completedAt`), and the successor is created
 *   `Pending` with the same `flowId`, `chainId` and `spec`, `parentRunId` = the run.
 * - `ContinuedAsNew` with its successor in place: a retry — nothing to write, same pair returned.
 *   With no successor (a transition made by `casStatus`, or a non-atomic store that lost it): the
 *   successor is created now.
 * - any other status: `InvalidTransition` (only `Running` may continue as new).
 * - the successor id taken by a run that is not this run's successor: `AlreadyExists` without
 *   `sameFingerprint`; this run's successor started from another input: `AlreadyExists` with
 *   `sameFingerprint: false` (the caller is not deterministic).
 *
 * @since 0.1.0
 */
export const continueAsNew = (
  run: Run,
  existingSuccessor: Run | undefined,
  input: Json,
  now: Date
): Either.Either<Continuation, InvalidTransition | AlreadyExists> => {
  const alreadyContinued = run.status === "ContinuedAsNew"
  if (!alreadyContinued && !RunStatus.canTransition(run.status, "ContinuedAsNew")) {
    return Either.left(new InvalidTransition({ runId: run.runId, from: [run.status], to: "ContinuedAsNew" }))
  }
  const previous = alreadyContinued ? run : withStatus(run, "ContinuedAsNew", run.state, now)
  const successorId = successorRunId(run.runId)
  if (existingSuccessor !== undefined) {
    if (existingSuccessor.parentRunId !== run.runId || existingSuccessor.chainId !== run.chainId) {
      return Either.left(new AlreadyExists({ entity: "Run", id: successorId }))
    }
    if (fingerprint(existingSuccessor.input) !== fingerprint(input)) {
      return Either.left(new AlreadyExists({ entity: "Run", id: successorId, sameFingerprint: false }))
    }
    return Either.right({ previous, successor: existingSuccessor, previousChanged: !alreadyContinued, created: false })
  }
  const successor = create(
    {
      runId: successorId,
      scope: run.scope,
      flowId: run.flowId,
      input,
      chainId: run.chainId,
      parentRunId: run.runId,
      ...(run.spec === undefined ? {} : { spec: run.spec })
    },
    now
  )
  return Either.right({ previous, successor, previousChanged: !alreadyContinued, created: true })
}

/**
 * The runs of one chain in chain order: each run after its parent (by the number of ancestors
 * within the chain), ties — runs put into a chain by hand — by creation time, then run id.
 *
 * @since 0.1.0
 */
export const chainOrder = (runs: ReadonlyArray<Run>): ReadonlyArray<Run> => {
  const byId = new Map(runs.map((run) => [run.runId as string, run]))
  const depth = (run: Run): number => {
    let count = 0
    const seen = new Set<string>([run.runId])
    for (let parent = run.parentRunId; parent !== undefined && byId.has(parent) && !seen.has(parent);) {
      seen.add(parent)
      count++
      parent = byId.get(parent)!.parentRunId
    }
    return count
  }
  return runs
    .map((run) => ({ run, depth: depth(run) }))
    .sort((a, b) =>
      a.depth - b.depth ||
      a.run.createdAt.getTime() - b.run.createdAt.getTime() ||
      (a.run.runId < b.run.runId ? -1 : a.run.runId > b.run.runId ? 1 : 0)
    )
    .map(({ run }) => run)
}
