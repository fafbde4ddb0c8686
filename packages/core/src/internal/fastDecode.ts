/**
 * Hand-written decoders for the inputs of the hot operations (append, appendOnce, read, poll,
 * casStatus). Each accepts exactly what its Schema accepts and returns the same value; for anything
 * it is not sure of it returns {@link Fail}, and the operation then decodes with the Schema, which
 * gives the caller its `InvalidInput` with the usual message. So the Schema stays the one definition
 * of valid input and of every error; these only make the common, valid case cheap (Schema decoding
 * of a call's arguments cost more than the rest of the call). `test/FastDecode.property.test.ts`
 * checks each against its Schema on arbitrary input.
 */
import { CompactedType, MarkerIdPrefix } from "../Event.js"
import { idProblem } from "../Identifiers.js"
import type { Json } from "../Json.js"
import { canonicalize, MaxDepth } from "../Json.js"
import type { Limits } from "../Limits.js"
import * as RunStatus from "../RunStatus.js"
import { MaxDate, MaxPageSize, MinDate } from "../Limits.js"
import { TenantScope } from "../TenantScope.js"
import { decodeFeedCursor } from "./feedCursor.js"
import { utf8Length } from "./sha256.js"
import * as Texts from "./texts.js"

/** "Not decoded here": decode with the Schema instead. */
export const Fail: unique symbol = Symbol.for("@runledger/core/FastDecode/Fail")
/** @internal */
export type Fail = typeof Fail

/** A fast decoder: the decoded value, or {@link Fail}. */
export type Fast<A> = (u: unknown) => A | Fail

const hasOwn = Object.prototype.hasOwnProperty

/** A plain record (what `Schema.Struct` decodes) whose own keys are all in `allowed`. */
const record = (u: unknown, allowed: ReadonlySet<string>): u is Record<string, unknown> => {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false
  const keys = Reflect.ownKeys(u)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    if (typeof key !== "string" || !allowed.has(key)) return false
  }
  return true
}

const id = (u: unknown): u is string => typeof u === "string" && idProblem(u) === undefined

const int = (u: unknown): u is number => typeof u === "number" && Number.isSafeInteger(u)

