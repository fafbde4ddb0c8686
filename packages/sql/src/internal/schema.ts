/**
 * The store's tables and their migrations.
 *
 * Every record carries its scope as three columns (`org_id`, `workspace_id`, `deployment_id`, the
 * last `''` when absent) that lead every primary key and index, so each operation is an index
 * lookup or range scan within one scope: O(log n) in the size of the store. Times are epoch
 * milliseconds, JSON values are text (key order kept), ids that are ordered in SQL are stored
 * sortable (see `codec.enc`).
 *
 * A migration, once released, is never edited: a schema change is a new entry in
 * {@link migrations}. The committed fixture database of the SQLite package (written with migration
 * 1) proves every later migration keeps old data readable.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect } from "effect"

/** The names of the store's tables under a prefix. */
export const tableNames = (prefix: string) => ({
  migrations: `${prefix}_migrations`,
  runs: `${prefix}_runs`,
  steps: `${prefix}_steps`,
  failures: `${prefix}_failures`,
  outputs: `${prefix}_outputs`,
  globals: `${prefix}_globals`,
  streams: `${prefix}_streams`,
  events: `${prefix}_events`,
  prunedEvents: `${prefix}_pruned_events`,
  snapshots: `${prefix}_snapshots`,
  specs: `${prefix}_specs`,
  specRevisions: `${prefix}_spec_revisions`,
  timers: `${prefix}_timers`,
  leases: `${prefix}_leases`,
  /** Postgres only: the change feed's counter (see `pgFeed`). */
  feed: `${prefix}_feed`
})

/** The table names of one store. */
export type TableNames = ReturnType<typeof tableNames>

const scopeColumns = (id: string) => [
  `org_id ${id} NOT NULL`,
  `workspace_id ${id} NOT NULL`,
  `deployment_id ${id} NOT NULL`
]

/**
 * The Postgres change feed, part of migration 1 on Postgres only (nothing on SQLite, whose
 * serialized writers commit positions in order already). It joined migration 1 before any Postgres
 * store existed, so no released database lacks it.
 *
 * Postgres writers commit concurrently, so an event row's `position` (taken at insert) does not
 * follow commit order: a reader that moved past position 9 would skip a position 8 committed after
 * it. So the feed has its own number, `feed_position`, given by `poll` to committed rows only — the
 * rows its statement's snapshot sees; rows still in flight are invisible to it and get numbered by a
 * later poll, after the numbers given now — in `position` order (two appends to one run insert in
 * commit order, as the second waits for the first's lock), from the counter row of `<prefix>_feed`,
 * by one poller at a time (an advisory lock held until its commit, taken before the numbering
 * statement takes its snapshot). So feed positions commit in increasing order: a cursor never passes
 * an event committed late, and an event keeps its number for ever.
 */
const pgFeed = (names: TableNames) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    yield* sql.onDialectOrElse({
      pg: () =>
        Effect.gen(function*() {
          yield* sql.unsafe(`ALTER TABLE ${names.events} ADD COLUMN feed_position BIGINT`)
          yield* sql.unsafe(`DROP INDEX ${names.events}_feed`)
          yield* sql.unsafe(
            `CREATE INDEX ${names.events}_feed ON ${names.events} (org_id, workspace_id, deployment_id, feed_position)`
          )
          yield* sql.unsafe(`CREATE UNIQUE INDEX ${names.events}_feed_all ON ${names.events} (feed_position)`)
          yield* sql.unsafe(
            `CREATE INDEX ${names.events}_unsequenced ON ${names.events} (position) WHERE feed_position IS NULL`
          )
          yield* sql.unsafe(`CREATE TABLE ${names.feed} (id INTEGER PRIMARY KEY, last_position BIGINT NOT NULL)`)
          yield* sql.unsafe(`INSERT INTO ${names.feed} (id, last_position) VALUES (1, 0)`)
        }),
      orElse: () => Effect.void
    })
  })

