/**
 * `SqlAdmin` on Postgres: `verify` recomputes fingerprints and checks each table against its
 * indexes, an import of a file breaking the store's invariants is refused (its verification runs
 * inside the import's transaction), and a write meeting rows that contradict each other — a
 * constraint violation — is `StoreCorrupt`, never a retryable failure.
 */
import { assert, it } from "@effect/vitest"
import { PgStore } from "@runledger/adapter-postgres"
import { EventLog, RunStore } from "@runledger/core"
import { SqlAdmin } from "@runledger/sql"
import { Effect, Either, Redacted, Stream } from "effect"
import { admin, describePg, fileSchema, pgUrl } from "./support/pg.js"

const schema = fileSchema("admin")
const scope = { orgId: "acme", workspaceId: "prod" }
let stores = 0

/** A store of its own (a new table prefix in the file's schema), with its `SqlClient` for `SqlAdmin`. */
const store = () => {
  const prefix = `a${++stores}`
  return { prefix, layer: PgStore.layerWithClient({ url: Redacted.make(pgUrl), schema, tablePrefix: prefix, maxConnections: 4 }) }
}

const seed = Effect.gen(function*() {
  const runs = yield* RunStore.RunStore
  const events = yield* EventLog.EventLog
  yield* runs.create({ runId: "r1", scope, flowId: "f" })
  yield* events.append(scope, "r1", [1, 2, 3, 4].map((i) => ({ eventId: `e${i}`, type: "Step", payload: { i } })))
})

describePg("SqlAdmin on Postgres", () => {
  it.live("verify: a healthy store has no findings; a payload changed behind the store's back is a fingerprint finding", () =>
    Effect.gen(function*() {
      const { layer, prefix } = store()
      const healthy = yield* Effect.zipRight(seed, SqlAdmin.verify({ tablePrefix: prefix })).pipe(Effect.provide(layer))
      assert.deepStrictEqual(healthy.findings, [])
      assert.match(healthy.integrity, /^Postgres/)
      yield* Effect.promise(() => admin(`UPDATE ${schema}.${prefix}_events SET payload = '{"i":9}' WHERE seq = 2`))
      const damaged = yield* SqlAdmin.verify({ tablePrefix: prefix }).pipe(Effect.provide(layer))
      assert.deepStrictEqual(damaged.findings.map((f) => [f.check, f.runId]), [["fingerprint", "r1"]])
    }))

  it.live("a stream counter below its events: appendOnce is StoreCorrupt naming the stream, not retryable", () =>
    Effect.gen(function*() {
      const { layer, prefix } = store()
      yield* seed.pipe(Effect.provide(layer))
      yield* Effect.promise(() => admin(`UPDATE ${schema}.${prefix}_streams SET last_seq = 2`))
      const error = yield* Effect.flip(
        Effect.flatMap(EventLog.EventLog, (events) => events.appendOnce(scope, "r1", { eventId: "e5", type: "Step" }))
      ).pipe(Effect.provide(layer))
      assert.strictEqual(error._tag, "StoreCorrupt")
      if (error._tag === "StoreCorrupt") {
        assert.deepStrictEqual([error.entity, error.id], ["Event", "r1"])
        assert.match(error.reason, /contradict each other \(23505/)
      }
    }))

  it.live("an import whose stream counter is below its events is refused, and nothing is written", () =>
    Effect.gen(function*() {
      const source = store()
      const text = yield* Effect.zipRight(seed, Stream.mkString(SqlAdmin.exportLines({ tablePrefix: source.prefix }))).pipe(
        Effect.provide(source.layer)
      )
      const broken = text.replace(/("entity":"stream".*"last_seq":)4/, "$12")
      assert.notStrictEqual(broken, text)
      const target = store()
      const outcome = yield* Effect.either(SqlAdmin.importText(Stream.make(broken), { tablePrefix: target.prefix })).pipe(
        Effect.provide(target.layer)
      )
      assert.isTrue(Either.isLeft(outcome) && outcome.left._tag === "ImportRejected", String(outcome))
      assert.match(Either.isLeft(outcome) ? outcome.left.message : "", /line 3: seq-out-of-range: seq 3 is past the stream's counter/)
      const after = yield* Stream.mkString(SqlAdmin.exportLines({ tablePrefix: target.prefix })).pipe(Effect.provide(target.layer))
      assert.strictEqual(after.trim().split("\n").length, 1, "only the header: nothing was imported")
    }))
})