const inputDate = (u: unknown): u is Date => {
  if (!(u instanceof Date)) return false
  const t = u.getTime()
  return !Number.isNaN(t) && t >= MinDate.getTime() && t <= MaxDate.getTime()
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

const Invalid: unique symbol = Symbol.for("@runledger/core/FastDecode/Invalid")
const isPlainObject = (u: object): boolean => {
  const proto = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

// Set by `copyJson` when an object's keys are not in sorted order: its canonical text then differs
// from its JSON text.
let unsorted = false

/**
 * A private copy of `v` when it is JSON by `Json.jsonProblem`'s rules — the same value
 * `JSON.parse(JSON.stringify(v))` gives — else `Invalid`.
 */
const copyJson = (v: unknown, depth: number): Json | typeof Invalid => {
  if (depth > MaxDepth) return Invalid
  switch (typeof v) {
    case "string":
    case "boolean":
      return v
    case "number":
      return Number.isFinite(v) ? (v === 0 ? 0 : v) : Invalid
    case "object": {
      if (v === null) return null
      if (Object.getOwnPropertySymbols(v).length > 0) return Invalid
      if (Array.isArray(v)) {
        // As many keys as elements and no hole: then every key is an index (no named property).
        if (Object.keys(v).length !== v.length) return Invalid
        const out: Array<Json> = new Array(v.length)
        for (let i = 0; i < v.length; i++) {
          if (!(i in v)) return Invalid
          const item = copyJson(v[i], depth + 1)
          if (item === Invalid) return Invalid
          out[i] = item
        }
        return out
      }
      if (!isPlainObject(v)) return Invalid
      const out: Record<string, Json> = {}
      const keys = Object.keys(v)
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!
        if (i > 0 && keys[i - 1]! > k) unsorted = true
        const item = copyJson((v as Record<string, unknown>)[k], depth + 1)
        if (item === Invalid) return Invalid
        // JSON.parse makes "__proto__" an own property; an assignment would set the prototype.
        if (k === "__proto__") Object.defineProperty(out, k, { value: item, enumerable: true, writable: true, configurable: true })
        else out[k] = item
      }
      return out
    }
    default:
      return Invalid
  }
}

/** The canonical text of `value`, remembered when the value is a copy made by a fast decoder. */
export const canonicalText = (value: Json): string => Texts.canonicalOf(value) ?? canonicalize(value)

/**
 * `boundedJson(limits)`: a JSON value within the size limit, as a private copy. The canonical text of
 * a copy of at least `Texts.RememberFrom` characters is remembered, and so is its JSON text when they
 * are the same (keys in sorted order everywhere: then the native `JSON.stringify` makes both at once).
 */
export const boundedJson = (limits: Limits): Fast<Json> => (u) => {
  unsorted = false
  const copy = copyJson(u, 0)
  if (copy === Invalid) return Fail
  const sorted = !unsorted
  const text = sorted ? JSON.stringify(copy) : canonicalize(copy)
  if (utf8Length(text) > limits.maxValueBytes) return Fail
  if (copy !== null && typeof copy === "object" && text.length >= Texts.RememberFrom) Texts.remember(copy, text, sorted)
  return copy
}

// ---------------------------------------------------------------------------------------------
// Structs
// ---------------------------------------------------------------------------------------------

const scopeKeys = new Set(["orgId", "workspaceId", "deploymentId"])

/**
 * A `TenantScope` of checked fields: what `new TenantScope(props, true)` builds — an instance whose
 * own properties are the fields — without the constructor's copy (one scope per store call).
 */
const scopeOf = (orgId: string, workspaceId: string, deploymentId: unknown, withDeployment: boolean): TenantScope => {
  const scope = Object.create(TenantScope.prototype) as Record<string, unknown>
  scope.orgId = orgId
  scope.workspaceId = workspaceId
  if (withDeployment) scope.deploymentId = deploymentId
  return scope as unknown as TenantScope
}

/** `TenantScope` (the class): a new instance, as the Schema decodes it. */
export const scope: Fast<TenantScope> = (u) => {
  if (!record(u, scopeKeys) || !id(u.orgId) || !id(u.workspaceId)) return Fail
  if (!hasOwn.call(u, "deploymentId")) return scopeOf(u.orgId, u.workspaceId, undefined, false)
  const deploymentId = u.deploymentId
  if (deploymentId !== undefined && !id(deploymentId)) return Fail
  return scopeOf(u.orgId, u.workspaceId, deploymentId, true)
}

/**
 * A field of a Struct known to be present: undefined stays undefined, otherwise `decode`d. Writes into
 * `out`; false when the value is refused.
 */
const present = <A>(u: Record<string, unknown>, key: string, out: Record<string, unknown>, decode: Fast<A>): boolean => {
  const value = u[key]
  if (value === undefined) {
    out[key] = undefined
    return true
  }
  const decoded = decode(value)
  if (decoded === Fail) return false
  out[key] = decoded
  return true
}

/**
 * An optional field of a Struct: absent stays absent, present-and-undefined stays undefined,
 * otherwise `check`ed. Writes into `out`; false when the value is refused.
 */
const optional = <A>(u: Record<string, unknown>, key: string, out: Record<string, unknown>, decode: Fast<A>): boolean =>
  !hasOwn.call(u, key) || present(u, key, out, decode)

const idField: Fast<string> = (u) => (id(u) ? u : Fail)
const positiveInt: Fast<number> = (u) => (int(u) && u > 0 ? u : Fail)
const seqBound: Fast<number> = (u) => (int(u) && u >= 0 ? u : Fail)
const pageLimit: Fast<number> = (u) => (int(u) && u >= 1 && u <= MaxPageSize ? u : Fail)
const boolean: Fast<boolean> = (u) => (typeof u === "boolean" ? u : Fail)
const date: Fast<Date> = (u) => (inputDate(u) ? u : Fail)
const feedCursor: Fast<string> = (u) => (typeof u === "string" && decodeFeedCursor(u) !== undefined ? u : Fail)

// The optional fields of a new event, as bits (which of them the input has).
const PAYLOAD = 1, OCCURRED_AT = 2, CAUSATION_ID = 4, CORRELATION_ID = 8, ACTOR = 16, SCHEMA_VERSION = 32

/**
 * `EventLog`'s `NewEventInput`: `Event.NewEvent` with a bounded payload. A batch decodes a thousand of
 * these, so the keys are read once: each one known (any other key, a symbol included, is refused),
 * the optional ones noted as they come.
 */
export const newEvent = (limits: Limits) => {
  const payload = boundedJson(limits)
  return (u: unknown): Record<string, unknown> | Fail => {
    if (typeof u !== "object" || u === null || Array.isArray(u)) return Fail
    const keys = Reflect.ownKeys(u)
    let has = 0
    for (let i = 0; i < keys.length; i++) {
      switch (keys[i]) {
        case "eventId":
        case "type":
          break
        case "payload":
          has |= PAYLOAD
          break
        case "occurredAt":
          has |= OCCURRED_AT
          break
        case "causationId":
          has |= CAUSATION_ID
          break
        case "correlationId":
          has |= CORRELATION_ID
          break
        case "actor":
          has |= ACTOR
          break
        case "schemaVersion":
          has |= SCHEMA_VERSION
          break
        default:
          return Fail
      }
    }
    const input = u as Record<string, unknown>
    const eventId = input.eventId
    const type = input.type
    if (!id(eventId) || eventId.startsWith(MarkerIdPrefix) || !id(type) || type === CompactedType) return Fail
    const out: Record<string, unknown> = { eventId, type }
    // The fields in the Schema's order, as it decodes them.
    if (has === 0) return out
    if (
      ((has & PAYLOAD) === 0 || present(input, "payload", out, payload)) &&
      ((has & OCCURRED_AT) === 0 || present(input, "occurredAt", out, date)) &&
      ((has & CAUSATION_ID) === 0 || present(input, "causationId", out, idField)) &&
      ((has & CORRELATION_ID) === 0 || present(input, "correlationId", out, idField)) &&
      ((has & ACTOR) === 0 || present(input, "actor", out, idField)) &&
      ((has & SCHEMA_VERSION) === 0 || present(input, "schemaVersion", out, positiveInt))
    ) return out
    return Fail
  }
}

const fenceKeys = new Set(["fencingToken"])
const fenceOptions: Fast<Record<string, unknown>> = (u) => {
  if (!record(u, fenceKeys)) return Fail
  const out: Record<string, unknown> = {}
  return optional(u, "fencingToken", out, positiveInt) ? out : Fail
}

const appendOnceKeys = new Set(["scope", "runId", "event", "options"])

/** `EventLog`'s `AppendOnceInput`. */
export const appendOnceInput = (limits: Limits) => {
  const event = newEvent(limits)
  return (u: unknown): Record<string, unknown> | Fail => {
    if (!record(u, appendOnceKeys) || !id(u.runId)) return Fail
    const s = scope(u.scope)
    if (s === Fail) return Fail
    const e = event(u.event)
    if (e === Fail) return Fail
    const out: Record<string, unknown> = { scope: s, runId: u.runId, event: e }
    return optional(u, "options", out, fenceOptions) ? out : Fail
  }
}

const appendKeys = new Set(["scope", "runId", "events", "options"])
const appendOptionKeys = new Set(["expectedSeq", "fencingToken"])

/** `EventLog`'s `AppendInput`: a batch of 1 to 1000 events with distinct ids. */
export const appendInput = (limits: Limits) => {
  const event = newEvent(limits)
  return (u: unknown): Record<string, unknown> | Fail => {
    if (!record(u, appendKeys) || !id(u.runId)) return Fail
    const s = scope(u.scope)
    if (s === Fail) return Fail
    const input = u.events
    if (!Array.isArray(input) || input.length < 1 || input.length > MaxPageSize) return Fail
    const events: Array<Record<string, unknown>> = new Array(input.length)
    const ids = new Set<unknown>()
    for (let i = 0; i < input.length; i++) {
      const e = event(input[i])
      if (e === Fail) return Fail
      ids.add(e.eventId)
      events[i] = e
    }
    if (ids.size !== events.length) return Fail
    const o = u.options
    if (!record(o, appendOptionKeys)) return Fail
    const options: Record<string, unknown> = {}
    if (!optional(o, "expectedSeq", options, seqBound) || !optional(o, "fencingToken", options, positiveInt)) return Fail
    return { scope: s, runId: u.runId, events, options }
  }
}

const readKeys = new Set(["scope", "runId", "window"])
const windowKeys = new Set(["afterSeq", "beforeSeq", "limit", "tail"])

/** `EventLog`'s `ReadInput`. */
export const readInput: Fast<Record<string, unknown>> = (u) => {
  if (!record(u, readKeys) || !id(u.runId)) return Fail
  const s = scope(u.scope)
  if (s === Fail) return Fail
  const w = u.window
  if (!record(w, windowKeys)) return Fail
  const window: Record<string, unknown> = {}
  if (
    optional(w, "afterSeq", window, seqBound) &&
    optional(w, "beforeSeq", window, seqBound) &&
    optional(w, "limit", window, pageLimit) &&
    optional(w, "tail", window, boolean)
  ) return { scope: s, runId: u.runId, window }
  return Fail
}

const pollKeys = new Set(["scope", "after", "limit"])

/** `EventLog`'s `PollInput`. */
export const pollInput: Fast<Record<string, unknown>> = (u) => {
  if (!record(u, pollKeys)) return Fail
  const s = scope(u.scope)
  if (s === Fail) return Fail
  const out: Record<string, unknown> = { scope: s }
  return optional(u, "after", out, feedCursor) && optional(u, "limit", out, pageLimit) ? out : Fail
}

const statuses: ReadonlySet<unknown> = new Set(RunStatus.all)
const casStatusKeys = new Set(["scope", "runId", "expected", "next", "options"])

/** `RunStore`'s `CasStatusInput`: `expected` is one status or a non-empty array of them. */
export const casStatusInput: Fast<Record<string, unknown>> = (u) => {
  if (!record(u, casStatusKeys) || !id(u.runId) || !statuses.has(u.next)) return Fail
  const s = scope(u.scope)
  if (s === Fail) return Fail
  let expected: unknown = u.expected
  if (Array.isArray(expected)) {
    if (expected.length === 0) return Fail
    for (let i = 0; i < expected.length; i++) if (!statuses.has(expected[i])) return Fail
    expected = expected.slice()
  } else if (!statuses.has(expected)) {
    return Fail
  }
  const out: Record<string, unknown> = { scope: s, runId: u.runId, expected, next: u.next }
  return optional(u, "options", out, fenceOptions) ? out : Fail
}

const runRefKeys = new Set(["scope", "runId"])

/** A run reference, `{ scope, runId }` (`RunStore.get`, `EventLog.lastSeq`, …). */
export const runRefInput: Fast<Record<string, unknown>> = (u) => {
  if (!record(u, runRefKeys) || !id(u.runId)) return Fail
  const s = scope(u.scope)
  return s === Fail ? Fail : { scope: s, runId: u.runId }
}

const casStateKeys = new Set(["scope", "runId", "expectedVersion", "patch", "options"])
const patchKeys = new Set(["status", "state"])
const status: Fast<unknown> = (u) => (statuses.has(u) ? u : Fail)

/** `RunStore`'s `CasStateInput`: the expected version, and a patch of a status, a state (bounded JSON), or both. */
export const casStateInput = (limits: Limits) => {
  const state = boundedJson(limits)
  return (u: unknown): Record<string, unknown> | Fail => {
    if (!record(u, casStateKeys) || !id(u.runId) || positiveInt(u.expectedVersion) === Fail) return Fail
    const s = scope(u.scope)
    if (s === Fail) return Fail
    const p = u.patch
    if (!record(p, patchKeys)) return Fail
    const patch: Record<string, unknown> = {}
    if (!optional(p, "status", patch, status) || !optional(p, "state", patch, state)) return Fail
    const out: Record<string, unknown> = { scope: s, runId: u.runId, expectedVersion: u.expectedVersion, patch }
    return optional(u, "options", out, fenceOptions) ? out : Fail
  }
}