/** Migration 1: every table and index of the first release (and, on Postgres, the feed). Frozen. */
const initial = (names: TableNames) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    // Dialect differences: an id column whose ORDER BY is byte order, and a generated row id that
    // only ever grows (SQLite AUTOINCREMENT never reuses a rowid, not even after a delete).
    const id = sql.onDialectOrElse({ pg: () => `TEXT COLLATE "C"`, orElse: () => "TEXT" })
    const rowId = sql.onDialectOrElse({
      pg: () => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
      orElse: () => "INTEGER PRIMARY KEY AUTOINCREMENT"
    })
    const scope = ["org_id", "workspace_id", "deployment_id"]
    const table = (name: string, columns: ReadonlyArray<string>, key?: ReadonlyArray<string>) =>
      sql.unsafe(
        `CREATE TABLE ${name} (\n  ${
          [...columns, ...(key === undefined ? [] : [`PRIMARY KEY (${key.join(", ")})`])].join(",\n  ")
        }\n)`
      )
    const index = (name: string, on: string, columns: ReadonlyArray<string>, options: { unique?: boolean; where?: string } = {}) =>
      sql.unsafe(
        `CREATE ${options.unique === true ? "UNIQUE " : ""}INDEX ${name} ON ${on} (${columns.join(", ")})${
          options.where === undefined ? "" : ` WHERE ${options.where}`
        }`
      )
    const S = scopeColumns(id)

    yield* table(names.runs, [
      ...S,
      `run_id ${id} NOT NULL`,
      "flow_id TEXT NOT NULL",
      "status TEXT NOT NULL",
      "version BIGINT NOT NULL",
      "input TEXT NOT NULL",
      "state TEXT NOT NULL",
      "created_at BIGINT NOT NULL",
      "updated_at BIGINT NOT NULL",
      "completed_at BIGINT",
      "chain_id TEXT NOT NULL",
      "parent_run_id TEXT",
      "spec_id TEXT",
      "spec_revision BIGINT"
    ], [...scope, "run_id"])
    yield* index(`${names.runs}_created`, names.runs, [...scope, "created_at", "run_id"])
    yield* index(`${names.runs}_status`, names.runs, [...scope, "status", "created_at", "run_id"])
    yield* index(`${names.runs}_flow`, names.runs, [...scope, "flow_id", "created_at", "run_id"])
    yield* index(`${names.runs}_chain`, names.runs, [...scope, "chain_id"])

    // Ledgers keep append order by a store-wide row id.
    yield* table(names.steps, [
      `id ${rowId}`,
      ...S,
      `run_id ${id} NOT NULL`,
      "step_id TEXT NOT NULL",
      "kind TEXT NOT NULL",
      "attempt BIGINT NOT NULL",
      "at BIGINT NOT NULL",
      "detail TEXT"
    ])
    yield* index(`${names.steps}_run`, names.steps, [...scope, "run_id", "id"])
    yield* index(`${names.steps}_key`, names.steps, [...scope, "run_id", "step_id", "kind", "attempt"])

    yield* table(names.failures, [
      `id ${rowId}`,
      ...S,
      `run_id ${id} NOT NULL`,
      "step_id TEXT NOT NULL",
      "reason TEXT NOT NULL",
      "at BIGINT NOT NULL"
    ])
    yield* index(`${names.failures}_run`, names.failures, [...scope, "run_id", "id"])

    yield* table(names.outputs, [
      ...S,
      `run_id ${id} NOT NULL`,
      `step_id ${id} NOT NULL`,
      "value TEXT NOT NULL",
      "fingerprint TEXT NOT NULL",
      "written_at BIGINT NOT NULL"
    ], [...scope, "run_id", "step_id"])

    yield* table(names.globals, [
      ...S,
      "key TEXT NOT NULL",
      "value TEXT NOT NULL",
      "fingerprint TEXT NOT NULL",
      "updated_at BIGINT NOT NULL"
    ], [...scope, "key"])

    // One row per event stream: the per-run counter (seqs are `last_seq + 1`, bumped in the same
    // transaction as the insert), the history size the guard measures, and the compaction point.
    yield* table(names.streams, [
      ...S,
      `run_id ${id} NOT NULL`,
      "last_seq BIGINT NOT NULL",
      "event_count BIGINT NOT NULL",
      "event_bytes BIGINT NOT NULL",
      "compacted_through_seq BIGINT NOT NULL"
    ], [...scope, "run_id"])

    // `position` is the change-feed cursor. On SQLite writers are serialized by the database lock and
    // a position is taken inside the writing transaction, so positions commit in order.
    yield* table(names.events, [
      `position ${rowId}`,
      ...S,
      `run_id ${id} NOT NULL`,
      "seq BIGINT NOT NULL",
      "event_id TEXT NOT NULL",
      "type TEXT NOT NULL",
      "occurred_at BIGINT NOT NULL",
      "payload TEXT NOT NULL",
      "causation_id TEXT",
      "correlation_id TEXT",
      "actor TEXT",
      "schema_version BIGINT NOT NULL",
      "fingerprint TEXT NOT NULL",
      "bytes BIGINT NOT NULL"
    ])
    yield* index(`${names.events}_seq`, names.events, [...scope, "run_id", "seq"], { unique: true })
    yield* index(`${names.events}_event_id`, names.events, [...scope, "run_id", "event_id"], { unique: true })
    yield* index(`${names.events}_feed`, names.events, [...scope, "position"])

    // The ids compaction pruned, so a pruned id keeps its seq and fingerprint check for ever.
    yield* table(names.prunedEvents, [
      ...S,
      `run_id ${id} NOT NULL`,
      "event_id TEXT NOT NULL",
      "seq BIGINT NOT NULL",
      "fingerprint TEXT NOT NULL"
    ], [...scope, "run_id", "event_id"])

    // A snapshot is stored whole, in its versioned encoded form, and decoded by the core on read.
    yield* table(names.snapshots, [
      ...S,
      `snapshot_id ${id} NOT NULL`,
      `run_id ${id} NOT NULL`,
      "seq BIGINT NOT NULL",
      "record TEXT NOT NULL"
    ], [...scope, "snapshot_id"])
    yield* index(`${names.snapshots}_run`, names.snapshots, [...scope, "run_id", "seq", "snapshot_id"])

    // A spec's revision counter survives a delete (`current_revision` NULL), so numbers are never reused.
    yield* table(names.specs, [
      ...S,
      `spec_id ${id} NOT NULL`,
      "last_revision BIGINT NOT NULL",
      "current_revision BIGINT"
    ], [...scope, "spec_id"])
    yield* index(`${names.specs}_live`, names.specs, [...scope, "spec_id"], { where: "current_revision IS NOT NULL" })
    yield* table(names.specRevisions, [
      ...S,
      `spec_id ${id} NOT NULL`,
      "revision BIGINT NOT NULL",
      "definition TEXT NOT NULL",
      "content_hash TEXT NOT NULL",
      "created_at BIGINT NOT NULL"
    ], [...scope, "spec_id", "revision"])

    yield* table(names.timers, [
      ...S,
      `run_id ${id} NOT NULL`,
      `timer_id ${id} NOT NULL`,
      "fire_at BIGINT NOT NULL",
      "status TEXT NOT NULL",
      "scheduled_at BIGINT NOT NULL",
      "fired_at BIGINT",
      "canceled_at BIGINT"
    ], [...scope, "run_id", "timer_id"])
    yield* index(`${names.timers}_due`, names.timers, [...scope, "fire_at", "run_id", "timer_id"], {
      where: "status = 'Scheduled'"
    })
    yield* index(`${names.timers}_due_all`, names.timers, ["fire_at", ...scope, "run_id", "timer_id"], {
      where: "status = 'Scheduled'"
    })

    // The lease row outlives its holder: the next acquisition continues its token.
    yield* table(names.leases, [
      ...S,
      `run_id ${id} NOT NULL`,
      "owner TEXT NOT NULL",
      "token BIGINT NOT NULL",
      "acquired_at BIGINT NOT NULL",
      "expires_at BIGINT NOT NULL",
      "released_at BIGINT"
    ], [...scope, "run_id"])

    yield* pgFeed(names)
  })

/**
 * The migrations of a store whose tables are named by `names`, for `Migrator.fromRecord`.
 *
 * Released migrations are frozen; add the next one under the next number.
 */
export const migrations = (names: TableNames): Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> => ({
  "1_initial": initial(names)
})

/** The highest migration this code knows: a database migrated further was written by newer code. */
export const latestMigration = (names: TableNames): number =>
  Math.max(...Object.keys(migrations(names)).map((key) => Number(key.split("_")[0])))
