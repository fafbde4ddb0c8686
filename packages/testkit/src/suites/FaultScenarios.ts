/**
 * Faults (contract §9): the backend wrapped by the kit's fault injectors. Lost acknowledgements
 * (the write committed, the caller saw an error) must make retries harmless — zero duplicates and
 * zero false conflicts — and latency must not open a window for a second winner.
 */
import { ContextStore, EventLog, RunStore, SnapshotStore, TimerStore } from "@runledger/core"
import { Effect, Either, Option } from "effect"
import * as Faults from "../Faults.js"
import { ensure, equal, fail } from "../internal/check.js"
import { A, ev } from "../internal/fixtures.js"
import type { Scenario, Store } from "../internal/harness.js"
import { scenario, withContext } from "../internal/harness.js"
import { race } from "./Races.js"

const suite = "Faults"

/** The fault seed of a kit run: the fast-check seed when one is given, so one number replays both. */
export const faultSeed = (seed: number | undefined): number => seed ?? 20_240_601

/** `store` with `tags` wrapped by a new injector for `plan`. */
export const injected = (store: Store, plan: Faults.Plan, tags: ReadonlyArray<Faults.Wrappable>) => {
  const injector = Faults.makeInjector(plan)
  return { injector, store: withContext(store, Faults.wrapContext(store.context, injector, tags)) }
}

/** Retry `effect` while it fails with `StoreUnavailable` (the injected fault), at most 100 times. */
export const retrying = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, E> =>
  Effect.retry(effect, {
    times: 100,
    while: (error) => typeof error === "object" && error !== null && (error as { _tag?: unknown })._tag === "StoreUnavailable"
  })

