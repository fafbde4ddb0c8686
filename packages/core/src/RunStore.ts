/**
 * The run store (contract §2–§3): runs, their status machine, step and failure ledgers, and
 * write-once step outputs.
 *
 * `RunStore` is the service callers use. A backend implements the narrower {@link Backend} over
 * decoded, validated input, and {@link make} turns it into the service: every argument is decoded
 * with `effect/Schema` (a failure is `InvalidInput` and nothing is written), impossible transitions
 * are refused before the backend is called, timestamps come from the Effect `Clock`, and every call
 * is a span named after the operation.
 *
 * @since 0.1.0
 */
import { InputDate } from "./Limits.js"
import { Context, Effect, Option, Schema } from "effect"
import type { AlreadyExists, Fenced, InvalidInput, InvalidTransition, StoreError } from "./Errors.js"
import { NotFound } from "./Errors.js"
import { ChainId, FlowId, RunId, StepId } from "./Identifiers.js"
import type { Json } from "./Json.js"
import type { FenceOptions } from "./Lease.js"
import { FenceOptionsSchema } from "./Lease.js"
import * as Limits from "./Limits.js"
import { casStatusInput, runRefInput, runStoreInputs } from "./internal/hotInputs.js"
import { boundedJson, dateOf, fence, now, PageLimit, pageSize, Statuses, toArray, traced } from "./internal/operation.js"
import { decodeRunCursor, encodeRunCursor, type RunCursor } from "./internal/cursor.js"
import * as RunModel from "./Run.js"
import type { Continuation, Run } from "./Run.js"
import * as RunStatus from "./RunStatus.js"
import { entryOf, FailureEntry, FailureInput, StepEntry, StepEntryInput } from "./StepLedger.js"
import * as StepOutput from "./StepOutput.js"
import { TenantScope } from "./TenantScope.js"
import type * as Scope from "./TenantScope.js"

/**
 * A filter for `list`. Statuses may be one or many; `createdFrom` is inclusive and `createdBefore`
 * exclusive; `cursor` is the `nextCursor` of the previous page.
 *
 * @since 0.1.0
 */
export interface ListFilter {
  readonly flowId?: string
  readonly status?: RunStatus.RunStatus | ReadonlyArray<RunStatus.RunStatus>
  readonly createdFrom?: Date
  readonly createdBefore?: Date
  readonly limit?: number
  readonly cursor?: string
}

/**
 * One page of runs, ordered by creation time then run id. `nextCursor` is there when more may
 * follow.
 *
 * @since 0.1.0
 */
export interface RunPage {
  readonly runs: ReadonlyArray<Run>
  readonly nextCursor: Option.Option<string>
}

/**
 * The run store as callers use it. Inputs are plain values; they are decoded before anything is
 * written, so a bad one fails with `InvalidInput`.
 *
 * @since 0.1.0
 */
