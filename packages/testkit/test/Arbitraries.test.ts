import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import {
  Event,
  EventLog,
  Identifiers,
  Json,
  Limits,
  Run,
  RunStatus,
  RunStore,
  Snapshot,
  SnapshotStore,
  StepLedger,
  TenantScope
} from "@runledger/core"
import { Arbitraries } from "@runledger/testkit"
import { Effect, Either, Option, Schema } from "effect"
import * as fc from "fast-check"

// Stores decode with excess properties refused; the arbitraries must pass that too.
const accepts = <A, I>(schema: Schema.Schema<A, I>) => {
  const decode = Schema.decodeUnknownSync(schema, { onExcessProperty: "error" })
  return (value: unknown): void => {
    decode(value)
  }
}

const refuses = <A, I>(schema: Schema.Schema<A, I>) => {
  const decode = Schema.decodeUnknownEither(schema)
  return (value: unknown): boolean => Either.isLeft(decode(value))
}

/** Equal as JSON: same canonical text (so `-0` and `0` are the same value, as JSON has no `-0`). */
const sameJson = (a: Json.Json, b: Json.Json): boolean => Json.canonicalize(a) === Json.canonicalize(b)

const codePoints = (s: string): number => Array.from(s).length
const loneSurrogate = /\p{Surrogate}/u

/** Nesting depth as `Json` counts it: 0 for scalars and empty containers. */
const depthOf = (value: Json.Json): number => {
  if (value === null || typeof value !== "object") return 0
  const children: ReadonlyArray<Json.Json> = Array.isArray(value) ? value : Object.values(value)
  return children.reduce((deepest: number, child) => Math.max(deepest, depthOf(child) + 1), 0)
}

/** Every string in a value, keys included. */
const stringsOf = (value: Json.Json, out: Array<string> = []): Array<string> => {
  if (typeof value === "string") out.push(value)
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out)
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k)
      stringsOf(v, out)
    }
  }
  return out
}

/** Every number, key and object of a value, for the coverage checks. */
const walk = (value: Json.Json, visit: (v: Json.Json, key?: string) => void, key?: string): void => {
  visit(value, key)
  if (Array.isArray(value)) for (const v of value) walk(v, visit)
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, visit, k)
}

const some = <A>(samples: ReadonlyArray<A>, predicate: (a: A) => boolean): boolean => samples.some(predicate)

const ids: ReadonlyArray<readonly [string, fc.Arbitrary<string>, Schema.Schema<any, string>]> = [
  ["id", Arbitraries.id, Identifiers.IdString],
  ["runId", Arbitraries.runId, Identifiers.RunId],
  ["flowId", Arbitraries.flowId, Identifiers.FlowId],
  ["chainId", Arbitraries.chainId, Identifiers.ChainId],
  ["stepId", Arbitraries.stepId, Identifiers.StepId],
  ["eventId", Arbitraries.eventId, Event.CallerEventId],
  ["snapshotId", Arbitraries.snapshotId, Identifiers.SnapshotId],
  ["specId", Arbitraries.specId, Identifiers.SpecId],
  ["timerId", Arbitraries.timerId, Identifiers.TimerId],
  ["ownerId", Arbitraries.ownerId, Identifiers.OwnerId],
  ["globalKey", Arbitraries.globalKey, Identifiers.GlobalKey],
  ["correlationId", Arbitraries.correlationId, Identifiers.IdString],
  ["actor", Arbitraries.actor, Identifiers.IdString],
  ["eventType", Arbitraries.eventType, Event.CallerEventType],
  ["phase", Arbitraries.phase, Snapshot.Phase],
  ["idFrom(20)", Arbitraries.idFrom(20), Identifiers.IdString],
  ["runIdFrom(20)", Arbitraries.runIdFrom(20), Identifiers.RunId],
  ["stepIdFrom(20)", Arbitraries.stepIdFrom(20), Identifiers.StepId],
  ["eventIdFrom(20)", Arbitraries.eventIdFrom(20), Event.CallerEventId],
  ["snapshotIdFrom(20)", Arbitraries.snapshotIdFrom(20), Identifiers.SnapshotId],
  ["specIdFrom(20)", Arbitraries.specIdFrom(20), Identifiers.SpecId],
  ["timerIdFrom(20)", Arbitraries.timerIdFrom(20), Identifiers.TimerId],
  ["ownerIdFrom(20)", Arbitraries.ownerIdFrom(20), Identifiers.OwnerId],
  ["globalKeyFrom(20)", Arbitraries.globalKeyFrom(20), Identifiers.GlobalKey],
  ["flowIdFrom(20)", Arbitraries.flowIdFrom(20), Identifiers.FlowId],
  ["chainIdFrom(20)", Arbitraries.chainIdFrom(20), Identifiers.ChainId]
]

