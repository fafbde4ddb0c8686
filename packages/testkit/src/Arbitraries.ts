/**
 * fast-check arbitraries for everything a store takes as input, biased towards the values that
 * break stores: ids at the 256-character boundary, with spaces, punctuation and astral characters;
 * ids that differ only by case, trailing space or Unicode normalization; scopes whose parts would
 * collide under a naive join; JSON with NUL bytes and lone surrogates inside strings and keys,
 * nesting exactly at `Json.MaxDepth`, strings of tens of KiB, `-0`, extreme floats, and keys such as
 * `__proto__` and `constructor`.
 *
 * Every valid arbitrary produces plain input values (what the store services take, before
 * decoding) that the core schemas accept; every `invalid*` arbitrary produces values they refuse.
 * The `*From(n)` variants draw from a fixed pool of `n` values, so a property meets the same id
 * (or scope) twice — collisions and near-collisions are where tenancy and idempotency bugs hide.
 *
 * A backend must store every valid value faithfully. Two of them need care in SQL backends:
 * Postgres `text` and `jsonb` refuse NUL (`\u0000`), and no UTF-8 column can hold a lone
 * surrogate — keep JSON as text produced by `JSON.stringify` (which escapes both), or escape them
 * yourself; either way they must read back unchanged. JSON has no `-0`: reading back `0` is fine,
 * so compare values with `Json.canonicalize` (or `Json.fingerprint`), not with `Object.is`.
 *
 * @since 0.1.0
 */
import { Event, Identifiers, Json, Limits, RunStatus, Snapshot, StepLedger } from "@runledger/core"
import type { Run, SnapshotStore, TenantScope } from "@runledger/core"
import * as fc from "fast-check"

// ---------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------

const alphanumeric = Array.from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
const punctuation = Array.from(" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

// One code point each, all allowed in ids: characters that trip up collations, normalizers,
// case folding, bidi handling, file names and byte-length limits.
const trickyCodePoints = [
  "\u00e9", // é precomposed
  "\u0301", // combining acute accent (e + U+0301 looks like é)
  "\u00df", // ß (upper-cases to SS)
  "\u0130", // İ (Turkish dotted capital I)
  "\u0131", // ı (Turkish dotless i)
  "\u03c3",
  "\u03c2", // final sigma
  "\u212b", // Angstrom sign (normalizes to Å)
  "\u4e2d",
  "\u3093",
  "\u0663", // Arabic-Indic digit three
  "\u00a0", // no-break space
  "\u200b", // zero-width space
  "\u200d", // zero-width joiner
  "\u2028", // line separator (not a control character)
  "\u2029",
  "\u202e", // right-to-left override
  "\ufeff", // byte order mark
  "\ufffd",
  "\ufffe", // non-characters are still scalar values
  "\uffff",
  "\u{1f600}", // 😀 (two UTF-16 units, four UTF-8 bytes)
  "\u{1f3fd}", // skin tone modifier
  "\u{1d518}",
  "\u{10ffff}"
]

const isIdCodePoint = (cp: number): boolean =>
  !(cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff))

/** One code point allowed in an id. */
const idCodePoint: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...alphanumeric) },
  { weight: 2, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 2, arbitrary: fc.constantFrom(...trickyCodePoints) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0x20, max: 0x10ffff }).filter(isIdCodePoint).map((cp) => String.fromCodePoint(cp))
  }
)

const idOfLength = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.array(idCodePoint, { minLength, maxLength }).map((cps) => cps.join(""))

const max = Identifiers.MaxIdLength

// Valid ids worth trying by name: whitespace-only, path-like, SQL-like, reserved file names,
// JavaScript-special names, and ids exactly at the length limit (256 code points, which is 512
// UTF-16 units and 1024 UTF-8 bytes for astral characters).
const namedIds: ReadonlyArray<string> = [
  " ",
  "  padded  ",
  "tab\u00a0like",
  ".",
  "..",
  "/",
  "../../etc/passwd",
  "a/b\\c",
  "C:\\temp",
  "CON",
  "nul",
  "%",
  "_",
  "*",
  "?",
  "'; DROP TABLE runs; --",
  "$1",
  "null",
  "undefined",
  "true",
  "0",
  "-1",
  "1e3",
  "NaN",
  "__proto__",
  "constructor",
  "toString",
  "\u00e9",
  "e\u0301",
  "\u0130",
  "\u{1f600}",
  "\u202eevil",
  "\ufeffbom",
  "\u2028",
  "a:b:c",
  "x".repeat(max),
  "x".repeat(max - 1) + "\u{1f600}",
  "\u{1f600}".repeat(max),
  "\u00e9".repeat(max)
]

