import type { RunStore } from "@runledger/core"
import { Errors, Lease, Run as RunModel, StepLedger, StepOutput } from "@runledger/core"
import { Effect, Either, HashMap, Option, Order, Ref } from "effect"
import type { MemoryState, RunRecord } from "./state.js"
import { lookup, read, scopedKey, scopePrefix, transact } from "./state.js"

type Run = RunModel.Run

/** The error of a run missing in the scope. Shared with the atomic status-and-event transition. */
export const notFound = (runId: string) => new Errors.NotFound({ entity: "Run", id: runId })

const byCreation: Order.Order<Run> = Order.combine(
  Order.mapInput(Order.number, (run: Run) => run.createdAt.getTime()),
  Order.mapInput(Order.string, (run: Run) => run.runId)
)

const matches = (run: Run, query: RunStore.ListQuery): boolean =>
  (query.flowId === undefined || run.flowId === query.flowId) &&
  (query.statuses === undefined || query.statuses.includes(run.status)) &&
  (query.createdFrom === undefined || run.createdAt.getTime() >= query.createdFrom.getTime()) &&
  (query.createdBefore === undefined || run.createdAt.getTime() < query.createdBefore.getTime()) &&
  (query.after === undefined ||
    run.createdAt.getTime() > query.after.createdAt ||
    (run.createdAt.getTime() === query.after.createdAt && run.runId > query.after.runId))

/**
 * The fencing guard of a write: `Lease.checkFence` against the run's lease, in the write's step.
 * Shared with the atomic status-and-event transition.
 */
export const fence = (options: Lease.FenceOptions | undefined) => (state: MemoryState, key: string) =>
  Lease.checkFence(lookup(state.leases, key), options?.fencingToken)

/** A new run with empty ledgers and no outputs. */
const emptyRecord = (run: Run): RunRecord => ({ run, steps: StepLedger.empty, failures: [], outputs: HashMap.empty() })