// A fixed seed for the coverage checks: they assert what the arbitraries produce, so a change that
// stops producing a hard case fails here instead of silently weakening every suite built on them.
const sample = <A>(arb: fc.Arbitrary<A>, numRuns: number): ReadonlyArray<A> => fc.sample(arb, { numRuns, seed: 20260101 })

describe("Arbitraries", () => {
  describe("ids", () => {
    for (const [name, arb, schema] of ids) {
      it(`${name} satisfies its schema`, () => {
        fc.assert(fc.property(arb, accepts(schema)), { numRuns: 300 })
      })
    }

    it("ids reach the hard cases: 256 code points, astral, spaces, punctuation, non-ASCII", () => {
      const samples = sample(Arbitraries.id, 2000)
      assert.isTrue(some(samples, (s) => codePoints(s) === Identifiers.MaxIdLength), "exactly 256 code points")
      assert.isTrue(some(samples, (s) => codePoints(s) === Identifiers.MaxIdLength && s.length > Identifiers.MaxIdLength), "256 code points, more UTF-16 units")
      assert.isTrue(some(samples, (s) => codePoints(s) === 1), "one character")
      assert.isTrue(some(samples, (s) => /[\u{10000}-\u{10ffff}]/u.test(s)), "astral characters")
      assert.isTrue(some(samples, (s) => s.includes(" ")), "spaces")
      assert.isTrue(some(samples, (s) => s.trim() === ""), "whitespace only")
      assert.isTrue(some(samples, (s) => /[!-/:-@[-`{-~]/.test(s)), "punctuation")
      assert.isTrue(some(samples, (s) => /[^\x20-\x7e]/.test(s)), "non-ASCII")
    })

    it("idAtLimit: 256 code points, valid, nearly always with astral characters; pools hold one", () => {
      fc.assert(fc.property(Arbitraries.idAtLimit, accepts(Identifiers.IdString)), { numRuns: 300 })
      const samples = sample(Arbitraries.idAtLimit, 300)
      assert.isTrue(samples.every((s) => codePoints(s) === Identifiers.MaxIdLength), "exactly 256 code points")
      assert.isTrue(samples.every((s) => /[\u{10000}-\u{10ffff}]/u.test(s)), "astral characters")
      assert.isTrue(some(samples, (s) => s.length === 2 * Identifiers.MaxIdLength), "512 UTF-16 units")
      assert.isTrue(some(sample(Arbitraries.id, 2000), (s) => s === "\u{1f600}".repeat(Identifiers.MaxIdLength)), "id reaches 256 emoji")
      assert.include(new Set(sample(Arbitraries.runIdFrom(9), 400)), "\u{1f600}".repeat(Identifiers.MaxIdLength), "a pool of 9 holds 256 emoji")
    })

    it("the reserved step id and marker ids never come up", () => {
      fc.assert(fc.property(Arbitraries.stepId, (s) => s !== StepLedger.SystemStepId), { numRuns: 300 })
      fc.assert(fc.property(Arbitraries.eventId, (s) => !s.startsWith(Event.MarkerIdPrefix)), { numRuns: 300 })
      fc.assert(fc.property(Arbitraries.eventType, (s) => s !== Event.CompactedType), { numRuns: 300 })
    })

    it("small pools collide, and hold exactly n distinct ids", () => {
      for (const n of [1, 3, 20]) {
        const samples = sample(Arbitraries.runIdFrom(n), 40 * n)
        assert.strictEqual(new Set(samples).size, n)
      }
      // The head of every pool is a ladder of near-collisions.
      assert.deepStrictEqual([...new Set(sample(Arbitraries.idFrom(4), 200))].sort(), [" a", "A", "a", "a "].sort())
      assert.throws(() => Arbitraries.idFrom(0))
    })
  })

  describe("scopes", () => {
    it("scope decodes as a TenantScope", () => {
      fc.assert(fc.property(Arbitraries.scope, accepts(TenantScope.TenantScope)), { numRuns: 300 })
    })

    it("scope comes with and without deploymentId, never with an undefined one", () => {
      const samples = sample(Arbitraries.scope, 300)
      assert.isTrue(some(samples, (s) => s.deploymentId !== undefined))
      assert.isTrue(some(samples, (s) => !("deploymentId" in s)))
      assert.isFalse(some(samples, (s) => "deploymentId" in s && s.deploymentId === undefined))
    })

    it("scopeFrom(n) decodes, collides, and mixes scopes with and without a deployment", () => {
      for (const n of [1, 2, 5, 30]) {
        fc.assert(fc.property(Arbitraries.scopeFrom(n), accepts(TenantScope.TenantScope)), { numRuns: 100 })
        const keys = new Set(sample(Arbitraries.scopeFrom(n), 40 * n).map(TenantScope.key))
        assert.strictEqual(keys.size, n)
      }
      const two = sample(Arbitraries.scopeFrom(2), 100)
      assert.isTrue(some(two, (s) => s.deploymentId !== undefined))
      assert.isTrue(some(two, (s) => s.deploymentId === undefined))
    })
  })

  describe("invalidId", () => {
    it("is refused by every id schema", () => {
      for (const [, , schema] of ids) {
        fc.assert(fc.property(Arbitraries.invalidId, refuses(schema)), { numRuns: 100 })
      }
      const refusesScope = refuses(TenantScope.TenantScope)
      fc.assert(
        fc.property(Arbitraries.invalidId, (bad) =>
          refusesScope({ orgId: bad, workspaceId: "w" }) && refusesScope({ orgId: "o", workspaceId: "w", deploymentId: bad })),
        { numRuns: 100 }
      )
    })

    it("covers empty, too long, NUL and other controls, and lone surrogates", () => {
      const samples = sample(Arbitraries.invalidId, 1000)
      assert.isTrue(some(samples, (s) => s === ""))
      assert.isTrue(some(samples, (s) => codePoints(s) > Identifiers.MaxIdLength))
      assert.isTrue(some(samples, (s) => s.includes("\u0000")))
      assert.isTrue(some(samples, (s) => /[\u0080-\u009f]/.test(s)))
      assert.isTrue(some(samples, (s) => loneSurrogate.test(s)))
    })

    it.effect("is refused by a store with InvalidInput", () =>
      Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        const events = yield* EventLog.EventLog
        for (const bad of sample(Arbitraries.invalidId, 30)) {
          const scope = { orgId: "acme", workspaceId: "prod" }
          assert.strictEqual((yield* Effect.flip(runs.get(scope, bad)))._tag, "InvalidInput")
          assert.strictEqual((yield* Effect.flip(runs.get({ orgId: bad, workspaceId: "prod" }, "r")))._tag, "InvalidInput")
          assert.strictEqual((yield* Effect.flip(events.appendOnce(scope, "r", { eventId: bad, type: "T" })))._tag, "InvalidInput")
        }
        assert.strictEqual(yield* events.lastSeq({ orgId: "acme", workspaceId: "prod" }, "r"), 0)
      }).pipe(Effect.provide(MemoryStore.layer())))
  })

  describe("jsonPayload", () => {
    it("is JSON, within the default size limit, and survives a JSON text round trip", () => {
      fc.assert(
        fc.property(Arbitraries.jsonPayload, (value) => {
          accepts(Json.Json)(value)
          assert.isAtMost(Json.byteSize(value), Limits.defaults.maxValueBytes)
          assert.isAtMost(depthOf(value), Json.MaxDepth)
          assert.isTrue(sameJson(JSON.parse(JSON.stringify(value)) as Json.Json, value))
        }),
        { numRuns: 300 }
      )
    })

    it("produces the hard cases", () => {
      const samples = sample(Arbitraries.jsonPayload, 300)
      const strings = samples.map((v) => stringsOf(v))
      assert.isTrue(some(strings, (ss) => ss.some((s) => s.includes("\u0000"))), "NUL inside a string")
      assert.isTrue(some(strings, (ss) => ss.some((s) => loneSurrogate.test(s))), "lone surrogate inside a string")
      assert.isTrue(some(samples, (v) => depthOf(v) >= Json.MaxDepth - 1), "nesting at MaxDepth - 1 or deeper")
      assert.isTrue(some(samples, (v) => depthOf(v) === Json.MaxDepth), "nesting exactly at MaxDepth")
      assert.isTrue(some(samples, (v) => Json.byteSize(v) > 16 * 1024), "over 16 KiB")
      assert.isTrue(some(samples, (v) => stringsOf(v).some((s) => s.length === 64 * 1024)), "a string of exactly 64 Ki units")

      const seen = new Set<string>()
      for (const sampleValue of samples) {
        walk(sampleValue, (v, key) => {
          if (Object.is(v, -0)) seen.add("-0")
          if (typeof v === "number" && Math.abs(v) > 1e300) seen.add("huge")
          if (typeof v === "number" && v !== 0 && Math.abs(v) < 1e-300) seen.add("tiny")
          if (key === "__proto__") seen.add("__proto__")
          if (key === "constructor") seen.add("constructor")
          if (key !== undefined && /[^\x20-\x7e]/.test(key)) seen.add("unicode key")
          if (Array.isArray(v) && v.length === 0) seen.add("[]")
          if (v !== null && typeof v === "object" && !Array.isArray(v)) {
            if (Object.keys(v).length === 0) seen.add("{}")
            if (Object.getPrototypeOf(v) === null) seen.add("null prototype")
          }
        })
      }
      assert.deepStrictEqual(
        [...seen].sort(),
        ["-0", "[]", "__proto__", "constructor", "huge", "null prototype", "tiny", "unicode key", "{}"].sort()
      )
    })

    it("__proto__ is an own key, never the prototype", () => {
      fc.assert(
        fc.property(Arbitraries.jsonPayload, (value) => {
          walk(value, (v) => {
            if (v !== null && typeof v === "object" && !Array.isArray(v)) {
              const proto = Object.getPrototypeOf(v)
              assert.isTrue(proto === Object.prototype || proto === null)
            }
          })
        }),
        { numRuns: 200 }
      )
    })

    it("jsonPayloadWith honours its options", () => {
      const small = Arbitraries.jsonPayloadWith({ maxStringLength: 1000, maxBytes: 8 * 1024, deep: false })
      fc.assert(
        fc.property(small, (value) => {
          accepts(Json.Json)(value)
          assert.isAtMost(Json.byteSize(value), 8 * 1024)
          assert.isBelow(depthOf(value), 16)
        }),
        { numRuns: 200 }
      )
    })

    it("smallJson is JSON", () => {
      fc.assert(fc.property(Arbitraries.smallJson, accepts(Json.Json)), { numRuns: 300 })
    })
  })

  describe("invalidJson", () => {
    it("is refused by the Json schema", () => {
      fc.assert(fc.property(Arbitraries.invalidJson, refuses(Json.Json)), { numRuns: 500 })
    })

    it.effect("is refused by a store with InvalidInput, and nothing is written", () =>
      Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        const scope = { orgId: "acme", workspaceId: "prod" }
        yield* runs.create({ runId: "r", scope, flowId: "f" })
        for (const bad of sample(Arbitraries.invalidJson, 50)) {
          const error = yield* Effect.flip(runs.putOutput(scope, "r", "s", bad as Json.Json))
          assert.strictEqual(error._tag, "InvalidInput")
        }
        assert.deepStrictEqual(yield* runs.listOutputKeys(scope, "r"), [])
      }).pipe(Effect.provide(MemoryStore.layer())))
  })

  describe("records", () => {
    it("newRun decodes as Run.NewRun", () => {
      fc.assert(fc.property(Arbitraries.newRun, accepts(Run.NewRun)), { numRuns: 200 })
    })

    it("stepEntry decodes as StepLedger.StepEntryInput", () => {
      fc.assert(fc.property(Arbitraries.stepEntry, accepts(StepLedger.StepEntryInput)), { numRuns: 300 })
    })

    it("failure decodes as StepLedger.FailureInput, reasons within the text limit", () => {
      fc.assert(
        fc.property(Arbitraries.failure, (failure) => {
          accepts(StepLedger.FailureInput)(failure)
          assert.isAtMost(failure.reason.length, Limits.defaults.maxTextLength)
        }),
        { numRuns: 300 }
      )
      const reasons = sample(Arbitraries.reason, 500)
      assert.isTrue(some(reasons, (r) => r.includes("\u0000")))
      assert.isTrue(some(reasons, (r) => loneSurrogate.test(r)))
      assert.isTrue(some(reasons, (r) => r.length === Limits.defaults.maxTextLength))
    })

    it("newEvent decodes as Event.NewEvent, with and without its optional fields", () => {
      fc.assert(fc.property(Arbitraries.newEvent, accepts(Event.NewEvent)), { numRuns: 300 })
      const samples = sample(Arbitraries.newEvent, 300)
      for (const field of ["payload", "occurredAt", "causationId", "correlationId", "actor", "schemaVersion"] as const) {
        assert.isTrue(some(samples, (e) => field in e), `some events have ${field}`)
        assert.isTrue(some(samples, (e) => !(field in e)), `some events lack ${field}`)
      }
    })

    it("eventBatch is a non-empty batch of NewEvents with distinct ids", () => {
      fc.assert(
        fc.property(Arbitraries.eventBatch, (batch) => {
          accepts(Schema.Array(Event.NewEvent).pipe(Schema.minItems(1), Schema.maxItems(Limits.MaxPageSize)))(batch)
          assert.strictEqual(new Set(batch.map((e) => e.eventId)).size, batch.length)
        }),
        { numRuns: 200 }
      )
      const pooled = Arbitraries.eventBatchWith({ event: Arbitraries.newEventWith({ eventId: Arbitraries.eventIdFrom(3) }), maxLength: 5 })
      fc.assert(fc.property(pooled, (batch) => batch.length <= 3 && new Set(batch.map((e) => e.eventId)).size === batch.length), { numRuns: 100 })
    })

    it("snapshotInput decodes as SnapshotStore.put's input", () => {
      // SnapshotStore decodes its input with an inline schema; this is the same one, from core's parts.
      const SnapshotInput = Schema.Struct({
        snapshotId: Identifiers.SnapshotId,
        seq: Schema.NonNegativeInt,
        status: RunStatus.RunStatus,
        phase: Schema.optional(Snapshot.Phase),
        phaseHistory: Schema.optional(
          Schema.Array(Schema.Struct({ phase: Snapshot.Phase, at: Schema.ValidDateFromSelf })).pipe(
            Schema.maxItems(Snapshot.MaxPhaseHistory)
          )
        ),
        checkpoint: Json.Json,
        payloadDigest: Schema.optional(Identifiers.IdString),
        definitionRevision: Schema.optional(Schema.Int.pipe(Schema.positive())),
        metadata: Schema.optional(Json.Json),
        createdAt: Schema.optional(Schema.ValidDateFromSelf)
      })
      fc.assert(fc.property(Arbitraries.snapshotInput, accepts(SnapshotInput)), { numRuns: 200 })
    })

    it.effect("snapshotInput is accepted by SnapshotStore.put and reads back unchanged", () =>
      Effect.gen(function*() {
        const samples = sample(fc.tuple(Arbitraries.scope, Arbitraries.runId, Arbitraries.snapshotInput), 15)
        for (const [scope, runId, input] of samples) {
          const snapshots = yield* Effect.provide(SnapshotStore.SnapshotStore, MemoryStore.layer())
          const stored = yield* snapshots.put(scope, runId, input)
          const read = yield* snapshots.get(scope, runId, input.snapshotId)
          assert.isTrue(Option.isSome(read))
          const snapshot = Option.getOrThrow(read)
          assert.strictEqual(snapshot.snapshotId, stored.snapshotId)
          assert.strictEqual(snapshot.seq, input.seq)
          assert.isTrue(sameJson(snapshot.checkpoint, input.checkpoint))
        }
      }))

    it("specDefinition is JSON", () => {
      fc.assert(fc.property(Arbitraries.specDefinition, accepts(Json.Json)), { numRuns: 200 })
    })

    it("date and fireAt are valid dates from 1970 to 2100", () => {
      for (const arb of [Arbitraries.date, Arbitraries.fireAt]) {
        fc.assert(
          fc.property(arb, (d) => {
            accepts(Schema.ValidDateFromSelf)(d)
            assert.isTrue(d.getTime() >= Date.UTC(1970, 0, 1) && d.getTime() <= Date.UTC(2100, 0, 1))
          }),
          { numRuns: 300 }
        )
      }
      const samples = sample(Arbitraries.date, 500)
      assert.isTrue(some(samples, (d) => d.getTime() === 0), "the epoch")
    })

    it("invalidDate is refused", () => {
      fc.assert(fc.property(Arbitraries.invalidDate, refuses(Schema.ValidDateFromSelf)), { numRuns: 200 })
    })
  })

  describe("round trip through the memory store", () => {
    it.effect.prop(
      "outputs and event payloads read back unchanged",
      {
        run: Arbitraries.newRunWith({ payload: Arbitraries.smallJson }),
        stepId: Arbitraries.stepId,
        event: Arbitraries.newEventWith({ payload: Arbitraries.smallJson }),
        payload: Arbitraries.jsonPayload
      },
      ({ event, payload, run, stepId }) =>
        Effect.gen(function*() {
          const runs = yield* RunStore.RunStore
          const events = yield* EventLog.EventLog
          const created = yield* runs.create(run)
          assert.isTrue(sameJson(created.input, run.input ?? null))
          assert.isTrue(sameJson(created.state, run.state ?? null))

          yield* runs.putOutput(run.scope, run.runId, stepId, payload)
          const output = yield* runs.getOutput(run.scope, run.runId, stepId)
          assert.isTrue(Option.isSome(output))
          assert.isTrue(sameJson(Option.getOrThrow(output).value, payload))

          const appended = yield* events.appendOnce(run.scope, run.runId, { ...event, payload })
          assert.isTrue(appended.appended)
          const read = yield* events.read(run.scope, run.runId)
          assert.strictEqual(read.events.length, 1)
          const stored = read.events[0]!
          assert.strictEqual(stored.eventId, event.eventId)
          assert.strictEqual(stored.type, event.type)
          assert.isTrue(sameJson(stored.payload, payload))
          assert.strictEqual(Event.fingerprint(stored), Event.fingerprint({ type: event.type, payload }))
        }).pipe(Effect.provide(MemoryStore.layer())),
      { fastCheck: { numRuns: 50 } }
    )
  })
})
