/**
 * `SqlAdmin` on SQLite, in process: an import holds every record and the whole store to the
 * invariants `verify` checks before it commits (and names the line), `verify` recomputes what rows
 * record of their values and asks SQLite to check the file, and a write that meets rows contradicting
 * each other is `StoreCorrupt`, never a retryable failure. Defects are planted in export files, or
 * in the database file with raw SQL and raw bytes — past the store's own guards.
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import { assert, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog, RunStore, SpecStore, Terminalize, TimerStore } from "@runledger/core"
import { SqlAdmin } from "@runledger/sql"
import type { SqlStore } from "@runledger/sql"
import Database from "better-sqlite3"
import { Effect, Either, Layer, Option, Stream } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const scope = { orgId: "acme", workspaceId: "prod" }
const day = 86_400_000

/** Two runs: r1 completed with a compacted history, r2 running with four events; an output, a spec, a timer. */
const seed = Effect.gen(function*() {
  const runs = yield* RunStore.RunStore
  const events = yield* EventLog.EventLog
  const now = Date.now()
  yield* runs.create({ runId: "r1", scope, flowId: "f", input: { n: 1 } })
  yield* runs.casStatus(scope, "r1", "Pending", "Running")
  yield* runs.putOutput(scope, "r1", "s1", { out: 1 })
  yield* events.append(scope, "r1", [1, 2, 3].map((i) => ({ eventId: `old-${i}`, type: "Tick", payload: { i }, occurredAt: new Date(now - 10 * day + i) })))
  yield* events.appendOnce(scope, "r1", { eventId: "new-1", type: "Tick", payload: { i: 4 } })
  yield* Terminalize.terminalize(scope, "r1", Terminalize.completed)
  yield* events.compact({ retention: "1 day", scope })
  yield* runs.create({ runId: "r2", scope, flowId: "f" })
  yield* runs.casStatus(scope, "r2", "Pending", "Running")
  yield* events.append(scope, "r2", [1, 2, 3, 4].map((i) => ({ eventId: `e${i}`, type: "Step", payload: { i } })))
  yield* (yield* SpecStore.SpecStore).put(scope, "spec", { steps: 2 })
  yield* (yield* TimerStore.TimerStore).schedule(scope, "r2", "t1", new Date(now + day))
})

const withDir = <A, E, R>(body: (dir: string) => Effect.Effect<A, E, R>) =>
  Effect.acquireUseRelease(
    Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "runledger-admin-"))),
    body,
    (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
  )

const onFile = <A, E>(filename: string, body: Effect.Effect<A, E, SqlClient.SqlClient | SqlStore.Stores>) =>
  Effect.scoped(Effect.flatMap(Layer.build(SqliteStore.layerWithClient({ filename })), (context) => Effect.provide(body, context)))

/** A seeded store's file and its export. */
const seeded = (dir: string) =>
  Effect.gen(function*() {
    const filename = path.join(dir, "seeded.db")
    const text = yield* onFile(filename, Effect.zipRight(seed, Stream.mkString(SqlAdmin.exportLines())))
    return { filename, text }
  })

type RecordLine = { entity: string; [column: string]: unknown }

/** The export with `edit` applied to its records (return `undefined` to drop one). */
const edited = (text: string, edit: (record: RecordLine, line: number) => RecordLine | undefined): string =>
  text.split("\n").map((line, i) => {
    if (i === 0 || line === "") return line
    const out = edit(JSON.parse(line) as RecordLine, i + 1)
    return out === undefined ? undefined : JSON.stringify(out)
  }).filter((line) => line !== undefined).join("\n")

/** The number of the line holding the first record matching `match`. */
const lineOf = (text: string, match: (record: RecordLine) => boolean): number =>
  text.split("\n").findIndex((line, i) => i > 0 && line !== "" && match(JSON.parse(line) as RecordLine)) + 1

const is = (entity: string, fields: Record<string, unknown> = {}) => (r: RecordLine) =>
  r.entity === entity && Object.entries(fields).every(([k, v]) => r[k] === v)

