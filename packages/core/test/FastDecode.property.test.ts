import { assert, describe, it } from "@effect/vitest"
import { Event, Identifiers, Json, TenantScope } from "@runledger/core"
import { Either, Equal, Schema } from "effect"
import * as fc from "fast-check"
import * as nodeAssert from "node:assert"
import * as crypto from "node:crypto"
import { boundedJson, canonicalText, Fail } from "../src/internal/fastDecode.js"
import { casStatusInput, eventLogInputs, runRefInput, runStoreInputs } from "../src/internal/hotInputs.js"
import { encodeFeedCursor } from "../src/internal/feedCursor.js"
import { sha256HexOfPair } from "../src/internal/sha256.js"

// The hot operations decode their input with hand-written decoders and fall back to the Schema for
// anything those refuse. These properties pin them to the Schema: a value the fast decoder returns is
// the value the Schema decodes (deeply, own keys and prototypes included), and input the Schema
// refuses is never taken by the fast decoder — so errors stay the Schema's.

const options = { errors: "first", onExcessProperty: "error" } as const
const limits = { maxValueBytes: 64, maxTextLength: 1024 }
const hot = eventLogInputs(limits)

const agrees = (name: string, schema: Schema.Schema<any, any>, fast: (u: unknown) => unknown) => {
  const decode = Schema.decodeUnknownEither(schema, options)
  return (u: unknown): boolean => {
    const expected = decode(u)
    const actual = fast(u)
    if (Either.isLeft(expected)) {
      assert.strictEqual(actual, Fail, `${name}: the fast decoder took input the Schema refuses: ${String(expected.left)}`)
    } else if (actual !== Fail) {
      nodeAssert.deepStrictEqual(actual, expected.right, `${name}: the fast decoder and the Schema disagree`)
    }
    return actual !== Fail
  }
}

// Valid values, near misses and junk for each field.
const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.double(), fc.boolean(), fc.string(), fc.object(), fc.array(fc.anything()))
const id = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
  fc.constantFrom("", "a\u0000b", "lone\ud800", "x".repeat(257), "😀".repeat(256), "😀".repeat(257), "\u0085", "a\udc00"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 6 }),
  junk
)
const optional = <A>(arb: fc.Arbitrary<A>) => fc.option(arb, { nil: undefined, freq: 3 })
const withKeys = (record: Record<string, unknown>, absent: ReadonlyArray<string>, extra: Record<string, unknown> | undefined) => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(record)) if (!absent.includes(k)) out[k] = v
  return extra === undefined ? out : { ...out, ...extra }
}
const struct = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.tuple(
    fc.record(fields),
    fc.subarray(Object.keys(fields)),
    fc.option(fc.dictionary(fc.constantFrom("x", "extra", "orgId"), fc.anything(), { maxKeys: 1 }), { freq: 8, nil: undefined })
  ).map(([record, absent, extra]) => withKeys(record, absent, extra))

const scope = fc.oneof(
  { weight: 4, arbitrary: struct({ orgId: id, workspaceId: id, deploymentId: optional(id) }) },
  fc.constant(TenantScope.TenantScope.make({ orgId: "acme", workspaceId: "prod" })),
  junk
)
const json = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  fc.constantFrom(-0, [1, , 2], { d: new Date(0) }, Number.NaN, { big: "x".repeat(80) }, JSON.parse("{\"__proto__\":{\"a\":1}}"), Object.create(null)),
  fc.anything()
)
const date = fc.oneof(fc.date(), fc.constant(new Date(Number.NaN)), fc.constant(new Date("0000-06-01T00:00:00Z")), junk)
const int = fc.oneof(fc.integer({ min: -2, max: 1200 }), fc.constantFrom(0.5, Number.MAX_SAFE_INTEGER + 2, Number.NaN), junk)
const eventId = fc.oneof({ weight: 4, arbitrary: id }, fc.constant(Event.MarkerIdPrefix + "x"))
const eventType = fc.oneof({ weight: 4, arbitrary: id }, fc.constant(Event.CompactedType))
const newEvent = fc.oneof(
  { weight: 8, arbitrary: struct({ eventId, type: eventType, payload: optional(json), occurredAt: optional(date), causationId: optional(id), correlationId: optional(id), actor: optional(id), schemaVersion: optional(int) }) },
  junk
)
const fence = fc.oneof({ weight: 4, arbitrary: struct({ fencingToken: optional(int) }) }, junk)
const status = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("Pending", "Running", "Completed", "Failed", "Canceled", "ContinuedAsNew") }, junk)

const run = (name: string, arb: fc.Arbitrary<unknown>, check: (u: unknown) => boolean, valid: fc.Arbitrary<unknown>) => {
  it(`${name}: the fast decoder agrees with the Schema on any input`, () => {
    fc.assert(fc.property(arb, (u) => {
      check(u)
    }), { numRuns: 2000 })
  })
  it(`${name}: the fast decoder takes valid input`, () => {
    fc.assert(fc.property(valid, (u) => check(u)), { numRuns: 300 })
  })
}

