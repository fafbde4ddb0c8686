import { assert, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog } from "@runledger/core"
import { SqlStore } from "@runledger/sql"
import Database from "better-sqlite3"
import { Effect, Exit, Layer } from "effect"
import * as crypto from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { A, dump, manualClock } from "./fixtures/schemaV1.js"

// The guard every migration must pass: a database written with the FIRST schema (committed, never
// regenerated once a second migration exists) opens with the current code and reads back unchanged.
const fixture = path.join(import.meta.dirname, "fixtures", "schema-v1.db")
const expected = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures", "schema-v1.expected.json"), "utf8"))

/** A private copy of the fixture (the committed file is never opened for writing). */
const copyOfFixture = Effect.map(
  Effect.acquireRelease(
    Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "runledger-upgrade-"))),
    (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
  ),
  (dir) => {
    const file = path.join(dir, "store.db")
    fs.copyFileSync(fixture, file)
    return file
  }
)

const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex")

// Read-write on purpose: a read-only connection to a WAL database leaves its -wal and -shm files behind.
const tableList = (file: string) => {
  const db = new Database(file, { fileMustExist: true })
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()
  } finally {
    db.close()
  }
}

describe("upgrades", () => {
  it.live("the schema-1 fixture opens with the current code and reads every record back unchanged", () =>
    Effect.scoped(
      Effect.gen(function*() {
        const file = yield* copyOfFixture
        const { clock } = manualClock()
        const actual = yield* dump.pipe(Effect.provide(SqliteStore.layer({ filename: file })), Effect.withClock(clock))
        assert.deepStrictEqual(JSON.parse(JSON.stringify(actual)), expected)
        // Still a live store: a pruned id keeps its seq, and the next event continues the sequence.
        const next = yield* Effect.gen(function*() {
          const events = yield* EventLog.EventLog
          const again = yield* events.appendOnce(A, "order-1", { eventId: "e2", type: "StepFailed", payload: { code: 402 } })
          const fresh = yield* events.appendOnce(A, "order-1", { eventId: "e8", type: "T" })
          return [again.appended, again.seq, fresh.seq]
        }).pipe(Effect.provide(SqliteStore.layer({ filename: file })), Effect.withClock(clock))
        assert.deepStrictEqual(next, [false, 2, 8])
      })
    ))

  it.live("the fixture is a schema-1 database (the guard tests what it claims to)", () =>
    Effect.sync(() => {
      const db = new Database(fixture, { readonly: true, fileMustExist: true })
      try {
        const rows = db.prepare("SELECT migration_id, name FROM runledger_migrations ORDER BY migration_id").all()
        assert.deepStrictEqual(rows, [{ migration_id: 1, name: "initial" }])
      } finally {
        db.close()
      }
    }))

  it.live("a database migrated by newer code fails to open with SchemaTooNew and is left untouched", () =>
    Effect.scoped(
      Effect.gen(function*() {
        const file = yield* copyOfFixture
        const db = new Database(file)
        db.prepare("INSERT INTO runledger_migrations (migration_id, name) VALUES (?, ?)").run(SqlStore.SchemaVersion + 1, "from_the_future")
        db.close()
        for (const f of [`${file}-wal`, `${file}-shm`]) assert.isFalse(fs.existsSync(f), `${f} left behind by the setup`)
        const tablesBefore = tableList(file)
        const before = sha256(file)

        const exit = yield* Effect.exit(Layer.build(SqliteStore.layer({ filename: file })).pipe(Effect.scoped))
        assert.isTrue(Exit.isFailure(exit))
        if (Exit.isFailure(exit)) {
          const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
          assert.instanceOf(error, SqlStore.SchemaTooNew)
          if (error instanceof SqlStore.SchemaTooNew) {
            assert.strictEqual(error.found, SqlStore.SchemaVersion + 1)
            assert.strictEqual(error.supported, SqlStore.SchemaVersion)
            assert.match(error.message, /newer runledger; nothing was changed/)
          }
        }
        for (const f of [`${file}-wal`, `${file}-shm`]) assert.isFalse(fs.existsSync(f), `${f} left behind`)
        assert.strictEqual(sha256(file), before, "the database file is byte for byte what it was")
        assert.deepStrictEqual(tableList(file), tablesBefore)
      })
    ))

  it.live("a database without runledger tables is migrated on open, and opening it again migrates nothing", () =>
    Effect.scoped(
      Effect.gen(function*() {
        const dir = yield* Effect.acquireRelease(
          Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "runledger-upgrade-"))),
          (d) => Effect.sync(() => fs.rmSync(d, { recursive: true, force: true }))
        )
        const file = path.join(dir, "other.db")
        const db = new Database(file)
        db.exec("CREATE TABLE app_data (x); INSERT INTO app_data VALUES (42);")
        db.close()
        const applied = yield* Effect.scoped(
          Effect.flatMap(Layer.build(SqliteStore.layerClient({ filename: file })), (context) =>
            Effect.provide(SqlStore.migrate(), context))
        )
        assert.deepStrictEqual(applied, [[1, "initial"]])
        const again = yield* Effect.scoped(
          Effect.flatMap(Layer.build(SqliteStore.layerClient({ filename: file })), (context) =>
            Effect.provide(SqlStore.migrate(), context))
        )
        assert.deepStrictEqual(again, [])
        const check = new Database(file, { readonly: true })
        assert.deepStrictEqual(check.prepare("SELECT x FROM app_data").all(), [{ x: 42 }])
        check.close()
      })
    ))
})
