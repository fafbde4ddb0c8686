/**
 * Tenant isolation (contract §1): a record of scope A is invisible under scope B for every method of
 * every store — reported as not found or empty, never as forbidden — and nothing done under B
 * changes or collides with A's records. Scope C extends A's key with a deployment, the classic
 * prefix-match bug.
 */
import { Effect, Option } from "effect"
import { ensure, equal } from "../internal/check.js"
import { A, B, C, dump, ev, expectError } from "../internal/fixtures.js"
import type { Known } from "../internal/fixtures.js"
import type { Scenario, Store } from "../internal/harness.js"
import { scenario } from "../internal/harness.js"

const suite = "Tenancy"
const known: Known = { runIds: ["r1", "r1~2"], globalKeys: ["k"], specIds: ["sp"], timers: [["r1", "t1"]], snapshotIds: ["s1"] }

/** Fill scope A with one record of every kind; old events included, so a compaction would prune them. */
const seedA = (store: Store) =>
  Effect.gen(function*() {
    yield* store.runs.create({ runId: "r1", scope: A, flowId: "f", input: { a: 1 } })
    yield* store.runs.casStatus(A, "r1", "Pending", "Running")
    yield* store.runs.appendStep(A, "r1", { stepId: "s", kind: "started", attempt: 0 })
    yield* store.runs.appendFailure(A, "r1", { stepId: "s", reason: "boom" })
    yield* store.runs.putOutput(A, "r1", "s", { out: 1 })
    yield* store.globals.putGlobal(A, "k", "a")
    yield* store.events.append(A, "r1", [ev("e1"), ev("e2")])
    yield* store.snapshots.put(A, "r1", { snapshotId: "s1", seq: 2, status: "Running", checkpoint: { a: true } })
    yield* store.specs.put(A, "sp", { v: 1 })
    yield* store.timers.schedule(A, "r1", "t1", new Date(0))
    yield* store.leases.acquire(A, "r1", "owner-a", "1 hour")
    store.clock.advance(2 * 3_600_000)
  })

