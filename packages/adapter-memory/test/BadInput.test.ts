import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { ContextStore, Limits, RunStore } from "@runledger/core"
import type { Json } from "@runledger/core"
import { Effect } from "effect"
import { dump } from "./fixtures.js"

// The bad inputs of contract §10, and the invariant: each fails with InvalidInput and writes nothing.
const scope = { orgId: "acme", workspaceId: "prod" }
const badIds: ReadonlyArray<readonly [string, string]> = [
  ["empty id", ""],
  ["257-character id", "x".repeat(257)],
  ["NUL in id", "run\u0000x"],
  ["newline in id", "run\nx"]
]
const cyclic: Record<string, unknown> = {}
cyclic.self = cyclic
/** `{ a: { a: … } }`, `depth` levels deep (arrays with `array`). */
const nested = (depth: number, array = false): unknown => {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = array ? [value] : { a: value }
  return value
}
const throwingGetter = { ok: 1, get boom(): never {
  throw new Error("getter says no")
} }
const throwingProxy = new Proxy({}, { ownKeys: () => { throw new Error("proxy says no") } })
const badJson: ReadonlyArray<readonly [string, unknown]> = [
  ["nested 257 levels", nested(257)],
  ["nested 3,000 levels", nested(3000)],
  ["nested 100,000 levels of arrays", nested(100_000, true)],
  ["a getter that throws", { x: throwingGetter }],
  ["a proxy that throws", throwingProxy],
  ["undefined", undefined],
  ["nested undefined", { a: [1, undefined] }],
  ["NaN", Number.NaN],
  ["Infinity", { n: Number.POSITIVE_INFINITY }],
  ["a function", { f: () => 1 }],
  ["a bigint", 1n],
  ["a Date", { at: new Date(0) }],
  ["a cycle", cyclic],
  ["over the size limit", { blob: "x".repeat(Limits.defaults.maxValueBytes) }]
]
const badLimits: ReadonlyArray<readonly [string, number]> = [
  ["limit 0", 0],
  ["limit over the maximum", Limits.MaxPageSize + 1],
  ["negative limit", -1],
  ["fractional limit", 1.5]
]
const invalidDate = new Date(Number.NaN)

type Call = readonly [string, (runs: RunStore.Service, context: ContextStore.Service) => Effect.Effect<unknown, { readonly _tag: string }>]

const asJson = (u: unknown) => u as Json.Json

