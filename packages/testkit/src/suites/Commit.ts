/**
 * A step's records in one transaction (`RunCommit`), when a backend declares `runCommit`: every part
 * or none, under refusals, faults and races; idempotent parts kept as they are; fenced.
 */
import { RunCommit } from "@runledger/core"
import { Effect, Option } from "effect"
import * as Faults from "../Faults.js"
import { ensure, equal, fail } from "../internal/check.js"
import { A, B, dump, ev, expectError } from "../internal/fixtures.js"
import type { Capabilities, Scenario, Store } from "../internal/harness.js"
import { scenario } from "../internal/harness.js"
import { faultSeed, injected } from "./FaultScenarios.js"
import { race } from "./Races.js"

const declared = (c: Capabilities) => c.runCommit === true

const commitOf = (store: Store): RunCommit.Service =>
  Option.getOrElse(store.commit, () => fail("the backend declares runCommit but its layer provides no RunCommit"))

/** What a scenario's run holds, through the single-record reads. */
const recordsOf = (store: Store, runId: string) =>
  Effect.gen(function*() {
    const run = yield* store.runs.get(A, runId)
    return {
      status: run.status,
      version: run.version,
      state: run.state,
      steps: (yield* store.runs.listSteps(A, runId)).map((s) => [s.stepId, s.kind, s.attempt]),
      outputs: yield* store.runs.listOutputKeys(A, runId),
      events: (yield* store.events.read(A, runId)).events.map((e) => [e.seq, e.eventId, e.type]),
      timers: (yield* store.timers.due(A, new Date(Date.UTC(2100, 0, 1)))).filter((t) => t.runId === runId).map((t) => t.timerId)
    }
  })

/** A step of an engine: its output, its two ledger entries, its event and a timer. */
const step = (name: string, value: unknown = { of: name }) => ({
  output: { stepId: name, value: value as never },
  steps: [{ stepId: name, kind: "started" as const, attempt: 1 }, { stepId: name, kind: "completed" as const, attempt: 1 }],
  events: [ev(`${name}:done`, { step: name }, "StepDone")],
  timers: [{ timerId: `${name}:wake`, fireAt: new Date(Date.UTC(2030, 0, 1)) }]
})

