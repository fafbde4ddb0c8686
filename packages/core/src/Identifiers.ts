/**
 * Branded identifiers and the one rule every id follows (contract §1): non-empty, at most 256
 * characters, no control characters. Lone UTF-16 surrogates are refused too, because no durable
 * backend can store them faithfully as text.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * The longest id accepted, in characters (Unicode code points).
 *
 * @since 0.1.0
 */
export const MaxIdLength = 256

const forbidden = "must not contain control characters or unpaired surrogates"

/**
 * Why `s` is not a valid id, or `undefined` when it is.
 *
 * @since 0.1.0
 */
export const idProblem = (s: string): string | undefined => {
  if (s.length === 0) return "must not be empty"
  // A code point is one or two code units: at most 256 units is at most 256 code points. Every
  // record read back checks its ids, so this runs often and stays a plain loop.
  if (s.length > MaxIdLength) {
    let count = 0
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const next = s.charCodeAt(i + 1)
        if (next >= 0xdc00 && next <= 0xdfff) i++
      }
      if (++count > MaxIdLength) return `must be at most ${MaxIdLength} characters`
    }
  }
  // C0 and C1 control characters, DEL, and unpaired surrogates.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return forbidden
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
      if (c > 0xdbff || next < 0xdc00 || next > 0xdfff) return forbidden
      i++
    }
  }
  return undefined
}

/**
 * A string that satisfies the id rule, unbranded: the base of every id schema.
 *
 * @since 0.1.0
 */
export const IdString = Schema.String.pipe(
  Schema.filter((s) => idProblem(s) ?? true, { identifier: "Id", description: "a runledger id" })
)

const makeId = <const B extends string>(brand: B) =>
  IdString.pipe(Schema.brand(brand), Schema.annotations({ identifier: brand }))

/** The id of a run, unique within its tenant scope. @since 0.1.0 */
export const RunId = makeId("RunId")
/** @since 0.1.0 */
export type RunId = typeof RunId.Type

/** The workflow type a run executes. @since 0.1.0 */
export const FlowId = makeId("FlowId")
/** @since 0.1.0 */
export type FlowId = typeof FlowId.Type

/** A step of a run. @since 0.1.0 */
export const StepId = makeId("StepId")
/** @since 0.1.0 */
export type StepId = typeof StepId.Type

/** The chain of runs linked by continue-as-new. @since 0.1.0 */
export const ChainId = makeId("ChainId")
/** @since 0.1.0 */
export type ChainId = typeof ChainId.Type

/** The idempotency key of an event. @since 0.1.0 */
export const EventId = makeId("EventId")
/** @since 0.1.0 */
export type EventId = typeof EventId.Type

/** A snapshot of a run. @since 0.1.0 */
export const SnapshotId = makeId("SnapshotId")
/** @since 0.1.0 */
export type SnapshotId = typeof SnapshotId.Type

/** A definition (spec) of a flow. @since 0.1.0 */
export const SpecId = makeId("SpecId")
/** @since 0.1.0 */
export type SpecId = typeof SpecId.Type

/** A timer of a run. @since 0.1.0 */
export const TimerId = makeId("TimerId")
/** @since 0.1.0 */
export type TimerId = typeof TimerId.Type

/** The holder of a lease (a worker). @since 0.1.0 */
export const OwnerId = makeId("OwnerId")
/** @since 0.1.0 */
export type OwnerId = typeof OwnerId.Type

/** The key of a global context value. @since 0.1.0 */
export const GlobalKey = makeId("GlobalKey")
/** @since 0.1.0 */
export type GlobalKey = typeof GlobalKey.Type