/**
 * Valid ids of exactly 256 code points, nearly all with astral characters (up to 512 UTF-16 units and
 * 1024 UTF-8 bytes): the longest ids a store must keep readable on every path — a backend that
 * measures an id in code units, or in its stored form, refuses to read them back.
 *
 * @since 0.1.0
 */
export const idAtLimit: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("\u{1f600}".repeat(max), "x".repeat(max - 1) + "\u{10ffff}", "\u{1d518}a".repeat(max / 2)),
  fc.tuple(idOfLength(max - 1, max - 1), fc.constantFrom("\u{1f600}", "\u{1f3fd}", "\u{1d518}", "\u{10ffff}"), fc.nat(max - 1))
    .map(([cps, astral, at]) => {
      const chars = Array.from(cps)
      chars.splice(at, 0, astral)
      return chars.join("")
    })
)

/**
 * Any valid id (contract §1: non-empty, at most 256 code points, no control characters, no lone
 * surrogates): mostly short ids mixing ASCII, punctuation, spaces and tricky Unicode, plus ids at
 * the 256-code-point boundary (astral ones among them, see {@link idAtLimit}) and a list of named
 * hard cases (`" "`, `".."`, `"CON"`, `"__proto__"`, 256 emoji, …).
 *
 * @since 0.1.0
 */
export const id: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: idOfLength(1, 16) },
  { weight: 2, arbitrary: idOfLength(max - 2, max) },
  { weight: 1, arbitrary: idOfLength(max, max) },
  { weight: 1, arbitrary: idAtLimit },
  { weight: 3, arbitrary: fc.constantFrom(...namedIds) }
)

/** A valid run id. @since 0.1.0 */
export const runId: fc.Arbitrary<string> = id
/** A valid flow id (the workflow type). @since 0.1.0 */
export const flowId: fc.Arbitrary<string> = id
/** A valid chain id. @since 0.1.0 */
export const chainId: fc.Arbitrary<string> = id
/**
 * A valid step id for callers: never the reserved `StepLedger.SystemStepId`.
 *
 * @since 0.1.0
 */
export const stepId: fc.Arbitrary<string> = id.filter((s) => s !== StepLedger.SystemStepId)
/**
 * A valid event id for callers: never one starting with the reserved `Event.MarkerIdPrefix`, but
 * sometimes one that nearly does (`"runledger.compacted"`, other case, a leading space).
 *
 * @since 0.1.0
 */
export const eventId: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: id },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      Event.CompactedType,
      `Runledger.Compacted:x`,
      ` ${Event.MarkerIdPrefix}x`,
      `${Event.CompactedType};x`,
      `${Event.CompactedType}`.toUpperCase() + ":x"
    )
  }
).filter((s) => !s.startsWith(Event.MarkerIdPrefix))
/** A valid snapshot id. @since 0.1.0 */
export const snapshotId: fc.Arbitrary<string> = id
/** A valid spec (definition) id. @since 0.1.0 */
export const specId: fc.Arbitrary<string> = id
/** A valid timer id. @since 0.1.0 */
export const timerId: fc.Arbitrary<string> = id
/** A valid lease owner id. @since 0.1.0 */
export const ownerId: fc.Arbitrary<string> = id
/** A valid key of a global context value. @since 0.1.0 */
export const globalKey: fc.Arbitrary<string> = id
/** A valid correlation id of an event (any id-shaped string). @since 0.1.0 */
export const correlationId: fc.Arbitrary<string> = id
/** A valid actor of an event (any id-shaped string). @since 0.1.0 */
export const actor: fc.Arbitrary<string> = id

/**
 * A valid event type for callers: mostly realistic names, sometimes any id, sometimes a near-miss of
 * the reserved `Event.CompactedType` (which itself is never produced).
 *
 * @since 0.1.0
 */
export const eventType: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("StepStarted", "StepCompleted", "StepFailed", "FlowCompleted", "Signal") },
  { weight: 4, arbitrary: id },
  {
    weight: 1,
    arbitrary: fc.constantFrom(`${Event.CompactedType} `, "Runledger.Compacted", `${Event.CompactedType}.v2`)
  }
).filter((s) => s !== Event.CompactedType)

/**
 * A valid snapshot phase label: realistic names or any id.
 *
 * @since 0.1.0
 */
export const phase: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("planning", "executing", "waiting", "Running"),
  id
)

// The pool every `*From(n)` draws from. Its head is a ladder of near-collisions — ids that are
// distinct but equal under case folding, trimming or Unicode normalization — so even a pool of 2 or
// 3 catches a backend that compares ids loosely.
const idPoolHead: ReadonlyArray<string> = [
  "a",
  "A",
  "a ",
  " a",
  "\u00e1", // á precomposed
  "a\u0301", // á decomposed
  "\u{1f600}",
  "x".repeat(max),
  "\u{1f600}".repeat(max),
  "i",
  "\u0130",
  "a/b",
  "a_b",
  "a%b",
  "a\u200bb"
]

