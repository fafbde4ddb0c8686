/**
 * Behaviour of snapshots, specs, timers, leases and fencing (contract §5–§7).
 */
import { Json, Snapshot } from "@runledger/core"
import { Effect, Option } from "effect"
import { ensure, equal } from "../internal/check.js"
import { Epoch } from "../internal/clock.js"
import { A, B, C, ev, expectError } from "../internal/fixtures.js"
import type { Scenario } from "../internal/harness.js"
import { scenario } from "../internal/harness.js"
import { reach } from "./Runs.js"

const snap = (snapshotId: string, seq: number) => ({ snapshotId, seq, status: "Running" as const, checkpoint: { seq } })
const ids = (list: ReadonlyArray<{ readonly snapshotId: string }>) => list.map((s) => s.snapshotId)

/** Snapshot store scenarios. */
export const snapshotScenarios: ReadonlyArray<Scenario> = [
  scenario("SnapshotStore", "put stores the current schema version stamped by the clock; get returns it, and none for another run or scope", (store) =>
    Effect.gen(function*() {
      const put = yield* store.snapshots.put(A, "r1", {
        ...snap("s1", 4),
        phase: "executing",
        phaseHistory: [{ phase: "planning", at: new Date(Epoch - 10) }, { phase: "executing", at: new Date(Epoch - 5) }],
        payloadDigest: "sha256:abc",
        definitionRevision: 2,
        metadata: { by: "worker-1" }
      })
      equal(
        [put.snapshotId, put.runId, put.seq, put.status, put.createdAt, put.schemaVersion, put.phase, put.checkpoint, put.definitionRevision, put.metadata, put.payloadDigest],
        ["s1", "r1", 4, "Running", new Date(Epoch), Snapshot.CurrentVersion, "executing", { seq: 4 }, 2, { by: "worker-1" }, "sha256:abc"],
        "the stored record"
      )
      equal(put.phaseHistory, [{ phase: "planning", at: new Date(Epoch - 10) }, { phase: "executing", at: new Date(Epoch - 5) }], "the phase history")
      equal(yield* store.snapshots.get(A, "r1", "s1"), Option.some(put), "get")
      equal(yield* store.snapshots.get(A, "r2", "s1"), Option.none(), "an id of another run")
      equal(yield* store.snapshots.get(B, "r1", "s1"), Option.none(), "another scope")
      equal(yield* store.snapshots.get(C, "r1", "s1"), Option.none(), "a scope extending A's key")
      const explicit = yield* store.snapshots.put(A, "r1", { ...snap("s2", 5), createdAt: new Date(Epoch - 1) })
      equal(explicit.createdAt, new Date(Epoch - 1), "an explicit createdAt is kept")
    })),

  scenario("SnapshotStore", "put is idempotent by snapshotId: the same content returns the first record and writes nothing; other content is AlreadyExists", (store) =>
    Effect.gen(function*() {
      const first = yield* store.snapshots.put(A, "r1", snap("s1", 1))
      store.clock.advance(1000)
      equal(yield* store.snapshots.put(A, "r1", snap("s1", 1)), first, "a retry later returns the stored record")
      const other = yield* expectError(store.snapshots.put(A, "r1", snap("s1", 2)), "AlreadyExists", "other content")
      equal([other.entity, other.id, other.sameFingerprint], ["Snapshot", "s1", false], "the conflict")
      yield* expectError(store.snapshots.put(A, "r2", snap("s1", 1)), "AlreadyExists", "the same id for another run")
      equal(ids(yield* store.snapshots.list(A, "r1")), ["s1"], "one snapshot")
      equal(yield* store.snapshots.list(A, "r2"), [], "none for r2")
      const elsewhere = yield* store.snapshots.put(B, "r1", snap("s1", 9))
      equal(elsewhere.seq, 9, "the same id in another scope is another snapshot")
    })),

  scenario("SnapshotStore", "list is ascending by seq whatever the write order, the latest N when limited, and only the run's", (store) =>
    Effect.gen(function*() {
      for (const [id, seq] of [["s30", 30], ["s10", 10], ["s50", 50], ["s20", 20], ["s40", 40]] as const) {
        yield* store.snapshots.put(A, "r1", snap(id, seq))
      }
      yield* store.snapshots.put(A, "r2", snap("other-run", 15))
      yield* store.snapshots.put(B, "r1", snap("other-scope", 15))
      const seqs = (list: ReadonlyArray<Snapshot.Snapshot>) => list.map((s) => s.seq)
      equal(seqs(yield* store.snapshots.list(A, "r1")), [10, 20, 30, 40, 50], "all")
      equal(seqs(yield* store.snapshots.list(A, "r1", { limit: 2 })), [40, 50], "latest 2")
      equal(seqs(yield* store.snapshots.list(A, "r1", { limit: 1 })), [50], "latest 1")
      equal(seqs(yield* store.snapshots.list(A, "r1", { limit: 9 })), [10, 20, 30, 40, 50], "limit above the count")
      equal(ids(yield* store.snapshots.list(A, "r2")), ["other-run"], "r2")
      equal(ids(yield* store.snapshots.list(B, "r1")), ["other-scope"], "B")
      equal(yield* store.snapshots.list(C, "r1"), [], "C")
    }))
]

