import { Cause, Clock, Context, Effect, Either, Option, ParseResult, Schema, SchemaAST as AST } from "effect"
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
  const decode = safeDecoder(schema, operation)
  return (input: unknown): Effect.Effect<A, InvalidInput> => {
    const result = decode(input)
    return result._tag === "Right" ? Effect.succeed(result.right) : Effect.fail(result.left)
  }
}

/**
 * The decoder of an operation's arguments: the value, or `InvalidInput` — whatever the input is. A
 * getter or proxy that throws while it is read makes `InvalidInput`, not a defect; and the message
 * never formats the caller's value itself (Effect's default message would, recursively, and a value
 * nested a few thousand levels deep overflowed the stack there).
 */
const safeDecoder = <A, I>(schema: Schema.Schema<A, I>, operation: string) => {
  const decode = Schema.decodeUnknownEither(schema, { errors: "first", onExcessProperty: "error" })
  return (input: unknown): Either.Either<A, InvalidInput> => {
    let result: Either.Either<A, ParseResult.ParseError>
    try {
      result = decode(input)
    } catch (cause) {
      return Either.left(new InvalidInput({ operation, detail: `the input could not be read: ${messageOf(cause)}` }))
    }
    return result._tag === "Right"
      ? Either.right(result.right)
      : Either.left(new InvalidInput({ operation, detail: describeIssues(result.left) }))
  }
}

const messageOf = (u: unknown): string => {
  try {
    return bounded(u instanceof Error ? u.message : String(u))
  } catch {
    return "an unprintable error"
  }
}

const MaxShown = 200

/** At most {@link MaxShown} characters of `s`. */
const bounded = (s: string): string => s.length > MaxShown ? `${s.slice(0, MaxShown)}…` : s

/**
 * `line`, or its start and its end when it is long: a path into a deep value, or a long key, makes a
 * message long, and its end says what is wrong.
 */
const shortened = (line: string): string =>
  line.length > 3 * MaxShown ? `${line.slice(0, MaxShown)} … ${line.slice(-MaxShown)}` : line

/** One line per issue, `path: message`, e.g. `runId: must not be empty`. */
const describeIssues = (error: ParseResult.ParseError): string => {
  try {
    return ParseResult.ArrayFormatter.formatIssueSync(withShortActuals(error.issue))
      .map((issue) => shortened(issue.path.length === 0 ? issue.message : `${issue.path.join(".")}: ${issue.message}`))
      .join("; ")
  } catch (cause) {
    return `the input could not be described: ${messageOf(cause)}`
  }
}

/**
 * `issue` with the value of every message-less `Type` issue replaced by a short stand-in: those are
 * the messages Effect writes as "Expected …, actual <the value>", formatting the caller's value in
 * full. Issues with a message (every runledger check writes its own) keep their value.
 */
const withShortActuals = (issue: ParseResult.ParseIssue): ParseResult.ParseIssue => {
  switch (issue._tag) {
    case "Type":
      return issue.message !== undefined || Option.isSome(AST.getMessageAnnotation(issue.ast))
        ? issue
        : new ParseResult.Type(issue.ast, shortActual(issue.actual))
    case "Pointer":
      return new ParseResult.Pointer(issue.path, issue.actual, withShortActuals(issue.issue))
    case "Refinement":
      return new ParseResult.Refinement(issue.ast, issue.actual, issue.kind, withShortActuals(issue.issue))
    case "Transformation":
      return new ParseResult.Transformation(issue.ast, issue.actual, issue.kind, withShortActuals(issue.issue))
    case "Composite":
      return new ParseResult.Composite(
        issue.ast,
        issue.actual,
        Array.isArray(issue.issues)
          ? (issue.issues.map(withShortActuals) as unknown as readonly [ParseResult.ParseIssue, ...Array<ParseResult.ParseIssue>])
          : withShortActuals(issue.issues as ParseResult.ParseIssue),
        issue.output
      )
    default:
      return issue
  }
}

/** A primitive as it is (a long string cut short); an object as a stand-in printed `{…}`, `[…]` or `Name {…}`. */
const shortActual = (u: unknown): unknown => {
  if (typeof u === "string") return bounded(u)
  if ((typeof u !== "object" && typeof u !== "function") || u === null) return u
  let label: string
  try {
    const name = Array.isArray(u) ? "" : (Object.getPrototypeOf(u) as { constructor?: { name?: unknown } } | null)?.constructor?.name
    label = Array.isArray(u) ? "[…]" : typeof u === "function" ? "a function" : name === undefined || name === "Object" ? "{…}" : `${String(name)} {…}`
  } catch {
    label = "an unreadable object"
  }
  return { toString: () => label }
}

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
    Json,
    // Checked again and measured on the copy: a getter of the caller's may give another value on
    // each read, the copy is what is stored.
    Schema.typeSchema(Json).pipe(
      Schema.filter((value) => {
        const size = byteSize(value)
        return size <= limits.maxValueBytes || `is ${size} bytes, over the limit of ${limits.maxValueBytes}`
      })
    ),
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
  const decode = safeDecoder(schema, operation)
  // No stack capture: it cost more than the rest of the span, and a store call's span is located by
  // its name.
  const failed = { kind: "client", captureStackTrace: false } as const
  return <B, E, R>(input: unknown, body: (args: A, clock: Now) => Effect.Effect<B, E, R>): Effect.Effect<B, E | InvalidInput, R> =>
    // One step reads the fiber's tracer and clock (a call is a few steps in all: each one counts).
    Effect.withFiberRuntime((fiber): Effect.Effect<B, E | InvalidInput, R> => {
      let args: A
      let decoded: unknown = Fail
      if (fast !== undefined) {
        try {
          decoded = fast(input)
        } catch {
          // A getter or proxy of the caller's that throws: the Schema reports it.
        }
      }
      if (decoded !== Fail) {
        args = decoded as A
      } else {
        const result = decode(input)
        if (result._tag === "Left") return Effect.withSpan(Effect.fail(result.left), operation, failed)
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