const idPool = (n: number, prefix: string): ReadonlyArray<string> => {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a pool needs at least 1 value, got ${n}`)
  return Array.from({ length: n }, (_, i) => idPoolHead[i] ?? `${prefix}-${i}`)
}

/**
 * Ids drawn from a fixed pool of `n` (at least 1), so the same id comes up again and again. The
 * pool starts with near-collisions: `"a"`, `"A"`, `"a "`, `" a"`, precomposed and decomposed `á`,
 * … — distinct ids a correct store must keep apart.
 *
 * @since 0.1.0
 */
export const idFrom = (n: number): fc.Arbitrary<string> => fc.constantFrom(...idPool(n, "id"))
/** Run ids from a pool of `n` (see {@link idFrom}). @since 0.1.0 */
export const runIdFrom = (n: number): fc.Arbitrary<string> => fc.constantFrom(...idPool(n, "run"))
/** Flow ids from a pool of `n` (see {@link idFrom}). @since 0.1.0 */
export const flowIdFrom = (n: number): fc.Arbitrary<string> => fc.constantFrom(...idPool(n, "flow"))
/** Step ids from a pool of `n` (see {@link idFrom}). @since 0.1.0 */
export const stepIdFrom = (n: number): fc.Arbitrary<string> => fc.constantFrom(...idPool(n, "step"))
/** Event ids from a pool of `n` (see {@link idFrom}). @since 0.1.0 */
export const eventIdFrom = (n: number): fc.Arbitrary<string> => fc.constantFrom(...idPool(n, "event"))
/** Snapshot ids from a pool of `n` (see {@link idFrom}). @since 0.1.0 */
export const snapshotIdFrom = (n: number): fc.Arbitrary<string> => fc.constantFrom(...idPool(n, "snapshot"))
/** Spec ids from a pool of `n` (see {@link idFrom}). @since 0.1.0 */
export const specIdFrom = (n: number): fc.Arbitrary<string> => fc.constantFrom(...idPool(n, "spec"))
/** Timer ids from a pool of `n` (see {@link idFrom}). @since 0.1.0 */
export const timerIdFrom = (n: number): fc.Arbitrary<string> => fc.constantFrom(...idPool(n, "timer"))
/** Lease owner ids from a pool of `n` (see {@link idFrom}). @since 0.1.0 */
export const ownerIdFrom = (n: number): fc.Arbitrary<string> => fc.constantFrom(...idPool(n, "owner"))
/** Global context keys from a pool of `n` (see {@link idFrom}). @since 0.1.0 */
export const globalKeyFrom = (n: number): fc.Arbitrary<string> => fc.constantFrom(...idPool(n, "key"))
/** Chain ids from a pool of `n` (see {@link idFrom}). @since 0.1.0 */
export const chainIdFrom = (n: number): fc.Arbitrary<string> => fc.constantFrom(...idPool(n, "chain"))

/**
 * Strings that are not ids: empty, longer than 256 code points (ASCII and astral), or containing a
 * control character (NUL, other C0, DEL, C1) or a lone surrogate, at the start, the end or inside
 * an otherwise valid id. For bad-input tests: a store must fail with `InvalidInput` and write
 * nothing.
 *
 * @since 0.1.0
 */
export const invalidId: fc.Arbitrary<string> = fc.oneof(
  fc.constant(""),
  fc.constantFrom("x".repeat(max + 1), "\u{1f600}".repeat(max + 1), "x".repeat(10_000)),
  idOfLength(max + 1, max + 8),
  fc.tuple(
    idOfLength(0, 8),
    fc.constantFrom(
      "\u0000",
      "\u0001",
      "\t",
      "\n",
      "\r",
      "\u001b",
      "\u001f",
      "\u007f",
      "\u0080",
      "\u0085",
      "\u009f",
      "\ud800",
      "\udbff",
      "\udc00",
      "\udfff",
      "\udc00\ud800" // a low then a high surrogate: two lone surrogates, not a pair
    ),
    idOfLength(0, 8)
  ).map(([before, bad, after]) => before + bad + after)
)

// ---------------------------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------------------------

/**
 * A tenant scope as callers pass it: any valid ids, with or without `deploymentId` (the key is
 * absent, not `undefined`, when there is none).
 *
 * @since 0.1.0
 */
export const scope: fc.Arbitrary<TenantScope.Input> = fc.record(
  { orgId: id, workspaceId: id, deploymentId: id },
  { requiredKeys: ["orgId", "workspaceId"] }
)

// Distinct scopes that a naive key (joining with "/" or " ", dropping the deployment, folding
// case or normalizing Unicode) would merge.
const scopePoolHead: ReadonlyArray<TenantScope.Input> = [
  { orgId: "acme", workspaceId: "prod" },
  { orgId: "acme", workspaceId: "prod", deploymentId: "eu" },
  { orgId: "acme", workspaceId: "prod/eu" },
  { orgId: "acme/prod", workspaceId: "eu" },
  { orgId: "Acme", workspaceId: "prod" },
  { orgId: "acme", workspaceId: "prod " },
  { orgId: "\u00e1cme", workspaceId: "prod" },
  { orgId: "a\u0301cme", workspaceId: "prod" },
  { orgId: "prod", workspaceId: "acme" },
  { orgId: "acme prod", workspaceId: "eu" },
  { orgId: "\u{1f600}", workspaceId: "\u{1f600}", deploymentId: "\u{1f600}" }
]

/**
 * Scopes drawn from a fixed pool of `n` (at least 1). The pool starts with near-collisions: the
 * same org and workspace with and without a deployment, `acme` + `prod/eu` against `acme/prod` +
 * `eu`, case and normalization variants — distinct tenants that must never see each other.
 *
 * @since 0.1.0
 */
export const scopeFrom = (n: number): fc.Arbitrary<TenantScope.Input> => {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a pool needs at least 1 value, got ${n}`)
  const pool = Array.from({ length: n }, (_, i): TenantScope.Input =>
    scopePoolHead[i] ?? (i % 2 === 0
      ? { orgId: `org-${i}`, workspaceId: `ws-${i}` }
      : { orgId: `org-${i}`, workspaceId: `ws-${i}`, deploymentId: `dep-${i}` }))
  return fc.constantFrom(...pool)
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

