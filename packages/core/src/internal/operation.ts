import { Cause, Clock, Context, Effect, Option, ParseResult, Schema } from "effect"
import type { Tracer } from "effect"
import { InvalidInput } from "../Errors.js"
import type { Json as JsonValue } from "../Json.js"
import { byteSize, Json } from "../Json.js"
import type { FenceOptions, FenceOptionsSchema } from "../Lease.js"
import type { Limits } from "../Limits.js"
import { DefaultPageSize, MaxPageSize } from "../Limits.js"
import * as RunStatus from "../RunStatus.js"
import * as TenantScope from "../TenantScope.js"
import type { Fast } from "./fastDecode.js"
import { Fail } from "./fastDecode.js"

/** Decode an operation's arguments; a failure is `InvalidInput` naming the operation and the path. */
export const decodeInput = <A, I>(schema: Schema.Schema<A, I>, operation: string) => {
  const decode = Schema.decodeUnknownEither(schema, { errors: "first", onExcessProperty: "error" })
  return (input: unknown): Effect.Effect<A, InvalidInput> => {
    const result = decode(input)
    return result._tag === "Right"
      ? Effect.succeed(result.right)
      : Effect.fail(new InvalidInput({ operation, detail: describeIssues(result.left) }))
  }
}

/** One line per issue, `path: message`, e.g. `runId: must not be empty`. */
const describeIssues = (error: ParseResult.ParseError): string =>
  ParseResult.ArrayFormatter.formatErrorSync(error)
    .map((issue) => issue.path.length === 0 ? issue.message : `${issue.path.join(".")}: ${issue.message}`)
    .join("; ")

/** The store clock as a `Date`: TestClock-driven in tests. */
export const now: Effect.Effect<Date> = Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms))

/**
 * A JSON value no larger than the store's limit, decoded to a private copy: a store must not share
 * objects with its caller, or a caller mutating its value after a write would change what was
 * "written" (and break write-once and fingerprints). The copy is what a durable store would read
 * back: key order kept, `-0` read as `0`.
 */
export const boundedJson = (limits: Limits) =>
  Schema.transform(
    Json.pipe(
      Schema.filter((value) => {
        const size = byteSize(value)
        return size <= limits.maxValueBytes || `is ${size} bytes, over the limit of ${limits.maxValueBytes}`
      })
    ),
    Schema.typeSchema(Json),
    {
      strict: true,
      decode: (value) => value === null || typeof value !== "object" ? (Object.is(value, -0) ? 0 : value) : JSON.parse(JSON.stringify(value)) as JsonValue,
      encode: (value) => value
    }
  )

/** A page size: a whole number from 1 to {@link MaxPageSize}. */
export const PageLimit = Schema.Int.pipe(Schema.between(1, MaxPageSize))

/** One expected status or a non-empty set of them, as `casStatus` takes it. */
export const Statuses = Schema.Union(RunStatus.RunStatus, Schema.Array(RunStatus.RunStatus).pipe(Schema.minItems(1)))

/** One value or several, as an array. */
export const toArray = <A>(a: A | ReadonlyArray<A>): ReadonlyArray<A> => Array.isArray(a) ? a : [a as A]

/** Decoded options carry `fencingToken: undefined` when absent; backends get a clean `FenceOptions`. */
export const fence = (options: typeof FenceOptionsSchema.Type | undefined): FenceOptions | undefined =>
  options?.fencingToken === undefined ? undefined : { fencingToken: options.fencingToken }

/** The page size to use for an optional limit. */
export const pageSize = (limit: number | undefined): number => limit ?? DefaultPageSize

/**
 * Effect's default tracer, the one a program has until it installs its own (OpenTelemetry, a test's
 * recording tracer, the DevTools). Its spans are kept nowhere: an operation that runs only the
 * store's own code has no one to show its span to.
 */
const defaultTracer: Tracer.Tracer = Effect.runSync(Effect.tracer)

