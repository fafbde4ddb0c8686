import { assert, it } from "@effect/vitest"
import { PgStore } from "@runledger/adapter-postgres"
import { ContextStore, EventLog, RunStore } from "@runledger/core"
import * as SqlClient from "@effect/sql/SqlClient"
import { Cause, ConfigProvider, Context, Deferred, Duration, Effect, Exit, Fiber, Layer, Redacted } from "effect"
import { admin, describePg, fileSchema, pgUrl } from "./support/pg.js"

const schema = fileSchema("pgstore")
const scope = { orgId: "acme", workspaceId: "prod" }

/** The test URL with another password. */
const withPassword = (password: string) => {
  const url = new URL(pgUrl)
  url.password = password
  return url.toString()
}

describePg("PgStore", () => {
  it.live("text and JSON with NUL and lone surrogates round-trip (Postgres text rejects U+0000)", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const events = yield* EventLog.EventLog
      const context = yield* ContextStore.ContextStore
      const nasty = "a\u0000b\ud800c\udfffd\u0000"
      yield* runs.create({ runId: "nul", scope, flowId: "f", input: { [nasty]: nasty, list: [nasty] } })
      yield* runs.appendFailure(scope, "nul", { stepId: "s", reason: nasty })
      yield* runs.appendStep(scope, "nul", { stepId: "s", kind: "completed", attempt: 1, detail: { nasty } })
      yield* runs.putOutput(scope, "nul", "s", { nasty })
      yield* events.appendOnce(scope, "nul", { eventId: "e", type: "T", payload: { nasty } })
      yield* context.upsertGlobal(scope, "g", nasty)
      const run = yield* runs.get(scope, "nul")
      assert.deepStrictEqual(run.input, { [nasty]: nasty, list: [nasty] })
      assert.strictEqual((yield* runs.listFailures(scope, "nul"))[0]?.reason, nasty)
      assert.deepStrictEqual((yield* runs.listSteps(scope, "nul"))[0]?.detail, { nasty })
      const output = yield* runs.getOutput(scope, "nul", "s")
      assert.deepStrictEqual(output._tag === "Some" ? output.value.value : undefined, { nasty })
      assert.deepStrictEqual((yield* events.read(scope, "nul")).events[0]?.payload, { nasty })
      const global = yield* context.getGlobal(scope, "g")
      assert.strictEqual(global._tag === "Some" ? global.value.value : undefined, nasty)
    }).pipe(Effect.provide(PgStore.layer({ url: Redacted.make(pgUrl), schema, tablePrefix: "nul" }))))

  it.live("a password never appears in an error: wrong password, unreachable server", () =>
    Effect.gen(function*() {
      const secret = "s3cret-Pa55word-never-shown"
      for (const url of [withPassword(secret), `postgres://runledger:${secret}@127.0.0.1:1/runledger`]) {
        const exit = yield* Effect.exit(
          Layer.build(PgStore.layer({ url, schema, connectTimeout: Duration.seconds(2) })).pipe(Effect.scoped)
        )
        assert.isTrue(Exit.isFailure(exit), "the store does not open")
        const shown = Exit.isFailure(exit) ? JSON.stringify(exit.cause) + String(exit.cause) : ""
        assert.include(shown, "StoreUnavailable")
        assert.notInclude(shown, secret, "the password is redacted")
      }
      assert.notInclude(PgStore.redactUrl(withPassword(secret)), secret)
    }))

  it.scopedLive("only the URL's password field is redacted: the same text as a user name or in a table name stays", () =>
    Effect.gen(function*() {
      // The test server's password is its user's name and the default table prefix, too.
      const url = new URL(pgUrl)
      const word = url.password
      const unreachable = `postgres://${word}:${word}@127.0.0.1:1/${word}`
      const exit = yield* Effect.exit(
        Layer.build(PgStore.layer({ url: unreachable, schema, connectTimeout: Duration.seconds(2) })).pipe(Effect.scoped)
      )
      const shown = Exit.isFailure(exit) ? String(Cause.squash(exit.cause)) : ""
      assert.include(shown, `postgres://${word}:***@127.0.0.1:1/${word}`)

      const own = `${schema}_redact`
      yield* Effect.addFinalizer(() => Effect.promise(() => admin(`DROP SCHEMA IF EXISTS ${own} CASCADE`)))
      const context = yield* Layer.build(PgStore.layer({ url: Redacted.make(pgUrl), schema: own }))
      const events = Context.get(context, EventLog.EventLog)
      yield* events.append(scope, "r", [{ eventId: "e1", type: "T" }, { eventId: "e2", type: "T" }])
      yield* Effect.promise(() => admin(`UPDATE ${own}.runledger_streams SET last_seq = 1`))
      const error = yield* Effect.flip(events.appendOnce(scope, "r", { eventId: "e3", type: "T" }))
      assert.strictEqual(error._tag, "StoreCorrupt")
      assert.include(error._tag === "StoreCorrupt" ? error.reason : "", `${word}_events_seq`)
    }))

  it.scopedLive("stores in two schemas of one database are independent; layerConfig reads RUNLEDGER_PG_URL and RUNLEDGER_PG_SCHEMA", () =>
    Effect.gen(function*() {
      const other = `${schema}_b`
      yield* Effect.addFinalizer(() => Effect.promise(() => admin(`DROP SCHEMA IF EXISTS ${other} CASCADE`)))
      const inA = Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        yield* runs.create({ runId: "only-in-a", scope, flowId: "f" })
      }).pipe(Effect.provide(PgStore.layer({ url: pgUrl, schema, tablePrefix: "iso" })))
      yield* inA
      const fromB = yield* Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        return yield* Effect.either(runs.get(scope, "only-in-a"))
      }).pipe(
        Effect.provide(PgStore.layerConfig({ tablePrefix: "iso" })),
        Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["RUNLEDGER_PG_URL", pgUrl], ["RUNLEDGER_PG_SCHEMA", other]])))
      )
      assert.strictEqual(fromB._tag === "Left" ? fromB.left._tag : "found", "NotFound")
      const created = yield* Effect.promise(() => admin("SELECT 1 FROM pg_namespace WHERE nspname = $1", [other]))
      assert.strictEqual(created.rowCount, 1, "the schema was created on open")
    }))

  it.scopedLive("eight stores opening one new schema at once migrate it once", () =>
    Effect.gen(function*() {
      const fresh = `${schema}_c`
      yield* Effect.addFinalizer(() => Effect.promise(() => admin(`DROP SCHEMA IF EXISTS ${fresh} CASCADE`)))
      yield* Effect.forEach(
        Array.from({ length: 8 }, (_, i) => i),
        (i) =>
          Effect.gen(function*() {
            const runs = yield* RunStore.RunStore
            yield* runs.create({ runId: `r${i}`, scope, flowId: "f" })
          }).pipe(Effect.provide(PgStore.layer({ url: pgUrl, schema: fresh, maxConnections: 2 }))),
        { concurrency: "unbounded", discard: true }
      )
      const migrations = yield* Effect.promise(() => admin(`SELECT migration_id FROM ${fresh}.runledger_migrations ORDER BY 1`))
      assert.deepStrictEqual(migrations.rows.map((r) => r.migration_id), [1])
      const runs = yield* Effect.promise(() => admin(`SELECT count(*)::int AS n FROM ${fresh}.runledger_runs`))
      assert.strictEqual(runs.rows[0]?.n, 8)
    }))

  it.scopedLive("the store and its PgClient share one pool: with one connection, a client transaction holds a store write out, then both complete", () =>
    Effect.gen(function*() {
      const context = yield* Layer.build(PgStore.layerWithClient({ url: pgUrl, schema, tablePrefix: "shared", maxConnections: 1 }))
      const sql = Context.get(context, SqlClient.SqlClient)
      const events = Context.get(context, EventLog.EventLog)
      const opened = yield* Deferred.make<void>()
      const end = yield* Deferred.make<void>()
      const order: Array<string> = []
      const app = yield* Effect.fork(
        sql.withTransaction(
          Effect.zipRight(sql`SELECT 1`, Effect.zipRight(Deferred.succeed(opened, undefined), Deferred.await(end)))
        ).pipe(Effect.ensuring(Effect.sync(() => order.push("transaction ended"))))
      )
      yield* Deferred.await(opened)
      const write = yield* Effect.fork(
        Effect.tap(events.appendOnce(scope, "shared", { eventId: "e1", type: "T" }), () => Effect.sync(() => order.push("append acknowledged")))
      )
      yield* Effect.sleep("100 millis")
      assert.deepStrictEqual(order, [], "the pool's one connection is the client's until its transaction ends")
      yield* Deferred.succeed(end, undefined)
      yield* Fiber.join(app)
      assert.strictEqual((yield* Fiber.join(write)).seq, 1)
      assert.deepStrictEqual(order, ["transaction ended", "append acknowledged"])
      // The connection went back to the pool: the client has it again.
      assert.deepStrictEqual(yield* sql`SELECT 2 AS two`, [{ two: 2 }])
    }))

  it.scopedLive("a store connection whose backend was terminated is not handed out again", () =>
    Effect.gen(function*() {
      const applicationName = `runledger-terminated-${process.pid}`
      const context = yield* Layer.build(PgStore.layerWithClient({ url: pgUrl, schema, tablePrefix: "term", maxConnections: 1, applicationName }))
      const events = Context.get(context, EventLog.EventLog)
      yield* events.appendOnce(scope, "t", { eventId: "e1", type: "T" })
      const killed = yield* Effect.promise(() =>
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [applicationName])
      )
      assert.isAbove(killed.rowCount ?? 0, 0, "the pool's connection was terminated")
      // The next write finds the dead connection (or a new one): it either fails typed and
      // retryable, or succeeds; the one after it succeeds on a fresh connection.
      const next = yield* Effect.either(events.appendOnce(scope, "t", { eventId: "e2", type: "T" }))
      if (next._tag === "Left") assert.strictEqual(next.left._tag, "StoreUnavailable")
      const after = yield* events.appendOnce(scope, "t", { eventId: "e3", type: "T" })
      assert.strictEqual(after.appended, true)
      assert.deepStrictEqual((yield* events.read(scope, "t")).events.map((e) => e.eventId), next._tag === "Right" ? ["e1", "e2", "e3"] : ["e1", "e3"])
    }))

  it.scopedLive("a write interrupted while it waits on a row lock is cancelled and rolled back; its connection goes back clean", () =>
    Effect.gen(function*() {
      // Its own application name: the server is shared (other test files, other checkouts' suites),
      // and only this store's connections may count below.
      const applicationName = `runledger-intr-${process.pid}`
      const context = yield* Layer.build(
        PgStore.layerWithClient({ url: pgUrl, schema, tablePrefix: "intr", maxConnections: 2, applicationName })
      )
      const sql = Context.get(context, SqlClient.SqlClient)
      const events = Context.get(context, EventLog.EventLog)
      yield* events.appendOnce(scope, "locked", { eventId: "e1", type: "T" })
      // Another transaction holds the stream's row lock, which the append needs.
      const locked = yield* Deferred.make<void>()
      const release = yield* Deferred.make<void>()
      const holder = yield* Effect.fork(
        sql.withTransaction(
          Effect.zipRight(
            sql`SELECT last_seq FROM intr_streams WHERE run_id = ${"locked"} FOR UPDATE`,
            Effect.zipRight(Deferred.succeed(locked, undefined), Deferred.await(release))
          )
        )
      )
      yield* Deferred.await(locked)
      const write = yield* Effect.fork(events.appendOnce(scope, "locked", { eventId: "e2", type: "T" }))
      yield* Effect.sleep("150 millis")
      const waiting = () =>
        Effect.promise(() =>
          admin("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND application_name = $1", [applicationName])
        ).pipe(Effect.map((r) => r.rows[0]?.n))
      assert.strictEqual(yield* waiting(), 1, "the write waits on the lock")
      const interrupted = yield* Fiber.interrupt(write).pipe(Effect.timeout("10 seconds"))
      assert.isTrue(Exit.isInterrupted(interrupted), "the write was interrupted while it waited")
      // The interruption completes only once the statement was cancelled and rolled back: nothing
      // of it still runs on a connection the pool could hand out.
      assert.strictEqual(yield* waiting(), 0, "the interrupted statement no longer waits")
      yield* Deferred.succeed(release, undefined)
      yield* Fiber.join(holder)
      // Nothing of the interrupted write is there, and the store goes on, on both connections.
      assert.strictEqual(yield* events.lastSeq(scope, "locked"), 1)
      const next = yield* Effect.all([
        events.appendOnce(scope, "locked", { eventId: "e3", type: "T" }),
        events.appendOnce(scope, "other", { eventId: "e1", type: "T" })
      ], { concurrency: 2 })
      assert.deepStrictEqual(next.map((r) => r.seq), [2, 1])
      const open = yield* Effect.promise(() =>
        admin("SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'idle in transaction' AND application_name = $1", [applicationName])
      )
      assert.strictEqual(open.rows[0]?.n, 0, "no connection was left inside a transaction")
    }))

  it.live("a schema name that is not a plain identifier is refused before connecting", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(Layer.build(PgStore.layer({ url: pgUrl, schema: "x; DROP TABLE y" })).pipe(Effect.scoped))
      assert.isTrue(Exit.isFailure(exit))
      assert.include(String(Exit.isFailure(exit) ? exit.cause : ""), "schema must match")
    }))
})