// UTF-16 code units (and a few pairs) that stores mangle: NUL and other controls, lone surrogates
// of both halves, JSON and SQL metacharacters, line separators, BOM, non-characters.
const hardUnits = [
  "\u0000",
  "\u0001",
  "\u001f",
  "\u007f",
  "\u0085",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\ufffe",
  "\uffff",
  "\u202e",
  "\"",
  "\\",
  "/",
  "\n",
  "\r",
  "\t",
  "\b",
  "\f",
  "'",
  "`",
  "$",
  "%",
  "_",
  "<",
  "&",
  "\u00e9",
  "e\u0301",
  "\u4e2d",
  "\u{1f600}"
]

const stringUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("a", "b", "z", "0", " ", "-") },
  { weight: 4, arbitrary: fc.constantFrom(...hardUnits) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)) }
)

/** Short strings that are valid JS strings but hard for stores. */
const hardString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: stringUnit, maxLength: 24 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", "\u0000", "a\u0000b", "\ud800", "x\udc00y", "\udc00\ud800", "\u{1f600}\ud83d")
  }
)

const specialKeys = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "",
  " ",
  "0",
  "1",
  "-1",
  "01",
  "1.5",
  "length",
  "$ref",
  "_tag",
  "a.b",
  "a[0]",
  "null",
  "\u043a\u043b\u044e\u0447", // ключ
  "\u30ad\u30fc", // キー
  "\u{1f600}",
  "\u00e9",
  "e\u0301",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff"
]

/** Object keys: special names and hard strings. */
const jsonKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...specialKeys) },
  { weight: 1, arbitrary: hardString }
)

const hardNumber: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      -0,
      0,
      1,
      -1,
      0.1,
      1 / 3,
      1e21,
      1e-7,
      -1e-7,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
      2.2250738585072014e-308, // smallest normal double
      Number.EPSILON,
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      2 ** 53 + 2,
      -(2 ** 63),
      123456789.123456789
    )
  },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) }
)

// A fresh object each time: a shared constant would let one test's mutation leak into another.
const fresh = <A>(make: () => A): fc.Arbitrary<A> => fc.constant(null).map(make)

const withNullPrototype = (entries: ReadonlyArray<readonly [string, Json.Json]>): Json.Json => {
  const object = Object.create(null) as Record<string, Json.Json>
  for (const [k, v] of entries) Object.defineProperty(object, k, { value: v, enumerable: true, writable: true, configurable: true })
  return object
}

// Object.fromEntries defines own data properties, so "__proto__" becomes a key, not the prototype.
const objectOf = (entries: ReadonlyArray<readonly [string, Json.Json]>): Json.Json =>
  Object.fromEntries(entries) as Json.Json

/** Scalars and empty containers: the leaves of every generated structure. */
const jsonLeaf: fc.Arbitrary<Json.Json> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: hardNumber },
  { weight: 4, arbitrary: hardString },
  { weight: 1, arbitrary: fresh((): Json.Json => ({})) },
  { weight: 1, arbitrary: fresh((): Json.Json => []) }
)