const validScope = fc.record({ orgId: fc.constantFrom("acme", "o"), workspaceId: fc.constant("prod") })
const validEvent = fc.record({ eventId: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => Identifiers.idProblem(s) === undefined && !s.startsWith(Event.MarkerIdPrefix)), type: fc.constant("T"), payload: fc.jsonValue({ maxDepth: 2 }).filter((v) => Json.byteSize(v as Json.Json) <= 64) }, { requiredKeys: ["eventId", "type"] })

describe("fast decoders of the hot inputs", () => {
  run("appendOnce", struct({ scope, runId: id, event: newEvent, options: optional(fence) }), agrees("appendOnce", hot.appendOnce.schema, hot.appendOnce.fast),
    fc.record({ scope: validScope, runId: fc.constant("r"), event: validEvent, options: fc.constant(undefined) }))
  run("append", struct({ scope, runId: id, events: fc.oneof({ weight: 6, arbitrary: fc.array(newEvent, { maxLength: 4 }) }, fc.array(fc.constant({ eventId: "same", type: "T" }), { minLength: 2, maxLength: 2 }), junk), options: fc.oneof({ weight: 4, arbitrary: struct({ expectedSeq: optional(int), fencingToken: optional(int) }) }, junk) }), agrees("append", hot.append.schema, hot.append.fast),
    fc.record({ scope: validScope, runId: fc.constant("r"), events: fc.uniqueArray(validEvent, { minLength: 1, maxLength: 5, selector: (e) => e.eventId }), options: fc.constant({}) }))
  run("read", struct({ scope, runId: id, window: fc.oneof({ weight: 4, arbitrary: struct({ afterSeq: optional(int), beforeSeq: optional(int), limit: optional(int), tail: optional(fc.oneof(fc.boolean(), junk)) }) }, junk) }), agrees("read", hot.read.schema, hot.read.fast),
    fc.record({ scope: validScope, runId: fc.constant("r"), window: fc.record({ afterSeq: fc.nat(), limit: fc.integer({ min: 1, max: 1000 }) }) }))
  const cursor = fc.oneof(fc.nat().map(encodeFeedCursor), fc.constantFrom("", "abc", encodeFeedCursor(-1)), junk)
  run("poll", struct({ scope, after: optional(cursor), limit: optional(int) }), agrees("poll", hot.poll.schema, hot.poll.fast),
    fc.record({ scope: validScope, after: fc.option(fc.nat().map(encodeFeedCursor), { nil: undefined }), limit: fc.constant(100) }))
  run("casStatus", struct({ scope, runId: id, expected: fc.oneof(status, fc.array(status, { maxLength: 3 })), next: status, options: optional(fence) }), agrees("casStatus", casStatusInput.schema, casStatusInput.fast),
    fc.record({ scope: validScope, runId: fc.constant("r"), expected: fc.constantFrom("Pending", ["Pending", "Running"]), next: fc.constant("Running"), options: fc.constant(undefined) }))

  run("runRef", struct({ scope, runId: id }), agrees("runRef", runRefInput.schema, runRefInput.fast),
    fc.record({ scope: validScope, runId: fc.constant("r") }))
  const runHot = runStoreInputs(limits)
  run("casState", struct({
    scope,
    runId: id,
    expectedVersion: int,
    patch: fc.oneof({ weight: 4, arbitrary: struct({ status: optional(status), state: optional(json) }) }, junk),
    options: optional(fence)
  }), agrees("casState", runHot.casState.schema, runHot.casState.fast),
    fc.record({ scope: validScope, runId: fc.constant("r"), expectedVersion: fc.integer({ min: 1, max: 9 }), patch: fc.record({ status: fc.constant("Running"), state: fc.jsonValue({ maxDepth: 2 }).filter((v) => Json.byteSize(v as Json.Json) <= 64) }, { requiredKeys: [] }), options: fc.constant(undefined) }))

  it("a decoded payload is a private copy, as JSON.parse(JSON.stringify(value)) makes it", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
      const decoded = hot.appendOnce.fast({ scope: { orgId: "o", workspaceId: "w" }, runId: "r", event: { eventId: "e", type: "T", payload: value } })
      if (Json.byteSize(value as Json.Json) > limits.maxValueBytes) return assert.strictEqual(decoded, Fail)
      assert.notStrictEqual(decoded, Fail)
      const payload = (decoded as { event: { payload: unknown } }).event.payload
      nodeAssert.deepStrictEqual(payload, JSON.parse(JSON.stringify(value)))
      if (value !== null && typeof value === "object") assert.notStrictEqual(payload, value)
    }), { numRuns: 500 })
  })
})

// The pure SHA-256 is rewritten for speed; the old, obviously-correct one is kept here as a reference.
const nodeSha256 = (bytes: Uint8Array) => crypto.createHash("sha256").update(bytes).digest("hex")