/**
 * Run `body` over the decoded arguments inside a span named `operation`, annotated with the scope
 * and run the call is about. `fast`, when given, is a hand-written decoder of the same input (see
 * `fastDecode.ts`): it decodes the valid input of a hot operation, and anything it refuses is decoded
 * with `schema`, so errors are always the Schema's.
 *
 * Under Effect's default tracer the span is made only when the operation fails (a typed error or a
 * defect): its one visible
 * trace is the `at <operation>` line it adds to the failure's `Cause.pretty`, and a span around
 * every call cost a fifth of a store operation. Under any tracer a program installs, every call is
 * a span, as the contract says.
 */
export const traced = <A, I>(operation: string, schema: Schema.Schema<A, I>, fast?: Fast<unknown>) => {
  const decode = Schema.decodeUnknownEither(schema, { errors: "first", onExcessProperty: "error" })
  // No stack capture: it cost more than the rest of the span, and a store call's span is located by
  // its name.
  const failed = { kind: "client", captureStackTrace: false } as const
  return <B, E, R>(input: unknown, body: (args: A, clock: Now) => Effect.Effect<B, E, R>): Effect.Effect<B, E | InvalidInput, R> =>
    // One step reads the fiber's tracer and clock (a call is a few steps in all: each one counts).
    Effect.withFiberRuntime((fiber): Effect.Effect<B, E | InvalidInput, R> => {
      let args: A
      const decoded = fast === undefined ? Fail : fast(input)
      if (decoded !== Fail) {
        args = decoded as A
      } else {
        const result = decode(input)
        if (result._tag === "Left") {
          return Effect.withSpan(
            Effect.fail(new InvalidInput({ operation, detail: describeIssues(result.left) })),
            operation,
            failed
          )
        }
        args = result.right
      }
      const clock = Context.get(fiber.currentDefaultServices, Clock.Clock)
      return fiber.currentTracer === defaultTracer
        ? Effect.catchAllCause(body(args, clock), (cause) => Effect.withSpan(again(cause), operation, spanOptions(args)))
        : Effect.withSpan(body(args, clock), operation, spanOptions(args))
    })
}

/** The store clock of the calling fiber, as `traced` gives it to an operation's body. */
export type Now = Clock.Clock

/** The time on `clock` as a `Date` (what {@link now} gives, read without an Effect). */
export const dateOf = (clock: Now): Date => new Date(clock.unsafeCurrentTimeMillis())

/**
 * Fail again as `cause` did, made anew inside the current span so that the span is recorded in it:
 * the typed error (the first, as `catchAll` would see it), else the defect, else the cause itself.
 */
const again = <E>(cause: Cause.Cause<E>): Effect.Effect<never, E> => {
  const failure = Cause.failureOption(cause)
  if (Option.isSome(failure)) return Effect.fail(failure.value)
  const defect = Cause.dieOption(cause)
  return Option.isSome(defect) ? Effect.die(defect.value) : Effect.failCause(cause)
}

const spanOptions = (args: unknown) => ({ kind: "client", captureStackTrace: false, attributes: attributesOf(args) }) as const

/**
 * The scope and run a call is about: its `scope` and `runId` arguments, or those of the record it
 * creates (`RunStore.create`'s run) or works in (`EventLog.compact`'s options).
 */
const attributesOf = (args: unknown): Record<string, unknown> => {
  const attributes: Record<string, unknown> = {}
  if (typeof args === "object" && args !== null) {
    const record = args as Record<string, unknown>
    const nested = [record.run, record.options].find((u): u is Record<string, unknown> =>
      typeof u === "object" && u !== null && typeof (u as Record<string, unknown>).scope === "object"
    )
    const scope = typeof record.scope === "object" && record.scope !== null ? record.scope : nested?.scope
    const runId = typeof record.runId === "string" ? record.runId : nested?.runId
    if (typeof scope === "object" && scope !== null) attributes["runledger.scope"] = TenantScope.format(scope as TenantScope.Input)
    if (typeof runId === "string") attributes["runledger.run_id"] = runId
  }
  return attributes
}