const calls: ReadonlyArray<Call> = [
  ...badIds.flatMap(([what, id]): ReadonlyArray<Call> => [
    [`create: runId ${what}`, (r) => r.create({ runId: id, scope, flowId: "f" })],
    [`create: flowId ${what}`, (r) => r.create({ runId: "new", scope, flowId: id })],
    [`create: orgId ${what}`, (r) => r.create({ runId: "new", scope: { ...scope, orgId: id }, flowId: "f" })],
    [`create: chainId ${what}`, (r) => r.create({ runId: "new", scope, flowId: "f", chainId: id })],
    [`get: ${what}`, (r) => r.get(scope, id)],
    [`get: workspaceId ${what}`, (r) => r.get({ ...scope, workspaceId: id }, "r1")],
    [`list: flowId ${what}`, (r) => r.list(scope, { flowId: id })],
    [`list: deploymentId ${what}`, (r) => r.list({ ...scope, deploymentId: id })],
    [`listActive: orgId ${what}`, (r) => r.listActive({ ...scope, orgId: id })],
    [`casStatus: ${what}`, (r) => r.casStatus(scope, id, "Pending", "Running")],
    [`casState: ${what}`, (r) => r.casState(scope, id, 1, { state: 1 })],
    [`appendStep: runId ${what}`, (r) => r.appendStep(scope, id, { stepId: "s", kind: "started", attempt: 0 })],
    [`appendStep: stepId ${what}`, (r) => r.appendStep(scope, "r1", { stepId: id, kind: "started", attempt: 0 })],
    [`appendStepIfAbsent: runId ${what}`, (r) => r.appendStepIfAbsent(scope, id, { stepId: "s", kind: "started", attempt: 0 })],
    [`appendStepIfAbsent: stepId ${what}`, (r) => r.appendStepIfAbsent(scope, "r1", { stepId: id, kind: "started", attempt: 0 })],
    [`listSteps: ${what}`, (r) => r.listSteps(scope, id)],
    [`appendFailure: runId ${what}`, (r) => r.appendFailure(scope, id, { stepId: "s", reason: "x" })],
    [`appendFailure: stepId ${what}`, (r) => r.appendFailure(scope, "r1", { stepId: id, reason: "x" })],
    [`listFailures: ${what}`, (r) => r.listFailures(scope, id)],
    [`putOutput: runId ${what}`, (r) => r.putOutput(scope, id, "s", 1)],
    [`putOutput: stepId ${what}`, (r) => r.putOutput(scope, "r1", id, 1)],
    [`getOutput: runId ${what}`, (r) => r.getOutput(scope, id, "s")],
    [`getOutput: stepId ${what}`, (r) => r.getOutput(scope, "r1", id)],
    [`listOutputKeys: ${what}`, (r) => r.listOutputKeys(scope, id)],
    [`putGlobal: ${what}`, (_, c) => c.putGlobal(scope, id, 1)],
    [`upsertGlobal: ${what}`, (_, c) => c.upsertGlobal(scope, id, 1)],
    [`getGlobal: ${what}`, (_, c) => c.getGlobal(scope, id)]
  ]),
  // In an optional field an explicit `undefined` means "absent", as TypeScript callers expect; it is
  // refused where a value is required (outputs and globals below).
  ...badJson.filter(([what]) => what !== "undefined").flatMap(([what, value]): ReadonlyArray<Call> => [
    [`create: input ${what}`, (r) => r.create({ runId: "new", scope, flowId: "f", input: asJson(value) })],
    [`create: state ${what}`, (r) => r.create({ runId: "new", scope, flowId: "f", state: asJson(value) })],
    [`casState: state ${what}`, (r) => r.casState(scope, "r1", 1, { state: asJson(value) })],
    [`appendStep: detail ${what}`, (r) => r.appendStep(scope, "r1", { stepId: "s", kind: "started", attempt: 0, detail: asJson(value) })],
    [`appendStepIfAbsent: detail ${what}`, (r) => r.appendStepIfAbsent(scope, "r1", { stepId: "s9", kind: "started", attempt: 0, detail: asJson(value) })]
  ]),
  ...badJson.flatMap(([what, value]): ReadonlyArray<Call> => [
    [`putOutput: ${what}`, (r) => r.putOutput(scope, "r1", "s9", asJson(value))],
    [`putGlobal: ${what}`, (_, c) => c.putGlobal(scope, "k9", asJson(value))],
    [`upsertGlobal: ${what}`, (_, c) => c.upsertGlobal(scope, "k", asJson(value))]
  ]),
  ...badLimits.flatMap(([what, limit]): ReadonlyArray<Call> => [
    [`list: ${what}`, (r) => r.list(scope, { limit })],
    [`listActive: ${what}`, (r) => r.listActive(scope, { limit })]
  ]),
  [`list: invalid createdFrom`, (r) => r.list(scope, { createdFrom: invalidDate })],
  [`list: invalid createdBefore`, (r) => r.list(scope, { createdBefore: invalidDate })],
  [`list: createdFrom before year 1`, (r) => r.list(scope, { createdFrom: new Date("-005000-01-01T00:00:00Z") })],
  [`appendStep: at after year 9999`, (r) => r.appendStep(scope, "r1", { stepId: "s", kind: "started", attempt: 0, at: new Date(8.64e15) })],
  [`list: a forged cursor`, (r) => r.list(scope, { cursor: "not-a-cursor" })],
  [`list: an unknown status`, (r) => r.list(scope, { status: "Sleeping" as never })],
  [`list: an empty status set`, (r) => r.list(scope, { status: [] })],
  [`listActive: a forged cursor`, (r) => r.listActive(scope, { cursor: "eyJ4IjoxfQ" })],
  [`appendStep: invalid at`, (r) => r.appendStep(scope, "r1", { stepId: "s", kind: "started", attempt: 0, at: invalidDate })],
  [`appendStep: negative attempt`, (r) => r.appendStep(scope, "r1", { stepId: "s", kind: "started", attempt: -1 })],
  [`appendStep: unknown kind`, (r) => r.appendStep(scope, "r1", { stepId: "s", kind: "paused" as never, attempt: 0 })],
  [`appendStepIfAbsent: invalid at`, (r) => r.appendStepIfAbsent(scope, "r1", { stepId: "s9", kind: "started", attempt: 0, at: invalidDate })],
  [`appendFailure: invalid at`, (r) => r.appendFailure(scope, "r1", { stepId: "s", reason: "x", at: invalidDate })],
  [`appendFailure: reason over the limit`, (r) => r.appendFailure(scope, "r1", { stepId: "s", reason: "x".repeat(Limits.defaults.maxTextLength + 1) })],
  [`casStatus: unknown expected status`, (r) => r.casStatus(scope, "r1", "Sleeping" as never, "Running")],
  [`casStatus: an expected status nested 100,000 levels`, (r) => r.casStatus(scope, "r1", nested(100_000) as never, "Running")],
  [`get: a scope nested 100,000 levels`, (r) => r.get(nested(100_000) as never, "r1")],
  [`create: a run whose getter throws`, (r) => r.create(Object.defineProperty({ scope, flowId: "f" }, "runId", { get: () => { throw new Error("no") }, enumerable: true }) as never)],
  [`casStatus: empty expected set`, (r) => r.casStatus(scope, "r1", [], "Running")],
  [`casStatus: unknown next status`, (r) => r.casStatus(scope, "r1", "Pending", "Sleeping" as never)],
  [`casState: version 0`, (r) => r.casState(scope, "r1", 0, { state: 1 })],
  [`casState: fractional version`, (r) => r.casState(scope, "r1", 1.5, { state: 1 })],
  [`casState: unknown status`, (r) => r.casState(scope, "r1", 1, { status: "Sleeping" as never })],
  [`create: extra fields`, (r) => r.create({ runId: "new", scope, flowId: "f", status: "Completed" } as never)]
]