/** The run-store backend over the shared memory state, applying the core reducers. */
export const makeRunBackend = (ref: Ref.Ref<MemoryState>): RunStore.Backend => {
  /**
   * Decide on one run atomically; a missing run (in this scope) is `NotFound`. `guard` (the fence)
   * runs in the same step, so no write can slip in between the check and the write.
   */
  const onRun = <A, E = never, F = never>(
    scope: Parameters<RunStore.Backend["get"]>[0],
    runId: string,
    decide: (record: RunRecord) => readonly [Either.Either<A, E>, RunRecord | undefined],
    guard?: (state: MemoryState, key: string) => F | undefined
  ) =>
    transact<A, E | Errors.NotFound | F>(ref, (state) => {
      const key = scopedKey(scope, runId)
      const record = lookup(state.runs, key)
      if (record === undefined) return [Either.left(notFound(runId)), undefined]
      const rejected = guard?.(state, key)
      if (rejected !== undefined) return [Either.left(rejected), undefined]
      const [result, next] = decide(record)
      return [result, next === undefined ? undefined : { ...state, runs: HashMap.set(state.runs, key, next) }]
    })

  const readRun = <A>(scope: Parameters<RunStore.Backend["get"]>[0], runId: string, f: (record: RunRecord) => A) =>
    Effect.flatMap(
      read(ref, (state) => lookup(state.runs, scopedKey(scope, runId))),
      (record) => record === undefined ? Effect.fail(notFound(runId)) : Effect.succeed(f(record))
    )

  return {
    create: (run) =>
      transact(ref, (state) => {
        const key = scopedKey(run.scope, run.runId)
        if (HashMap.has(state.runs, key)) {
          return [Either.left(new Errors.AlreadyExists({ entity: "Run", id: run.runId })), undefined]
        }
        return [Either.right(undefined), { ...state, runs: HashMap.set(state.runs, key, emptyRecord(run)) }]
      }),
    get: (scope, runId) => read(ref, (state) => Option.map(HashMap.get(state.runs, scopedKey(scope, runId)), (r) => r.run)),
    list: (scope, query) =>
      read(ref, (state) => {
        const prefix = scopePrefix(scope)
        const runs: Array<Run> = []
        for (const [key, record] of state.runs) {
          if (key.startsWith(prefix) && matches(record.run, query)) runs.push(record.run)
        }
        return runs.sort(byCreation).slice(0, query.limit)
      }),
    casStatus: (scope, runId, expected, next, now, options) =>
      onRun(scope, runId, (record) =>
        Option.match(RunModel.casStatus(record.run, expected, next, now), {
          onNone: () => [Either.right(false), undefined],
          onSome: (run) => [Either.right(true), { ...record, run }]
        }), fence(options)),
    casState: (scope, runId, expectedVersion, patch, now, options) =>
      onRun(scope, runId, (record) =>
        Either.match(RunModel.casState(record.run, expectedVersion, patch, now), {
          onLeft: (error) => [Either.left(error), undefined],
          onRight: Option.match({
            onNone: () => [Either.right(false), undefined],
            onSome: (run) => [Either.right(true), { ...record, run }]
          })
        }), fence(options)),
    continueAsNew: (scope, runId, input, now, options) =>
      // One step for the fence check, the old run and its successor: both change or neither does.
      transact<
        RunModel.Continuation,
        Errors.NotFound | Errors.Fenced | Errors.AlreadyExists | Errors.InvalidTransition
      >(ref, (state) => {
        const key = scopedKey(scope, runId)
        const record = lookup(state.runs, key)
        if (record === undefined) return [Either.left(notFound(runId)), undefined]
        const fenced = fence(options)(state, key)
        if (fenced !== undefined) return [Either.left(fenced), undefined]
        const successorKey = scopedKey(scope, RunModel.successorRunId(runId))
        const existing = lookup(state.runs, successorKey)
        return Either.match(RunModel.continueAsNew(record.run, existing?.run, input, now), {
          onLeft: (error) => [Either.left(error), undefined],
          onRight: (decision) => {
            if (!decision.previousChanged && !decision.created) return [Either.right(decision), undefined]
            let runs = state.runs
            if (decision.previousChanged) runs = HashMap.set(runs, key, { ...record, run: decision.previous })
            if (decision.created) runs = HashMap.set(runs, successorKey, emptyRecord(decision.successor))
            return [Either.right(decision), { ...state, runs }]
          }
        })
      }),
    chain: (scope, chainId) =>
      read(ref, (state) => {
        const prefix = scopePrefix(scope)
        const runs: Array<Run> = []
        for (const [key, record] of state.runs) {
          if (key.startsWith(prefix) && record.run.chainId === chainId) runs.push(record.run)
        }
        return RunModel.chainOrder(runs)
      }),
    appendStep: (scope, runId, entry) =>
      onRun(scope, runId, (record) => [Either.right(undefined), { ...record, steps: StepLedger.append(record.steps, entry) }]),
    appendStepIfAbsent: (scope, runId, entry) =>
      onRun(scope, runId, (record) => {
        const steps = StepLedger.appendIfAbsent(record.steps, entry)
        return steps === undefined ? [Either.right(false), undefined] : [Either.right(true), { ...record, steps }]
      }),
    listSteps: (scope, runId) => readRun(scope, runId, (record) => record.steps.entries),
    appendFailure: (scope, runId, entry) =>
      onRun(scope, runId, (record) => [Either.right(undefined), { ...record, failures: [...record.failures, entry] }]),
    listFailures: (scope, runId) => readRun(scope, runId, (record) => record.failures),
    putOutput: (scope, runId, output) =>
      onRun(scope, runId, (record) =>
        Either.match(StepOutput.put(record.outputs, output.stepId, output.value, output.writtenAt), {
          onLeft: (error) => [Either.left(error), undefined],
          onRight: (outputs) => [Either.right(undefined), { ...record, outputs }]
        })),
    getOutput: (scope, runId, stepId) => readRun(scope, runId, (record) => HashMap.get(record.outputs, stepId)),
    listOutputKeys: (scope, runId) => readRun(scope, runId, (record) => Array.from(HashMap.keys(record.outputs)).sort())
  }
}
