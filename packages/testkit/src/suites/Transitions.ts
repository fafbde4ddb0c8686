/**
 * Status and event together (contract §8): the atomic `RunTransition` capability when a backend
 * declares it — all or nothing, under refusals, faults and races — and, on every backend, the split
 * path where the event log is separated from the run store (`Faults.split`) and terminalization
 * writes the status, then the event.
 */
import { EventLog, Recovery, RunStore, RunTransition, StepLedger, Terminalize, WriteBeforeComplete } from "@runledger/core"
import { Effect, Either, Logger, LogLevel, Option } from "effect"
import * as Faults from "../Faults.js"
import { ensure, equal, fail } from "../internal/check.js"
import { A, B, ev, expectError } from "../internal/fixtures.js"
import type { Capabilities, Scenario, Store } from "../internal/harness.js"
import { scenario, withContext } from "../internal/harness.js"
import { faultSeed, injected } from "./FaultScenarios.js"
import { race, recoverySweepRace } from "./Races.js"

const atomic = (c: Capabilities) => c.atomicStatusAndEvent

const transitionOf = (store: Store): RunTransition.Service =>
  Option.getOrElse(store.transition, () => fail("the backend declares atomicStatusAndEvent but its layer provides no RunTransition"))

/** Terminalize against `store`'s services. */
const terminalize = (store: Store, runId: string, outcome: Terminalize.Outcome) =>
  Effect.provide(Terminalize.terminalize(A, runId, outcome), store.context)

