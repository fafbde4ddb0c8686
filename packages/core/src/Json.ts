/**
 * JSON values (run input and state, event payloads, outputs, checkpoints): what counts as JSON,
 * its canonical form, its size and its fingerprint.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { sha256HexOfString, utf8Length } from "./internal/sha256.js"
import { storedOf } from "./internal/texts.js"

/**
 * A JSON value: `null`, a boolean, a finite number, a string, an array or a plain object of JSON
 * values.
 *
 * @since 0.1.0
 */
export type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

/**
 * The deepest nesting accepted. It also bounds the check itself, so a cyclic structure is refused
 * instead of overflowing the stack.
 *
 * @since 0.1.0
 */
export const MaxDepth = 256

const isPlainObject = (u: object): boolean => {
  const proto = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

const describe = (u: unknown): string =>
  u === undefined ? "undefined" : typeof u === "number" ? String(u) : typeof u === "object" ? "a non-plain object" : `a ${typeof u}`

const thrown = (cause: unknown): string => {
  try {
    return cause instanceof Error ? String(cause.message).slice(0, 200) : "it threw"
  } catch {
    return "it threw"
  }
}

/**
 * Why `u` is not JSON (with the path to the first offending value), or `undefined` when it is.
 *
 * @since 0.1.0
 */
export const jsonProblem = (u: unknown): string | undefined => {
  const visit = (v: unknown, path: string, depth: number): string | undefined => {
    if (depth > MaxDepth) return `at ${path}: nested deeper than ${MaxDepth} levels (or cyclic)`
    try {
      return visitValue(v, path, depth)
    } catch (cause) {
      // A getter or a proxy trap of the caller's threw: not JSON, and not a reason to crash.
      return `at ${path}: cannot be read (${thrown(cause)})`
    }
  }
  const visitValue = (v: unknown, path: string, depth: number): string | undefined => {
    switch (typeof v) {
      case "string":
      case "boolean":
        return undefined
      case "number":
        return Number.isFinite(v) ? undefined : `at ${path}: ${describe(v)} is not JSON`
      case "object": {
        if (v === null) return undefined
        if (Object.getOwnPropertySymbols(v).length > 0) return `at ${path}: a symbol key is not JSON`
        if (Array.isArray(v)) {
          // Named properties on an array would be silently dropped by JSON text: refuse them.
          if (Object.keys(v).length !== v.length) {
            const extra = Object.keys(v).find((k) => !/^(0|[1-9][0-9]*)$/.test(k))
            if (extra !== undefined) return `at ${path}.${extra}: a named property on an array is not JSON`
          }
          for (let i = 0; i < v.length; i++) {
            if (!(i in v)) return `at ${path}[${i}]: a hole is not JSON`
            const problem = visit(v[i], `${path}[${i}]`, depth + 1)
            if (problem !== undefined) return problem
          }
          return undefined
        }
        if (!isPlainObject(v)) return `at ${path}: ${describe(v)} is not JSON`
        for (const k of Object.keys(v)) {
          const problem = visit((v as Record<string, unknown>)[k], `${path}.${k}`, depth + 1)
          if (problem !== undefined) return problem
        }
        return undefined
      }
      default:
        return `at ${path}: ${describe(v)} is not JSON`
    }
  }
  return visit(u, "$", 0)
}

/**
 * Whether `u` is a JSON value.
 *
 * @since 0.1.0
 */
export const isJson = (u: unknown): u is Json => jsonProblem(u) === undefined

/**
 * Schema for a JSON value: decoding refuses `undefined`, functions, symbols, bigints, `NaN` and
 * infinities, class instances (including `Date`), sparse arrays, and cycles.
 *
 * @since 0.1.0
 */
export const Json: Schema.Schema<Json> = Schema.declare(isJson, {
  identifier: "Json",
  description: "a JSON value",
  message: (issue) => jsonProblem(issue.actual) ?? "not a JSON value"
})

/**
 * The canonical text of a JSON value: object keys sorted by code unit at every level, no
 * whitespace. Two values that mean the same have the same canonical text.
 *
 * @since 0.1.0
 */
export const canonicalize = (value: Json): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(",")}]`
  const record = value as { readonly [key: string]: Json }
  const keys = Object.keys(record).sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalize(record[k]!)}`).join(",")}}`
}

/**
 * The JSON text of a value, key order kept (`JSON.stringify`): what a store writes. For the values a
 * store decoded itself it was computed already, and is not computed again.
 *
 * @since 0.1.0
 */
export const text = (value: Json): string => storedOf(value) ?? JSON.stringify(value)

/**
 * The size in UTF-8 bytes of a value's canonical text: what size limits are measured in.
 *
 * @since 0.1.0
 */
export const byteSize = (value: Json): number => utf8Length(canonicalize(value))

/**
 * SHA-256 of a string's UTF-8 bytes, as lowercase hex.
 *
 * @since 0.1.0
 */
export const sha256 = (text: string): string => sha256HexOfString(text)

/**
 * The fingerprint of a JSON value: SHA-256 of its canonical text. Equal fingerprints mean equal
 * content, whatever the key order.
 *
 * @since 0.1.0
 */
export const fingerprint = (value: Json): string => sha256(canonicalize(value))