describe("bad input on memory: InvalidInput, and nothing written", () => {
  it.effect(`${calls.length} bad calls across every public method`, () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const context = yield* ContextStore.ContextStore
      yield* runs.create({ runId: "r1", scope, flowId: "f", input: { a: 1 } })
      yield* runs.appendStep(scope, "r1", { stepId: "s", kind: "started", attempt: 0 })
      yield* runs.appendFailure(scope, "r1", { stepId: "s", reason: "boom" })
      yield* runs.putOutput(scope, "r1", "s", { out: 1 })
      yield* context.putGlobal(scope, "k", "v")
      const before = yield* dump([scope], ["k", "k9"])

      const tags: Record<string, string> = {}
      for (const [name, call] of calls) {
        const outcome = yield* Effect.either(call(runs, context)).pipe(
          Effect.catchAllDefect((defect) => Effect.succeed({ _tag: "Defect" as const, defect }))
        )
        tags[name] = outcome._tag === "Left" ? outcome.left._tag : outcome._tag === "Right" ? "succeeded" : `defect: ${String(outcome.defect)}`
        assert.deepStrictEqual(yield* dump([scope], ["k", "k9"]), before, `${name} changed the store`)
      }
      const wrong = Object.entries(tags).filter(([, tag]) => tag !== "InvalidInput")
      assert.deepStrictEqual(wrong, [])
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("the error names the operation and what was wrong", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const error = yield* Effect.flip(runs.create({ runId: "x".repeat(257), scope, flowId: "f" }))
      assert.strictEqual(error._tag, "InvalidInput")
      assert.strictEqual(error.message, "RunStore.create: invalid input: run.runId: must be at most 256 characters")
      const json = yield* Effect.flip(runs.putOutput(scope, "r", "s", { a: [Number.NaN] }))
      assert.strictEqual(json.message, "RunStore.putOutput: invalid input: value: at $.a[0]: NaN is not JSON")
    }).pipe(Effect.provide(MemoryStore.layer())))
})
