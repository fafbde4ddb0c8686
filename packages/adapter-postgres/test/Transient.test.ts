import { assert, it } from "@effect/vitest"
import { PgStore } from "@runledger/adapter-postgres"
import { EventLog, RunStore, RunTransition } from "@runledger/core"
import { SqlError } from "@effect/sql/SqlError"
import { SqlStore, StoreConnection } from "@runledger/sql"
import { Context, Duration, Effect, Either, Layer, Option, Redacted } from "effect"
import { admin, describePg, fileSchema, pgUrl } from "./support/pg.js"

// Postgres errors that abort a transaction, forced where the store meets them: a unique violation
// (23505) on an event's sequence position — not its idempotency key, whose conflict the insert names
// — and a serialization failure (40001) or a deadlock (40P01) in the middle of a transaction or at
// its COMMIT. Whatever happens, the caller gets a success that really happened (the write is there,
// once) or a typed error (nothing written), and the store's retries are bounded.
const schema = fileSchema("transient")
const scope = { orgId: "acme", workspaceId: "transient" }
const busyRetry = Duration.millis(300)

/** The error Postgres reports, with its SQLSTATE where the store reads it. */
const pgError = (code: string, message: string) =>
  new SqlError({ cause: Object.assign(new Error(`${message} (injected)`), { code }), message: "Failed to execute statement" })

/** What the interceptor saw: write transactions begun, and faults injected. */
interface Seen {
  transactions: number
  injected: number
}

/**
 * A store on its own table prefix whose statements pass `decide` — given the statement, its index
 * in the write transaction (BEGIN is 0) and what was seen so far — before they reach the server.
 */
const storeWith = (prefix: string, decide: (statement: string, index: number, seen: Seen) => StoreConnection.Interception) => {
  const seen: Seen = { transactions: 0, injected: 0 }
  const intercepted = Layer.effectContext(
    Effect.map(Effect.context<StoreConnection.StoreConnection>(), (context) =>
      Context.make(
        StoreConnection.StoreConnection,
        StoreConnection.intercept(Context.get(context, StoreConnection.StoreConnection), () => {
          let index = -1
          return (statement) => {
            if (statement === "BEGIN") {
              seen.transactions++
              index = 0
            } else if (index >= 0) index++
            const decided = decide(statement, index, seen)
            if (decided !== undefined) seen.injected++
            if (statement === "COMMIT" || statement === "ROLLBACK") index = -1
            return decided
          }
        })
      ))
  )
  const client = PgStore.layerClient({ url: Redacted.make(pgUrl), schema })
  const layer = SqlStore.layer({ tablePrefix: prefix, groupCommit: false, busyRetry }).pipe(
    Layer.provide(Layer.merge(client, intercepted.pipe(Layer.provide(client))))
  )
  return { seen, layer }
}

const tagOf = (e: unknown) => (typeof e === "object" && e !== null && "_tag" in e ? String((e as { _tag: unknown })._tag) : String(e))

