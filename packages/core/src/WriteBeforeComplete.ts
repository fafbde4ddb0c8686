/**
 * Write-before-complete (contract §8): a step's output is durable before the step counts as done.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import type { InvalidInput, NotFound, StoreError } from "./Errors.js"
import { StoreCorrupt } from "./Errors.js"
import type { Json } from "./Json.js"
import { RunStore } from "./RunStore.js"
import type { StepOutput } from "./StepOutput.js"
import type * as Scope from "./TenantScope.js"

/**
 * What `writeAndComplete` did: the output that is durable (the one stored first, which on a retry
 * may predate this call), whether this call wrote it, and what `complete` returned.
 *
 * @since 0.1.0
 */
export interface Completed<A> {
  readonly output: StepOutput
  readonly written: boolean
  readonly result: A
}

/**
 * Write the step's output, then run `complete` with the durable output.
 *
 * - An output already there (`AlreadyExists`) counts as durable: this is the retry after a lost
 *   acknowledgement or after `complete` failed. `complete` then receives the stored output. When the
 *   stored value has a different fingerprint, the step is not deterministic; the stored value wins
 *   and a warning is logged so the drift is seen.
 * - A failed write never runs `complete`.
 * - A failed `complete` leaves the output durable; calling again completes.
 *
 * @since 0.1.0
 */
export const writeAndComplete = <A, E, R>(
  scope: Scope.Input,
  runId: string,
  stepId: string,
  value: Json,
  complete: (output: StepOutput) => Effect.Effect<A, E, R>
): Effect.Effect<Completed<A>, E | NotFound | InvalidInput | StoreError, R | RunStore> =>
  Effect.gen(function*() {
    const runs = yield* RunStore
    const written = yield* runs.putOutput(scope, runId, stepId, value).pipe(
      Effect.map((output) => ({ output, written: true })),
      Effect.catchTag("AlreadyExists", (conflict) =>
        Effect.gen(function*() {
          const stored = yield* runs.getOutput(scope, runId, stepId)
          if (Option.isNone(stored)) {
            // Outputs are write-once and never deleted: a conflict without a stored value is a broken store.
            return yield* new StoreCorrupt({
              operation: "writeAndComplete",
              entity: "StepOutput",
              id: stepId,
              reason: "the store reported the output present but it cannot be read"
            })
          }
          if (conflict.sameFingerprint === false) {
            yield* Effect.logWarning(
              `step "${stepId}" of run "${runId}" produced a different output than the durable one; keeping the durable one`
            )
          }
          return { output: stored.value, written: false }
        }))
    )
    const result = yield* complete(written.output)
    return { ...written, result }
  }).pipe(Effect.withSpan("WriteBeforeComplete.writeAndComplete", { attributes: { "runledger.run_id": runId, "runledger.step_id": stepId } }))
