import * as SqlClient from "@effect/sql/SqlClient"
import * as Sqlite from "@effect/sql-sqlite-node/SqliteClient"
import { assert, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog } from "@runledger/core"
import { Cause, Chunk, Context, Deferred, Effect, Exit, Fiber, Layer, Option, Stream } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

// The store owns its SQLite connection and shares it with the client it provides through one gate
// (`StoreConnection.own`): whoever holds the gate — a store operation, or a statement or
// transaction of the client — has the connection to itself.

const scope = { orgId: "acme", workspaceId: "prod" }

const open = Effect.gen(function*() {
  const dir = yield* Effect.acquireRelease(
    Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "runledger-connection-"))),
    (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
  )
  const context = yield* Layer.build(SqliteStore.layerWithClient({ filename: path.join(dir, "store.db") }))
  const sql = Context.get(context, SqlClient.SqlClient)
  yield* sql`CREATE TABLE app_notes (note TEXT NOT NULL)`
  return { sql, events: Context.get(context, EventLog.EventLog), sqlite: Context.get(context, Sqlite.SqliteClient) }
})

/** A transaction of the client that inserts a note, says it is open, and waits for `end`. */
const holdTransaction = (sql: SqlClient.SqlClient, opened: Deferred.Deferred<void>, end: Deferred.Deferred<void>, fail: boolean) =>
  sql.withTransaction(
    Effect.gen(function*() {
      yield* sql`INSERT INTO app_notes (note) VALUES ('inside')`
      yield* Deferred.succeed(opened, undefined)
      yield* Deferred.await(end)
      if (fail) return yield* Effect.fail("roll back")
    })
  )