/** Spec store scenarios. */
export const specScenarios: ReadonlyArray<Scenario> = [
  scenario("SpecStore", "put numbers revisions 1, 2, … with a content hash of the canonical JSON; get, getRevision, hasRevision read them", (store) =>
    Effect.gen(function*() {
      const r1 = yield* store.specs.put(A, "flow", { b: 1, a: [1, 2] })
      equal([r1.revision, r1.contentHash, r1.createdAt, r1.specId], [1, Json.sha256(Json.canonicalize({ a: [1, 2], b: 1 })), new Date(Epoch), "flow"], "revision 1")
      store.clock.advance(5)
      const r2 = yield* store.specs.put(A, "flow", { a: [1, 2], b: 1 })
      equal([r2.revision, r2.contentHash], [2, r1.contentHash], "unchanged content still makes a revision, with the same hash")
      equal(yield* store.specs.get(A, "flow"), Option.some(r2), "get: the current revision")
      equal(yield* store.specs.getRevision(A, "flow", 1), Option.some(r1), "getRevision 1")
      equal(yield* store.specs.getRevision(A, "flow", 3), Option.none(), "no revision 3")
      equal([yield* store.specs.hasRevision(A, "flow", 1), yield* store.specs.hasRevision(A, "flow", 3)], [true, false], "hasRevision")
      equal(yield* store.specs.get(B, "flow"), Option.none(), "another scope")
    })),

  scenario("SpecStore", "expectedRevision: omitted is unconditional, null means must not exist, n must be current — else RevisionConflict { expected, actual } and nothing written", (store) =>
    Effect.gen(function*() {
      equal((yield* store.specs.put(A, "flow", 1, null)).revision, 1, "null on an absent spec")
      const taken = yield* expectError(store.specs.put(A, "flow", 2, null), "RevisionConflict", "null on an existing spec")
      equal([taken.expected, taken.actual], [null, 1], "the conflict")
      const stale = yield* expectError(store.specs.put(A, "flow", 2, 7), "RevisionConflict", "a wrong revision")
      equal([stale.expected, stale.actual], [7, 1], "the conflict")
      const missing = yield* expectError(store.specs.put(A, "other", 2, 1), "RevisionConflict", "a revision of an absent spec")
      equal([missing.expected, missing.actual], [1, null], "the conflict")
      equal(yield* store.specs.get(A, "other"), Option.none(), "nothing written")
      equal((yield* store.specs.put(A, "flow", 2, 1)).revision, 2, "the right revision")
      equal((yield* store.specs.put(A, "flow", 3)).revision, 3, "unconditional")
      equal(Option.map(yield* store.specs.get(A, "flow"), (r) => [r.revision, r.definition]), Option.some([3, 3]), "current")
    })),

  scenario("SpecStore", "delete removes every revision (true iff it existed), honours expectedRevision, and revision numbers are never reused", (store) =>
    Effect.gen(function*() {
      yield* store.specs.put(A, "flow", 1)
      yield* store.specs.put(A, "flow", 2)
      const conflict = yield* expectError(store.specs.delete(A, "flow", 1), "RevisionConflict", "delete with a stale revision")
      equal([conflict.expected, conflict.actual], [1, 2], "the conflict")
      ensure(yield* store.specs.hasRevision(A, "flow", 2), "still there")
      ensure(yield* store.specs.delete(A, "flow", 2), "delete at the current revision")
      ensure(!(yield* store.specs.delete(A, "flow")), "a second delete is false")
      yield* expectError(store.specs.delete(A, "flow", 2), "RevisionConflict", "expected revision of a deleted spec")
      equal([yield* store.specs.get(A, "flow"), yield* store.specs.getRevision(A, "flow", 1)], [Option.none(), Option.none()], "gone")
      equal((yield* store.specs.put(A, "flow", "again", null)).revision, 3, "a re-created spec continues after the last revision")
      ensure(!(yield* store.specs.delete(A, "never")), "deleting an unknown spec is false")
    })),

  scenario("SpecStore", "list returns the current revisions ordered by spec id, paged by afterSpecId", (store) =>
    Effect.gen(function*() {
      for (const id of ["c", "a", "d", "b"]) yield* store.specs.put(A, id, id)
      yield* store.specs.put(A, "b", "b2")
      yield* store.specs.put(B, "zz", 1)
      yield* store.specs.put(A, "gone", 1)
      yield* store.specs.delete(A, "gone")
      const page = (options?: { readonly limit?: number; readonly afterSpecId?: string }) =>
        Effect.map(store.specs.list(A, options), (list) => list.map((r) => `${r.specId}@${r.revision}`))
      equal(yield* page(), ["a@1", "b@2", "c@1", "d@1"], "all")
      equal(yield* page({ limit: 2 }), ["a@1", "b@2"], "first page")
      equal(yield* page({ limit: 2, afterSpecId: "b" }), ["c@1", "d@1"], "second page")
      equal(yield* page({ afterSpecId: "d" }), [], "after the last")
      equal((yield* store.specs.list(C)).length, 0, "C has none")
    }))
]

