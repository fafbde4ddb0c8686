/**
 * The kit's assertions. They throw a {@link Violation}: inside an `Effect.gen` body that becomes a
 * defect, which the runner reports with the scenario's name — so a scenario reads as a plain list of
 * checks and still runs outside vitest (the verdict API, the kit's own "bites" tests).
 */
import { Cause, Chunk, Either, Exit, Option } from "effect"

/** A broken promise of the contract, found by a scenario. */
export class Violation extends Error {
  override readonly name = "ConformanceViolation"
}

/** Fail the scenario. */
export const fail = (message: string): never => {
  throw new Violation(message)
}

/** Fail the scenario unless `condition` holds. */
export const ensure = (condition: boolean, message: string | (() => string)): void => {
  if (!condition) fail(typeof message === "string" ? message : message())
}

/**
 * A plain, order-stable picture of a value for comparison and printing: dates as ISO text, `Option`
 * and `Either` as tagged objects, class instances (Schema classes) as their own fields, object keys
 * sorted, `undefined` fields dropped (a backend may set an absent optional field or omit it).
 */
export const plain = (u: unknown): unknown => {
  if (u === null || u === undefined) return u ?? null
  if (typeof u === "bigint") return `${u}n`
  if (typeof u !== "object") return u
  if (u instanceof Date) return Number.isNaN(u.getTime()) ? "Invalid Date" : u.toISOString()
  if (Option.isOption(u)) return Option.isSome(u) ? { _tag: "Some", value: plain(u.value) } : { _tag: "None" }
  if (Either.isEither(u)) return Either.isRight(u) ? { _tag: "Right", right: plain(u.right) } : { _tag: "Left", left: plain(u.left) }
  if (Array.isArray(u)) return u.map(plain)
  // A null-prototype record: a `__proto__` key (valid JSON) stays an own field instead of a prototype.
  const out: Record<string, unknown> = Object.create(null)
  for (const key of Object.keys(u).sort()) {
    const value = (u as Record<string, unknown>)[key]
    if (value !== undefined) out[key] = plain(value)
  }
  return out
}

/** The text of {@link plain}: equal text, equal observable value. */
export const show = (u: unknown): string => JSON.stringify(plain(u))

/** Fail unless `actual` and `expected` have the same {@link plain} picture. */
export const equal = (actual: unknown, expected: unknown, label: string): void => {
  const a = show(actual)
  const e = show(expected)
  if (a !== e) fail(`${label}\n${difference(e, a)}`)
}

const truncate = (s: string): string => (s.length > 2000 ? `${s.slice(0, 2000)}…` : s)

/** Both texts, or — when they are long — the window around where they first differ. */
const difference = (expected: string, actual: string): string => {
  if (expected.length + actual.length <= 1200) return `  expected: ${expected}\n  actual:   ${actual}`
  let i = 0
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++
  const from = Math.max(0, i - 300)
  const window = (s: string) => `${from > 0 ? "…" : ""}${s.slice(from, i + 500)}${s.length > i + 500 ? "…" : ""}`
  return `  (first difference at character ${i})\n  expected: ${window(expected)}\n  actual:   ${window(actual)}`
}

/**
 * The observable outcome of a store call: its value, or its typed error reduced to the fields the
 * contract defines (messages are free text and may differ between backends).
 */
export type Outcome =
  | { readonly _tag: "Ok"; readonly value: unknown }
  | { readonly _tag: "Err"; readonly error: string; readonly fields: Record<string, unknown> }

/** The contract-relevant fields of a runledger error, by tag. */
export const errorFields = (error: unknown): Outcome => {
  const e = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>
  const tag = typeof e._tag === "string" ? e._tag : "UnknownError"
  const pick = (...keys: ReadonlyArray<string>) => Object.fromEntries(keys.map((k) => [k, plain(e[k])]))
  switch (tag) {
    case "NotFound":
      return { _tag: "Err", error: tag, fields: pick("entity", "id") }
    case "AlreadyExists":
      return { _tag: "Err", error: tag, fields: pick("entity", "id", "sameFingerprint") }
    case "InvalidTransition":
      return { _tag: "Err", error: tag, fields: pick("to") }
    case "SequenceConflict":
    case "RevisionConflict":
      return { _tag: "Err", error: tag, fields: pick("expected", "actual") }
    case "EventConflict":
      return { _tag: "Err", error: tag, fields: { eventIds: [...((e.eventIds as ReadonlyArray<string>) ?? [])].sort() } }
    case "LeaseHeld":
      return { _tag: "Err", error: tag, fields: pick("owner", "expiresAt") }
    case "Fenced":
      return { _tag: "Err", error: tag, fields: pick("token", "currentToken") }
    case "HistoryLimit":
      return { _tag: "Err", error: tag, fields: pick("limit") }
    case "InvalidInput":
      return { _tag: "Err", error: tag, fields: pick("operation") }
    default:
      return { _tag: "Err", error: tag, fields: {} }
  }
}

/** The outcome of a value. */
export const ok = (value: unknown): Outcome => ({ _tag: "Ok", value: plain(value) })

/** The outcome of an `Exit`; a defect or an interruption is a violation in itself. */
export const outcomeOf = (exit: Exit.Exit<unknown, unknown>, label: string): Outcome => {
  if (Exit.isSuccess(exit)) return ok(exit.value)
  const failure = Cause.failureOption(exit.cause)
  if (Option.isSome(failure)) return errorFields(failure.value)
  const defects = Chunk.toReadonlyArray(Cause.defects(exit.cause))
  // A violation thrown by a nested check keeps its own message.
  const violation = defects.find((d): d is Violation => d instanceof Violation)
  if (violation !== undefined) throw violation
  return fail(`${label}: died instead of succeeding or failing with a typed error:\n${Cause.pretty(exit.cause)}`)
}

/** Fail unless `actual` matches `expected` (or one of several acceptable outcomes). */
export const sameOutcome = (actual: Outcome, expected: Outcome | ReadonlyArray<Outcome>, label: string): void => {
  const options = Array.isArray(expected) ? expected : [expected as Outcome]
  const a = show(actual)
  if (options.some((o) => show(o) === a)) return
  fail(
    `${label}\n  expected: ${truncate(options.map(show).join("  or  "))}\n  actual:   ${truncate(a)}`
  )
}

/** The `_tag` of a failure, or "succeeded". */
export const tagOf = (either: Either.Either<unknown, unknown>): string =>
  Either.isRight(either)
    ? "succeeded"
    : typeof either.left === "object" && either.left !== null && "_tag" in either.left
    ? String((either.left as { _tag: unknown })._tag)
    : String(either.left)