/** The step-commit scenarios. */
export const commitScenarios: ReadonlyArray<Scenario> = [
  scenario("Capabilities", "the declared capabilities match the layer: RunCommit is provided iff runCommit is declared", (store, env) =>
    Effect.sync(() => {
      const wanted = env.initializer.capabilities.runCommit === true
      const provided = Option.isSome(store.commit)
      ensure(wanted === provided, wanted
        ? "runCommit is declared but the layer provides no RunCommit"
        : "the layer provides RunCommit but does not declare runCommit: declare it, so the kit checks it is all-or-nothing")
    })),

  scenario("RunCommit", "commit writes the state, the output, the ledger entries, the events and the timers together; the result tells what is stored", (store) =>
    Effect.gen(function*() {
      const commit = commitOf(store)
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* store.events.appendOnce(A, "r1", ev("before"))
      store.clock.advance(10)
      const result = yield* commit.commit(A, "r1", {
        state: { expectedVersion: 1, patch: { status: "Running", state: { at: "s1" } } },
        ...step("s1")
      })
      ensure(result._tag === "Committed", `committed: ${JSON.stringify(result)}`)
      if (result._tag !== "Committed") return
      equal([result.run.status, result.run.version, result.run.state], ["Running", 2, { at: "s1" }], "the run after the commit")
      equal(Option.map(result.output, (o) => [o.stepId, o.value, o.writtenAt]), Option.some(["s1", { of: "s1" }, new Date(store.clock.now())]), "the output")
      equal(result.seqs, [2], "the event's seq")
      equal(yield* recordsOf(store, "r1"), {
        status: "Running",
        version: 2,
        state: { at: "s1" },
        steps: [["s1", "started", 1], ["s1", "completed", 1]],
        outputs: ["s1"],
        events: [[1, "before", "Happened"], [2, "s1:done", "StepDone"]],
        timers: ["s1:wake"]
      }, "every record")
      equal(yield* store.runs.get(A, "r1"), result.run, "the run as stored")
      const timer = yield* store.timers.get(A, "r1", "s1:wake")
      equal(Option.map(timer, (t) => [t.status, t.fireAt]), Option.some(["Scheduled", new Date(Date.UTC(2030, 0, 1))]), "the timer")
      const polled = yield* store.events.poll(A, undefined, 10)
      equal(polled.events.map((e) => e.eventId), ["before", "s1:done"], "the change feed sees the commit's event")
    }), declared),

  scenario("RunCommit", "a second commit of a step whose output exists writes nothing and returns the stored output, telling a retry from other content", (store) =>
    Effect.gen(function*() {
      const commit = commitOf(store)
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* commit.commit(A, "r1", step("s1"))
      const before = yield* recordsOf(store, "r1")
      store.clock.advance(10)
      const retry = yield* commit.commit(A, "r1", { ...step("s1"), events: [ev("s1:again")], steps: [{ stepId: "s1", kind: "retried", attempt: 2 }] })
      ensure(retry._tag === "OutputExists" && retry.sameFingerprint && retry.output.writtenAt.getTime() === store.clock.now() - 10, `a retry: ${JSON.stringify(retry)}`)
      const other = yield* commit.commit(A, "r1", step("s1", { of: "something else" }))
      ensure(other._tag === "OutputExists" && !other.sameFingerprint, `other content: ${JSON.stringify(other)}`)
      equal(yield* recordsOf(store, "r1"), before, "nothing written by either")
    }), declared),

  scenario("RunCommit", "a commit whose expected version is stale writes nothing, not even its output, and returns the run as stored", (store) =>
    Effect.gen(function*() {
      const commit = commitOf(store)
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* store.runs.casStatus(A, "r1", "Pending", "Running")
      const before = yield* recordsOf(store, "r1")
      const result = yield* commit.commit(A, "r1", { state: { expectedVersion: 1, patch: { state: { x: 1 } } }, ...step("s1") })
      ensure(result._tag === "VersionChanged" && result.run.version === 2, `stale: ${JSON.stringify(result)}`)
      equal(yield* recordsOf(store, "r1"), before, "nothing written")
    }), declared),

  scenario("RunCommit", "the parts that are there already are kept: a known event keeps its seq, a present ledger entry and an existing timer are not written again", (store) =>
    Effect.gen(function*() {
      const commit = commitOf(store)
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* store.events.appendOnce(A, "r1", ev("known"))
      yield* store.runs.appendStep(A, "r1", { stepId: "s", kind: "started", attempt: 1 })
      yield* store.timers.schedule(A, "r1", "t", new Date(Date.UTC(2030, 0, 1)))
      const result = yield* commit.commit(A, "r1", {
        steps: [{ stepId: "s", kind: "started", attempt: 1 }, { stepId: "s", kind: "completed", attempt: 1 }],
        events: [ev("known"), ev("new")],
        timers: [{ timerId: "t", fireAt: new Date(Date.UTC(2040, 0, 1)) }, { timerId: "u", fireAt: new Date(Date.UTC(2030, 0, 2)) }]
      })
      ensure(result._tag === "Committed", `committed: ${JSON.stringify(result)}`)
      if (result._tag === "Committed") equal(result.seqs, [1, 2], "the known event's seq, then the new one's")
      const records = yield* recordsOf(store, "r1")
      equal([records.steps, records.events, records.timers], [
        [["s", "started", 1], ["s", "completed", 1]],
        [[1, "known", "Happened"], [2, "new", "Happened"]],
        ["t", "u"]
      ], "each record once")
      equal(Option.map(yield* store.timers.get(A, "r1", "t"), (t) => t.fireAt), Option.some(new Date(Date.UTC(2030, 0, 1))), "the first fireAt wins")
      const again = yield* commit.commit(A, "r1", { events: [ev("new")], timers: [{ timerId: "u", fireAt: new Date(0) }] })
      ensure(again._tag === "Committed" && again.seqs[0] === 2, `a retry of a commit without output: ${JSON.stringify(again)}`)
      equal(yield* recordsOf(store, "r1"), records, "and writes nothing")
    }), declared),

  scenario("RunCommit", "every refusal writes nothing: NotFound, Fenced, InvalidTransition, EventConflict (reused or repeated id), InvalidInput", (store) =>
    Effect.gen(function*() {
      const commit = commitOf(store)
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* store.events.appendOnce(A, "r1", ev("taken", "original"))
      const old = yield* store.leases.acquire(A, "r1", "a", "1 second")
      store.clock.advance(1000)
      const current = yield* store.leases.acquire(A, "r1", "b", "1 minute")
      const known = { runIds: ["r1"], timers: [["r1", "s1:wake"]] as const }
      const before = yield* dump(store, [A, B], known)
      yield* expectError(commit.commit(B, "r1", step("s1")), "NotFound", "another scope")
      yield* expectError(commit.commit(A, "r1", step("s1"), { fencingToken: old.token }), "Fenced", "a stale token")
      yield* expectError(
        commit.commit(A, "r1", { state: { expectedVersion: 1, patch: { status: "ContinuedAsNew" } }, ...step("s1") }),
        "InvalidTransition",
        "an impossible transition"
      )
      yield* expectError(commit.commit(A, "r1", { ...step("s1"), events: [ev("taken", "different")] }), "EventConflict", "a reused event id")
      yield* expectError(commit.commit(A, "r1", { ...step("s1"), events: [ev("twice"), ev("twice")] }), "EventConflict", "an id given twice")
      yield* expectError(commit.commit(A, "r1", { ...step("s1"), steps: [{ stepId: "", kind: "started", attempt: 1 }] }), "InvalidInput", "an empty step id")
      yield* expectError(commit.commit(A, "r1", { ...step("s1"), timers: [{ timerId: "t", fireAt: new Date(Number.NaN) }] }), "InvalidInput", "an invalid date")
      yield* expectError(
        commit.commit(A, "r1", { ...step("s1"), events: Array.from({ length: RunCommit.MaxRecords + 1 }, (_, i) => ev(`e${i}`)) }),
        "InvalidInput",
        "too many events"
      )
      yield* expectError(commit.commit(A, "r1", { output: { stepId: "s1", value: (() => undefined) as never } }), "InvalidInput", "a value that is not JSON")
      equal(yield* dump(store, [A, B], known), before, "nothing written by any refusal")
      const fenced = yield* commit.commit(A, "r1", step("s1"), { fencingToken: current.token })
      ensure(fenced._tag === "Committed", "the current token commits")
    }), declared),

  scenario("RunCommit", "a fault before commit writes nothing; a lost acknowledgement wrote everything, and the retry says the output exists with the same content", (base, env) =>
    Effect.gen(function*() {
      commitOf(base)
      yield* base.runs.create({ runId: "r1", scope: A, flowId: "f" })
      const empty = yield* recordsOf(base, "r1")
      const before = injected(base, { seed: faultSeed(env.settings.seed), rules: [{ trigger: Faults.nthCall(1), mode: Faults.failBeforeCommit }] }, [RunCommit.RunCommit])
      yield* expectError(commitOf(before.store).commit(A, "r1", step("s1")), "StoreUnavailable", "fail before commit")
      equal(yield* recordsOf(base, "r1"), empty, "nothing written")
      const after = injected(base, { seed: faultSeed(env.settings.seed), rules: [{ trigger: Faults.nthCall(1), mode: Faults.failAfterCommit }] }, [RunCommit.RunCommit])
      yield* expectError(commitOf(after.store).commit(A, "r1", step("s1")), "StoreUnavailable", "fail after commit")
      const written = yield* recordsOf(base, "r1")
      equal([written.outputs, written.steps.length, written.events.length, written.timers], [["s1"], 2, 1, ["s1:wake"]], "everything written")
      const retry = yield* commitOf(after.store).commit(A, "r1", step("s1"))
      ensure(retry._tag === "OutputExists" && retry.sameFingerprint, `the retry: ${JSON.stringify(retry)}`)
      equal(yield* recordsOf(base, "r1"), written, "the retry wrote nothing")
    }), declared),

  scenario("RunCommit", "16 fibers commit the same step, each with its own event: one commit, one event, the others get the stored output", (store, env) =>
    Effect.gen(function*() {
      const commit = commitOf(store)
      for (let round = 0; round < env.settings.rounds; round++) {
        const runId = `c-${round}`
        yield* store.runs.create({ runId, scope: A, flowId: "f" })
        const results = yield* race(round, 16, (i) =>
          commit.commit(A, runId, { output: { stepId: "s", value: { by: i } }, events: [ev(`by-${i}`)], steps: [{ stepId: "s", kind: "completed", attempt: 1 }] }))
        const committed = results.flatMap((r, i) => r._tag === "Committed" ? [i] : [])
        equal(committed.length, 1, `round ${round}: one commit`)
        const winner = committed[0]!
        for (const [i, r] of results.entries()) {
          if (i === winner) continue
          ensure(r._tag === "OutputExists" && r.output.value !== null && (r.output.value as { by: number }).by === winner, `round ${round}: fiber ${i} sees the winner's output: ${JSON.stringify(r)}`)
        }
        const records = yield* recordsOf(store, runId)
        equal([records.events, records.steps], [[[1, `by-${winner}`, "Happened"]], [["s", "completed", 1]]], `round ${round}: the winner's records, once`)
      }
    }), declared)
]