describe("the owned connection", () => {
  it.live("a transaction of the client holds the store's writes out until it ends, and never takes them in", () =>
    Effect.scoped(
      Effect.gen(function*() {
        const { events, sql } = yield* open
        const opened = yield* Deferred.make<void>()
        const end = yield* Deferred.make<void>()
        const order: Array<string> = []
        const app = yield* Effect.fork(Effect.ensuring(Effect.exit(holdTransaction(sql, opened, end, true)), Effect.sync(() => order.push("transaction ended"))))
        yield* Deferred.await(opened)
        const write = yield* Effect.fork(
          Effect.tap(events.appendOnce(scope, "r1", { eventId: "e1", type: "T" }), () => Effect.sync(() => order.push("append acknowledged")))
        )
        yield* Effect.sleep("50 millis")
        assert.deepStrictEqual(order, [], "the append waits while the transaction is open")
        yield* Deferred.succeed(end, undefined)
        const appended = yield* Fiber.join(write)
        yield* Fiber.join(app)
        assert.deepStrictEqual(order, ["transaction ended", "append acknowledged"])
        assert.deepStrictEqual(appended, { appended: true, seq: 1, warning: Option.none() })
        // The transaction rolled back; the append was not part of it, so it stays.
        assert.deepStrictEqual(yield* sql`SELECT COUNT(*) AS n FROM app_notes`, [{ n: 0 }])
        assert.strictEqual(yield* events.lastSeq(scope, "r1"), 1)
      })
    ))

  it.live("waiters are served in arrival order, and one interrupted while waiting leaves the line", () =>
    Effect.scoped(
      Effect.gen(function*() {
        const { events, sql } = yield* open
        yield* events.appendOnce(scope, "r1", { eventId: "e1", type: "T" })
        const opened = yield* Deferred.make<void>()
        const end = yield* Deferred.make<void>()
        const app = yield* Effect.fork(holdTransaction(sql, opened, end, false))
        yield* Deferred.await(opened)
        const served: Array<string> = []
        const waiter = (name: string, effect: Effect.Effect<unknown, unknown>) =>
          Effect.fork(Effect.tap(effect, () => Effect.sync(() => served.push(name))))
        const read = yield* waiter("read", events.read(scope, "r1"))
        yield* Effect.yieldNow()
        const interrupted = yield* waiter("interrupted", events.lastSeq(scope, "r1"))
        yield* Effect.yieldNow()
        const statement = yield* waiter("statement", sql`SELECT COUNT(*) AS n FROM app_notes`)
        yield* Effect.yieldNow()
        const last = yield* waiter("lastSeq", events.lastSeq(scope, "r1"))
        yield* Effect.sleep("20 millis")
        assert.isTrue(Exit.isInterrupted(yield* Fiber.interrupt(interrupted)))
        assert.deepStrictEqual(served, [])
        yield* Deferred.succeed(end, undefined)
        yield* Fiber.join(app)
        yield* Fiber.join(read)
        assert.deepStrictEqual(yield* Fiber.join(statement), [{ n: 1 }], "the statement sees the committed transaction")
        assert.strictEqual(yield* Fiber.join(last), 1)
        assert.deepStrictEqual(served, ["read", "statement", "lastSeq"])
      })
    ))

  it.live("a holder interrupted inside its transaction gives the gate back: the store works on", () =>
    Effect.scoped(
      Effect.gen(function*() {
        const { events, sql, sqlite } = yield* open
        const opened = yield* Deferred.make<void>()
        const end = yield* Deferred.make<void>()
        const app = yield* Effect.fork(holdTransaction(sql, opened, end, false))
        yield* Deferred.await(opened)
        yield* Fiber.interrupt(app)
        assert.deepStrictEqual(yield* events.appendOnce(scope, "r1", { eventId: "e1", type: "T" }), { appended: true, seq: 1, warning: Option.none() })
        assert.deepStrictEqual(yield* sql`SELECT COUNT(*) AS n FROM app_notes`, [{ n: 0 }], "the interrupted transaction rolled back")
        // The driver's extras run at the same gate.
        assert.isAbove((yield* sqlite.export).length, 0)
      })
    ))

  describe("a statement's stream", () => {
    const notes = (sql: SqlClient.SqlClient, n: number) =>
      sql`INSERT INTO app_notes ${sql.insert(Array.from({ length: n }, (_, i) => ({ note: `n${String(i).padStart(3, "0")}` })))}`
    const expected = (n: number) => Array.from({ length: n }, (_, i) => ({ note: `n${String(i).padStart(3, "0")}` }))

    it.live("reads the rows in chunks as they are pulled, and holds the store's writes out until it ends", () =>
      Effect.scoped(
        Effect.gen(function*() {
          const { events, sql } = yield* open
          yield* notes(sql, 300)
          const pulled: Array<{ note: string }> = []
          const acknowledged: Array<string> = []
          yield* Effect.scoped(
            Effect.gen(function*() {
              const pull = yield* Stream.toPull(sql<{ note: string }>`SELECT note FROM app_notes ORDER BY rowid`.stream)
              const first = yield* pull
              assert.strictEqual(Chunk.size(first), 128, "one chunk, not the whole result")
              pulled.push(...first)
              const write = yield* Effect.fork(
                Effect.tap(events.appendOnce(scope, "r1", { eventId: "e1", type: "T" }), () => Effect.sync(() => acknowledged.push("append")))
              )
              yield* Effect.sleep("30 millis")
              assert.deepStrictEqual(acknowledged, [], "the append waits while the stream is open")
              for (;;) {
                const chunk = yield* Effect.option(pull)
                if (Option.isNone(chunk)) break
                pulled.push(...chunk.value)
              }
              return write
            })
          ).pipe(Effect.flatMap(Fiber.join))
          assert.deepStrictEqual(pulled, expected(300))
          assert.deepStrictEqual(acknowledged, ["append"])
          assert.strictEqual(yield* events.lastSeq(scope, "r1"), 1)
        })
      ))

    it.live("that is left part way closes its rows and gives the connection back", () =>
      Effect.scoped(
        Effect.gen(function*() {
          const { events, sql } = yield* open
          yield* notes(sql, 300)
          const taken = yield* Stream.runCollect(Stream.take(sql<{ note: string }>`SELECT note FROM app_notes ORDER BY rowid`.stream, 5))
          assert.deepStrictEqual(Chunk.toReadonlyArray(taken), expected(5))
          assert.deepStrictEqual(yield* events.appendOnce(scope, "r1", { eventId: "e1", type: "T" }), { appended: true, seq: 1, warning: Option.none() })
          assert.deepStrictEqual(yield* sql`SELECT COUNT(*) AS n FROM app_notes`, [{ n: 300 }])
        })
      ))

    it.live("inside a transaction of the client runs on the transaction's connection and sees its writes", () =>
      Effect.scoped(
        Effect.gen(function*() {
          const { sql } = yield* open
          const rows = yield* sql.withTransaction(
            Effect.zipRight(notes(sql, 3), Stream.runCollect(sql<{ note: string }>`SELECT note FROM app_notes ORDER BY rowid`.stream))
          )
          assert.deepStrictEqual(Chunk.toReadonlyArray(rows), expected(3))
        })
      ))

    it.live("reads integers as bigint under SafeIntegers, and numbers otherwise", () =>
      Effect.scoped(
        Effect.gen(function*() {
          const { sql } = yield* open
          const big = sql<{ n: unknown }>`SELECT 9007199254740993 AS n`.stream
          const safe = yield* Stream.runCollect(Stream.provideService(big, SqlClient.SafeIntegers, true))
          assert.deepStrictEqual(Chunk.toReadonlyArray(safe), [{ n: 9007199254740993n }])
          const plain = yield* Stream.runCollect(sql<{ n: unknown }>`SELECT 42 AS n`.stream)
          assert.deepStrictEqual(Chunk.toReadonlyArray(plain), [{ n: 42 }])
        })
      ))

    it.live("of a statement that fails is a SqlError, and the connection is free after it", () =>
      Effect.scoped(
        Effect.gen(function*() {
          const { events, sql } = yield* open
          const failed = yield* Effect.flip(Stream.runCollect(sql`SELECT * FROM no_such_table`.stream))
          assert.strictEqual(failed._tag, "SqlError")
          assert.match(String(failed.cause), /no such table/)
          assert.strictEqual((yield* events.appendOnce(scope, "r1", { eventId: "e1", type: "T" })).seq, 1)
        })
      ))

    it.live("used by the fiber that reads it fails at once with what to do, rather than waiting for itself", () =>
      Effect.scoped(
        Effect.gen(function*() {
          const { events, sql } = yield* open
          yield* notes(sql, 2)
          const exit = yield* Effect.exit(Stream.runCollect(
            Stream.mapEffect(sql`SELECT note FROM app_notes`.stream, () => events.lastSeq(scope, "r1"))
          ))
          assert.isTrue(Exit.isFailure(exit) && Cause.isDie(exit.cause))
          assert.match(Cause.pretty((exit as Exit.Failure<unknown, unknown>).cause), /held by a stream this fiber opened/)
          // The stream ended with the failure and gave the connection back.
          assert.strictEqual(yield* events.lastSeq(scope, "r1"), 0)
        })
      ))
  })
})

