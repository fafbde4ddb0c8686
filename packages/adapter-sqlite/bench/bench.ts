/**
 * `npm run bench`: the SQLite store side by side with raw better-sqlite3 running the same statements
 * at the same durability (WAL, synchronous=FULL), on files in a temporary directory. Prints a
 * markdown table (paste it into docs/BENCHMARKS.md with the machine it came from).
 *
 * Every row first warms both sides up the same way — the same operations on other streams or runs
 * (BENCH_WARMUP of them, default half of BENCH_OPS) — so the JIT has compiled both before either is
 * timed, and is then timed in BENCH_ROUNDS (default 20) alternating rounds of raw and store, so that
 * the disk's slow and fast spells (fsync times vary by a third from minute to minute here) fall on
 * both sides; the note gives the range of the rounds' ratios. (With 4 rounds of 500, three runs of
 * the appendOnce row gave 0.60, 0.67 and 0.75; with 20 rounds of 200, 0.69, 0.70 and 0.73.)
 *
 * Environment: BENCH_OPS (operations per single-operation row, default 4000), BENCH_WARMUP,
 * BENCH_LARGE (events in the large store for the latency and compaction rows, default 1000000; 0
 * skips those rows), BENCH_ROWS (while iterating: a comma-separated subset of once, batch, cas,
 * read, concurrent, memory; all by default).
 */
import { SqliteStore } from "@runledger/adapter-sqlite"
import { MemoryStore } from "@runledger/adapter-memory"
import { EventLog, RunStore } from "@runledger/core"
import { SqlStore } from "@runledger/sql"
import Database from "better-sqlite3"
import { Context, Effect, Layer } from "effect"
import * as cp from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { bundle } from "../../../test-support/child.js"

const ops = Number(process.env.BENCH_OPS ?? 4000)
const warmup = Number(process.env.BENCH_WARMUP ?? Math.floor(ops / 2))
const rounds = Number(process.env.BENCH_ROUNDS ?? 20)
const large = Number(process.env.BENCH_LARGE ?? 1_000_000)
const scope = { orgId: "acme", workspaceId: "prod" }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-bench-"))
const marker = "runledger.compacted"
const selected = process.env.BENCH_ROWS === undefined ? undefined : new Set(process.env.BENCH_ROWS.split(","))
const enabled = (name: string) => selected === undefined || selected.has(name)

// ---------------------------------------------------------------------------------------------
// Raw better-sqlite3: the store's statements, prepared once, one transaction per operation.
// ---------------------------------------------------------------------------------------------

const rawOpen = (file: string) => {
  const db = new Database(file)
  db.pragma("journal_mode = WAL")
  db.pragma("synchronous = FULL")
  db.pragma("busy_timeout = 5000")
  return db
}

const key = "org_id = ? AND workspace_id = ? AND deployment_id = ? AND run_id = ?"
const eventCols = "org_id, workspace_id, deployment_id, run_id, seq, event_id, type, occurred_at, payload, causation_id, correlation_id, actor, schema_version, fingerprint, bytes"

