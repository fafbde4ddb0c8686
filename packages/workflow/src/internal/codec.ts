/**
 * What the engine stores is JSON: payloads, results and exits go through the workflow's and the
 * activity's own schemas, then to a JSON value the store accepts. A value whose encoding is not
 * JSON (a `bigint`, `NaN`, a function) is refused with a message saying which record it was for; a
 * defect (an arbitrary thrown value) is kept as readable JSON instead, since it is only ever shown.
 */
import type { Json } from "@runledger/core"
import { Cause, Effect, Exit, ParseResult, Schema } from "effect"

/** The JSON value of `u`, or why it has none. Object keys with `undefined` are left out, as `JSON.stringify` does. */
export const toJson = (u: unknown, path = "value"): Json.Json => {
  if (u === null || typeof u === "string" || typeof u === "boolean") return u
  if (typeof u === "number") {
    if (!Number.isFinite(u)) throw new TypeError(`${path} is ${u}, which JSON cannot hold`)
    return u
  }
  if (u instanceof Date) return u.toISOString()
  if (Array.isArray(u)) return u.map((item, i) => (item === undefined ? null : toJson(item, `${path}[${i}]`)))
  if (typeof u === "object") {
    const out: Record<string, Json.Json> = {}
    for (const [key, value] of Object.entries(u)) {
      if (value !== undefined) out[key] = toJson(value, `${path}.${key}`)
    }
    return out
  }
  throw new TypeError(`${path} is a ${typeof u}, which JSON cannot hold`)
}

/** A readable JSON picture of a thrown value, whatever it is. */
const defectJson = (u: unknown): Json.Json => {
  try {
    return toJson(u, "defect")
  } catch {
    try {
      return JSON.parse(JSON.stringify(u, (_, value) => (typeof value === "bigint" ? `${value}n` : value)) ?? "null") as Json.Json
    } catch {
      return String(u)
    }
  }
}

/** The exit of an activity or a deferred, its values encoded already (`executeEncoded`, `deferredDone`). */
const EncodedExit = Schema.Exit({ success: Schema.Unknown, failure: Schema.Unknown, defect: Schema.Defect })

type CauseJson = { readonly _tag: string; readonly [key: string]: unknown }

/** The defects of an encoded cause made readable JSON (everything else is left to `toJson`). */
const withJsonDefects = (cause: CauseJson): CauseJson => {
  switch (cause._tag) {
    case "Die":
      return { ...cause, defect: defectJson(cause.defect) }
    case "Sequential":
    case "Parallel":
      return { ...cause, left: withJsonDefects(cause.left as CauseJson), right: withJsonDefects(cause.right as CauseJson) }
    default:
      return cause
  }
}

const exitJson = (encoded: { readonly _tag: string; readonly cause?: unknown; readonly value?: unknown }, what: string): Json.Json =>
  toJson(encoded._tag === "Failure" ? { ...encoded, cause: withJsonDefects(encoded.cause as CauseJson) } : encoded, what)

/** An exit whose values are encoded already, as JSON (`what` names the record in errors). */
export const encodedExitToJson = (exit: Exit.Exit<unknown, unknown>, what: string): Effect.Effect<Json.Json, string> =>
  Effect.try({
    try: () => exitJson(Schema.encodeSync(EncodedExit)(exit), what),
    catch: (error) => `${what} cannot be stored: ${error instanceof Error ? error.message : String(error)}`
  })

/** The exit stored by {@link encodedExitToJson}, its values still encoded. */
export const encodedExitFromJson = (json: Json.Json, what: string): Effect.Effect<Exit.Exit<unknown, unknown>, string> =>
  Effect.mapError(Schema.decodeUnknown(EncodedExit)(json), (error) => `${what} is unreadable: ${ParseResult.TreeFormatter.formatErrorSync(error)}`)

type ResultSchema = Schema.Schema<Exit.Exit<unknown, unknown>, Schema.ExitEncoded<unknown, unknown, unknown>>

// A workflow's result schema is made once per pair of schemas: making a Schema (and its parser) is
// far costlier than using one.
const resultSchemas = new WeakMap<object, WeakMap<object, ResultSchema>>()