const jsonTree = (maxNesting: number): fc.Arbitrary<Json.Json> =>
  fc.letrec<{ value: Json.Json; array: Json.Json; object: Json.Json; bare: Json.Json }>((tie) => ({
    value: fc.oneof(
      { maxDepth: maxNesting, depthSize: "small" },
      { weight: 3, arbitrary: jsonLeaf },
      { weight: 2, arbitrary: tie("array") },
      { weight: 2, arbitrary: tie("object") },
      { weight: 1, arbitrary: tie("bare") }
    ),
    array: fc.array(tie("value"), { maxLength: 5 }),
    object: fc.array(fc.tuple(jsonKey, tie("value")), { maxLength: 5 }).map(objectOf),
    bare: fc.array(fc.tuple(jsonKey, tie("value")), { maxLength: 3 }).map(withNullPrototype)
  })).value

/**
 * Small JSON values with every hard scalar and key of {@link jsonPayload} (NUL, lone surrogates,
 * `-0`, extreme floats, `__proto__`, null-prototype objects, empty containers) but no large strings
 * and no deep nesting: cheap enough for event batches and model-based command sequences.
 *
 * @since 0.1.0
 */
export const smallJson: fc.Arbitrary<Json.Json> = jsonTree(4)

/**
 * Options of {@link jsonPayloadWith}.
 *
 * @since 0.1.0
 */
export interface PayloadOptions {
  /** The longest large string, in UTF-16 code units. Default 64 KiB (65,536). */
  readonly maxStringLength?: number
  /**
   * The largest value, in UTF-8 bytes of its canonical text (`Json.byteSize`); larger ones are
   * never produced. Default `Limits.defaults.maxValueBytes`. Set it to the store's limit when the
   * store under test is configured lower.
   */
  readonly maxBytes?: number
  /** Produce chains nested to between `Json.MaxDepth - 3` and exactly `Json.MaxDepth`. Default true. */
  readonly deep?: boolean
  /** How deep the ordinary random structures go. Default 5. */
  readonly maxNesting?: number
}

/** The nesting depth as `Json` counts it: 0 for scalars and empty containers. */
const depthOf = (value: Json.Json): number => {
  if (value === null || typeof value !== "object") return 0
  const children: ReadonlyArray<Json.Json> = Array.isArray(value) ? value : Object.values(value)
  let deepest = -1
  for (const child of children) deepest = Math.max(deepest, depthOf(child))
  return deepest + 1
}

/**
 * JSON values that are hard for stores, for run input and state, outputs, event payloads,
 * checkpoints and definitions (see {@link jsonPayload} for the defaults).
 *
 * @since 0.1.0
 */
export const jsonPayloadWith = (options: PayloadOptions = {}): fc.Arbitrary<Json.Json> => {
  const maxStringLength = options.maxStringLength ?? 64 * 1024
  const maxBytes = options.maxBytes ?? Limits.defaults.maxValueBytes
  const tree = jsonTree(options.maxNesting ?? 5)

  // Built by repetition: generating 64 Ki units one by one would make every run slow. Slicing may
  // split a surrogate pair, which is one more way to get a lone surrogate.
  const largeString = fc.tuple(
    fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: maxStringLength }) },
      { weight: 1, arbitrary: fc.constant(maxStringLength) }
    ),
    fc.string({ unit: stringUnit, minLength: 1, maxLength: 8 })
  ).map(([length, chunk]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length))

  const withLargeString = fc.tuple(largeString, smallJson, jsonKey, fc.integer({ min: 0, max: 2 })).map(
    ([big, other, key, shape]): Json.Json =>
      shape === 0 ? big : shape === 1 ? objectOf([["other", other], [key, big]]) : [other, big]
  )

  // A chain of one-element arrays and one-key objects around a leaf, `depth` levels deep: the leaf
  // sits exactly at `depth`, the deepest level `Json` accepts when `depth` is `Json.MaxDepth`.
  const deepChain = fc.tuple(
    fc.oneof(fc.constant(Json.MaxDepth), fc.integer({ min: Json.MaxDepth - 3, max: Json.MaxDepth })),
    fc.array(fc.tuple(fc.boolean(), fc.constantFrom(...specialKeys)), {
      minLength: Json.MaxDepth,
      maxLength: Json.MaxDepth
    }),
    jsonLeaf
  ).map(([depth, wrappers, leaf]) => {
    let value = leaf
    for (let i = 0; i < depth; i++) {
      const [asArray, key] = wrappers[i]!
      value = asArray ? [value] : objectOf([[key, value]])
    }
    return value
  })

  const variants: Array<fc.WeightedArbitrary<Json.Json>> = [
    { weight: 6, arbitrary: tree },
    { weight: 2, arbitrary: withLargeString }
  ]
  if (options.deep ?? true) variants.push({ weight: 2, arbitrary: deepChain })
  return fc.oneof(...variants).filter((value) => depthOf(value) <= Json.MaxDepth && Json.byteSize(value) <= maxBytes)
}