describe("the prepared-statement cache", () => {
  it.live("far smaller than the statements in use (evicting, preparing again), gives the same results", () =>
    Effect.scoped(
      Effect.gen(function*() {
        const context = yield* Layer.build(SqliteStore.layerWithClient({ filename: ":memory:", prepareCacheSize: 3 }))
        const events = Context.get(context, EventLog.EventLog)
        const sqlite = Context.get(context, Sqlite.SqliteClient)
        // Batches of every size from 1 to 12: each size is a statement of its own (the INSERT and the
        // id lookup), far more than the cache holds, alternating with single appends that reuse theirs.
        let seq = 0
        for (let size = 1; size <= 12; size++) {
          const batch = Array.from({ length: size }, (_, i) => ({ eventId: `b${size}-${i}`, type: "T", payload: { size, i } }))
          assert.deepStrictEqual((yield* events.append(scope, "r1", batch)).seqs, batch.map((_, i) => seq + 1 + i))
          seq += size
          assert.strictEqual((yield* events.appendOnce(scope, "r1", { eventId: `one${size}`, type: "T" })).seq, ++seq)
          // A retry of the batch is recognised (its statements prepared again after eviction).
          assert.isFalse((yield* events.append(scope, "r1", batch)).appended)
        }
        const read = yield* events.read(scope, "r1", { limit: 1000 })
        assert.deepStrictEqual(read.events.map((e) => e.seq), Array.from({ length: seq }, (_, i) => i + 1))
        const cached = (sqlite.config as { readonly prepareCacheSize?: number }).prepareCacheSize
        assert.strictEqual(cached, 3)
      })
    ))
})
