import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { EventLog, LeaseStore, RunStore, RunTransition, StepLedger, Terminalize } from "@runledger/core"
import { Faults } from "@runledger/testkit"
import { Effect } from "effect"
import { createRun, faulty, memory, recordStatusCalls, scope } from "./support.js"

const PERSISTED_BUT = "terminal run status persisted but FlowFailed append failed"

/** The run's events as `type@seq`. */
const history = (runId: string) =>
  Effect.flatMap(EventLog.EventLog, (events) =>
    Effect.map(events.read(scope, runId), (r) => r.events.map((e) => `${e.type}@${e.seq}:${e.eventId}`)))

describe("Terminalize", () => {
  for (const mode of ["atomic", "split"] as const) {
    it.effect(`a Pending run is canceled by one direct Pending -> Canceled CAS, never via Running (${mode})`, () =>
      Effect.gen(function*() {
        const base = yield* memory
        const { calls, context } = recordStatusCalls(mode === "split" ? Faults.split(base) : base)
        yield* Effect.gen(function*() {
          const runs = yield* RunStore.RunStore
          yield* createRun("r1", "Pending")
          const result = yield* Terminalize.terminalize(scope, "r1", Terminalize.canceled)
          assert.strictEqual(result._tag, "Transitioned")
          const run = yield* runs.get(scope, "r1")
          assert.strictEqual(run.status, "Canceled")
          // One transition only: a detour through Running would have bumped the version twice.
          assert.strictEqual(run.version, 2)
          assert.isTrue(calls.every((call) => call.next !== "Running"), JSON.stringify(calls))
          assert.deepStrictEqual(calls, [
            { method: mode === "atomic" ? "casStatusWithEvent" : "casStatus", expected: ["Pending", "Running"], next: "Canceled" }
          ])
          assert.deepStrictEqual(yield* history("r1"), ["FlowCanceled@1:runledger.terminal:r1"])
        }).pipe(Effect.provide(context))
      }))
  }

  it.effect("a second terminalize is Noop and records no second event", () =>
    Effect.gen(function*() {
      yield* createRun("r2", "Running")
      const first = yield* Terminalize.terminalize(scope, "r2", Terminalize.completed)
      assert.deepStrictEqual(first, new Terminalize.Transitioned({ runId: "r2" as never, status: "Completed", event: "FlowCompleted", seq: 1, repaired: false }))
      const again = yield* Terminalize.terminalize(scope, "r2", Terminalize.completed)
      assert.deepStrictEqual(again, new Terminalize.Noop({ runId: "r2" as never, status: "Completed" }))
      // Another outcome on a run that already ended is a Noop too, and reports how it ended.
      const other = yield* Terminalize.terminalize(scope, "r2", Terminalize.failed("late"))
      assert.deepStrictEqual(other, new Terminalize.Noop({ runId: "r2" as never, status: "Completed" }))
      assert.deepStrictEqual(yield* history("r2"), ["FlowCompleted@1:runledger.terminal:r2"])
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("split stores: a failed FlowFailed append leaves the run Failed, writes the failure ledger, fails the call; the retry repairs", () =>
    Effect.gen(function*() {
      const { context, injector } = yield* faulty(
        { seed: 11, rules: [{ operations: ["appendOnce"], trigger: Faults.nthCall(1), mode: Faults.failBeforeCommit }] },
        [EventLog.EventLog],
        { split: true }
      )
      yield* Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        yield* createRun("r3", "Running")
        const error = yield* Effect.flip(Terminalize.terminalize(scope, "r3", Terminalize.failed("boom")))
        const log = Faults.describe(injector.log())
        assert.strictEqual(error._tag, "TerminalEventNotRecorded", log)
        assert.isTrue(error._tag === "TerminalEventNotRecorded" && error.retryable && error.ledgerCause === undefined, log)
        assert.include(error.message, PERSISTED_BUT)
        assert.strictEqual((yield* runs.get(scope, "r3")).status, "Failed")
        assert.deepStrictEqual(yield* history("r3"), [])
        const failures = yield* runs.listFailures(scope, "r3")
        assert.strictEqual(failures.length, 1)
        assert.strictEqual(failures[0]!.stepId, StepLedger.SystemStepId)
        assert.include(failures[0]!.reason, PERSISTED_BUT)
        assert.include(failures[0]!.reason, "injected fault")
        // The retry finds the run Failed without its event and appends it.
        const retry = yield* Terminalize.terminalize(scope, "r3", Terminalize.failed("boom"))
        assert.deepStrictEqual(retry, new Terminalize.Transitioned({ runId: "r3" as never, status: "Failed", event: "FlowFailed", seq: 1, repaired: true }))
        assert.deepStrictEqual(yield* history("r3"), ["FlowFailed@1:runledger.terminal:r3"])
        assert.strictEqual((yield* Terminalize.terminalize(scope, "r3", Terminalize.failed("boom")))._tag, "Noop")
      }).pipe(Effect.provide(context))
    }))

  it.effect("split stores: when the failure-ledger write fails too, the error names both failures", () =>
    Effect.gen(function*() {
      const { context, injector } = yield* faulty(
        {
          seed: 12,
          rules: [
            { operations: ["appendOnce"], trigger: Faults.always, mode: Faults.failBeforeCommit },
            { operations: ["appendFailure"], trigger: Faults.always, mode: Faults.failBeforeCommit }
          ]
        },
        [EventLog.EventLog, RunStore.RunStore],
        { split: true }
      )
      yield* Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        yield* createRun("r4", "Running")
        const error = yield* Effect.flip(Terminalize.terminalize(scope, "r4", Terminalize.failed("boom")))
        const log = Faults.describe(injector.log())
        assert.isTrue(error._tag === "TerminalEventNotRecorded", log)
        if (error._tag !== "TerminalEventNotRecorded") return
        assert.include(error.cause, "EventLog.appendOnce")
        assert.include(error.ledgerCause ?? "", "RunStore.appendFailure")
        assert.include(error.message, PERSISTED_BUT)
        assert.include(error.message, "EventLog.appendOnce: store unavailable")
        assert.include(error.message, "failure ledger failed too")
        assert.include(error.message, "RunStore.appendFailure: store unavailable")
        assert.strictEqual((yield* runs.get(scope, "r4")).status, "Failed")
        assert.deepStrictEqual(yield* runs.listFailures(scope, "r4"), [])
        assert.deepStrictEqual(injector.log().injected.map((i) => i.operation), ["appendOnce", "appendFailure"], log)
      }).pipe(Effect.provide(context))
    }))

  it.effect("atomic store: a failing status-and-event commit leaves the status unchanged; the retry succeeds", () =>
    Effect.gen(function*() {
      const { context, injector } = yield* faulty(
        { seed: 13, rules: [{ operations: ["casStatusWithEvent"], trigger: Faults.nthCall(1), mode: Faults.failBeforeCommit }] },
        [RunTransition.RunTransition]
      )
      yield* Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        const before = yield* createRun("r5", "Running")
        const error = yield* Effect.flip(Terminalize.terminalize(scope, "r5", Terminalize.failed("boom")))
        const log = Faults.describe(injector.log())
        assert.strictEqual(error._tag, "StoreUnavailable", log)
        assert.isTrue(error._tag === "StoreUnavailable" && error.retryable)
        const after = yield* runs.get(scope, "r5")
        assert.deepStrictEqual([after.status, after.version], [before.status, before.version])
        assert.deepStrictEqual(yield* history("r5"), [])
        assert.deepStrictEqual(yield* runs.listFailures(scope, "r5"), [])
        const retry = yield* Terminalize.terminalize(scope, "r5", Terminalize.failed("boom"))
        assert.strictEqual(retry._tag, "Transitioned", log)
        assert.strictEqual((yield* runs.get(scope, "r5")).status, "Failed")
        assert.deepStrictEqual(yield* history("r5"), ["FlowFailed@1:runledger.terminal:r5"])
      }).pipe(Effect.provide(context))
    }))

  it.effect("atomic store: the retry after a lost acknowledgement is Noop, with one event", () =>
    Effect.gen(function*() {
      const { context } = yield* faulty(
        { seed: 14, rules: [{ operations: ["casStatusWithEvent"], trigger: Faults.nthCall(1), mode: Faults.failAfterCommit }] },
        [RunTransition.RunTransition]
      )
      yield* Effect.gen(function*() {
        yield* createRun("r6", "Pending")
        assert.strictEqual((yield* Effect.flip(Terminalize.terminalize(scope, "r6", Terminalize.canceled)))._tag, "StoreUnavailable")
        assert.deepStrictEqual(yield* Terminalize.terminalize(scope, "r6", Terminalize.canceled), new Terminalize.Noop({ runId: "r6" as never, status: "Canceled" }))
        assert.deepStrictEqual(yield* history("r6"), ["FlowCanceled@1:runledger.terminal:r6"])
      }).pipe(Effect.provide(context))
    }))

  it.effect("an atomic commit whose event cannot be appended rolls the status back (HistoryLimit)", () =>
    Effect.gen(function*() {
      yield* createRun("r7", "Running")
      const events = yield* EventLog.EventLog
      yield* events.appendOnce(scope, "r7", { eventId: "e1", type: "Step", payload: 1 })
      const runs = yield* RunStore.RunStore
      const error = yield* Effect.flip(Terminalize.terminalize(scope, "r7", Terminalize.completed))
      assert.strictEqual(error._tag, "HistoryLimit")
      assert.strictEqual((yield* runs.get(scope, "r7")).status, "Running")
      assert.deepStrictEqual(yield* history("r7"), ["Step@1:e1"])
    }).pipe(Effect.provide(MemoryStore.layer({ history: { maxEvents: 1, warnEvents: 1 } }))))

  it.effect("a run made terminal without its event gets the event from a terminalize with the same outcome", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      yield* createRun("r8", "Running")
      yield* runs.casStatus(scope, "r8", "Running", "Canceled")
      const repaired = yield* Terminalize.terminalize(scope, "r8", Terminalize.canceled)
      assert.isTrue(repaired._tag === "Transitioned" && repaired.repaired)
      assert.deepStrictEqual(yield* history("r8"), ["FlowCanceled@1:runledger.terminal:r8"])
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("a fenced terminalize writes nothing", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const leases = yield* LeaseStore.LeaseStore
      yield* createRun("r9", "Running")
      const old = yield* leases.acquire(scope, "r9", "w1", "1 minute")
      yield* leases.acquire(scope, "r9", "w1", "1 minute")
      const error = yield* Effect.flip(Terminalize.terminalize(scope, "r9", Terminalize.completed, { fencingToken: old.token }))
      assert.strictEqual(error._tag, "Fenced")
      assert.strictEqual((yield* runs.get(scope, "r9")).status, "Running")
      assert.deepStrictEqual(yield* history("r9"), [])
    }).pipe(Effect.provide(MemoryStore.layer())))

  it("terminal event ids are deterministic and fit the id limit", () => {
    assert.strictEqual(Terminalize.terminalEventId("order-1"), "runledger.terminal:order-1")
    const long = "x".repeat(256)
    const id = Terminalize.terminalEventId(long)
    assert.isAtMost(Array.from(id).length, 256)
    assert.strictEqual(Terminalize.terminalEventId(long), id)
    assert.notStrictEqual(Terminalize.terminalEventId("y".repeat(256)), id)
  })

  it.effect("a malformed outcome is InvalidInput before the store is touched", () =>
    Effect.gen(function*() {
      yield* createRun("r10", "Running")
      const error = yield* Effect.flip(Terminalize.terminalize(scope, "r10", { _tag: "Exploded" } as never))
      assert.strictEqual(error._tag, "InvalidInput")
      assert.strictEqual((yield* (yield* RunStore.RunStore).get(scope, "r10")).status, "Running")
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("without RunTransition the event is still appended once after the status (split happy path)", () =>
    Effect.gen(function*() {
      const context = Faults.split(yield* memory)
      yield* Effect.gen(function*() {
        yield* createRun("r11", "Running")
        const result = yield* Terminalize.terminalize(scope, "r11", Terminalize.failed("why"))
        assert.strictEqual(result._tag, "Transitioned")
        const read = yield* (yield* EventLog.EventLog).read(scope, "r11")
        assert.deepStrictEqual(read.events.map((e) => e.payload), [{ status: "Failed", reason: "why" }])
      }).pipe(Effect.provide(context))
    }))
})
