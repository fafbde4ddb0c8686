/**
 * The step ledger and the failure ledger of a run (contract §3), with the pure reducers that
 * append to them.
 *
 * @since 0.1.0
 */
import { InputDate } from "./Limits.js"
import { HashSet, Schema } from "effect"
import { StepId } from "./Identifiers.js"
import { Json } from "./Json.js"

/** @since 0.1.0 */
export const StepKind = Schema.Literal("started", "completed", "failed", "skipped", "retried")
/** @since 0.1.0 */
export type StepKind = typeof StepKind.Type

/**
 * One line of a run's step ledger. `(stepId, kind, attempt)` is its identity for
 * `appendStepIfAbsent`.
 *
 * @since 0.1.0
 */
export class StepEntry extends Schema.Class<StepEntry>("@runledger/StepEntry")({
  stepId: StepId,
  kind: StepKind,
  attempt: Schema.Int.pipe(Schema.nonNegative()),
  at: Schema.Date,
  detail: Schema.optional(Json)
}) {}

/**
 * What callers append: `at` defaults to the store's clock.
 *
 * @since 0.1.0
 */
export const StepEntryInput = Schema.Struct({
  stepId: StepId,
  kind: StepKind,
  attempt: Schema.Int.pipe(Schema.nonNegative()),
  at: Schema.optional(InputDate),
  detail: Schema.optional(Json)
})
/** @since 0.1.0 */
export type StepEntryInput = typeof StepEntryInput.Type

/**
 * The entry of a decoded {@link StepEntryInput}, `at` defaulting to `now` (built without validating
 * the decoded input again).
 *
 * @since 0.1.0
 */
export const entryOf = (input: StepEntryInput, now: Date): StepEntry =>
  StepEntry.make({
    stepId: input.stepId,
    kind: input.kind,
    attempt: input.attempt,
    at: input.at ?? now,
    ...(input.detail === undefined ? {} : { detail: input.detail })
  }, true)

/**
 * The identity of a step entry: equal keys are the same entry for `appendStepIfAbsent`.
 *
 * @since 0.1.0
 */
export const stepKey = (entry: { readonly stepId: string; readonly kind: StepKind; readonly attempt: number }): string =>
  `${entry.kind}\u0000${entry.attempt}\u0000${entry.stepId}`

/**
 * A step ledger: the entries in append order and the set of their keys.
 *
 * @since 0.1.0
 */
export interface StepLedger {
  readonly entries: ReadonlyArray<StepEntry>
  readonly keys: HashSet.HashSet<string>
}

/** @since 0.1.0 */
export const empty: StepLedger = { entries: [], keys: HashSet.empty() }

/**
 * Append unconditionally.
 *
 * @since 0.1.0
 */
export const append = (ledger: StepLedger, entry: StepEntry): StepLedger => ({
  entries: [...ledger.entries, entry],
  keys: HashSet.add(ledger.keys, stepKey(entry))
})

/**
 * Append unless an entry with the same `(stepId, kind, attempt)` is there: the new ledger when it
 * appended, none when the entry was already present (a retry).
 *
 * @since 0.1.0
 */
export const appendIfAbsent = (ledger: StepLedger, entry: StepEntry): StepLedger | undefined =>
  HashSet.has(ledger.keys, stepKey(entry)) ? undefined : append(ledger, entry)

/**
 * The step id under which flow-level failures are recorded (terminalization, recovery). Reserved:
 * callers should not use it for their own steps.
 *
 * @since 0.1.0
 */
export const SystemStepId: StepId = StepId.make("runledger:flow")

/**
 * One line of a run's failure ledger.
 *
 * @since 0.1.0
 */
export class FailureEntry extends Schema.Class<FailureEntry>("@runledger/FailureEntry")({
  stepId: StepId,
  reason: Schema.String,
  at: Schema.Date
}) {}

/**
 * What callers append to the failure ledger: `at` defaults to the store's clock.
 *
 * @since 0.1.0
 */
export const FailureInput = Schema.Struct({
  stepId: StepId,
  reason: Schema.String,
  at: Schema.optional(InputDate)
})
/** @since 0.1.0 */
export type FailureInput = typeof FailureInput.Type
