import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { ContextStore, RunStore, StepLedger } from "@runledger/core"
import { Effect, Option, TestClock } from "effect"

const scope = { orgId: "acme", workspaceId: "prod" }
const provide = Effect.provide(MemoryStore.layer())

describe("RunStore on memory", () => {
  it.effect("create starts a Pending run at version 1 with the clock's time", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-03-01T10:00:00Z"))
      const store = yield* RunStore.RunStore
      const run = yield* store.create({ runId: "r1", scope, flowId: "checkout", input: { cart: [1, 2] } })
      assert.strictEqual(run.status, "Pending")
      assert.strictEqual(run.version, 1)
      assert.strictEqual(run.chainId, "r1")
      assert.deepStrictEqual(run.input, { cart: [1, 2] })
      assert.strictEqual(run.state, null)
      assert.strictEqual(run.createdAt.toISOString(), "2026-03-01T10:00:00.000Z")
      assert.isUndefined(run.completedAt)
      assert.deepStrictEqual(yield* store.get(scope, "r1"), run)
    }).pipe(provide))

  it.effect("create of an existing (scope, runId) fails with AlreadyExists and keeps the first", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      yield* store.create({ runId: "r1", scope, flowId: "a" })
      const error = yield* Effect.flip(store.create({ runId: "r1", scope, flowId: "b" }))
      assert.strictEqual(error._tag, "AlreadyExists")
      assert.strictEqual((yield* store.get(scope, "r1")).flowId, "a")
    }).pipe(provide))

  it.effect("get of a missing run fails with NotFound", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      const error = yield* Effect.flip(store.get(scope, "nope"))
      assert.strictEqual(error._tag, "NotFound")
      assert.strictEqual(error.message, `Run "nope" not found`)
    }).pipe(provide))

  it.effect("casStatus: true iff the stored status was expected; versions, updatedAt and completedAt follow", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      yield* store.create({ runId: "r1", scope, flowId: "f" })
      yield* TestClock.adjust("1 minute")
      assert.isFalse(yield* store.casStatus(scope, "r1", "Running", "Completed"))
      assert.strictEqual((yield* store.get(scope, "r1")).version, 1)
      assert.isTrue(yield* store.casStatus(scope, "r1", "Pending", "Running"))
      yield* TestClock.adjust("1 minute")
      assert.isTrue(yield* store.casStatus(scope, "r1", ["Pending", "Running"], "Completed"))
      const run = yield* store.get(scope, "r1")
      assert.strictEqual(run.status, "Completed")
      assert.strictEqual(run.version, 3)
      assert.strictEqual(run.updatedAt.getTime(), 120_000)
      assert.strictEqual(run.completedAt?.getTime(), 120_000)
      assert.isFalse(yield* store.casStatus(scope, "r1", ["Pending", "Running"], "Failed"))
    }).pipe(provide))

  it.effect("casStatus to a status no expected one can reach fails with InvalidTransition and changes nothing", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      yield* store.create({ runId: "r1", scope, flowId: "f" })
      const error = yield* Effect.flip(store.casStatus(scope, "r1", ["Completed", "Failed"], "Running"))
      assert.strictEqual(error._tag, "InvalidTransition")
      assert.strictEqual((yield* store.get(scope, "r1")).version, 1)
      const missing = yield* Effect.flip(store.casStatus(scope, "ghost", "Pending", "Running"))
      assert.strictEqual(missing._tag, "NotFound")
    }).pipe(provide))

  it.effect("casState changes status and state together, only at the expected version", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      yield* store.create({ runId: "r1", scope, flowId: "f" })
      assert.isTrue(yield* store.casState(scope, "r1", 1, { status: "Running", state: { cursor: 1 } }))
      assert.isFalse(yield* store.casState(scope, "r1", 1, { state: { cursor: 99 } }))
      assert.isTrue(yield* store.casState(scope, "r1", 2, { state: { cursor: 2 } }))
      const run = yield* store.get(scope, "r1")
      assert.deepStrictEqual([run.status, run.state, run.version], ["Running", { cursor: 2 }, 3])
      const error = yield* Effect.flip(store.casState(scope, "r1", 3, { status: "Pending", state: { cursor: 3 } }))
      assert.strictEqual(error._tag, "InvalidTransition")
      assert.deepStrictEqual((yield* store.get(scope, "r1")).state, { cursor: 2 })
    }).pipe(provide))

  it.effect("list filters by flow, status and creation time, and pages with a cursor", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      for (let i = 0; i < 7; i++) {
        yield* store.create({ runId: `r${i}`, scope, flowId: i % 2 === 0 ? "even" : "odd" })
        yield* TestClock.adjust("1 second")
      }
      yield* store.casStatus(scope, "r0", "Pending", "Running")
      yield* store.casStatus(scope, "r2", "Pending", "Completed")

      const ids = (page: RunStore.RunPage) => page.runs.map((r) => r.runId)
      assert.deepStrictEqual(ids(yield* store.list(scope, { flowId: "even" })), ["r0", "r2", "r4", "r6"])
      assert.deepStrictEqual(ids(yield* store.list(scope, { status: ["Running", "Completed"] })), ["r0", "r2"])
      assert.deepStrictEqual(ids(yield* store.list(scope, { status: "Pending", flowId: "odd" })), ["r1", "r3", "r5"])
      assert.deepStrictEqual(
        ids(yield* store.list(scope, { createdFrom: new Date(2_000), createdBefore: new Date(4_000) })),
        ["r2", "r3"]
      )
      assert.deepStrictEqual(ids(yield* store.listActive(scope)), ["r0", "r1", "r3", "r4", "r5", "r6"])

      const seen: Array<string> = []
      let cursor: string | undefined
      let pages = 0
      do {
        const page: RunStore.RunPage = yield* store.list(scope, { limit: 3, ...(cursor === undefined ? {} : { cursor }) })
        seen.push(...ids(page))
        cursor = Option.getOrUndefined(page.nextCursor)
        pages++
      } while (cursor !== undefined)
      assert.deepStrictEqual(seen, ["r0", "r1", "r2", "r3", "r4", "r5", "r6"])
      assert.strictEqual(pages, 3)
    }).pipe(provide))

  it.effect("the step ledger appends, and appendStepIfAbsent never duplicates (stepId, kind, attempt)", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      yield* store.create({ runId: "r1", scope, flowId: "f" })
      assert.isTrue(yield* store.appendStepIfAbsent(scope, "r1", { stepId: "s1", kind: "started", attempt: 1 }))
      assert.isFalse(yield* store.appendStepIfAbsent(scope, "r1", { stepId: "s1", kind: "started", attempt: 1 }))
      assert.isTrue(yield* store.appendStepIfAbsent(scope, "r1", { stepId: "s1", kind: "started", attempt: 2 }))
      const entry = yield* store.appendStep(scope, "r1", { stepId: "s1", kind: "completed", attempt: 2, detail: { ms: 5 } })
      assert.deepStrictEqual(entry.detail, { ms: 5 })
      const steps = yield* store.listSteps(scope, "r1")
      assert.deepStrictEqual(steps.map((s) => `${s.stepId}/${s.kind}/${s.attempt}`), [
        "s1/started/1",
        "s1/started/2",
        "s1/completed/2"
      ])
      assert.strictEqual((yield* store.get(scope, "r1")).version, 1)
    }).pipe(provide))

  it.effect("the failure ledger is append-only and takes the reserved system step id", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      yield* store.create({ runId: "r1", scope, flowId: "f" })
      yield* store.appendFailure(scope, "r1", { stepId: "s1", reason: "timeout" })
      yield* store.appendFailure(scope, "r1", { stepId: StepLedger.SystemStepId, reason: "flow failed" })
      const failures = yield* store.listFailures(scope, "r1")
      assert.deepStrictEqual(failures.map((f) => [f.stepId, f.reason]), [["s1", "timeout"], ["runledger:flow", "flow failed"]])
    }).pipe(provide))

  it.effect("outputs are write-once; the conflict tells a retry from a non-deterministic step", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      yield* store.create({ runId: "r1", scope, flowId: "f" })
      const written = yield* store.putOutput(scope, "r1", "s1", { b: 2, a: 1 })
      const retry = yield* Effect.flip(store.putOutput(scope, "r1", "s1", { a: 1, b: 2 }))
      assert.strictEqual(retry._tag, "AlreadyExists")
      assert.isTrue(retry._tag === "AlreadyExists" && retry.sameFingerprint)
      const drift = yield* Effect.flip(store.putOutput(scope, "r1", "s1", { a: 1, b: 3 }))
      assert.isTrue(drift._tag === "AlreadyExists" && drift.sameFingerprint === false)
      assert.match(drift.message, /not deterministic/)
      const stored = yield* store.getOutput(scope, "r1", "s1")
      assert.deepStrictEqual(Option.map(stored, (o): ReadonlyArray<unknown> => [o.value, o.fingerprint]), Option.some([{ b: 2, a: 1 }, written.fingerprint]))
      assert.isTrue(Option.isNone(yield* store.getOutput(scope, "r1", "s2")))
      yield* store.putOutput(scope, "r1", "a0", null)
      assert.deepStrictEqual<ReadonlyArray<string>>(yield* store.listOutputKeys(scope, "r1"), ["a0", "s1"])
    }).pipe(provide))

  it.effect("ledgers and outputs of a missing run report NotFound", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      const results = yield* Effect.all([
        Effect.flip(store.appendStep(scope, "x", { stepId: "s", kind: "started", attempt: 0 })),
        Effect.flip(store.appendStepIfAbsent(scope, "x", { stepId: "s", kind: "started", attempt: 0 })),
        Effect.flip(store.listSteps(scope, "x")),
        Effect.flip(store.appendFailure(scope, "x", { stepId: "s", reason: "r" })),
        Effect.flip(store.listFailures(scope, "x")),
        Effect.flip(store.putOutput(scope, "x", "s", 1)),
        Effect.flip(store.getOutput(scope, "x", "s")),
        Effect.flip(store.listOutputKeys(scope, "x"))
      ])
      assert.deepStrictEqual(results.map((e) => e._tag), Array(8).fill("NotFound"))
    }).pipe(provide))
})