export interface Service {
  /** Create a `Pending` run at version 1. `AlreadyExists` when `(scope, runId)` is taken. */
  readonly create: (run: typeof RunModel.NewRun.Encoded) => Effect.Effect<Run, AlreadyExists | InvalidInput | StoreError>
  /** The run, or `NotFound` (also for a run of another scope). */
  readonly get: (scope: Scope.Input, runId: string) => Effect.Effect<Run, NotFound | InvalidInput | StoreError>
  /** A page of the scope's runs matching `filter`. */
  readonly list: (scope: Scope.Input, filter?: ListFilter) => Effect.Effect<RunPage, InvalidInput | StoreError>
  /** A page of the scope's runs that are not terminal. */
  readonly listActive: (
    scope: Scope.Input,
    page?: { readonly limit?: number; readonly cursor?: string }
  ) => Effect.Effect<RunPage, InvalidInput | StoreError>
  /**
   * Move the run to `next` if its status is `expected` (one status or several). `true` iff it moved;
   * `false` when the stored status differs. `InvalidTransition` when `next` is reachable from none
   * of `expected` (checked before the store is touched). With `fencingToken`, `Fenced` (and nothing
   * written) when the run's lease has a newer token.
   */
  readonly casStatus: (
    scope: Scope.Input,
    runId: string,
    expected: RunStatus.RunStatus | ReadonlyArray<RunStatus.RunStatus>,
    next: RunStatus.RunStatus,
    options?: FenceOptions
  ) => Effect.Effect<boolean, NotFound | InvalidTransition | Fenced | InvalidInput | StoreError>
  /**
   * Change status and kernel state together if the run is at `expectedVersion`. `true` iff it
   * changed; `false` on a version mismatch. With `fencingToken`, `Fenced` (and nothing written) when
   * the run's lease has a newer token.
   */
  readonly casState: (
    scope: Scope.Input,
    runId: string,
    expectedVersion: number,
    patch: typeof RunModel.StatePatch.Encoded,
    options?: FenceOptions
  ) => Effect.Effect<boolean, NotFound | InvalidTransition | Fenced | InvalidInput | StoreError>
  /**
   * Continue a `Running` run as new, atomically: it becomes `ContinuedAsNew` and its successor is
   * created `Pending` with `input`, the same `flowId`, `chainId` and `spec`, and `parentRunId` = the
   * run. The successor's id is `Run.successorRunId(runId)`, so a retry returns the pair already
   * there (`created: false`) instead of starting a second successor, and a `ContinuedAsNew` run
   * without a successor gets one. `InvalidTransition` from any other status; `AlreadyExists` when the
   * successor id is taken by another run, or the successor exists with another input
   * (`sameFingerprint: false`). With `fencingToken`, fenced like `casState`.
   */
  readonly continueAsNew: (
    scope: Scope.Input,
    runId: string,
    input: Json,
    options?: FenceOptions
  ) => Effect.Effect<Continuation, NotFound | AlreadyExists | InvalidTransition | Fenced | InvalidInput | StoreError>
  /** The runs of a chain in chain order (root first, each successor after its parent); empty if none. */
  readonly chain: (scope: Scope.Input, chainId: string) => Effect.Effect<ReadonlyArray<Run>, InvalidInput | StoreError>
  /** Append to the step ledger unconditionally. */
  readonly appendStep: (
    scope: Scope.Input,
    runId: string,
    entry: typeof StepEntryInput.Encoded
  ) => Effect.Effect<StepEntry, NotFound | InvalidInput | StoreError>
  /** Append unless `(stepId, kind, attempt)` is already there; `true` iff it appended. */
  readonly appendStepIfAbsent: (
    scope: Scope.Input,
    runId: string,
    entry: typeof StepEntryInput.Encoded
  ) => Effect.Effect<boolean, NotFound | InvalidInput | StoreError>
  /** The step ledger in append order. */
  readonly listSteps: (
    scope: Scope.Input,
    runId: string
  ) => Effect.Effect<ReadonlyArray<StepEntry>, NotFound | InvalidInput | StoreError>
  /** Append to the failure ledger (flow-level failures use `StepLedger.SystemStepId`). */
  readonly appendFailure: (
    scope: Scope.Input,
    runId: string,
    failure: typeof FailureInput.Encoded
  ) => Effect.Effect<FailureEntry, NotFound | InvalidInput | StoreError>
  /** The failure ledger in append order. */
  readonly listFailures: (
    scope: Scope.Input,
    runId: string
  ) => Effect.Effect<ReadonlyArray<FailureEntry>, NotFound | InvalidInput | StoreError>
  /**
   * Write a step's output once. A second write fails with `AlreadyExists`, whose `sameFingerprint`
   * tells a retry from a non-deterministic step.
   */
  readonly putOutput: (
    scope: Scope.Input,
    runId: string,
    stepId: string,
    value: Json
  ) => Effect.Effect<StepOutput.StepOutput, NotFound | AlreadyExists | InvalidInput | StoreError>
  /** A step's output, if written. */
  readonly getOutput: (
    scope: Scope.Input,
    runId: string,
    stepId: string
  ) => Effect.Effect<Option.Option<StepOutput.StepOutput>, NotFound | InvalidInput | StoreError>
  /** The step ids that have an output, sorted. */
  readonly listOutputKeys: (
    scope: Scope.Input,
    runId: string
  ) => Effect.Effect<ReadonlyArray<StepId>, NotFound | InvalidInput | StoreError>
}

/**
 * The run store service.
 *
 * @since 0.1.0
 */
export class RunStore extends Context.Tag("@runledger/RunStore")<RunStore, Service>() {}