/** Import `text` into a fresh store: the outcome, and whether the store is still empty afterwards. */
const importing = (text: string) =>
  onFile(
    ":memory:",
    Effect.gen(function*() {
      const outcome = yield* Effect.either(SqlAdmin.importText(Stream.make(text)))
      const after = yield* Stream.mkString(SqlAdmin.exportLines())
      return { outcome, empty: after.split("\n").filter((l) => l !== "").length === 1 }
    })
  )

const refused = (text: string, line: number, reason: RegExp) =>
  Effect.gen(function*() {
    const { empty, outcome } = yield* importing(text)
    assert.isTrue(Either.isLeft(outcome), "the import was refused")
    const error = Either.getLeft(outcome).pipe((o) => (o._tag === "Some" ? o.value : undefined))!
    assert.strictEqual(error._tag, "ImportRejected", error.message)
    assert.strictEqual((error as SqlAdmin.ImportRejected).line, line, error.message)
    assert.match(error.message, reason)
    assert.isTrue(empty, "nothing was imported")
  })

describe("import holds a file to the store's invariants", () => {
  it.live("a sound export imports, and exports again byte for byte", () =>
    withDir((dir) =>
      Effect.gen(function*() {
        const { text } = yield* seeded(dir)
        const copy = path.join(dir, "copy.db")
        const again = yield* onFile(copy, Effect.zipRight(SqlAdmin.importText(Stream.make(text)), Stream.mkString(SqlAdmin.exportLines())))
        assert.strictEqual(again, text)
        const report = yield* onFile(copy, SqlAdmin.verify())
        assert.deepStrictEqual(report.findings, [])
      })))

  it.live("a run completed by casStatus alone (no terminal event: verify reports it) still imports", () =>
    withDir((dir) =>
      Effect.gen(function*() {
        const filename = path.join(dir, "cas.db")
        const text = yield* onFile(filename, Effect.gen(function*() {
          const runs = yield* RunStore.RunStore
          yield* runs.create({ runId: "done", scope, flowId: "f" })
          yield* runs.casStatus(scope, "done", "Pending", "Completed")
          return yield* Stream.mkString(SqlAdmin.exportLines())
        }))
        const { outcome } = yield* importing(text)
        assert.isTrue(Either.isRight(outcome), String(Either.isLeft(outcome) ? outcome.left.message : ""))
        const report = yield* onFile(filename, SqlAdmin.verify())
        assert.deepStrictEqual(report.findings.map((f) => f.check), ["terminal-event-missing"])
      })))

  it.live("a stream counter below its events, a raised counter, a missing event, a missing stream row: refused at the line", () =>
    withDir((dir) =>
      Effect.gen(function*() {
        const { text } = yield* seeded(dir)
        const stream = lineOf(text, is("stream", { run_id: "r2" }))
        const firstEvent = lineOf(text, is("event", { run_id: "r2" }))
        yield* refused(edited(text, (r) => is("stream", { run_id: "r2" })(r) ? { ...r, last_seq: 2 } : r), stream, /seq-out-of-range: seq 3 is past the stream's counter/)
        yield* refused(edited(text, (r) => is("stream", { run_id: "r2" })(r) ? { ...r, last_seq: 9 } : r), stream, /sequence-gap: seqs 5-9 are missing/)
        yield* refused(edited(text, (r) => is("event", { run_id: "r2", seq: 3 })(r) ? undefined : r), stream, /sequence-gap: seq 3 is missing .* and 2 other problems/)
        yield* refused(edited(text, (r) => is("stream", { run_id: "r2" })(r) ? undefined : r), firstEvent - 1, /orphan-events: 4 events without a stream counter/)
      })))

  it.live("a wrong or stale fingerprint, a wrong size, a pruned id the marker does not list: refused at the line", () =>
    withDir((dir) =>
      Effect.gen(function*() {
        const { text } = yield* seeded(dir)
        const e2 = lineOf(text, is("event", { run_id: "r2", seq: 2 }))
        yield* refused(edited(text, (r) => is("event", { run_id: "r2", seq: 2 })(r) ? { ...r, fingerprint: "0".repeat(64) } : r), e2, /fingerprint is not that of its type and payload/)
        yield* refused(edited(text, (r) => is("event", { run_id: "r2", seq: 2 })(r) ? { ...r, payload: { i: 99 } } : r), e2, /fingerprint is not that of its type and payload/)
        yield* refused(edited(text, (r) => is("event", { run_id: "r2", seq: 2 })(r) ? { ...r, bytes: 1 } : r), e2, /counts 1 payload bytes, the payload has 7/)
        const output = lineOf(text, is("output"))
        yield* refused(edited(text, (r) => is("output")(r) ? { ...r, value: { out: 2 } } : r), output, /fingerprint is not that of its value/)
        const revision = lineOf(text, is("specRevision"))
        yield* refused(edited(text, (r) => is("specRevision")(r) ? { ...r, definition: { steps: 3 } } : r), revision, /content hash/)
        const marker = lineOf(text, (r) => r.entity === "event" && r.type === "runledger.compacted")
        yield* refused(
          edited(text, (r) => is("prunedEvent", { event_id: "old-2" })(r) ? { ...r, seq: 3 } : r),
          marker,
          /marker: pruned id "old-2": the index says seq 3/
        )
        const stream = lineOf(text, is("stream", { run_id: "r2" }))
        yield* refused(edited(text, (r) => is("stream", { run_id: "r2" })(r) ? { ...r, event_bytes: 5 } : r), stream, /stream-counter: the stream counts 5 bytes/)
      })))

  it.live("a payload nested past the depth limit is refused, not a crash", () =>
    withDir((dir) =>
      Effect.gen(function*() {
        const { text } = yield* seeded(dir)
        const e2 = lineOf(text, is("event", { run_id: "r2", seq: 2 }))
        const deep = `${"[".repeat(5000)}1${"]".repeat(5000)}`
        const lines = text.split("\n")
        lines[e2 - 1] = lines[e2 - 1]!.replace(`"payload":{"i":2}`, `"payload":${deep}`)
        yield* refused(lines.join("\n"), e2, /nested deeper than 256 levels/)
      })))

  it.live("a torn last line is dropped only when what is left passes: a torn event leaves a gap and is refused", () =>
    withDir((dir) =>
      Effect.gen(function*() {
        const { text } = yield* seeded(dir)
        const lines = text.split("\n")
        const e3 = lineOf(text, is("event", { run_id: "r2", seq: 3 }))
        // The file ends half way through r2's third event: the fourth, and every later table, are gone.
        const torn = [...lines.slice(0, e3 - 1), lines[e3 - 1]!.slice(0, 30)].join("\n")
        // The first problem is r1's marker, whose pruned ids came later in the file.
        const marker = lineOf(text, (r) => r.entity === "event" && r.type === "runledger.compacted")
        yield* refused(torn, marker, new RegExp(`marker: the marker counts 3 pruned events, the id index holds 0 .* — after dropping the torn last line ${e3}`))
        // A torn timer line (the last table with records) loses nothing another record depends on.
        const last = lines.filter((l) => l !== "").length
        const harmless = [...lines.slice(0, last - 1), lines[last - 1]!.slice(0, 20)].join("\n")
        const { outcome } = yield* importing(harmless)
        assert.isTrue(Either.isRight(outcome))
        if (Either.isRight(outcome)) assert.deepStrictEqual(Option.getOrUndefined(outcome.right.tornLine), { line: last, length: 20 })
      })))
})

describe("verify recomputes what rows record and checks the file", () => {
  const planted = (plant: (db: Database.Database) => void) =>
    withDir((dir) =>
      Effect.gen(function*() {
        const { filename } = yield* seeded(dir)
        const db = new Database(filename)
        try {
          plant(db)
        } finally {
          db.close()
        }
        return yield* onFile(filename, SqlAdmin.verify())
      }))

  it.live("a healthy store: no findings, and the file was checked", () =>
    Effect.gen(function*() {
      const report = yield* planted(() => {})
      assert.deepStrictEqual(report.findings, [])
      assert.strictEqual(report.integrity, "SQLite integrity_check")
    }))

  it.live("a payload changed behind the store's back", () =>
    Effect.gen(function*() {
      const report = yield* planted((db) => db.prepare(`UPDATE runledger_events SET payload = '{"i":99}' WHERE run_id = 'r2' AND seq = 2`).run())
      assert.deepStrictEqual(report.findings.map((f) => [f.check, f.runId]), [["fingerprint", "r2"]])
      assert.match(report.findings[0]!.detail, /event "e2" \(seq 2\): its fingerprint is not that of its type and payload/)
    }))

  it.live("an output, a stream's byte count, a pruned id's fingerprint changed", () =>
    Effect.gen(function*() {
      const report = yield* planted((db) => {
        db.prepare(`UPDATE runledger_outputs SET value = '{"out":2}'`).run()
        db.prepare(`UPDATE runledger_streams SET event_bytes = event_bytes + 1 WHERE run_id = 'r2'`).run()
        db.prepare(`UPDATE runledger_pruned_events SET fingerprint = 'x' WHERE event_id = 'old-1'`).run()
      })
      assert.deepStrictEqual(report.findings.map((f) => f.check).sort(), ["fingerprint", "marker", "stream-counter"])
    }))

  it.live("an index that disagrees with its table: the store answers NotFound for a run that exists, verify says why", () =>
    withDir((dir) =>
      Effect.gen(function*() {
        const { filename } = yield* seeded(dir)
        // Damage the primary key index of the runs table on disk: its entry for r2 now reads r8.
        const db = new Database(filename)
        db.pragma("wal_checkpoint(TRUNCATE)")
        const pageSize = db.pragma("page_size", { simple: true }) as number
        const { rootpage } = db.prepare(
          `SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'runledger_runs' AND name LIKE 'sqlite_autoindex_%'`
        ).get() as { rootpage: number }
        db.close()
        const file = fs.readFileSync(filename)
        const page = file.subarray((rootpage - 1) * pageSize, rootpage * pageSize)
        const at = page.indexOf("acmeprodr2")
        assert.isAbove(at, 0, "the index entry of r2")
        page.write("acmeprodr8", at)
        fs.writeFileSync(filename, file)

        const lookup = yield* onFile(filename, Effect.either(Effect.flatMap(RunStore.RunStore, (runs) => runs.get(scope, "r2"))))
        assert.isTrue(Either.isLeft(lookup) && lookup.left._tag === "NotFound", "the damaged index hides the run, without an error")
        const report = yield* onFile(filename, SqlAdmin.verify())
        const integrity = report.findings.filter((f) => f.check === "integrity")
        assert.isNotEmpty(integrity, JSON.stringify(report.findings))
        assert.match(integrity[0]!.detail, /^SQLite integrity_check: .*sqlite_autoindex_runledger_runs/)
      })))
})

describe("a write that meets rows contradicting each other", () => {
  it.live("a stream counter below its events: appendOnce fails with StoreCorrupt naming the stream, not a retryable error", () =>
    withDir((dir) =>
      Effect.gen(function*() {
        const { filename } = yield* seeded(dir)
        const db = new Database(filename)
        db.prepare(`UPDATE runledger_streams SET last_seq = 2 WHERE run_id = 'r2'`).run()
        db.close()
        const error = yield* onFile(
          filename,
          Effect.flip(Effect.flatMap(EventLog.EventLog, (events) => events.appendOnce(scope, "r2", { eventId: "e5", type: "Step" })))
        )
        assert.strictEqual(error._tag, "StoreCorrupt")
        if (error._tag === "StoreCorrupt") {
          assert.deepStrictEqual([error.operation, error.entity, error.id], ["EventLog.appendOnce", "Event", "r2"])
          assert.match(error.reason, /contradict each other .*UNIQUE constraint failed/)
        }
        assert.notProperty(error, "retryable")
      })))
})