/** The fault scenarios. */
export const faultScenarios: ReadonlyArray<Scenario> = [
  scenario(suite, "lost acknowledgements on appendOnce, appendStepIfAbsent and putOutput: retries leave 0 duplicates and 0 false conflicts", (base, env) =>
    Effect.gen(function*() {
      const seed = faultSeed(env.settings.seed)
      const { injector, store } = injected(base, {
        seed,
        rules: [{ operations: ["appendOnce", "appendStepIfAbsent", "putOutput"], trigger: Faults.probability(0.5), mode: Faults.failAfterCommit }]
      }, [RunStore.RunStore, EventLog.EventLog])
      const runIds = Array.from({ length: 8 }, (_, i) => `faulty-${i}`)
      for (const runId of runIds) yield* base.runs.create({ runId, scope: A, flowId: "f" })
      const seqOf = new Map<string, number>()
      const falseConflicts: Array<string> = []
      const written = new Map<string, Array<number>>(runIds.map((r) => [r, []]))
      const replay = () => Faults.describe(injector.log())
      let i = 0
      while (injector.log().injected.length < env.settings.faults) {
        ensure(i < env.settings.faults * 10, () => `too few faults injected: ${replay()}`)
        const runId = runIds[i % runIds.length]!
        const appended = yield* retrying(store.events.appendOnce(A, runId, ev(`e${i}`, { i })))
        if (!appended.appended && !appended.sameFingerprint) falseConflicts.push(`appendOnce e${i}: sameFingerprint false`)
        seqOf.set(`${runId}/e${i}`, appended.seq)
        yield* retrying(store.runs.appendStepIfAbsent(A, runId, { stepId: `s${i}`, kind: "completed", attempt: 1 }))
        const output = yield* Effect.either(retrying(store.runs.putOutput(A, runId, `s${i}`, { i })))
        if (Either.isLeft(output)) {
          const error = output.left
          if (error._tag !== "AlreadyExists" || error.sameFingerprint !== true) falseConflicts.push(`putOutput s${i}: ${error._tag} ${JSON.stringify(error)}`)
        }
        written.get(runId)!.push(i)
        i++
      }
      equal(falseConflicts, [], `false conflicts (${replay()})`)
      for (const runId of runIds) {
        const ids = written.get(runId)!
        const { events } = yield* base.events.read(A, runId, { limit: 1000 })
        equal(events.map((e) => e.eventId), ids.map((n) => `e${n}`), `${runId}: each event once, in order (${replay()})`)
        equal(events.map((e) => e.seq), ids.map((_, k) => k + 1), `${runId}: dense seqs`)
        for (const e of events) equal(e.seq, seqOf.get(`${runId}/${e.eventId}`), `${runId}: ${e.eventId} at the seq its writer was told`)
        const steps = yield* base.runs.listSteps(A, runId)
        equal(steps.map((s) => s.stepId), ids.map((n) => `s${n}`), `${runId}: each step once (${replay()})`)
        equal(yield* base.runs.listOutputKeys(A, runId), ids.map((n) => `s${n}`).sort(), `${runId}: each output once`)
        for (const n of ids.slice(0, 20)) {
          equal(Option.map(yield* base.runs.getOutput(A, runId, `s${n}`), (o) => o.value), Option.some({ i: n }), `${runId}: output s${n}`)
        }
      }
      ensure(injector.log().injected.length >= env.settings.faults, () => `only ${injector.log().injected.length} faults: ${replay()}`)
    })),

  scenario(suite, "after a lost acknowledgement every idempotent write, retried, reports the retry and writes nothing twice", (base, env) =>
    Effect.gen(function*() {
      // One injector per write, firing on its first call only: the write lands, the caller sees StoreUnavailable.
      const once = <A, E>(label: string, call: (s: Store) => Effect.Effect<A, E>) =>
        Effect.gen(function*() {
          const wrapped = injected(base, { seed: faultSeed(env.settings.seed), rules: [{ trigger: Faults.nthCall(1), mode: Faults.failAfterCommit }] }, [
            RunStore.RunStore,
            EventLog.EventLog,
            ContextStore.ContextStore,
            SnapshotStore.SnapshotStore,
            TimerStore.TimerStore
          ])
          const first = yield* Effect.either(call(wrapped.store))
          ensure(Either.isLeft(first) && (first.left as { _tag?: string })._tag === "StoreUnavailable", `${label}: the first call must lose its acknowledgement`)
          return yield* call(wrapped.store)
        })
      yield* base.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* base.runs.casStatus(A, "r1", "Pending", "Running")
      const appended = yield* once("appendOnce", (s) => s.events.appendOnce(A, "r1", ev("e1")))
      equal(appended, { appended: false, seq: 1, sameFingerprint: true, warning: Option.none() }, "appendOnce retry")
      const batch = yield* once("append", (s) => s.events.append(A, "r1", [ev("e2"), ev("e3")], { expectedSeq: 1 }))
      equal(batch, { appended: false, seqs: [2, 3], sameFingerprint: [true, true], warning: Option.none() }, "append retry")
      equal(yield* once("appendStepIfAbsent", (s) => s.runs.appendStepIfAbsent(A, "r1", { stepId: "s", kind: "started", attempt: 1 })), false, "appendStepIfAbsent retry")
      const output = yield* Effect.either(once("putOutput", (s) => s.runs.putOutput(A, "r1", "s", { ok: true })))
      ensure(Either.isLeft(output) && output.left._tag === "AlreadyExists" && output.left.sameFingerprint === true, "putOutput retry is AlreadyExists with sameFingerprint")
      const cont = yield* once("continueAsNew", (s) => s.runs.continueAsNew(A, "r1", { next: 1 }))
      equal([cont.created, cont.previousChanged, cont.successor.runId], [false, false, "r1~2"], "continueAsNew retry")
      equal(yield* once("casStatus", (s) => s.runs.casStatus(A, "r1~2", "Pending", "Running")), false, "casStatus retry is false (the status moved)")
      const global = yield* Effect.either(once("putGlobal", (s) => s.globals.putGlobal(A, "k", { v: 1 })))
      ensure(Either.isLeft(global) && global.left._tag === "AlreadyExists" && global.left.sameFingerprint === true, "putGlobal retry is AlreadyExists with sameFingerprint")
      const snapshot = yield* once("snapshots.put", (s) => s.snapshots.put(A, "r1", { snapshotId: "snap", seq: 3, status: "Running", checkpoint: { at: 3 } }))
      equal(snapshot.seq, 3, "snapshots.put retry returns the stored record")
      const timer = yield* once("timers.schedule", (s) => s.timers.schedule(A, "r1", "t", new Date(0)))
      equal([timer.scheduled, timer.timer.status], [false, "Scheduled"], "timers.schedule retry")
      equal(yield* base.snapshots.list(A, "r1"), [snapshot], "one snapshot")
      equal(yield* base.events.lastSeq(A, "r1"), 3, "no event twice")
      equal((yield* base.runs.listSteps(A, "r1")).length, 1, "no step twice")
      equal((yield* base.runs.chain(A, "r1")).length, 2, "no successor twice")
      equal((yield* base.runs.get(A, "r1~2")).version, 2, "one status change")
    })),

  scenario(suite, "a failure before commit writes nothing, and the retry writes exactly once", (base, env) =>
    Effect.gen(function*() {
      const { injector, store } = injected(base, {
        seed: faultSeed(env.settings.seed),
        rules: [{ trigger: Faults.everyNth(2), mode: Faults.failBeforeCommit }]
      }, [RunStore.RunStore, EventLog.EventLog])
      for (let i = 0; i < 50; i++) {
        yield* retrying(store.runs.create({ runId: `r${i}`, scope: A, flowId: "f" }))
        yield* retrying(store.events.appendOnce(A, `r${i}`, ev("e")))
        ensure(yield* retrying(store.runs.casStatus(A, `r${i}`, "Pending", "Running")), `r${i}: the CAS applies on its retry`)
      }
      equal((yield* base.runs.list(A, { limit: 1000 })).runs.length, 50, "fifty runs")
      for (let i = 0; i < 50; i++) {
        equal((yield* base.runs.get(A, `r${i}`)).version, 2, `r${i}: one status change`)
        equal(yield* base.events.lastSeq(A, `r${i}`), 1, `r${i}: one event`)
      }
      ensure(injector.log().injected.length >= 50, () => `faults injected: ${Faults.describe(injector.log())}`)
    })),

  scenario(suite, "with random latency on every call, 32 fibers racing casStatus and appendOnce still have one winner each", (base, env) =>
    Effect.gen(function*() {
      const { store } = injected(base, {
        seed: faultSeed(env.settings.seed),
        rules: [{ trigger: Faults.probability(0.5), mode: Faults.latency("1 millis") }]
      }, [RunStore.RunStore, EventLog.EventLog])
      for (let round = 0; round < Math.max(1, Math.floor(env.settings.rounds / 4)); round++) {
        yield* base.runs.create({ runId: `slow-${round}`, scope: A, flowId: "f" })
        const results = yield* race(round, 32, () => store.runs.casStatus(A, `slow-${round}`, "Pending", "Running"))
        equal(results.filter(Boolean).length, 1, `round ${round}: one CAS winner`)
        const appends = yield* race(round, 32, (i) => store.events.appendOnce(A, `slow-${round}`, ev(`x${i % 3}`)))
        equal(appends.filter((r) => r.appended).length, 3, `round ${round}: three events`)
        equal(yield* base.events.lastSeq(A, `slow-${round}`), 3, `round ${round}: dense`)
      }
    })),

  scenario(suite, "the kit's own fault plan is deterministic: the same seed injects the same faults", (base, env) =>
    Effect.gen(function*() {
      const pattern = (seed: number) =>
        Effect.gen(function*() {
          const { injector, store } = injected(base, { seed, rules: [{ trigger: Faults.probability(0.3), mode: Faults.failBeforeCommit }] }, [EventLog.EventLog])
          for (let i = 0; i < 40; i++) yield* Effect.either(store.events.lastSeq(A, "x"))
          return injector.log().injected.map((f) => f.call)
        })
      const seed = faultSeed(env.settings.seed)
      const a = yield* pattern(seed)
      equal(yield* pattern(seed), a, "replayed")
      if (a.length === 0) fail("a 30% plan over 40 calls injected nothing")
    }))
]