/**
 * JSON values that are hard for stores: strings and keys containing NUL bytes and lone surrogates
 * (valid JS strings, which must read back unchanged), chains nested up to and exactly at
 * `Json.MaxDepth`, strings up to 64 Ki UTF-16 units (at most one large string per value, so a value
 * stays well under the default 1 MiB limit), Unicode keys, `-0`, the largest and smallest doubles,
 * empty objects and arrays, null-prototype objects, and keys such as `__proto__` and `constructor`
 * (own properties, not prototypes).
 *
 * @since 0.1.0
 */
export const jsonPayload: fc.Arbitrary<Json.Json> = jsonPayloadWith()

class Point {
  constructor(readonly x: number) {}
}

const cyclicObject = (): unknown => {
  const node: Record<string, unknown> = { name: "loop" }
  node.self = node
  return node
}

const cyclicArray = (): unknown => {
  const list: Array<unknown> = [1]
  list.push(list)
  return list
}

const mutualCycle = (): unknown => {
  const a: Record<string, unknown> = {}
  const b: Record<string, unknown> = { a }
  a.b = b
  return { a }
}

const sparseArray = (): unknown => {
  const list = [1, 2, 3]
  delete list[1]
  return list
}

const tooDeep = (): unknown => {
  let value: unknown = 1
  for (let i = 0; i < Json.MaxDepth + 1; i++) value = [value]
  return value
}

const notJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Symbol.for("runledger")),
  fc.bigInt().map((n): unknown => n),
  fresh((): unknown => () => 1),
  fresh((): unknown => new Date(0)),
  fresh((): unknown => new Date(Number.NaN)),
  fresh((): unknown => new Point(1)),
  fresh((): unknown => new Map([["a", 1]])),
  fresh((): unknown => new Set([1])),
  fresh((): unknown => /re/),
  fresh((): unknown => new Uint8Array(2)),
  fresh((): unknown => new Error("boom")),
  fresh((): unknown => Object(1)),
  fresh((): unknown => Object("boxed")),
  fresh((): unknown => Object.create({ inherited: 1 })),
  fresh((): unknown => new Array(2)),
  fresh(sparseArray),
  fresh(cyclicObject),
  fresh(cyclicArray),
  fresh(mutualCycle),
  fresh(tooDeep)
)

/**
 * Values that are not JSON: `undefined`, `NaN`, infinities, symbols, bigints, functions, `Date`s
 * and other class instances (`Map`, `RegExp`, typed arrays, boxed primitives), objects with another
 * prototype, sparse arrays, cycles and nesting past `Json.MaxDepth` — bare, or buried inside valid
 * arrays and objects. Every store must refuse them with `InvalidInput`.
 *
 * Note that `undefined` is refused only where a value is required (an output value, a spec
 * definition); an optional field set to `undefined` (an event's `payload`) counts as absent.
 *
 * @since 0.1.0
 */
export const invalidJson: fc.Arbitrary<unknown> = fc.tuple(
  notJson,
  fc.array(fc.tuple(fc.boolean(), jsonKey, smallJson), { maxLength: 3 })
).map(([bad, wrappers]) =>
  wrappers.reduce<unknown>(
    (inner, [asArray, key, sibling]) => (asArray ? [sibling, inner] : Object.fromEntries([["sibling", sibling], [key, inner]])),
    bad
  )
)

// ---------------------------------------------------------------------------------------------
// Dates and numbers
// ---------------------------------------------------------------------------------------------

const minDate = Date.UTC(1970, 0, 1)
const maxDate = Date.UTC(2100, 0, 1)

/**
 * Valid dates from 1970-01-01 to 2100-01-01 (UTC, millisecond precision), including both ends (the
 * epoch, `0`, catches `at || now`), a leap day, and either side of the 32-bit `time_t` overflow.
 *
 * @since 0.1.0
 */
export const date: fc.Arbitrary<Date> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: minDate, max: maxDate }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      minDate,
      maxDate,
      Date.UTC(2000, 1, 29),
      Date.UTC(1999, 11, 31, 23, 59, 59, 999),
      2 ** 31 * 1000 - 1000,
      2 ** 31 * 1000
    )
  }
).map((ms) => new Date(ms))

/**
 * When a timer fires: a valid date (see {@link date}).
 *
 * @since 0.1.0
 */
export const fireAt: fc.Arbitrary<Date> = date

/**
 * Values that are not valid dates: invalid `Date` objects, and strings, numbers, `null` and plain
 * objects where a `Date` is expected. (`undefined` is left out: optional date fields take it as
 * absent.)
 *
 * @since 0.1.0
 */
export const invalidDate: fc.Arbitrary<unknown> = fc.oneof(
  fresh((): unknown => new Date(Number.NaN)),
  fresh((): unknown => new Date("not a date")),
  fresh((): unknown => new Date(8.64e15 + 1)),
  fc.constantFrom<unknown>("2026-01-01T00:00:00.000Z", 1767225600000, null, Number.NaN, true),
  fresh((): unknown => ({ getTime: () => 0 }))
)