describe("the fast paths of Json and Identifiers", () => {
  it("sha256 equals node:crypto of the UTF-8 bytes for any UTF-16 string, lone surrogates and long texts included", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
      fc.string({ maxLength: 5000 })
    )
    fc.assert(fc.property(text, (s) => {
      assert.strictEqual(Json.sha256(s), nodeSha256(new TextEncoder().encode(s)))
    }), { numRuns: 1000 })
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_000]) assert.strictEqual(Json.sha256("é".repeat(n)), nodeSha256(new TextEncoder().encode("é".repeat(n))))
  })

  it("the SHA-256 of a pair's text, encoded piece by piece, is that of the whole string", () => {
    const unit = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 90 })
    fc.assert(fc.property(unit, unit, (a, b) => sha256HexOfPair(a, b) === Json.sha256(`[${a},${b}]`)), { numRuns: 1000 })
    // Across block boundaries (55/56 bytes pad into a second block).
    for (const n of [0, 50, 51, 52, 53, 60, 61, 200]) assert.strictEqual(sha256HexOfPair("x".repeat(n), "\ud800"), Json.sha256(`[${"x".repeat(n)},\ud800]`))
  })

  it("a decoded payload's remembered texts are its canonical text and its JSON text, for any JSON value", () => {
    const decode = boundedJson({ maxValueBytes: 1_000_000, maxTextLength: 1024 })
    // Objects with keys in and out of sorted order, integer-like keys among them.
    const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("9", "10", "a", "__proto__", "\ufeff", "\u{1f600}"))
    const value = fc.letrec((tie) => ({
      json: fc.oneof({ depthSize: "small" }, fc.jsonValue(), fc.array(tie("json")), fc.dictionary(key, tie("json")))
    })).json
    fc.assert(fc.property(value, (u) => {
      const copy = decode(u)
      if (copy === Fail) return
      assert.strictEqual(canonicalText(copy), Json.canonicalize(copy))
      assert.strictEqual(Json.text(copy), JSON.stringify(copy))
      nodeAssert.deepStrictEqual(copy, JSON.parse(JSON.stringify(u)))
    }), { numRuns: 1000 })
  })

  it("byteSize is the UTF-8 length of the canonical text", () => {
    fc.assert(fc.property(fc.jsonValue(), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), (value, s) => {
      assert.strictEqual(Json.byteSize(value as Json.Json), new TextEncoder().encode(Json.canonicalize(value as Json.Json)).length)
      assert.strictEqual(Json.byteSize(s), new TextEncoder().encode(JSON.stringify(s)).length)
    }), { numRuns: 500 })
  })

  it("an event's fingerprint is SHA-256 of the canonical JSON of [type, payload]", () => {
    fc.assert(fc.property(fc.string(), fc.jsonValue(), (type, payload) => {
      const expected = nodeSha256(new TextEncoder().encode(Json.canonicalize([type, payload as Json.Json])))
      assert.strictEqual(Event.fingerprint({ type, payload: payload as Json.Json }), expected)
    }), { numRuns: 500 })
  })

  it("idProblem gives what the id rule's reference definition gives, for any string", () => {
    const reference = (s: string): string | undefined => {
      if (s.length === 0) return "must not be empty"
      if (Array.from(s).length > Identifiers.MaxIdLength) return `must be at most ${Identifiers.MaxIdLength} characters`
      if (/[\u0000-\u001f\u007f-\u009f]|\p{Surrogate}/u.test(s)) return "must not contain control characters or unpaired surrogates"
      return undefined
    }
    const unit = fc.oneof(fc.constantFrom("a", "\u0000", "\u001f", "\u007f", "\u009f", "\u00a0", "\ud800", "\udbff", "\udc00", "\udfff", "😀", "\ue000"), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)))
    fc.assert(fc.property(fc.oneof(fc.string({ unit, maxLength: 10 }), fc.string({ unit, minLength: 250, maxLength: 520 }), fc.string({ unit: fc.constantFrom("a", "😀"), minLength: 250, maxLength: 300 })), (s) => {
      assert.strictEqual(Identifiers.idProblem(s), reference(s))
    }), { numRuns: 2000 })
  })

  it("Event.fromDraft builds what Event.make builds", () => {
    const scope = TenantScope.TenantScope.make({ orgId: "o", workspaceId: "w" })
    fc.assert(fc.property(fc.record({ causationId: fc.constant("c"), correlationId: fc.constant("k"), actor: fc.constant("a") }, { requiredKeys: [] }), fc.jsonValue(), (extra, payload) => {
      const draft = { eventId: "e" as Event.Event["eventId"], type: "T", payload: payload as Json.Json, occurredAt: new Date(0), schemaVersion: 1, ...extra } as Event.Draft
      const built = Event.fromDraft(scope, "r" as Event.Event["runId"], 3, draft)
      const made = Event.Event.make({ ...draft, runId: "r" as Event.Event["runId"], scope, seq: 3 })
      assert.instanceOf(built, Event.Event)
      nodeAssert.deepStrictEqual(built, made)
      assert.deepStrictEqual(Object.keys(built), Object.keys(made))
      assert.isTrue(Equal.equals(built, made))
    }), { numRuns: 200 })
  })
})