describePg("transient Postgres errors", () => {
  it.live("23505 on the sequence position (a stray row at the next seq): a typed error at once, nothing written, not retried; the next append after it is cleared succeeds", () => {
    const { layer, seen } = storeWith("seq", () => undefined)
    return Effect.gen(function*() {
      const events = yield* EventLog.EventLog
      yield* events.append(scope, "r1", [{ eventId: "e1", type: "T" }, { eventId: "e2", type: "T" }])
      // A row at seq 3 the stream's counter does not know: the next append takes seq 3 and its insert
      // meets the unique (scope, run, seq) index, which its ON CONFLICT (event id) does not cover.
      yield* Effect.promise(() =>
        admin(
          `INSERT INTO ${schema}.seq_events (org_id, workspace_id, deployment_id, run_id, seq, event_id, type, occurred_at, payload, schema_version, fingerprint, bytes)
           SELECT org_id, workspace_id, deployment_id, run_id, 3, 'stray', type, occurred_at, payload, schema_version, fingerprint, bytes
           FROM ${schema}.seq_events WHERE event_id = 'e2'`
        )
      )
      const before = seen.transactions
      const once = yield* Effect.either(events.appendOnce(scope, "r1", { eventId: "e3", type: "T" }))
      const batch = yield* Effect.either(events.append(scope, "r1", [{ eventId: "e3", type: "T" }, { eventId: "e4", type: "T" }], { expectedSeq: 2 }))
      for (const [label, result] of [["appendOnce", once], ["append", batch]] as ReadonlyArray<readonly [string, Either.Either<unknown, unknown>]>) {
        assert.isTrue(Either.isLeft(result), `${label}: a write whose insert violated the seq index must not succeed`)
        // The counter is below a stored row: the store is inconsistent, which a retry cannot mend.
        assert.strictEqual(tagOf(Either.isLeft(result) ? result.left : undefined), "StoreCorrupt", `${label}: a typed error, not retryable`)
      }
      assert.strictEqual(seen.transactions - before, 2, "each was tried once: a unique violation is not retried")
      assert.strictEqual(yield* events.lastSeq(scope, "r1"), 2, "the counter did not move")
      assert.deepStrictEqual(yield* events.seqOf(scope, "r1", "e3"), Option.none(), "e3 is not stored")
      yield* Effect.promise(() => admin(`DELETE FROM ${schema}.seq_events WHERE event_id = 'stray'`))
      assert.deepStrictEqual(yield* events.appendOnce(scope, "r1", { eventId: "e3", type: "T" }), { appended: true, seq: 3, warning: Option.none() })
    }).pipe(Effect.provide(layer))
  })

  it.live("23505 on the sequence position, forced on the insert once: the write fails typed (never as retryable) and wrote nothing; a later write lands once", () => {
    let armed = true
    const { layer, seen } = storeWith("seqonce", (statement) => {
      if (!armed || !statement.startsWith("INSERT INTO") || !statement.includes("seqonce_events")) return undefined
      armed = false
      return { before: pgError("23505", 'duplicate key value violates unique constraint "seqonce_events_seq"') }
    })
    return Effect.gen(function*() {
      const events = yield* EventLog.EventLog
      const first = yield* Effect.either(events.appendOnce(scope, "r1", { eventId: "e1", type: "T" }))
      assert.strictEqual(tagOf(Either.isLeft(first) ? first.left : "succeeded"), "StoreCorrupt", "a constraint violation is typed and never reported as retryable")
      assert.strictEqual(yield* events.lastSeq(scope, "r1"), 0, "nothing written")
      assert.deepStrictEqual(yield* events.appendOnce(scope, "r1", { eventId: "e1", type: "T" }), { appended: true, seq: 1, warning: Option.none() }, "the retry")
      assert.strictEqual(seen.injected, 1)
    }).pipe(Effect.provide(layer))
  })

  for (const [code, name] of [["40001", "serialization failure"], ["40P01", "deadlock"]] as const) {
    it.live(`${code} (${name}) mid-transaction and at COMMIT, once: the write is retried and lands exactly once, as acknowledged`, () => {
      // Every write's first attempt fails right after its second statement ran (or at its COMMIT, if
      // it has no second), its second attempt at its COMMIT; the third commits.
      const { layer, seen } = storeWith(`once${code.toLowerCase()}`, (statement, index, s) =>
        s.transactions % 3 === 1 && index === 2 && statement !== "COMMIT"
          ? { after: pgError(code, name) }
          : (s.transactions % 3 === 1 && index > 0 && index <= 2 && statement === "COMMIT") || (s.transactions % 3 === 2 && statement === "COMMIT")
          ? { before: pgError(code, name) }
          : undefined)
      return Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        const events = yield* EventLog.EventLog
        const transition = yield* RunTransition.RunTransition
        yield* runs.create({ runId: "r1", scope, flowId: "f" })
        assert.strictEqual(seen.transactions, 3, "create was tried three times: two failures, then its commit")
        const appended = yield* events.appendOnce(scope, "r1", { eventId: "e1", type: "T" })
        assert.deepStrictEqual([appended.appended, appended.seq], [true, 1])
        yield* runs.casStatus(scope, "r1", "Pending", "Running")
        const done = yield* transition.casStatusWithEvent(scope, "r1", "Running", "Completed", { eventId: "done", type: "FlowCompleted" })
        assert.deepStrictEqual([done.transitioned, done.seq], [true, Option.some(2)])
        const run = yield* runs.get(scope, "r1")
        assert.deepStrictEqual([run.status, run.version], ["Completed", 3], "each write happened once")
        assert.deepStrictEqual((yield* events.read(scope, "r1")).events.map((e) => [e.seq, e.eventId]), [[1, "e1"], [2, "done"]])
        assert.deepStrictEqual([seen.transactions, seen.injected], [12, 8], "four writes, each failed twice and then committed")
      }).pipe(Effect.provide(layer))
    })

    it.live(`${code} (${name}) on every attempt: a typed error within the retry budget, after a bounded number of attempts, nothing written`, () => {
      const { layer, seen } = storeWith(`always${code.toLowerCase()}`, (statement, index) =>
        index === 2 || (index > 0 && statement === "COMMIT") ? { before: pgError(code, name) } : undefined)
      return Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        const events = yield* EventLog.EventLog
        for (const [label, write] of [
          ["create", runs.create({ runId: "r1", scope, flowId: "f" })],
          ["appendOnce", events.appendOnce(scope, "r1", { eventId: "e1", type: "T" })],
          ["append", events.append(scope, "r1", [{ eventId: "e1", type: "T" }, { eventId: "e2", type: "T" }])]
        ] as const) {
          const before = seen.transactions
          const started = Date.now()
          const result = yield* Effect.either(write as Effect.Effect<unknown, unknown>)
          const attempts = seen.transactions - before
          assert.strictEqual(tagOf(Either.isLeft(result) ? result.left : "succeeded"), "StoreUnavailable", `${label}: a typed, retryable error`)
          assert.isAbove(attempts, 1, `${label}: retried`)
          assert.isAtMost(attempts, 60, `${label}: retries are bounded (${attempts} attempts)`)
          // The budget is 300 ms of backoff; the attempts themselves add round trips on a busy machine.
          assert.isBelow(Date.now() - started, 10_000, `${label}: the caller is answered within the retry budget`)
        }
        assert.deepStrictEqual(yield* Effect.either(runs.get(scope, "r1")).pipe(Effect.map((r) => Either.isLeft(r) ? tagOf(r.left) : "stored")), "NotFound", "nothing written")
        assert.strictEqual(yield* events.lastSeq(scope, "r1"), 0, "no event written")
      }).pipe(Effect.provide(layer))
    })
  }
})