/** Whole numbers from 1: mostly small, sometimes past 2^31 (an int4 column overflows). */
const positiveInt: fc.Arbitrary<number> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 1000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 ** 31 - 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(2 ** 31, Number.MAX_SAFE_INTEGER) }
)

/** Whole numbers from 0, same shape as {@link positiveInt}. */
const nonNegativeInt: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 8, arbitrary: positiveInt }
)

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link newRunWith}: arbitraries to use instead of the defaults.
 *
 * @since 0.1.0
 */
export interface NewRunOptions {
  readonly scope?: fc.Arbitrary<TenantScope.Input>
  readonly runId?: fc.Arbitrary<string>
  readonly flowId?: fc.Arbitrary<string>
  /** For `input` and `state`. */
  readonly payload?: fc.Arbitrary<Json.Json>
}

/**
 * What `RunStore.create` takes, from the given arbitraries (see {@link newRun}).
 *
 * @since 0.1.0
 */
export const newRunWith = (options: NewRunOptions = {}): fc.Arbitrary<typeof Run.NewRun.Encoded> => {
  const payload = options.payload ?? jsonPayload
  return fc.record(
    {
      runId: options.runId ?? runId,
      scope: options.scope ?? scope,
      flowId: options.flowId ?? flowId,
      input: payload,
      state: payload,
      chainId,
      parentRunId: runId,
      spec: fc.record({ specId, revision: positiveInt })
    },
    { requiredKeys: ["runId", "scope", "flowId"] }
  )
}

/**
 * What `RunStore.create` takes: any scope and ids, `input` and `state` from {@link jsonPayload},
 * and optionally a `chainId`, a `parentRunId` and a pinned spec revision (sometimes past 2^31).
 *
 * @since 0.1.0
 */
export const newRun: fc.Arbitrary<typeof Run.NewRun.Encoded> = newRunWith()

/**
 * Options of {@link stepEntryWith}.
 *
 * @since 0.1.0
 */
export interface StepEntryOptions {
  readonly stepId?: fc.Arbitrary<string>
  readonly detail?: fc.Arbitrary<Json.Json>
}

/**
 * A step ledger entry as `appendStep` takes it, from the given arbitraries (see {@link stepEntry}).
 *
 * @since 0.1.0
 */
export const stepEntryWith = (options: StepEntryOptions = {}): fc.Arbitrary<typeof StepLedger.StepEntryInput.Encoded> =>
  fc.record(
    {
      stepId: options.stepId ?? stepId,
      kind: fc.constantFrom(...StepLedger.StepKind.literals),
      attempt: nonNegativeInt,
      at: date,
      detail: options.detail ?? smallJson
    },
    { requiredKeys: ["stepId", "kind", "attempt"] }
  )

/**
 * A step ledger entry as `appendStep` / `appendStepIfAbsent` take it: any kind, attempt from 0
 * (sometimes past 2^31), optional `at` and `detail` ({@link smallJson}). Use
 * `stepEntryWith({ stepId: stepIdFrom(3) })` to make `(stepId, kind, attempt)` collide.
 *
 * @since 0.1.0
 */
export const stepEntry: fc.Arbitrary<typeof StepLedger.StepEntryInput.Encoded> = stepEntryWith()

/**
 * Failure reasons: free text, so — unlike ids — NUL and lone surrogates are allowed and must be
 * stored faithfully; up to `Limits.defaults.maxTextLength` UTF-16 units, sometimes exactly that.
 *
 * @since 0.1.0
 */
export const reason: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: hardString },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: Limits.defaults.maxTextLength }), fc.string({ unit: stringUnit, minLength: 1, maxLength: 8 }))
      .map(([length, chunk]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length))
  },
  { weight: 1, arbitrary: fc.constant("r".repeat(Limits.defaults.maxTextLength)) }
)

/**
 * A failure ledger entry as `appendFailure` takes it: any step id (never the reserved system id),
 * a {@link reason}, an optional `at`.
 *
 * @since 0.1.0
 */
export const failure: fc.Arbitrary<typeof StepLedger.FailureInput.Encoded> = fc.record(
  { stepId, reason, at: date },
  { requiredKeys: ["stepId", "reason"] }
)

/**
 * Options of {@link newEventWith}.
 *
 * @since 0.1.0
 */
export interface NewEventOptions {
  readonly eventId?: fc.Arbitrary<string>
  readonly type?: fc.Arbitrary<string>
  readonly payload?: fc.Arbitrary<Json.Json>
}

/**
 * An event as `appendOnce` / `append` take it, from the given arbitraries (see {@link newEvent}).
 *
 * @since 0.1.0
 */