/** The status-and-event scenarios. */
export const transitionScenarios: ReadonlyArray<Scenario> = [
  scenario("Capabilities", "the declared capabilities match the layer: RunTransition is provided iff atomicStatusAndEvent is declared", (store, env) =>
    Effect.sync(() => {
      const declared = env.initializer.capabilities.atomicStatusAndEvent
      const provided = Option.isSome(store.transition)
      ensure(declared === provided, declared
        ? "atomicStatusAndEvent is declared but the layer provides no RunTransition"
        : "the layer provides RunTransition but does not declare atomicStatusAndEvent: declare it, so the kit checks it is all-or-nothing")
    })),

  scenario("RunTransition", "casStatusWithEvent moves the status and appends the event in one commit; when the CAS does not apply nothing is written", (store) =>
    Effect.gen(function*() {
      const transition = transitionOf(store)
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* store.events.appendOnce(A, "r1", ev("before"))
      store.clock.advance(10)
      const moved = yield* transition.casStatusWithEvent(A, "r1", "Pending", "Canceled", ev("done", { why: "asked" }, "FlowCanceled"))
      equal(moved, { transitioned: true, seq: Option.some(2) }, "the transition")
      const run = yield* store.runs.get(A, "r1")
      equal([run.status, run.version, run.completedAt], ["Canceled", 2, new Date(store.clock.now())], "the run")
      equal((yield* store.events.read(A, "r1")).events.map((e) => [e.seq, e.eventId, e.type]), [[1, "before", "Happened"], [2, "done", "FlowCanceled"]], "the log")
      const retry = yield* transition.casStatusWithEvent(A, "r1", "Pending", "Canceled", ev("done", { why: "asked" }, "FlowCanceled"))
      equal(retry, { transitioned: false, seq: Option.some(2) }, "a retry: not moved, the event's seq")
      const other = yield* transition.casStatusWithEvent(A, "r1", ["Pending", "Running"], "Failed", ev("other"))
      equal(other, { transitioned: false, seq: Option.none() }, "a CAS that does not apply")
      equal(yield* store.events.lastSeq(A, "r1"), 2, "no event written")
      equal(yield* store.runs.get(A, "r1"), run, "the run unchanged")
    }), atomic),

  scenario("RunTransition", "every refusal writes neither status nor event: InvalidTransition, NotFound, Fenced, EventConflict, InvalidInput", (store) =>
    Effect.gen(function*() {
      const transition = transitionOf(store)
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* store.events.appendOnce(A, "r1", ev("taken", "original"))
      const lease = yield* store.leases.acquire(A, "r1", "a", "1 second")
      store.clock.advance(1000)
      yield* store.leases.acquire(A, "r1", "b", "1 minute")
      const before = [yield* store.runs.get(A, "r1"), (yield* store.events.read(A, "r1")).events]
      yield* expectError(transition.casStatusWithEvent(A, "r1", "Pending", "ContinuedAsNew", ev("x")), "InvalidTransition", "an impossible transition")
      yield* expectError(transition.casStatusWithEvent(B, "r1", "Pending", "Running", ev("x")), "NotFound", "another scope")
      yield* expectError(transition.casStatusWithEvent(A, "r1", "Pending", "Running", ev("x"), { fencingToken: lease.token }), "Fenced", "a stale token")
      yield* expectError(transition.casStatusWithEvent(A, "r1", "Pending", "Running", ev("taken", "different")), "EventConflict", "an event id reused with other content")
      yield* expectError(transition.casStatusWithEvent(A, "r1", "Pending", "Running", { ...ev("x"), type: "" }), "InvalidInput", "a bad event")
      equal([yield* store.runs.get(A, "r1"), (yield* store.events.read(A, "r1")).events], before, "nothing written")
      const same = yield* transition.casStatusWithEvent(A, "r1", "Pending", "Running", ev("taken", "original"))
      equal(same, { transitioned: true, seq: Option.some(1) }, "an existing event with the same content counts as appended")
      equal((yield* store.runs.get(A, "r1")).status, "Running", "and the status moved")
    }), atomic),

  scenario("RunTransition", "a fault before commit writes neither; a lost acknowledgement wrote both, and the retry tells so without a second event", (base, env) =>
    Effect.gen(function*() {
      transitionOf(base)
      yield* base.runs.create({ runId: "r1", scope: A, flowId: "f" })
      const before = injected(base, { seed: faultSeed(env.settings.seed), rules: [{ trigger: Faults.nthCall(1), mode: Faults.failBeforeCommit }] }, [RunTransition.RunTransition])
      yield* expectError(transitionOf(before.store).casStatusWithEvent(A, "r1", "Pending", "Running", ev("go")), "StoreUnavailable", "fail before commit")
      equal([(yield* base.runs.get(A, "r1")).status, yield* base.events.lastSeq(A, "r1")], ["Pending", 0], "neither written")
      const after = injected(base, { seed: faultSeed(env.settings.seed), rules: [{ trigger: Faults.nthCall(1), mode: Faults.failAfterCommit }] }, [RunTransition.RunTransition])
      yield* expectError(transitionOf(after.store).casStatusWithEvent(A, "r1", "Pending", "Running", ev("go")), "StoreUnavailable", "fail after commit")
      equal([(yield* base.runs.get(A, "r1")).status, yield* base.events.lastSeq(A, "r1")], ["Running", 1], "both written")
      equal(yield* transitionOf(after.store).casStatusWithEvent(A, "r1", "Pending", "Running", ev("go")), { transitioned: false, seq: Option.some(1) }, "the retry")
      equal(yield* base.events.lastSeq(A, "r1"), 1, "one event")
    }), atomic),

  scenario("RunTransition", "16 fibers casStatusWithEvent from Pending, each with its own event: one transition, one event", (store, env) =>
    Effect.gen(function*() {
      const transition = transitionOf(store)
      for (let round = 0; round < env.settings.rounds; round++) {
        const runId = `t-${round}`
        yield* store.runs.create({ runId, scope: A, flowId: "f" })
        const results = yield* race(round, 16, (i) => transition.casStatusWithEvent(A, runId, "Pending", i % 2 === 0 ? "Running" : "Canceled", ev(`by-${i}`)))
        equal(results.filter((r) => r.transitioned).length, 1, `round ${round}: one transition`)
        const { events } = yield* store.events.read(A, runId)
        equal(events.length, 1, `round ${round}: one event`)
        const winner = results.findIndex((r) => r.transitioned)
        equal(events[0]!.eventId, `by-${winner}`, `round ${round}: the winner's event`)
        equal((yield* store.runs.get(A, runId)).version, 2, `round ${round}: one version step`)
      }
    }), atomic),

  scenario("RunTransition", "terminalize over the atomic commit: Pending ends directly with its event; again is Noop; a failed commit leaves the status and the retry succeeds", (base, env) =>
    Effect.gen(function*() {
      transitionOf(base)
      yield* base.runs.create({ runId: "p", scope: A, flowId: "f" })
      const done = yield* terminalize(base, "p", Terminalize.canceled)
      ensure(done._tag === "Transitioned" && done.status === "Canceled" && done.event === "FlowCanceled", `terminalize: ${JSON.stringify(done)}`)
      const run = yield* base.runs.get(A, "p")
      equal([run.status, run.version], ["Canceled", 2], "Pending -> Canceled in one step, never via Running")
      equal((yield* base.events.read(A, "p")).events.map((e) => e.type), ["FlowCanceled"], "the event")
      equal((yield* terminalize(base, "p", Terminalize.canceled))._tag, "Noop", "a second terminalize")
      yield* base.runs.create({ runId: "q", scope: A, flowId: "f" })
      yield* base.runs.casStatus(A, "q", "Pending", "Running")
      const faulty = injected(base, { seed: faultSeed(env.settings.seed), rules: [{ trigger: Faults.nthCall(1), mode: Faults.failBeforeCommit }] }, [RunTransition.RunTransition])
      const error = yield* Effect.flip(terminalize(faulty.store, "q", Terminalize.failed("boom")))
      equal(error._tag, "StoreUnavailable", "the failed commit surfaces, typed and retryable")
      equal([(yield* base.runs.get(A, "q")).status, yield* base.events.lastSeq(A, "q")], ["Running", 0], "the status did not move")
      equal((yield* base.runs.listFailures(A, "q")).length, 0, "nothing to record: nothing persisted")
      equal((yield* terminalize(faulty.store, "q", Terminalize.failed("boom")))._tag, "Transitioned", "the retry")
      equal([(yield* base.runs.get(A, "q")).status, yield* base.events.lastSeq(A, "q")], ["Failed", 1], "status and event")
    }), atomic),

  scenario("SplitStores", "with the event log split off, terminalize writes the status then the event; a failed append is recorded under the system step id, surfaces, and the retry repairs it", (base, env) =>
    Effect.gen(function*() {
      const split = withContext(base, Faults.split(base.context))
      ensure(Option.isNone(split.transition), "split removes RunTransition")
      yield* base.runs.create({ runId: "p", scope: A, flowId: "f" })
      const done = yield* terminalize(split, "p", Terminalize.canceled)
      ensure(done._tag === "Transitioned", "terminalize on split stores")
      equal([(yield* base.runs.get(A, "p")).status, (yield* base.runs.get(A, "p")).version], ["Canceled", 2], "Pending -> Canceled directly")
      equal((yield* base.events.read(A, "p")).events.map((e) => e.type), ["FlowCanceled"], "the event")

      yield* base.runs.create({ runId: "r", scope: A, flowId: "f" })
      yield* base.runs.casStatus(A, "r", "Pending", "Running")
      const faulty = injected(split, { seed: faultSeed(env.settings.seed), rules: [{ operations: ["appendOnce"], trigger: Faults.always, mode: Faults.failBeforeCommit }] }, [EventLog.EventLog])
      const error = yield* Effect.flip(terminalize(faulty.store, "r", Terminalize.failed("boom")))
      equal(error._tag, "TerminalEventNotRecorded", "the call fails")
      equal((yield* base.runs.get(A, "r")).status, "Failed", "the status persisted")
      equal(yield* base.events.lastSeq(A, "r"), 0, "the event did not")
      const failures = yield* base.runs.listFailures(A, "r")
      equal(failures.map((f) => f.stepId), [StepLedger.SystemStepId], "one entry under the system step id")
      ensure(failures[0]!.reason.includes("terminal run status persisted but FlowFailed append failed"), `the reason: ${failures[0]!.reason}`)
      const repaired = yield* terminalize(split, "r", Terminalize.failed("boom"))
      ensure(repaired._tag === "Transitioned" && repaired.repaired, "the retry repairs the history")
      equal((yield* base.events.read(A, "r")).events.map((e) => e.type), ["FlowFailed"], "the event, once")

      yield* base.runs.create({ runId: "s", scope: A, flowId: "f" })
      const both = injected(split, {
        seed: faultSeed(env.settings.seed),
        rules: [{ operations: ["appendOnce", "appendFailure"], trigger: Faults.always, mode: Faults.failBeforeCommit }]
      }, [EventLog.EventLog, RunStore.RunStore])
      const twice = yield* Effect.flip(terminalize(both.store, "s", Terminalize.completed))
      ensure(twice._tag === "TerminalEventNotRecorded" && twice.ledgerCause !== undefined, "the error names both failures")
      ensure(twice.message.includes("FlowCompleted") && twice.message.includes("failure ledger failed too"), `the message: ${twice.message}`)
      equal((yield* base.runs.get(A, "s")).status, "Completed", "the status persisted")
    })),

  scenario("Programs", "write-before-complete: complete runs after the output is durable, once per call; an existing output still completes; a failed write never completes; a failed complete leaves the output", (store) =>
    Effect.gen(function*() {
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      const completed: Array<unknown> = []
      const complete = (output: { readonly value: unknown }) =>
        Effect.flatMap(store.runs.getOutput(A, "r1", "s1"), (durable) =>
          Effect.sync(() => {
            ensure(Option.isSome(durable), "complete ran before the output was durable")
            completed.push(output.value)
            return "done"
          }))
      const first = yield* Effect.provide(WriteBeforeComplete.writeAndComplete(A, "r1", "s1", { v: 1 }, complete), store.context)
      equal([first.written, first.result, first.output.value], [true, "done", { v: 1 }], "the first call writes and completes")
      // Another value the second time: the program keeps the durable one (and logs the drift, silenced here).
      const again = yield* Effect.provide(WriteBeforeComplete.writeAndComplete(A, "r1", "s1", { v: 2 }, complete), store.context).pipe(
        Logger.withMinimumLogLevel(LogLevel.None)
      )
      equal([again.written, again.output.value], [false, { v: 1 }], "a second call completes with the durable output")
      equal(completed, [{ v: 1 }, { v: 1 }], "complete saw the durable value each time")
      const missing = yield* Effect.either(Effect.provide(WriteBeforeComplete.writeAndComplete(A, "nope", "s1", 1, complete), store.context))
      ensure(Either.isLeft(missing) && missing.left._tag === "NotFound", "a failed write fails the call")
      equal(completed.length, 2, "and never runs complete")
      const failing = yield* Effect.either(Effect.provide(WriteBeforeComplete.writeAndComplete(A, "r1", "s2", { v: 3 }, () => Effect.fail("crash" as const)), store.context))
      ensure(Either.isLeft(failing) && failing.left === "crash", "a failed complete fails the call")
      equal(Option.map(yield* store.runs.getOutput(A, "r1", "s2"), (o) => o.value), Option.some({ v: 3 }), "the output stays durable")
      const retry = yield* Effect.provide(WriteBeforeComplete.writeAndComplete(A, "r1", "s2", { v: 3 }, () => Effect.succeed("ok")), store.context)
      equal([retry.written, retry.result], [false, "ok"], "the retry completes")
    })),

  recoverySweepRace((store) => Effect.provide(Recovery.sweep(A), store.context)),

  scenario("Races", "8 recovery sweeps at once: each missing successor reported started by exactly one sweep, and the sweeps agree", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < Math.max(1, Math.floor(env.settings.rounds / 4)); round++) {
        const runId = `orphan-${round}`
        yield* store.runs.create({ runId, scope: A, flowId: "f", state: { carry: round } })
        yield* store.runs.casStatus(A, runId, "Pending", "Running")
        yield* store.runs.casStatus(A, runId, "Running", "ContinuedAsNew")
        const reports = yield* race(round, 8, () => Effect.either(Effect.provide(Recovery.sweep(A), store.context)))
        const ok = reports.flatMap((r) => Either.isRight(r) ? [r.right] : [])
        equal(ok.length, 8, `round ${round}: every sweep succeeds (${reports.filter(Either.isLeft).map((r) => JSON.stringify(r.left)).join("; ")})`)
        const started = ok.flatMap((r) => r.runs.filter((x) => x.runId === runId).flatMap((x) => x.findings.filter((f) => f._tag === "SuccessorStarted")))
        equal(started.length, 1, `round ${round}: one sweep started the successor`)
        const successor = yield* store.runs.get(A, `${runId}~2`)
        equal([successor.status, successor.input], ["Pending", { carry: round }], `round ${round}: the successor`)
      }
    }))
]
