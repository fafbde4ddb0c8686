import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { EventLog, LeaseStore } from "@runledger/core"
import { Effect } from "effect"
import { scope } from "./support.js"

const seqs = (runId: string) =>
  Effect.flatMap(EventLog.EventLog, (events) => Effect.map(events.read(scope, runId), (r) => r.events.map((e) => `${e.seq}:${e.eventId}`)))

describe("EventLog fencing", () => {
  it.effect("an append with an older token fails Fenced and writes nothing", () =>
    Effect.gen(function*() {
      const events = yield* EventLog.EventLog
      const leases = yield* LeaseStore.LeaseStore
      const old = yield* leases.acquire(scope, "job", "worker-1", "1 minute")
      yield* events.appendOnce(scope, "job", { eventId: "e1", type: "Step" }, { fencingToken: old.token })
      // The same owner restarts and acquires again: the earlier incarnation is fenced.
      const current = yield* leases.acquire(scope, "job", "worker-1", "1 minute")

      const single = yield* Effect.flip(events.appendOnce(scope, "job", { eventId: "e2", type: "Step" }, { fencingToken: old.token }))
      assert.deepStrictEqual([single._tag, single._tag === "Fenced" && single.currentToken], ["Fenced", current.token])
      // A fenced retry of a known id is refused too: the stale worker learns it lost the lease.
      const known = yield* Effect.flip(events.appendOnce(scope, "job", { eventId: "e1", type: "Step" }, { fencingToken: old.token }))
      assert.strictEqual(known._tag, "Fenced")
      const batch = yield* Effect.flip(
        events.append(scope, "job", [{ eventId: "e3", type: "Step" }, { eventId: "e4", type: "Step" }], {
          expectedSeq: 1,
          fencingToken: old.token
        })
      )
      assert.strictEqual(batch._tag, "Fenced")
      assert.deepStrictEqual(yield* seqs("job"), ["1:e1"])
      assert.strictEqual(yield* events.lastSeq(scope, "job"), 1)
      assert.strictEqual((yield* events.poll(scope)).events.length, 1)

      // The current token, and no token at all, still write.
      yield* events.appendOnce(scope, "job", { eventId: "e2", type: "Step" }, { fencingToken: current.token })
      yield* events.append(scope, "job", [{ eventId: "e3", type: "Step" }], { expectedSeq: 2, fencingToken: current.token })
      yield* events.appendOnce(scope, "job", { eventId: "e4", type: "Step" })
      assert.deepStrictEqual(yield* seqs("job"), ["1:e1", "2:e2", "3:e3", "4:e4"])
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("a run that never had a lease accepts any token; a bad token is InvalidInput", () =>
    Effect.gen(function*() {
      const events = yield* EventLog.EventLog
      yield* events.appendOnce(scope, "free", { eventId: "e1", type: "Step" }, { fencingToken: 3 })
      assert.strictEqual((yield* Effect.flip(events.appendOnce(scope, "free", { eventId: "e2", type: "Step" }, { fencingToken: 0 })))._tag, "InvalidInput")
      assert.strictEqual((yield* Effect.flip(events.append(scope, "free", [{ eventId: "e2", type: "Step" }], { fencingToken: -1 })))._tag, "InvalidInput")
      assert.deepStrictEqual(yield* seqs("free"), ["1:e1"])
    }).pipe(Effect.provide(MemoryStore.layer())))
})