describe("ContextStore on memory", () => {
  it.effect("putGlobal is write-once, upsertGlobal replaces, getGlobal reads", () =>
    Effect.gen(function*() {
      const store = yield* ContextStore.ContextStore
      assert.isTrue(Option.isNone(yield* store.getGlobal(scope, "model")))
      yield* store.putGlobal(scope, "model", { name: "m1" })
      const again = yield* Effect.flip(store.putGlobal(scope, "model", { name: "m1" }))
      assert.isTrue(again._tag === "AlreadyExists" && again.sameFingerprint)
      const other = yield* Effect.flip(store.putGlobal(scope, "model", { name: "m2" }))
      assert.isTrue(other._tag === "AlreadyExists" && other.sameFingerprint === false)
      yield* store.upsertGlobal(scope, "model", { name: "m3" })
      assert.deepStrictEqual(Option.map(yield* store.getGlobal(scope, "model"), (g) => g.value), Option.some({ name: "m3" }))
      yield* store.upsertGlobal(scope, "fresh", 1)
      assert.deepStrictEqual(Option.map(yield* store.getGlobal(scope, "fresh"), (g) => g.value), Option.some(1))
    }).pipe(provide))
})

describe("the memory store shares no objects with its caller", () => {
  it.effect("mutating a value after writing it changes nothing stored", () =>
    Effect.gen(function*() {
      const store = yield* RunStore.RunStore
      const input = { cart: ["book"] }
      yield* store.create({ runId: "r1", scope, flowId: "f", input })
      const output = { receipt: "r-1", lines: [1, 2] }
      const written = yield* store.putOutput(scope, "r1", "s", output)
      input.cart.push("pen")
      output.lines.push(3)
      assert.deepStrictEqual((yield* store.get(scope, "r1")).input, { cart: ["book"] })
      const stored = Option.getOrThrow(yield* store.getOutput(scope, "r1", "s"))
      assert.deepStrictEqual(stored.value, { receipt: "r-1", lines: [1, 2] })
      assert.strictEqual(stored.fingerprint, written.fingerprint)
      const retry = yield* Effect.flip(store.putOutput(scope, "r1", "s", { receipt: "r-1", lines: [1, 2] }))
      assert.isTrue(retry._tag === "AlreadyExists" && retry.sameFingerprint === true)
    }).pipe(provide))
})