const rawStatements = (db: Database.Database) => {
  const insertEvents = new Map<number, Database.Statement>()
  const lookups = new Map<number, Database.Statement>()
  return {
    begin: db.prepare("BEGIN IMMEDIATE"),
    beginRead: db.prepare("BEGIN"),
    commit: db.prepare("COMMIT"),
    stream: db.prepare(`SELECT last_seq, event_count, event_bytes, compacted_through_seq FROM runledger_streams WHERE ${key}`),
    lookup: (n: number) => {
      let s = lookups.get(n)
      if (s === undefined) {
        s = db.prepare(`SELECT event_id, seq, fingerprint FROM runledger_events WHERE ${key} AND event_id IN (${Array(n).fill("?").join(",")}) AND type <> ?`)
        lookups.set(n, s)
      }
      return s
    },
    insert: (n: number) => {
      let s = insertEvents.get(n)
      if (s === undefined) {
        const row = `(${Array(15).fill("?").join(",")})`
        s = db.prepare(`INSERT INTO runledger_events (${eventCols}) VALUES ${Array(n).fill(row).join(",")} ON CONFLICT (org_id, workspace_id, deployment_id, run_id, event_id) DO NOTHING RETURNING seq`)
        insertEvents.set(n, s)
      }
      return s
    },
    upsert: db.prepare(`INSERT INTO runledger_streams (org_id, workspace_id, deployment_id, run_id, last_seq, event_count, event_bytes, compacted_through_seq) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO UPDATE SET last_seq = excluded.last_seq, event_count = excluded.event_count, event_bytes = excluded.event_bytes`),
    run: db.prepare(`SELECT * FROM runledger_runs WHERE ${key}`),
    createRun: db.prepare(`INSERT INTO runledger_runs (org_id, workspace_id, deployment_id, run_id, flow_id, status, version, input, state, created_at, updated_at, chain_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO NOTHING RETURNING run_id`),
    updateRun: db.prepare(`UPDATE runledger_runs SET status = ?, version = ?, state = ?, updated_at = ?, completed_at = ? WHERE ${key} AND version = ?`),
    read: db.prepare(`SELECT * FROM runledger_events WHERE ${key} AND seq > ? ORDER BY seq ASC LIMIT ?`),
    poll: db.prepare("SELECT * FROM runledger_events WHERE org_id = ? AND workspace_id = ? AND deployment_id = ? AND position > ? ORDER BY position LIMIT ?")
  }
}

const fingerprint = "0".repeat(64)
const eventValues = (runId: string, seq: number, eventId: string, at: number) =>
  ["acme", "prod", "", runId, seq, eventId, "T", at, `{"n":${seq}}`, null, null, null, 1, fingerprint, 8]