export const newEventWith = (options: NewEventOptions = {}): fc.Arbitrary<typeof Event.NewEvent.Encoded> =>
  fc.record(
    {
      eventId: options.eventId ?? eventId,
      type: options.type ?? eventType,
      payload: options.payload ?? jsonPayload,
      occurredAt: date,
      causationId: eventId,
      correlationId,
      actor,
      schemaVersion: positiveInt
    },
    { requiredKeys: ["eventId", "type"] }
  )

/**
 * An event as `appendOnce` / `append` take it: a caller's event id and type (never the reserved
 * marker id prefix or type), and optionally a {@link jsonPayload}, `occurredAt`, `causationId`,
 * `correlationId`, `actor` and `schemaVersion`.
 *
 * @since 0.1.0
 */
export const newEvent: fc.Arbitrary<typeof Event.NewEvent.Encoded> = newEventWith()

/**
 * Options of {@link eventBatchWith}.
 *
 * @since 0.1.0
 */
export interface EventBatchOptions {
  /** The events; default `newEventWith({ payload: smallJson })`. */
  readonly event?: fc.Arbitrary<typeof Event.NewEvent.Encoded>
  /** Default 1. */
  readonly minLength?: number
  /** Default 10; `append` takes at most `Limits.MaxPageSize`. */
  readonly maxLength?: number
}

/**
 * A batch for `append`: events with distinct ids (see {@link eventBatch}).
 *
 * @since 0.1.0
 */
export const eventBatchWith = (
  options: EventBatchOptions = {}
): fc.Arbitrary<ReadonlyArray<typeof Event.NewEvent.Encoded>> =>
  fc.uniqueArray(options.event ?? newEventWith({ payload: smallJson }), {
    selector: (event) => event.eventId,
    minLength: options.minLength ?? 1,
    maxLength: options.maxLength ?? 10
  })

/**
 * A batch for `append`: 1 to 10 events with distinct ids and {@link smallJson} payloads.
 *
 * @since 0.1.0
 */
export const eventBatch: fc.Arbitrary<ReadonlyArray<typeof Event.NewEvent.Encoded>> = eventBatchWith()

/**
 * Options of {@link snapshotInputWith}.
 *
 * @since 0.1.0
 */
export interface SnapshotInputOptions {
  readonly snapshotId?: fc.Arbitrary<string>
  /** For `checkpoint` and `metadata`. */
  readonly payload?: fc.Arbitrary<Json.Json>
}

/**
 * What `SnapshotStore.put` takes, from the given arbitraries (see {@link snapshotInput}).
 *
 * @since 0.1.0
 */
export const snapshotInputWith = (options: SnapshotInputOptions = {}): fc.Arbitrary<SnapshotStore.SnapshotInput> => {
  const payload = options.payload ?? jsonPayload
  const phaseChange = fc.record({ phase, at: date })
  return fc.record(
    {
      snapshotId: options.snapshotId ?? snapshotId,
      seq: nonNegativeInt,
      status: fc.constantFrom(...RunStatus.all),
      phase,
      phaseHistory: fc.oneof(
        { weight: 9, arbitrary: fc.array(phaseChange, { maxLength: 5 }) },
        {
          weight: 1,
          arbitrary: fc.array(phaseChange, { minLength: Snapshot.MaxPhaseHistory, maxLength: Snapshot.MaxPhaseHistory })
        }
      ),
      checkpoint: payload,
      payloadDigest: id,
      definitionRevision: positiveInt,
      metadata: smallJson,
      createdAt: date
    },
    { requiredKeys: ["snapshotId", "seq", "status", "checkpoint"] }
  )
}

/**
 * What `SnapshotStore.put` takes: seq from 0, any status, a {@link jsonPayload} checkpoint, and
 * optionally a phase, a phase history (sometimes exactly `Snapshot.MaxPhaseHistory` long), a
 * payload digest, a definition revision, {@link smallJson} metadata and `createdAt`.
 *
 * @since 0.1.0
 */
export const snapshotInput: fc.Arbitrary<SnapshotStore.SnapshotInput> = snapshotInputWith()

const flowDefinition: fc.Arbitrary<Json.Json> = fc.record({
  name: flowId,
  version: positiveInt,
  steps: fc.array(
    fc.record({
      id: stepId,
      kind: fc.constantFrom("task", "agent", "wait", "branch"),
      after: fc.array(stepId, { maxLength: 3 }),
      config: smallJson
    }),
    { maxLength: 6 }
  )
})

/**
 * A definition for `SpecStore.put`: a flow-definition-shaped object (name, version, steps with
 * dependencies and config) or any {@link jsonPayload}.
 *
 * @since 0.1.0
 */
export const specDefinition: fc.Arbitrary<Json.Json> = fc.oneof(flowDefinition, jsonPayload)