/** The tenancy scenarios. */
export const tenancyScenarios: ReadonlyArray<Scenario> = [
  scenario(suite, "a run of scope A is invisible under B and C for every method of every store, and nothing done there touches A", (store) =>
    Effect.gen(function*() {
      yield* seedA(store)
      const before = yield* dump(store, [A], known, { acrossScopes: false })
      for (const other of [B, C]) {
        const label = (what: string) => `${what} under ${JSON.stringify(other)}`
        const notFound = [
          ["runs.get", store.runs.get(other, "r1")],
          ["runs.casStatus", store.runs.casStatus(other, "r1", "Running", "Completed")],
          ["runs.casState", store.runs.casState(other, "r1", 2, { state: 1 })],
          ["runs.continueAsNew", store.runs.continueAsNew(other, "r1", null)],
          ["runs.appendStep", store.runs.appendStep(other, "r1", { stepId: "s", kind: "started", attempt: 0 })],
          ["runs.appendStepIfAbsent", store.runs.appendStepIfAbsent(other, "r1", { stepId: "s", kind: "started", attempt: 0 })],
          ["runs.listSteps", store.runs.listSteps(other, "r1")],
          ["runs.appendFailure", store.runs.appendFailure(other, "r1", { stepId: "s", reason: "x" })],
          ["runs.listFailures", store.runs.listFailures(other, "r1")],
          ["runs.putOutput", store.runs.putOutput(other, "r1", "s2", 1)],
          ["runs.getOutput", store.runs.getOutput(other, "r1", "s")],
          ["runs.listOutputKeys", store.runs.listOutputKeys(other, "r1")],
          ["timers.claim", store.timers.claim(other, "r1", "t1")],
          ["timers.cancel", store.timers.cancel(other, "r1", "t1")],
          ["leases.renew", store.leases.renew(other, "r1", "owner-a", 1, "1 minute")]
        ] as const
        for (const [name, call] of notFound) {
          const error = yield* expectError(call as Effect.Effect<unknown, { readonly _tag: string }>, "NotFound", label(name))
          ensure(!JSON.stringify(error).includes("owner-a"), `${label(name)}: the error leaks A's data`)
        }
        equal((yield* store.runs.list(other)).runs, [], label("runs.list"))
        equal((yield* store.runs.list(other, { flowId: "f", status: "Running" })).runs, [], label("runs.list filtered"))
        equal((yield* store.runs.listActive(other)).runs, [], label("runs.listActive"))
        equal(yield* store.runs.chain(other, "r1"), [], label("runs.chain"))
        equal(yield* store.globals.getGlobal(other, "k"), Option.none(), label("globals.getGlobal"))
        equal(yield* store.events.read(other, "r1"), { events: [], compactedThroughSeq: Option.none() }, label("events.read"))
        equal(yield* store.events.lastSeq(other, "r1"), 0, label("events.lastSeq"))
        equal(yield* store.events.seqOf(other, "r1", "e1"), Option.none(), label("events.seqOf"))
        equal((yield* store.events.poll(other, undefined, 1000)).events, [], label("events.poll"))
        equal(yield* store.snapshots.get(other, "r1", "s1"), Option.none(), label("snapshots.get"))
        equal(yield* store.snapshots.list(other, "r1"), [], label("snapshots.list"))
        equal(yield* store.specs.get(other, "sp"), Option.none(), label("specs.get"))
        equal(yield* store.specs.getRevision(other, "sp", 1), Option.none(), label("specs.getRevision"))
        equal(yield* store.specs.hasRevision(other, "sp", 1), false, label("specs.hasRevision"))
        equal(yield* store.specs.list(other), [], label("specs.list"))
        equal(yield* store.specs.delete(other, "sp"), false, label("specs.delete"))
        const conflict = yield* expectError(store.specs.delete(other, "sp", 1), "RevisionConflict", label("specs.delete(expected 1)"))
        equal([conflict.expected, conflict.actual], [1, null], label("the spec does not exist there"))
        equal(yield* store.timers.get(other, "r1", "t1"), Option.none(), label("timers.get"))
        equal(yield* store.timers.due(other, new Date(Date.UTC(2100, 0, 1))), [], label("timers.due"))
        equal(yield* store.leases.get(other, "r1"), Option.none(), label("leases.get"))
        equal(yield* store.leases.release(other, "r1", "owner-a", 1), false, label("leases.release"))
        equal(yield* store.events.compact({ retention: "1 minute", scope: other }), 0, label("events.compact"))
        equal(yield* store.events.clear(other), 0, label("events.clear"))
        equal(yield* dump(store, [A], known, { acrossScopes: false }), before, label("A changed after reads"))
      }
      for (const other of [B, C]) {
        const label = (what: string) => `${what} under ${JSON.stringify(other)}`
        // Writes under another scope succeed as if A did not exist: same ids, no collision.
        equal((yield* store.runs.create({ runId: "r1", scope: other, flowId: "g" })).version, 1, label("runs.create"))
        equal((yield* store.globals.putGlobal(other, "k", "b")).value, "b", label("globals.putGlobal"))
        equal(yield* store.events.appendOnce(other, "r1", ev("e2", "other")), { appended: true, seq: 1, warning: Option.none() }, label("events.appendOnce"))
        equal((yield* store.events.append(other, "r1", [ev("e1")], { expectedSeq: 1 })).seqs, [2], label("events.append"))
        equal((yield* store.snapshots.put(other, "r1", { snapshotId: "s1", seq: 9, status: "Pending", checkpoint: null })).seq, 9, label("snapshots.put"))
        equal((yield* store.specs.put(other, "sp", "b", null)).revision, 1, label("specs.put"))
        equal((yield* store.timers.schedule(other, "r1", "t1", new Date(0))).scheduled, true, label("timers.schedule"))
        equal((yield* store.leases.acquire(other, "r1", "owner-b", "1 minute")).token, 1, label("leases.acquire"))
        ensure(yield* store.runs.casStatus(other, "r1", "Pending", "Running", { fencingToken: 1 }), label("a fenced write with B's token"))
        equal(yield* dump(store, [A], known, { acrossScopes: false }), before, label("A changed after writes"))
      }
    }))
]