/**
 * What `Backend.list` is asked for: runs of the scope matching every given field, ordered by
 * `(createdAt, runId)`, strictly after `after` when given, at most `limit`.
 *
 * @since 0.1.0
 */
export interface ListQuery {
  readonly flowId?: FlowId
  readonly statuses?: ReadonlyArray<RunStatus.RunStatus>
  readonly createdFrom?: Date
  readonly createdBefore?: Date
  readonly after?: RunCursor
  readonly limit: number
}

/**
 * What a backend implements. Inputs are decoded and validated already; the backend applies the
 * decisions of the core reducers atomically and reports `NotFound` for a run missing in the scope.
 *
 * @since 0.1.0
 */
export interface Backend {
  readonly create: (run: Run) => Effect.Effect<void, AlreadyExists | StoreError>
  readonly get: (scope: TenantScope, runId: RunId) => Effect.Effect<Option.Option<Run>, StoreError>
  readonly list: (scope: TenantScope, query: ListQuery) => Effect.Effect<ReadonlyArray<Run>, StoreError>
  /** Fenced by `options.fencingToken` (`Lease.checkFence`) in the same transaction as the write. */
  readonly casStatus: (
    scope: TenantScope,
    runId: RunId,
    expected: ReadonlyArray<RunStatus.RunStatus>,
    next: RunStatus.RunStatus,
    now: Date,
    options?: FenceOptions
  ) => Effect.Effect<boolean, NotFound | Fenced | StoreError>
  /** Fenced by `options.fencingToken` (`Lease.checkFence`) in the same transaction as the write. */
  readonly casState: (
    scope: TenantScope,
    runId: RunId,
    expectedVersion: number,
    patch: RunModel.StatePatch,
    now: Date,
    options?: FenceOptions
  ) => Effect.Effect<boolean, NotFound | InvalidTransition | Fenced | StoreError>
  /**
   * Apply `Run.continueAsNew` to the run and the run stored under `Run.successorRunId(runId)`,
   * writing both in one transaction, fenced like `casState`.
   */
  readonly continueAsNew: (
    scope: TenantScope,
    runId: RunId,
    input: Json,
    now: Date,
    options?: FenceOptions
  ) => Effect.Effect<Continuation, NotFound | AlreadyExists | InvalidTransition | Fenced | StoreError>
  /** The scope's runs with this `chainId`, in `Run.chainOrder`. */
  readonly chain: (scope: TenantScope, chainId: ChainId) => Effect.Effect<ReadonlyArray<Run>, StoreError>
  readonly appendStep: (scope: TenantScope, runId: RunId, entry: StepEntry) => Effect.Effect<void, NotFound | StoreError>
  readonly appendStepIfAbsent: (
    scope: TenantScope,
    runId: RunId,
    entry: StepEntry
  ) => Effect.Effect<boolean, NotFound | StoreError>
  readonly listSteps: (scope: TenantScope, runId: RunId) => Effect.Effect<ReadonlyArray<StepEntry>, NotFound | StoreError>
  readonly appendFailure: (
    scope: TenantScope,
    runId: RunId,
    entry: FailureEntry
  ) => Effect.Effect<void, NotFound | StoreError>
  readonly listFailures: (
    scope: TenantScope,
    runId: RunId
  ) => Effect.Effect<ReadonlyArray<FailureEntry>, NotFound | StoreError>
  readonly putOutput: (
    scope: TenantScope,
    runId: RunId,
    output: StepOutput.StepOutput
  ) => Effect.Effect<void, NotFound | AlreadyExists | StoreError>
  readonly getOutput: (
    scope: TenantScope,
    runId: RunId,
    stepId: StepId
  ) => Effect.Effect<Option.Option<StepOutput.StepOutput>, NotFound | StoreError>
  readonly listOutputKeys: (scope: TenantScope, runId: RunId) => Effect.Effect<ReadonlyArray<StepId>, NotFound | StoreError>
}

/**
 * Options of {@link make}.
 *
 * @since 0.1.0
 */
export interface Options {
  readonly limits?: Partial<Limits.Limits>
}


const Cursor = Schema.String.pipe(
  Schema.filter((s) => decodeRunCursor(s) !== undefined || "is not a cursor returned by this store")
)
const PageFields = { limit: Schema.optional(PageLimit), cursor: Schema.optional(Cursor) }

