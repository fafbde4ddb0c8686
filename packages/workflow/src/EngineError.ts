/**
 * What the engine dies with when a call cannot be honoured. `@effect/workflow`'s engine methods
 * have no error channel, so these are defects — typed ones: catch them with
 * `Effect.catchSomeDefect` and match on `reason`. Every one of them wrote nothing.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * Why a call failed:
 *
 * - `InvalidPayload`: the payload does not encode with the workflow's payload schema (or not to JSON);
 * - `UnknownExecution`: a deferred token, a poll or an attach names an execution that does not exist;
 * - `WrongWorkflow`: the execution id belongs to another workflow;
 * - `NotAnExecution`: the run under that id was not made by this engine;
 * - `Unstorable`: a result does not encode to JSON with its schemas;
 * - `Unreadable`: a stored payload, result or exit does not decode with today's schemas;
 * - `StoreFailed`: the store kept failing after retries.
 *
 * @since 0.1.0
 */
export const Reason = Schema.Literal(
  "InvalidPayload",
  "UnknownExecution",
  "WrongWorkflow",
  "NotAnExecution",
  "Unstorable",
  "Unreadable",
  "StoreFailed"
)

/**
 * @since 0.1.0
 */
export type Reason = typeof Reason.Type

/**
 * A call of the engine that could not be honoured, and why.
 *
 * @since 0.1.0
 */
export class EngineError extends Schema.TaggedError<EngineError>("@runledger/workflow/EngineError")("EngineError", {
  reason: Reason,
  detail: Schema.String
}) {
  override get message(): string {
    return `runledger workflow engine: ${this.detail}`
  }
}