/** Timer store scenarios. */
export const timerScenarios: ReadonlyArray<Scenario> = [
  scenario("TimerStore", "schedule is idempotent per (scope, runId, timerId), also after the timer fired or was canceled", (store) =>
    Effect.gen(function*() {
      const fireAt = new Date(Epoch + 1000)
      const first = yield* store.timers.schedule(A, "r1", "t1", fireAt)
      equal([first.scheduled, first.timer.status, first.timer.fireAt, first.timer.scheduledAt], [true, "Scheduled", fireAt, new Date(Epoch)], "first")
      const again = yield* store.timers.schedule(A, "r1", "t1", new Date(Epoch + 9999))
      equal([again.scheduled, again.timer], [false, first.timer], "a second schedule returns the stored timer, not moved")
      equal((yield* store.timers.schedule(A, "r2", "t1", fireAt)).scheduled, true, "same timer id, other run")
      equal((yield* store.timers.schedule(B, "r1", "t1", fireAt)).scheduled, true, "same ids, other scope")
      store.clock.advance(1000)
      ensure(yield* store.timers.claim(A, "r1", "t1"), "claim")
      const fired = yield* store.timers.schedule(A, "r1", "t1", new Date(Epoch + 5000))
      equal([fired.scheduled, fired.timer.status, fired.timer.firedAt], [false, "Fired", new Date(Epoch + 1000)], "a fired timer is not revived")
      ensure(yield* store.timers.cancel(A, "r2", "t1"), "cancel")
      const canceled = yield* store.timers.schedule(A, "r2", "t1", fireAt)
      equal([canceled.scheduled, canceled.timer.status, canceled.timer.canceledAt], [false, "Canceled", new Date(Epoch + 1000)], "a canceled timer is not revived")
    })),

  scenario("TimerStore", "due lists the scope's scheduled timers with fireAt <= asOf, earliest first, at most limit; dueAcrossScopes spans every scope", (store) =>
    Effect.gen(function*() {
      const at = (s: number) => new Date(Epoch + s * 1000)
      yield* store.timers.schedule(A, "r1", "late", at(30))
      yield* store.timers.schedule(A, "r1", "early", at(10))
      yield* store.timers.schedule(A, "r2", "mid", at(20))
      yield* store.timers.schedule(A, "r2", "gone", at(5))
      yield* store.timers.schedule(B, "r1", "b", at(15))
      yield* store.timers.schedule(C, "r1", "c", at(12))
      yield* store.timers.cancel(A, "r2", "gone")
      const names = (list: ReadonlyArray<{ readonly timerId: string }>) => list.map((t) => t.timerId)
      equal(names(yield* store.timers.due(A, at(20))), ["early", "mid"], "due at 20 (inclusive)")
      equal(names(yield* store.timers.due(A, at(40), { limit: 2 })), ["early", "mid"], "limited")
      equal(names(yield* store.timers.due(A, at(9))), [], "nothing yet")
      equal(names(yield* store.timers.due(C, at(40))), ["c"], "C only")
      equal(names(yield* store.timers.dueAcrossScopes(at(40))), ["early", "c", "b", "mid", "late"], "every scope, earliest first")
      equal(names(yield* store.timers.dueAcrossScopes(at(40), { limit: 3 })), ["early", "c", "b"], "every scope, limited")
      store.clock.set(Epoch + 40_000)
      ensure(yield* store.timers.claim(A, "r1", "early"), "claim early")
      equal(names(yield* store.timers.due(A, at(40))), ["mid", "late"], "a claimed timer leaves the due set")
      const due = (yield* store.timers.dueAcrossScopes(at(40)))[0]!
      equal([due.scope, due.runId], [C, "r1"], "a due timer carries its scope and run")
    })),

  scenario("TimerStore", "claim fires a due timer once (by the store clock); not yet due, fired or canceled is false; unknown is NotFound", (store) =>
    Effect.gen(function*() {
      yield* store.timers.schedule(A, "r1", "t1", new Date(Epoch + 1000))
      ensure(!(yield* store.timers.claim(A, "r1", "t1")), "not yet due")
      store.clock.advance(1000)
      ensure(yield* store.timers.claim(A, "r1", "t1"), "due: claimed")
      ensure(!(yield* store.timers.claim(A, "r1", "t1")), "fired: not again")
      ensure(!(yield* store.timers.cancel(A, "r1", "t1")), "a fired timer cannot be canceled")
      equal(Option.map(yield* store.timers.get(A, "r1", "t1"), (t) => [t.status, t.firedAt]), Option.some(["Fired", new Date(Epoch + 1000)]), "get")
      yield* store.timers.schedule(A, "r1", "t2", new Date(Epoch))
      ensure(yield* store.timers.cancel(A, "r1", "t2"), "cancel")
      ensure(!(yield* store.timers.cancel(A, "r1", "t2")), "cancel again")
      ensure(!(yield* store.timers.claim(A, "r1", "t2")), "a canceled timer never fires")
      const missing = yield* expectError(store.timers.claim(A, "r1", "nope"), "NotFound", "claim of an unknown timer")
      equal([missing.entity, missing.id], ["Timer", "nope"], "names the timer")
      yield* expectError(store.timers.cancel(A, "r1", "nope"), "NotFound", "cancel of an unknown timer")
      yield* expectError(store.timers.claim(B, "r1", "t1"), "NotFound", "claim in another scope")
      equal(yield* store.timers.get(B, "r1", "t1"), Option.none(), "get in another scope")
    }))
]

