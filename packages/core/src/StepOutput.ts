/**
 * Write-once step outputs and global context values (contract §3), with their pure reducers.
 *
 * @since 0.1.0
 */
import { Either, HashMap, Option, Schema } from "effect"
import { AlreadyExists } from "./Errors.js"
import { GlobalKey, StepId } from "./Identifiers.js"
import { Json } from "./Json.js"
import * as JsonValue from "./Json.js"

/**
 * A step's output as stored: the value and its fingerprint (SHA-256 of the canonical JSON).
 *
 * @since 0.1.0
 */
export class StepOutput extends Schema.Class<StepOutput>("@runledger/StepOutput")({
  stepId: StepId,
  value: Json,
  fingerprint: Schema.String,
  writtenAt: Schema.Date
}) {}

/**
 * The outputs of one run, by step id.
 *
 * @since 0.1.0
 */
export type Outputs = HashMap.HashMap<StepId, StepOutput>

/**
 * The record a first write stores.
 *
 * @since 0.1.0
 */
export const makeOutput = (stepId: StepId, value: Json, now: Date): StepOutput =>
  StepOutput.make({ stepId, value, fingerprint: JsonValue.fingerprint(value), writtenAt: now })

/**
 * The `AlreadyExists` for a second write of `value` over `stored`: it says whether the fingerprints
 * match (a retry) or not (a non-deterministic step).
 *
 * @since 0.1.0
 */
export const conflict = (entity: "StepOutput" | "GlobalValue", id: string, storedFingerprint: string, value: Json) =>
  new AlreadyExists({ entity, id, sameFingerprint: storedFingerprint === JsonValue.fingerprint(value) })

/**
 * Decide a `putOutput`: the new outputs when the step has none yet, otherwise `AlreadyExists` —
 * whatever the value.
 *
 * @since 0.1.0
 */
export const put = (outputs: Outputs, stepId: StepId, value: Json, now: Date): Either.Either<Outputs, AlreadyExists> =>
  Option.match(HashMap.get(outputs, stepId), {
    onNone: () => Either.right(HashMap.set(outputs, stepId, makeOutput(stepId, value, now))),
    onSome: (stored) => Either.left(conflict("StepOutput", stepId, stored.fingerprint, value))
  })

/**
 * A global context value of a scope.
 *
 * @since 0.1.0
 */
export class GlobalValue extends Schema.Class<GlobalValue>("@runledger/GlobalValue")({
  key: GlobalKey,
  value: Json,
  fingerprint: Schema.String,
  updatedAt: Schema.Date
}) {}

/**
 * The record a `putGlobal` or `upsertGlobal` stores.
 *
 * @since 0.1.0
 */
export const makeGlobal = (key: GlobalKey, value: Json, now: Date): GlobalValue =>
  GlobalValue.make({ key, value, fingerprint: JsonValue.fingerprint(value), updatedAt: now })