/** Raw appendOnce: the store's statements in one transaction. */
const rawAppend = (st: ReturnType<typeof rawStatements>, runId: string, ids: ReadonlyArray<string>) => {
  st.begin.run()
  const stream = (st.stream.get("acme", "prod", "", runId) ?? { last_seq: 0, event_count: 0, event_bytes: 0, compacted_through_seq: 0 }) as {
    last_seq: number
    event_count: number
    event_bytes: number
    compacted_through_seq: number
  }
  st.lookup(ids.length).all("acme", "prod", "", runId, ...ids, marker)
  const now = Date.now()
  st.insert(ids.length).all(...ids.flatMap((id, i) => eventValues(runId, stream.last_seq + 1 + i, id, now)))
  st.upsert.run("acme", "prod", "", runId, stream.last_seq + ids.length, stream.event_count + ids.length, stream.event_bytes + 8 * ids.length, stream.compacted_through_seq)
  st.commit.run()
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

interface Row {
  readonly name: string
  readonly store: number
  readonly raw: number | undefined
  readonly unit: string
  readonly goal: string
  readonly ratio?: number
  readonly note?: string
}
const rows: Array<Row> = []

const rate = (count: number, millis: number) => (count / millis) * 1000

const timeEffect = <E>(count: number, f: (i: number) => Effect.Effect<unknown, E>) =>
  Effect.gen(function*() {
    const t = performance.now()
    for (let i = 0; i < count; i++) yield* f(i)
    return rate(count, performance.now() - t)
  })

const freshFiles = (name: string) => {
  const store = path.join(dir, `${name}-store.db`)
  const raw = path.join(dir, `${name}-raw.db`)
  return { store, raw }
}

/** A migrated, empty database file for the raw side (same schema and pragmas as the store's). */
const migratedFile = async (file: string) => {
  await Effect.runPromise(Effect.scoped(Layer.build(SqliteStore.layer({ filename: file }))))
}

const services = (file: string, options: Partial<SqliteStore.Options> = {}) =>
  Layer.build(SqliteStore.layer({ filename: file, ...options }))

const stores = (context: Context.Context<SqlStore.Stores>) => ({
  runs: Context.get(context, RunStore.RunStore),
  events: Context.get(context, EventLog.EventLog)
})

/**
 * A row measured in `rounds` alternating rounds — raw, then store, then raw again, … — each a
 * slice of the same `count` operations (operation `i` of either side is the same operation), after
 * `warm` operations of each side elsewhere: the rates over all rounds, and the range of the rounds'
 * ratios.
 */
const alternating = <E>(
  count: number,
  warm: { readonly raw: (i: number) => void; readonly store: (i: number) => Effect.Effect<unknown, E> },
  raw: (i: number) => void,
  store: (i: number) => Effect.Effect<unknown, E>
) =>
  Effect.gen(function*() {
    for (let i = 0; i < warmup; i++) warm.raw(i)
    for (let i = 0; i < warmup; i++) yield* warm.store(i)
    let rawMillis = 0
    let storeMillis = 0
    const ratios: Array<number> = []
    const slice = Math.ceil(count / rounds)
    for (let round = 0; round < rounds; round++) {
      const from = round * slice
      const to = Math.min(count, from + slice)
      let t = performance.now()
      for (let i = from; i < to; i++) raw(i)
      const r = performance.now() - t
      t = performance.now()
      for (let i = from; i < to; i++) yield* store(i)
      const st = performance.now() - t
      rawMillis += r
      storeMillis += st
      ratios.push(r / st)
    }
    return {
      raw: rate(count, rawMillis),
      store: rate(count, storeMillis),
      note: `rounds: ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`
    }
  })

const single = Effect.gen(function*() {
  // appendOnce, one per transaction
  if (enabled("once")) {
    const files = freshFiles("append-once")
    yield* Effect.promise(() => migratedFile(files.raw))
    const raw = rawOpen(files.raw)
    const st = rawStatements(raw)
    const { events } = stores(yield* services(files.store))
    const once = (run: string) => (i: number) => events.appendOnce(scope, run, { eventId: `e${i}`, type: "T", payload: { n: i } })
    const m = yield* alternating(
      ops,
      { raw: (i) => rawAppend(st, "warm", [`e${i}`]), store: once("warm") },
      (i) => rawAppend(st, "r1", [`e${i}`]),
      once("r1")
    )
    raw.close()
    rows.push({ name: "appendOnce, one per transaction", ...m, unit: "ops/s", goal: ">= 0.7" })
  }
  // append of 100 events
  if (enabled("batch")) {
    const files = freshFiles("append-100")
    yield* Effect.promise(() => migratedFile(files.raw))
    const raw = rawOpen(files.raw)
    const st = rawStatements(raw)
    const { events } = stores(yield* services(files.store))
    const batches = Math.max(20, Math.floor(ops / 10))
    // A run holds at most 50,000 events (the history guard): a new run every 100 batches.
    const runOf = (prefix: string, b: number) => `${prefix}${Math.floor(b / 100)}`
    const rawBatch = (prefix: string) => (b: number) => rawAppend(st, runOf(prefix, b), Array.from({ length: 100 }, (_, i) => `b${b}-${i}`))
    const storeBatch = (prefix: string) => (b: number) =>
      events.append(scope, runOf(prefix, b), Array.from({ length: 100 }, (_, i) => ({ eventId: `b${b}-${i}`, type: "T", payload: { n: i } })))
    const m = yield* alternating(batches, { raw: (b) => b % 10 === 0 && rawBatch("w")(b), store: (b) => (b % 10 === 0 ? storeBatch("w")(b) : Effect.void) }, rawBatch("r"), storeBatch("r"))
    raw.close()
    rows.push({ name: "append, 100 events per batch", store: m.store * 100, raw: m.raw * 100, note: m.note, unit: "events/s", goal: ">= 0.8" })
  }
  // casStatus
  if (enabled("cas")) {
    const files = freshFiles("cas")
    yield* Effect.promise(() => migratedFile(files.raw))
    const raw = rawOpen(files.raw)
    const st = rawStatements(raw)
    const now = Date.now()
    const runIds = [...Array.from({ length: warmup }, (_, i) => `w${i}`), ...Array.from({ length: ops }, (_, i) => `r${i}`)]
    raw.transaction(() => {
      for (const id of runIds) st.createRun.all("acme", "prod", "", id, "f", "Pending", 1, "null", "null", now, now, id)
    })()
    const rawCas = (id: string) => {
      st.begin.run()
      const run = st.run.get("acme", "prod", "", id) as { version: number; state: string }
      st.updateRun.run("Running", run.version + 1, run.state, Date.now(), null, "acme", "prod", "", id, run.version)
      st.commit.run()
    }
    const { runs } = stores(yield* services(files.store))
    for (const id of runIds) yield* runs.create({ runId: id, scope, flowId: "f" })
    const m = yield* alternating(
      ops,
      { raw: (i) => rawCas(`w${i}`), store: (i) => runs.casStatus(scope, `w${i}`, "Pending", "Running") },
      (i) => rawCas(`r${i}`),
      (i) => runs.casStatus(scope, `r${i}`, "Pending", "Running")
    )
    raw.close()
    rows.push({ name: "casStatus", ...m, unit: "ops/s", goal: ">= 0.7" })
  }
  // read 100 after a cursor, poll 100
  if (enabled("read")) {
    const files = freshFiles("read")
    const { events } = stores(yield* services(files.store))
    for (let b = 0; b < 20; b++) {
      yield* events.append(scope, "r1", Array.from({ length: 100 }, (_, i) => ({ eventId: `e${b}-${i}`, type: "T", payload: { n: i } })))
    }
    yield* Effect.promise(() => migratedFile(files.raw))
    const raw = rawOpen(files.raw)
    const st = rawStatements(raw)
    for (let b = 0; b < 20; b++) rawAppend(st, "r1", Array.from({ length: 100 }, (_, i) => `e${b}-${i}`))
    const rawRead = (i: number) => {
      st.beginRead.run()
      st.stream.get("acme", "prod", "", "r1")
      st.read.all("acme", "prod", "", "r1", (i * 37) % 1900, 100)
      st.commit.run()
    }
    const rawPoll = (i: number) => {
      st.poll.all("acme", "prod", "", (i * 37) % 1900, 100)
    }
    const storeRead = (i: number) => events.read(scope, "r1", { afterSeq: (i * 37) % 1900, limit: 100 })
    let cursor: string | undefined
    const storePoll = (i: number) =>
      Effect.map(events.poll(scope, i % 19 === 0 ? undefined : cursor, 100), (page) => {
        cursor = page.cursor
      })
    const read = yield* alternating(ops, { raw: rawRead, store: storeRead }, rawRead, storeRead)
    const poll = yield* alternating(ops, { raw: rawPoll, store: storePoll }, rawPoll, storePoll)
    raw.close()
    rows.push({ name: "read, 100 events after a cursor", ...read, unit: "ops/s", goal: ">= 0.7" })
    rows.push({ name: "poll, 100 events", ...poll, unit: "ops/s", goal: ">= 0.7" })
  }
  // 16 concurrent fibers, group commit (against the raw driver one per transaction)
  if (enabled("concurrent")) {
    const files = freshFiles("concurrent")
    yield* Effect.promise(() => migratedFile(files.raw))
    const raw = rawOpen(files.raw)
    const st = rawStatements(raw)
    const { events } = stores(yield* services(files.store))
    /** Sixteen fibers, each appending `perFiber` events to its own run. */
    const fibers = (prefix: string, round: number, perFiber: number) =>
      Effect.forEach(Array.from({ length: 16 }, (_, f) => f), (f) =>
        Effect.gen(function*() {
          for (let i = 0; i < perFiber; i++) yield* events.appendOnce(scope, `${prefix}${f}`, { eventId: `e${round}-${i}`, type: "T", payload: { i } })
        }), { concurrency: "unbounded", discard: true })
    for (let i = 0; i < warmup; i++) rawAppend(st, `w${i % 16}`, [`w${i}`])
    yield* fibers("w", 0, Math.ceil(warmup / 16))
    // Rounds, alternating: the raw driver one append per transaction, then the sixteen fibers.
    let rawMillis = 0
    let storeMillis = 0
    const ratios: Array<number> = []
    const rawPerRound = Math.ceil(ops / rounds)
    const perFiber = Math.ceil((ops * 4) / 16 / rounds)
    for (let round = 0; round < rounds; round++) {
      let t = performance.now()
      for (let i = 0; i < rawPerRound; i++) rawAppend(st, `r${i % 16}`, [`r${round}-${i}`])
      const r = performance.now() - t
      t = performance.now()
      yield* fibers("s", round, perFiber)
      const s = performance.now() - t
      rawMillis += r
      storeMillis += s
      ratios.push(rate(perFiber * 16, s) / rate(rawPerRound, r))
    }
    raw.close()
    rows.push({
      name: "appendOnce from 16 concurrent fibers (vs raw one per transaction)",
      store: rate(perFiber * 16 * rounds, storeMillis),
      raw: rate(rawPerRound * rounds, rawMillis),
      unit: "ops/s",
      goal: ">= 3",
      note: `rounds: ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`
    })
  }
  // The core's own cost per call (decoding, fingerprints, spans), without any database: the same
  // calls on the memory store. No SQL backend can be faster than this.
  if (enabled("memory")) {
    const context = yield* Layer.build(MemoryStore.layer())
    const events = Context.get(context, EventLog.EventLog)
    const runs = Context.get(context, RunStore.RunStore)
    for (let i = 0; i < warmup; i++) yield* events.appendOnce(scope, "warm", { eventId: `w${i}`, type: "T", payload: { n: i } })
    const once = yield* timeEffect(ops, (i) => events.appendOnce(scope, "r1", { eventId: `e${i}`, type: "T", payload: { n: i } }))
    const batches = Math.max(20, Math.floor(ops / 10))
    const batch = yield* timeEffect(batches, (b) =>
      events.append(scope, "r2", Array.from({ length: 100 }, (_, i) => ({ eventId: `b${b}-${i}`, type: "T", payload: { n: i } }))))
    for (let i = 0; i < ops; i++) yield* runs.create({ runId: `r${i}`, scope, flowId: "f" })
    const cas = yield* timeEffect(ops, (i) => runs.casStatus(scope, `r${i}`, "Pending", "Running"))
    const read = yield* timeEffect(ops, (i) => events.read(scope, "r2", { afterSeq: (i * 37) % 1900, limit: 100 }))
    rows.push({ name: "memory store: appendOnce (the core's own cost, no I/O)", store: once, raw: undefined, unit: "ops/s", goal: "-" })
    rows.push({ name: "memory store: append, 100 events per batch", store: batch * 100, raw: undefined, unit: "events/s", goal: "-" })
    rows.push({ name: "memory store: casStatus", store: cas, raw: undefined, unit: "ops/s", goal: "-" })
    rows.push({ name: "memory store: read, 100 events", store: read, raw: undefined, unit: "ops/s", goal: "-" })
  }
})

// ---------------------------------------------------------------------------------------------
// The large store: latency with 1,000,000 events, and compaction's peak memory.
// ---------------------------------------------------------------------------------------------

/** Fill `file` (migrated) with `total` events over runs of 1000 events, as the store would have. */
const fill = (file: string, total: number, occurredAt: number) => {
  const db = new Database(file)
  db.pragma("journal_mode = WAL")
  db.pragma("synchronous = OFF")
  const insert = db.prepare(`INSERT INTO runledger_events (${eventCols}) VALUES (${Array(15).fill("?").join(",")})`)
  const stream = db.prepare("INSERT INTO runledger_streams (org_id, workspace_id, deployment_id, run_id, last_seq, event_count, event_bytes, compacted_through_seq) VALUES (?,?,?,?,?,?,?,0)")
  const perRun = 1000
  const runs = Math.ceil(total / perRun)
  const chunk = db.transaction((from: number, to: number) => {
    for (let r = from; r < to; r++) {
      const n = Math.min(perRun, total - r * perRun)
      for (let s = 1; s <= n; s++) {
        insert.run("acme", "prod", "", `fill-${r}`, s, `f${s}`, "T", occurredAt, `{"n":${s}}`, null, null, null, 1, "x".repeat(64), 8)
      }
      stream.run("acme", "prod", "", `fill-${r}`, n, n, 8 * n)
    }
  })
  for (let r = 0; r < runs; r += 50) chunk(r, Math.min(runs, r + 50))
  db.pragma("wal_checkpoint(TRUNCATE)")
  db.close()
}

const median = (xs: Array<number>) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

const latency = (file: string) =>
  Effect.scoped(
    Effect.gen(function*() {
      const { events } = stores(yield* services(file))
      const samples: Array<number> = []
      for (let i = 0; i < 500; i++) {
        const t = performance.now()
        yield* events.appendOnce(scope, `latency-${i % 10}`, { eventId: `l${i}`, type: "T", payload: { i } })
        samples.push(performance.now() - t)
      }
      return median(samples)
    })
  )

const largeRows = Effect.gen(function*() {
  if (large <= 0) return
  const small = path.join(dir, "latency-small.db")
  const big = path.join(dir, "latency-large.db")
  yield* Effect.promise(() => migratedFile(small))
  yield* Effect.promise(() => migratedFile(big))
  fill(small, 1000, Date.now())
  const t = performance.now()
  fill(big, large, Date.UTC(2020, 0, 1))
  const fillSeconds = (performance.now() - t) / 1000
  const smallMedian = yield* latency(small)
  const bigMedian = yield* latency(big)
  rows.push({
    name: `appendOnce median latency with ${large.toLocaleString("en")} events stored (ratio: vs 1,000 stored)`,
    store: bigMedian,
    raw: undefined,
    unit: "ms",
    goal: "<= 1.5",
    ratio: bigMedian / smallMedian,
    note: `median with 1,000 stored: ${smallMedian.toFixed(2)} ms; store filled in ${fillSeconds.toFixed(0)} s`
  })
  // Compaction in a plain Node process of its own (bundled, no vite-node), so its peak RSS is the
  // compaction's and a production process's.
  const compactor = yield* Effect.promise(() => bundle(path.join(import.meta.dirname, "compact.ts"), ["better-sqlite3"]))
  const result = cp.spawnSync(process.execPath, [compactor.file, big], {
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: path.resolve(import.meta.dirname, "..", "..", "..", "node_modules") },
    maxBuffer: 16 * 1024 * 1024
  })
  compactor.dispose()
  const line = result.stdout.split("\n").find((l) => l.startsWith("{\"compacted\""))
  if (line === undefined) throw new Error(`compaction run failed: ${result.stderr}${result.stdout}`)
  const out = JSON.parse(line) as { compacted: number; seconds: number; peakRssMb: number; baseRssMb: number }
  rows.push({
    name: `compact ${out.compacted.toLocaleString("en")} events (peak RSS of the process)`,
    store: out.peakRssMb,
    raw: undefined,
    unit: "MB",
    goal: "< 300 MB",
    note: `${out.seconds.toFixed(0)} s, ${(out.compacted / out.seconds).toFixed(0)} events/s; RSS before: ${out.baseRssMb.toFixed(0)} MB`
  })
})

const fmt = (n: number, unit: string) => (unit === "ms" ? n.toFixed(2) : unit === "MB" ? n.toFixed(0) : Math.round(n).toLocaleString("en"))

await Effect.runPromise(Effect.scoped(single))
await Effect.runPromise(largeRows)
fs.rmSync(dir, { recursive: true, force: true })

const cpu = os.cpus()[0]?.model ?? "unknown CPU"
console.log(`\nMachine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`)
console.log(`SQLite ${new Database(":memory:").prepare("SELECT sqlite_version() AS v").pluck().get()} (better-sqlite3), WAL, synchronous=FULL, ${ops} operations per row\n`)
console.log("| operation | store | raw better-sqlite3 | store / raw | goal | note |")
console.log("|---|---:|---:|---:|---|---|")
for (const row of rows) {
  const ratio = row.ratio ?? (row.raw === undefined ? undefined : row.store / row.raw)
  console.log(
    `| ${row.name} | ${fmt(row.store, row.unit)} ${row.unit} | ${row.raw === undefined ? "-" : `${fmt(row.raw, row.unit)} ${row.unit}`} | ${
      ratio === undefined ? "-" : ratio.toFixed(2)
    } | ${row.goal} | ${row.note ?? ""} |`
  )
}