/** The schema of a workflow's result. */
export const resultSchema = (workflow: {
  readonly successSchema: Schema.Schema.Any
  readonly errorSchema: Schema.Schema.All
}): ResultSchema => {
  let byError = resultSchemas.get(workflow.successSchema)
  if (byError === undefined) resultSchemas.set(workflow.successSchema, byError = new WeakMap())
  let schema = byError.get(workflow.errorSchema)
  if (schema === undefined) {
    schema = Schema.Exit({
      success: workflow.successSchema as Schema.Schema<unknown, unknown, never>,
      failure: workflow.errorSchema as Schema.Schema<unknown, unknown, never>,
      defect: Schema.Defect
    }) as unknown as ResultSchema
    byError.set(workflow.errorSchema, schema)
  }
  return schema
}

/** A workflow's result, encoded with its own schemas, as JSON. */
export const resultToJson = (
  workflow: Parameters<typeof resultSchema>[0] & { readonly name: string },
  exit: Exit.Exit<unknown, unknown>
): Effect.Effect<Json.Json, string> =>
  Effect.flatMap(
    Effect.mapError(
      Schema.encode(resultSchema(workflow))(exit),
      (error) => `the result of workflow ${workflow.name} does not encode: ${ParseResult.TreeFormatter.formatErrorSync(error)}`
    ),
    (encoded) =>
      Effect.try({
        try: () => exitJson(encoded, `the result of workflow ${workflow.name}`),
        catch: (error) => error instanceof Error ? error.message : String(error)
      })
  )

/** A stored result, decoded with the workflow's schemas. */
export const resultFromJson = (
  workflow: Parameters<typeof resultSchema>[0] & { readonly name: string },
  json: unknown
): Effect.Effect<Exit.Exit<unknown, unknown>, string> =>
  Effect.mapError(
    Schema.decodeUnknown(resultSchema(workflow))(json),
    (error) => `the stored result of workflow ${workflow.name} does not decode: ${ParseResult.TreeFormatter.formatErrorSync(error)}`
  )

/** A suspension cause as stored (`Workflow.Suspended.cause`: defects only). */
const SuspendCause = Schema.Cause({ error: Schema.Never, defect: Schema.Defect })

/** The cause of a suspension on failure, as JSON. */
export const suspendCauseToJson = (cause: Cause.Cause<never>): Json.Json => {
  try {
    return toJson(withJsonDefects(Schema.encodeSync(SuspendCause)(cause) as CauseJson), "cause")
  } catch {
    return toJson(withJsonDefects(Schema.encodeSync(SuspendCause)(Cause.die(Cause.pretty(cause))) as CauseJson), "cause")
  }
}

/** The stored cause of a suspension. */
export const suspendCauseFromJson = (json: unknown): Cause.Cause<never> | undefined => {
  const decoded = Schema.decodeUnknownEither(SuspendCause)(json)
  return decoded._tag === "Right" ? decoded.right : undefined
}

/** A workflow's payload, encoded with its schema, as JSON. */
export const payloadToJson = (
  workflow: { readonly name: string; readonly payloadSchema: Schema.Schema.Any },
  payload: unknown
): Effect.Effect<Json.Json, string> =>
  Effect.flatMap(
    Effect.mapError(
      Schema.encodeUnknown(workflow.payloadSchema as Schema.Schema<unknown, unknown, never>)(payload),
      (error) => `the payload of workflow ${workflow.name} does not match its schema: ${ParseResult.TreeFormatter.formatErrorSync(error)}`
    ),
    (encoded) =>
      Effect.try({
        try: () => toJson(encoded, "payload"),
        catch: (error) => `the payload of workflow ${workflow.name} cannot be stored: ${error instanceof Error ? error.message : String(error)}`
      })
  )

/** A stored payload, decoded with the workflow's schema. */
export const payloadFromJson = (
  workflow: { readonly name: string; readonly payloadSchema: Schema.Schema.Any },
  json: unknown
): Effect.Effect<object, string> =>
  Effect.mapError(
    Schema.decodeUnknown(workflow.payloadSchema as Schema.Schema<object, unknown, never>)(json),
    (error) => `the stored payload of workflow ${workflow.name} does not decode: ${ParseResult.TreeFormatter.formatErrorSync(error)}`
  )

/** The exit a deferred or an activity ends with, for the status of an event (success, failure, interrupt, defect). */
export const outcomeOf = (exit: Exit.Exit<unknown, unknown>): "success" | "failure" | "interrupted" | "defect" =>
  Exit.isSuccess(exit)
    ? "success"
    : Cause.isInterruptedOnly(exit.cause)
    ? "interrupted"
    : Cause.isFailType(exit.cause) || Cause.failureOption(exit.cause)._tag === "Some"
    ? "failure"
    : "defect"