/** Lease store and fencing scenarios. */
export const leaseScenarios: ReadonlyArray<Scenario> = [
  scenario("LeaseStore", "tokens strictly increase across every acquisition of a run: re-acquire, release, takeover exactly at expiry", (store) =>
    Effect.gen(function*() {
      const tokens: Array<number> = []
      const first = yield* store.leases.acquire(A, "r1", "a", "10 seconds")
      tokens.push(first.token)
      equal([first.owner, first.acquiredAt, first.expiresAt, first.releasedAt], ["a", new Date(Epoch), new Date(Epoch + 10_000), undefined], "the lease")
      tokens.push((yield* store.leases.acquire(A, "r1", "a", "10 seconds")).token)
      const held = yield* expectError(store.leases.acquire(A, "r1", "b", "10 seconds"), "LeaseHeld", "held by another owner")
      equal([held.owner, held.expiresAt], ["a", new Date(Epoch + 10_000)], "LeaseHeld names the holder and expiry")
      store.clock.advance(9_999)
      yield* expectError(store.leases.acquire(A, "r1", "b", "10 seconds"), "LeaseHeld", "one millisecond before expiry")
      store.clock.advance(1)
      tokens.push((yield* store.leases.acquire(A, "r1", "b", "10 seconds")).token)
      ensure(yield* store.leases.release(A, "r1", "b", tokens[2]!), "release")
      ensure(!(yield* store.leases.release(A, "r1", "b", tokens[2]!)), "release again is false")
      equal(Option.map(yield* store.leases.get(A, "r1"), (l) => [l.token, l.releasedAt]), Option.some([tokens[2], new Date(Epoch + 10_000)]), "the released lease keeps its token")
      tokens.push((yield* store.leases.acquire(A, "r1", "c", "10 seconds")).token)
      equal(tokens, [1, 2, 3, 4], "tokens")
      equal((yield* store.leases.acquire(A, "r2", "a", "10 seconds")).token, 1, "another run counts on its own")
      equal((yield* store.leases.acquire(B, "r1", "a", "10 seconds")).token, 1, "another scope counts on its own")
    })),

  scenario("LeaseStore", "renew extends a live lease under the same token; a stale token is Fenced; a dead or foreign lease is NotFound", (store) =>
    Effect.gen(function*() {
      const lease = yield* store.leases.acquire(A, "r1", "a", "10 seconds")
      store.clock.advance(5000)
      const renewed = yield* store.leases.renew(A, "r1", "a", lease.token, "10 seconds")
      equal([renewed.token, renewed.expiresAt], [lease.token, new Date(Epoch + 15_000)], "renewed")
      store.clock.advance(9000)
      yield* expectError(store.leases.acquire(A, "r1", "b", "1 second"), "LeaseHeld", "still held")
      yield* expectError(store.leases.renew(A, "r1", "b", lease.token, "10 seconds"), "NotFound", "renew by another owner")
      store.clock.advance(1000)
      yield* expectError(store.leases.renew(A, "r1", "a", lease.token, "10 seconds"), "NotFound", "renew after expiry")
      const b = yield* store.leases.acquire(A, "r1", "b", "10 seconds")
      const fenced = yield* expectError(store.leases.renew(A, "r1", "a", lease.token, "10 seconds"), "Fenced", "renew with a stale token")
      equal([fenced.token, fenced.currentToken], [lease.token, b.token], "Fenced names both tokens")
      yield* expectError(store.leases.renew(A, "r1", "a", b.token, "10 seconds"), "NotFound", "renew of b's token by a")
      yield* expectError(store.leases.renew(A, "never", "a", 1, "10 seconds"), "NotFound", "renew of a run without a lease")
      ensure(!(yield* store.leases.release(A, "r1", "a", lease.token)), "release with a stale token is false")
      equal(Option.map(yield* store.leases.get(A, "r1"), (l) => l.owner), Option.some("b"), "b holds it")
      equal(yield* store.leases.get(B, "r1"), Option.none(), "another scope has no lease")
    })),

  scenario("Fencing", "a write with an older token is Fenced and changes nothing; the current token writes; fencing is per (scope, run) and opt-in", (store) =>
    Effect.gen(function*() {
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* store.runs.create({ runId: "r1", scope: B, flowId: "f" })
      const a = yield* store.leases.acquire(A, "r1", "worker-a", "10 seconds")
      ensure(yield* store.runs.casStatus(A, "r1", "Pending", "Running", { fencingToken: a.token }), "the holder writes")
      store.clock.advance(10_000)
      const b = yield* store.leases.acquire(A, "r1", "worker-b", "10 seconds")
      const run = yield* store.runs.get(A, "r1")
      const status = yield* expectError(store.runs.casStatus(A, "r1", "Running", "Completed", { fencingToken: a.token }), "Fenced", "casStatus with the stale token")
      equal([status.token, status.currentToken], [a.token, b.token], "the tokens")
      yield* expectError(store.runs.casState(A, "r1", run.version, { state: { by: "a" } }, { fencingToken: a.token }), "Fenced", "casState with the stale token")
      yield* expectError(store.runs.continueAsNew(A, "r1", null, { fencingToken: a.token }), "Fenced", "continueAsNew with the stale token")
      equal(yield* store.runs.get(A, "r1"), run, "nothing changed")
      yield* expectError(store.runs.get(A, "r1~2"), "NotFound", "no successor")
      ensure(yield* store.runs.casState(A, "r1", run.version, { state: { by: "b" } }, { fencingToken: b.token }), "the current token writes")
      ensure(yield* store.runs.casStatus(B, "r1", "Pending", "Running", { fencingToken: 1 }), "B has no lease: token 1 passes there")
      ensure(yield* store.runs.casState(A, "r1", run.version + 1, { state: { by: "nobody" } }), "a write without a token is not fenced")
      store.clock.advance(60_000)
      // The current token passes even after its lease expired: nobody holds a newer one.
      const cont = yield* store.runs.continueAsNew(A, "r1", { next: true }, { fencingToken: b.token })
      ensure(cont.created, "continueAsNew with the current (expired) token")
    })),

  scenario("Fencing", "event appends with an older token are Fenced and write nothing, not even for a known id; the current token appends", (store) =>
    Effect.gen(function*() {
      const a = yield* store.leases.acquire(A, "r1", "worker-a", "10 seconds")
      equal((yield* store.events.appendOnce(A, "r1", ev("e1"), { fencingToken: a.token })).seq, 1, "the holder appends")
      store.clock.advance(10_000)
      const b = yield* store.leases.acquire(A, "r1", "worker-b", "10 seconds")
      const fenced = yield* expectError(store.events.appendOnce(A, "r1", ev("e2"), { fencingToken: a.token }), "Fenced", "appendOnce with the stale token")
      equal([fenced.token, fenced.currentToken], [a.token, b.token], "the tokens")
      yield* expectError(store.events.appendOnce(A, "r1", ev("e1"), { fencingToken: a.token }), "Fenced", "a retry of a known id with the stale token")
      yield* expectError(store.events.append(A, "r1", [ev("e3"), ev("e4")], { fencingToken: a.token }), "Fenced", "a batch with the stale token")
      yield* expectError(store.events.append(A, "r1", [ev("e3")], { expectedSeq: 1, fencingToken: a.token }), "Fenced", "a batch with the stale token and the right expectedSeq")
      equal(yield* store.events.lastSeq(A, "r1"), 1, "nothing written")
      equal(yield* store.events.seqOf(A, "r1", "e2"), Option.none(), "e2 unknown")
      equal((yield* store.events.append(A, "r1", [ev("e2"), ev("e3")], { fencingToken: b.token })).seqs, [2, 3], "the current token appends")
      equal((yield* store.events.appendOnce(B, "r1", ev("e9"), { fencingToken: 1 })).seq, 1, "fencing is per scope")
    })),

  scenario("Fencing", "a fenced write of a finished run keeps it finished: terminal statuses stay absorbing under leases", (store) =>
    Effect.gen(function*() {
      yield* reach(store, "r1", "Completed")
      const lease = yield* store.leases.acquire(A, "r1", "w", "1 minute")
      const run = yield* store.runs.get(A, "r1")
      ensure(!(yield* store.runs.casStatus(A, "r1", ["Pending", "Running", "Completed"], "Failed", { fencingToken: lease.token })), "no move")
      equal(yield* store.runs.get(A, "r1"), run, "unchanged")
    }))
]
