import { assert, describe, it } from "@effect/vitest"
import { EventLog, RunStore } from "@runledger/core"
import { Faults } from "@runledger/testkit"
import { Effect, Option, Schedule } from "effect"
import { createRun, faulty, scope } from "./support.js"

// Enough logical writes that, at p = 0.7 per attempt (about 2.3 lost acknowledgements per write),
// the injector lands well over 1,000 faults while the test stays around a second.
const WRITES_PER_KIND = 200
const SEED = 20_240_501

/**
 * Retry a write until it is acknowledged. Only `StoreUnavailable` is retried: it is the one error
 * that says "the write may or may not have happened", which is exactly what is under test.
 */
const retrying = <A, E extends { readonly _tag: string }, R>(write: Effect.Effect<A, E, R>) =>
  Effect.retry(write, { while: (error) => error._tag === "StoreUnavailable", schedule: Schedule.recurs(100) })

describe("ambiguous commits", () => {
  it.effect("retries after lost acknowledgements produce no duplicates and no false conflicts", () =>
    Effect.gen(function*() {
      const { context, injector } = yield* faulty(
        {
          seed: SEED,
          rules: [{
            operations: ["appendOnce", "appendStepIfAbsent", "putOutput"],
            trigger: Faults.probability(0.7),
            mode: Faults.failAfterCommit
          }]
        },
        [RunStore.RunStore, EventLog.EventLog]
      )
      yield* Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        const events = yield* EventLog.EventLog
        yield* createRun("amb", "Running")
        let falseConflicts = 0
        const conflictNotes: Array<string> = []

        for (let i = 0; i < WRITES_PER_KIND; i++) {
          // Event: a retry must find its own event (same fingerprint), never a conflict.
          const appended = yield* retrying(events.appendOnce(scope, "amb", { eventId: `e-${i}`, type: "StepDone", payload: { i } }))
          if (!appended.appended && !appended.sameFingerprint) {
            falseConflicts++
            conflictNotes.push(`appendOnce e-${i}`)
          }
          // Step ledger entry: a retry may answer false (already there), which is not a conflict.
          yield* retrying(runs.appendStepIfAbsent(scope, "amb", { stepId: `s-${i}`, kind: "completed", attempt: 1, detail: { i } }))
          // Output: a retry sees AlreadyExists with the same fingerprint — durable already.
          yield* retrying(runs.putOutput(scope, "amb", `s-${i}`, { value: i })).pipe(
            Effect.catchTag("AlreadyExists", (error) => {
              if (error.sameFingerprint !== true) {
                falseConflicts++
                conflictNotes.push(`putOutput s-${i}`)
              }
              return Effect.void
            })
          )
        }

        const log = injector.log()
        const faults = log.injected.filter((i) => i.mode === "FailAfterCommit").length
        const replay = Faults.describe(log)
        assert.isAtLeast(faults, 1000, replay)
        for (const operation of ["appendOnce", "appendStepIfAbsent", "putOutput"]) {
          assert.isTrue(log.injected.some((i) => i.operation === operation), `${operation} never faulted; ${replay}`)
        }
        assert.strictEqual(falseConflicts, 0, `${conflictNotes.slice(0, 10).join(", ")}; ${replay}`)

        // No duplicates: each event once, at dense seqs in write order.
        const read = yield* events.read(scope, "amb", { limit: 1000 })
        assert.deepStrictEqual(
          read.events.map((e) => `${e.seq}:${e.eventId}`),
          Array.from({ length: WRITES_PER_KIND }, (_, i) => `${i + 1}:e-${i}`),
          replay
        )
        assert.strictEqual(yield* events.lastSeq(scope, "amb"), WRITES_PER_KIND, replay)
        // Each step entry once.
        const steps = yield* runs.listSteps(scope, "amb")
        assert.deepStrictEqual(steps.map((s) => s.stepId), Array.from({ length: WRITES_PER_KIND }, (_, i) => `s-${i}`), replay)
        // Each output once, with its value.
        const keys = yield* runs.listOutputKeys(scope, "amb")
        assert.strictEqual(keys.length, WRITES_PER_KIND, replay)
        for (const i of [0, WRITES_PER_KIND >> 1, WRITES_PER_KIND - 1]) {
          assert.deepStrictEqual(Option.map(yield* runs.getOutput(scope, "amb", `s-${i}`), (o) => o.value), Option.some({ value: i }), replay)
        }
      }).pipe(Effect.provide(context))
    }))
})