const RunRef = Schema.Struct({ scope: TenantScope, runId: RunId })

/**
 * The run store over a backend: decoding, validation, clock and tracing in one place, so every
 * backend refuses the same input the same way.
 *
 * @since 0.1.0
 */
export const make = (backend: Backend, options: Options = {}): Service => {
  const limits: Limits.Limits = { ...Limits.defaults, ...options.limits }
  const JsonValue = boundedJson(limits)
  const Reason = Schema.String.pipe(Schema.maxLength(limits.maxTextLength))

  const NewRunInput = Schema.Struct({ run: Schema.Struct({ ...RunModel.NewRun.fields, input: Schema.optional(JsonValue), state: Schema.optional(JsonValue) }) })
  const ListInput = Schema.Struct({
    scope: TenantScope,
    filter: Schema.Struct({
      flowId: Schema.optional(FlowId),
      status: Schema.optional(Statuses),
      createdFrom: Schema.optional(InputDate),
      createdBefore: Schema.optional(InputDate),
      ...PageFields
    })
  })
  const ActiveInput = Schema.Struct({ scope: TenantScope, page: Schema.Struct(PageFields) })
  const Fence = Schema.optional(FenceOptionsSchema)
  const hot = runStoreInputs(limits)
  const ContinueInput = Schema.Struct({ ...RunRef.fields, input: JsonValue, options: Fence })
  const ChainInput = Schema.Struct({ scope: TenantScope, chainId: ChainId })
  const StepInput = Schema.Struct({ ...RunRef.fields, entry: Schema.Struct({ ...StepEntryInput.fields, detail: Schema.optional(JsonValue) }) })
  const FailureArgs = Schema.Struct({ ...RunRef.fields, failure: Schema.Struct({ ...FailureInput.fields, reason: Reason }) })
  const OutputRef = Schema.Struct({ ...RunRef.fields, stepId: StepId })
  const PutOutputInput = Schema.Struct({ ...OutputRef.fields, value: JsonValue })

  const op = {
    create: traced("RunStore.create", NewRunInput),
    get: traced("RunStore.get", runRefInput.schema, runRefInput.fast),
    list: traced("RunStore.list", ListInput),
    listActive: traced("RunStore.listActive", ActiveInput),
    casStatus: traced("RunStore.casStatus", casStatusInput.schema, casStatusInput.fast),
    casState: traced("RunStore.casState", hot.casState.schema, hot.casState.fast),
    continueAsNew: traced("RunStore.continueAsNew", ContinueInput),
    chain: traced("RunStore.chain", ChainInput),
    appendStep: traced("RunStore.appendStep", StepInput),
    appendStepIfAbsent: traced("RunStore.appendStepIfAbsent", StepInput),
    listSteps: traced("RunStore.listSteps", RunRef),
    appendFailure: traced("RunStore.appendFailure", FailureArgs),
    listFailures: traced("RunStore.listFailures", RunRef),
    putOutput: traced("RunStore.putOutput", PutOutputInput),
    getOutput: traced("RunStore.getOutput", OutputRef),
    listOutputKeys: traced("RunStore.listOutputKeys", RunRef)
  }

  const page = (scope: TenantScope, query: Omit<ListQuery, "limit" | "after">, limit: number | undefined, cursor: string | undefined) => {
    const size = pageSize(limit)
    const after = cursor === undefined ? undefined : decodeRunCursor(cursor)
    return Effect.map(
      backend.list(scope, { ...query, limit: size + 1, ...(after === undefined ? {} : { after }) }),
      (rows): RunPage => {
        const runs = rows.slice(0, size)
        const last = runs[runs.length - 1]
        return {
          runs,
          nextCursor: rows.length > size && last !== undefined
            ? Option.some(encodeRunCursor({ createdAt: last.createdAt.getTime(), runId: last.runId }))
            : Option.none()
        }
      }
    )
  }

  const stepEntry = (entry: StepEntryInput) => Effect.map(now, (at) => entryOf(entry, at))

  const getRun = (scope: TenantScope, runId: RunId) =>
    Effect.flatMap(
      backend.get(scope, runId),
      Option.match({ onNone: () => Effect.fail(new NotFound({ entity: "Run", id: runId })), onSome: Effect.succeed })
    )

  return {
    create: (run) =>
      op.create({ run }, ({ run }) =>
        Effect.flatMap(now, (at) => {
          const record = RunModel.create(run, at)
          return Effect.as(backend.create(record), record)
        })),
    get: (scope, runId) => op.get({ scope, runId }, ({ runId, scope }) => getRun(scope, runId)),
    list: (scope, filter = {}) =>
      op.list({ scope, filter }, ({ filter, scope }) =>
        page(
          scope,
          {
            ...(filter.flowId === undefined ? {} : { flowId: filter.flowId }),
            ...(filter.status === undefined ? {} : { statuses: toArray(filter.status) }),
            ...(filter.createdFrom === undefined ? {} : { createdFrom: filter.createdFrom }),
            ...(filter.createdBefore === undefined ? {} : { createdBefore: filter.createdBefore })
          },
          filter.limit,
          filter.cursor
        )),
    listActive: (scope, p = {}) =>
      op.listActive({ scope, page: p }, ({ page: p, scope }) => page(scope, { statuses: RunStatus.active }, p.limit, p.cursor)),
    casStatus: (scope, runId, expected, next, options) =>
      op.casStatus({ scope, runId, expected, next, options }, ({ expected, next, options, runId, scope }, clock): Effect.Effect<
        boolean,
        NotFound | InvalidTransition | Fenced | StoreError
      > => {
        const statuses = toArray(expected)
        const invalid = RunModel.checkCasStatus(runId, statuses, next)
        return invalid !== undefined
          ? Effect.fail(invalid)
          : backend.casStatus(scope, runId, statuses, next, dateOf(clock), fence(options))
      }),
    casState: (scope, runId, expectedVersion, patch, options) =>
      op.casState(
        { scope, runId, expectedVersion, patch, options },
        ({ expectedVersion, options, patch, runId, scope }, clock) =>
          backend.casState(scope, runId, expectedVersion, patch, dateOf(clock), fence(options))
      ),
    continueAsNew: (scope, runId, input, options) =>
      op.continueAsNew({ scope, runId, input, options }, ({ input, options, runId, scope }) =>
        Effect.flatMap(now, (at) => backend.continueAsNew(scope, runId, input, at, fence(options)))),
    chain: (scope, chainId) => op.chain({ scope, chainId }, ({ chainId, scope }) => backend.chain(scope, chainId)),
    appendStep: (scope, runId, entry) =>
      op.appendStep({ scope, runId, entry }, ({ entry, runId, scope }) =>
        Effect.flatMap(stepEntry(entry), (record) => Effect.as(backend.appendStep(scope, runId, record), record))),
    appendStepIfAbsent: (scope, runId, entry) =>
      op.appendStepIfAbsent({ scope, runId, entry }, ({ entry, runId, scope }) =>
        Effect.flatMap(stepEntry(entry), (record) => backend.appendStepIfAbsent(scope, runId, record))),
    listSteps: (scope, runId) => op.listSteps({ scope, runId }, ({ runId, scope }) => backend.listSteps(scope, runId)),
    appendFailure: (scope, runId, failure) =>
      op.appendFailure({ scope, runId, failure }, ({ failure, runId, scope }) =>
        Effect.flatMap(now, (at) => {
          const record = FailureEntry.make({ stepId: failure.stepId, reason: failure.reason, at: failure.at ?? at })
          return Effect.as(backend.appendFailure(scope, runId, record), record)
        })),
    listFailures: (scope, runId) =>
      op.listFailures({ scope, runId }, ({ runId, scope }) => backend.listFailures(scope, runId)),
    putOutput: (scope, runId, stepId, value) =>
      op.putOutput({ scope, runId, stepId, value }, ({ runId, scope, stepId, value }) =>
        Effect.flatMap(now, (at) => {
          const record = StepOutput.makeOutput(stepId, value, at)
          return Effect.as(backend.putOutput(scope, runId, record), record)
        })),
    getOutput: (scope, runId, stepId) =>
      op.getOutput({ scope, runId, stepId }, ({ runId, scope, stepId }) => backend.getOutput(scope, runId, stepId)),
    listOutputKeys: (scope, runId) =>
      op.listOutputKeys({ scope, runId }, ({ runId, scope }) => backend.listOutputKeys(scope, runId))
  }
}
