/**
 * `npm run bench` (Postgres rows): the Postgres store side by side with raw `pg` running the same
 * statements (same transactions, same tables, a pool of the same size), with 1 and 8 concurrent
 * clients. Prints a markdown table (paste it into docs/BENCHMARKS.md with the machine it came from).
 *
 * Each cell is measured in BENCH_ROUNDS rounds (default 5) of BENCH_SECONDS (default 2), store and
 * raw alternating, so that a slow spell of the server (a checkpoint, the WAL's fsyncs) falls on both
 * sides: the rates are over all rounds, and the note gives the range of the rounds' ratios.
 *
 * Needs RUNLEDGER_PG_URL (skipped with a message without it). Works in a schema of its own
 * (`rl_bench_<pid>`), dropped at the end.
 */
import { PgStore } from "@runledger/adapter-postgres"
import { EventLog, RunStore } from "@runledger/core"
import { Context, Effect, Layer, Redacted } from "effect"
import * as os from "node:os"
import pg from "pg"

const url = process.env.RUNLEDGER_PG_URL
const seconds = Number(process.env.BENCH_SECONDS ?? 2)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const schema = `rl_bench_${process.pid}`
const scope = { orgId: "acme", workspaceId: "bench" }
const fingerprint = "0".repeat(64)

const key = "org_id = $1 AND workspace_id = $2 AND deployment_id = $3 AND run_id = $4"
const eventCols =
  "org_id, workspace_id, deployment_id, run_id, seq, event_id, type, occurred_at, payload, causation_id, correlation_id, actor, schema_version, fingerprint, bytes"

/** How often an operation completed in a round: completions and seconds. */
interface Round {
  readonly done: number
  readonly seconds: number
}

/** How many times `op(client, i)` completes in `seconds` with `clients` running at once (raw `pg`: promises). */
const throughput = async (clients: number, op: (client: number, i: number) => Promise<unknown>, from: number): Promise<Round> => {
  const until = Date.now() + seconds * 1000
  let done = 0
  const t0 = performance.now()
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    for (let i = from; Date.now() < until; i++) {
      await op(c, i)
      done++
    }
  }))
  return { done, seconds: (performance.now() - t0) / 1000 }
}

/**
 * The same for the store, used as an Effect application uses it: each client a fiber of one program
 * (not a `runPromise` per call, which would add a fiber's start-up to every operation).
 */
const throughputOf = <E>(clients: number, op: (client: number, i: number) => Effect.Effect<unknown, E>, from: number) =>
  Effect.gen(function*() {
    const until = Date.now() + seconds * 1000
    let done = 0
    const t0 = performance.now()
    yield* Effect.forEach(Array.from({ length: clients }, (_, c) => c), (c) =>
      Effect.gen(function*() {
        for (let i = from; Date.now() < until; i++) {
          yield* op(c, i)
          done++
        }
      }), { concurrency: "unbounded", discard: true })
    return { done, seconds: (performance.now() - t0) / 1000 } satisfies Round
  })

// Raw statements go as `@effect/sql-pg` sends the store's: unnamed (parsed and planned by the server
// on every call). BENCH_RAW_NAMED=1 gives raw `pg` named prepared statements instead (planned once
// per connection), an optimization the store's driver path does not have.
const named = process.env.BENCH_RAW_NAMED === "1"

/** Raw `pg`: the store's statements for one operation, in one transaction on a pooled client. */
const raw = (pool: pg.Pool) => {
  const tx = async <A>(body: (c: { query: (q: pg.QueryConfig) => Promise<pg.QueryResult> }) => Promise<A>, begin = "BEGIN"): Promise<A> => {
    const client = await pool.connect()
    const c = {
      // Unnamed: text and values as arguments of their own (a config object is copied by `pg` per call).
      query: (q: pg.QueryConfig) => (named ? client.query(q) : client.query(q.text, q.values ?? [])),
      release: () => client.release()
    }
    try {
      await client.query(begin)
      const out = await body(c)
      await client.query("COMMIT")
      return out
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined)
      throw e
    } finally {
      c.release()
    }
  }
  const k = (run: string) => [scope.orgId, scope.workspaceId, "", run]
  return {
    appendOnce: (run: string, id: string) =>
      tx(async (c) => {
        const stream = await c.query({
          name: "stream",
          text: `INSERT INTO runledger_streams (org_id, workspace_id, deployment_id, run_id, last_seq, event_count, event_bytes,
            compacted_through_seq) VALUES ($1, $2, $3, $4, 0, 0, 0, 0) ON CONFLICT (org_id, workspace_id, deployment_id, run_id)
            DO UPDATE SET last_seq = runledger_streams.last_seq RETURNING last_seq, event_count, event_bytes, compacted_through_seq`,
          values: k(run)
        })
        const s = stream.rows[0]
        await c.query({
          name: "lookup",
          text: `SELECT event_id, seq, fingerprint FROM runledger_events WHERE ${key} AND event_id IN ($5) AND type <> $6`,
          values: [...k(run), id, "runledger.compacted"]
        })
        const seq = Number(s.last_seq) + 1
        await c.query({
          name: "insert",
          text: `INSERT INTO runledger_events (${eventCols}) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)
            ON CONFLICT (org_id, workspace_id, deployment_id, run_id, event_id) DO NOTHING RETURNING seq`,
          values: [...k(run), seq, id, "T", Date.now(), "{\"n\":1}", null, null, null, 1, fingerprint, 7]
        })
        await c.query({
          name: "upsert",
          text: `INSERT INTO runledger_streams (org_id, workspace_id, deployment_id, run_id, last_seq, event_count, event_bytes,
            compacted_through_seq) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (org_id, workspace_id, deployment_id, run_id)
            DO UPDATE SET last_seq = excluded.last_seq, event_count = excluded.event_count, event_bytes = excluded.event_bytes`,
          values: [...k(run), seq, Number(s.event_count) + 1, Number(s.event_bytes) + 7, 0]
        })
      }),
    casState: (run: string, version: number) =>
      tx((c) =>
        c.query({
          name: "cas",
          text: `UPDATE runledger_runs SET status = COALESCE($5::text, status), version = version + 1,
            state = COALESCE($6::text, state), updated_at = $7,
            completed_at = CASE WHEN $8::boolean AND status <> COALESCE($5::text, status) THEN $7 ELSE completed_at END
            WHERE ${key} AND status = ANY($9::text[]) AND ($10::bigint IS NULL OR version = $10::bigint)
            AND ($11::bigint IS NULL OR COALESCE((SELECT l.token FROM runledger_leases l WHERE l.org_id = $1
              AND l.workspace_id = $2 AND l.deployment_id = $3 AND l.run_id = $4 FOR SHARE), 0) <= $11::bigint)
            RETURNING version`,
          values: [...k(run), null, `{"v":${version}}`, Date.now(), false, ["Pending", "Running"], version, null]
        })
      ),
    read: (run: string) =>
      tx(async (c) => {
        await c.query({
          name: "streamRead",
          text: `SELECT last_seq, event_count, event_bytes, compacted_through_seq FROM runledger_streams WHERE ${key}`,
          values: k(run)
        })
        return c.query({
          name: "read",
          text: `SELECT * FROM runledger_events WHERE ${key} AND seq > $5 ORDER BY seq ASC LIMIT $6`,
          values: [...k(run), 0, 50]
        })
      }, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
  }
}

const main = async () => {
  if (url === undefined) {
    console.log("Postgres rows skipped: set RUNLEDGER_PG_URL=postgres://user:password@host:5432/database to measure them.")
    return
  }
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  const layer = PgStore.layer({ url: Redacted.make(url), schema, maxConnections: 8 })
  const pool = new pg.Pool({ connectionString: url, max: 8, options: `-c search_path=${schema}` })
  try {
    const rows: Array<string> = []
    await Effect.runPromise(Effect.scoped(Effect.gen(function*() {
      const ctx = yield* Layer.build(layer)
      const runs = Context.get(ctx, RunStore.RunStore)
      const events = Context.get(ctx, EventLog.EventLog)
      const r = raw(pool)
      const cell = (clients: number, op: (client: number, i: number) => Promise<unknown>, from: number) =>
        Effect.promise(() => throughput(clients, op, from))
      // Runs for the CAS rows (one per client: every CAS wins, the row measures the write path).
      for (const side of ["s", "r"]) {
        for (let c = 0; c < 8; c++) yield* runs.create({ runId: `${side}-cas-${c}`, scope, flowId: "bench" })
      }
      // A 50-event log per client for the read rows.
      for (const side of ["s", "r"]) {
        for (let c = 0; c < 8; c++) {
          yield* events.append(scope, `${side}-read-${c}`, Array.from({ length: 50 }, (_, i) => ({ eventId: `e${i}`, type: "T", payload: { i } })))
        }
      }
      const versions = new Map<string, number>()
      const casVersion = (id: string) => versions.get(id) ?? 1
      const ops = ["appendOnce", "casState", "read"] as const
      for (const clients of [1, 8]) {
        for (const op of ops) {
          const store: Array<Round> = []
          const rawRounds: Array<Round> = []
          for (let round = 0; round < rounds; round++) {
            // Event ids go on from round to round: every append is of a new id.
            const from = round * 1_000_000
            store.push(yield* {
              appendOnce: () =>
                throughputOf(clients, (c, i) =>
                  events.appendOnce(scope, `s-${clients}-${c}`, { eventId: `e${i}`, type: "T", payload: { n: 1 } }), from),
              casState: () =>
                throughputOf(clients, (c) =>
                  Effect.gen(function*() {
                    const id = `s-cas-${c}`
                    const v = casVersion(id)
                    if (!(yield* runs.casState(scope, id, v, { state: { v } }))) return yield* Effect.dieMessage(`store CAS lost at ${id}@${v}`)
                    versions.set(id, v + 1)
                  }), from),
              read: () => throughputOf(clients, (c) => events.read(scope, `s-read-${c}`, { limit: 50 }), from)
            }[op]())
            rawRounds.push(yield* {
              appendOnce: () => cell(clients, (c, i) => r.appendOnce(`r-${clients}-${c}`, `e${i}`), from),
              casState: () =>
                cell(clients, async (c) => {
                  const id = `r-cas-${c}`
                  const v = casVersion(id)
                  const out = await r.casState(id, v)
                  if (out.rowCount !== 1) throw new Error(`raw CAS lost at ${id}@${v}`)
                  versions.set(id, v + 1)
                }, from),
              read: () => cell(clients, (c) => r.read(`r-read-${c}`), from)
            }[op]())
          }
          const rateOf = (rs: ReadonlyArray<Round>) => rs.reduce((a, x) => a + x.done, 0) / rs.reduce((a, x) => a + x.seconds, 0)
          const ratios = store.map((x, i) => (x.done / x.seconds) / (rawRounds[i]!.done / rawRounds[i]!.seconds))
          const label = { appendOnce: "appendOnce (new id)", casState: "casState (one conditional UPDATE)", read: "read 50 events" }[op]
          rows.push(
            `| ${label} | ${clients} | ${Math.round(rateOf(store)).toLocaleString("en-US")} | ${Math.round(rateOf(rawRounds)).toLocaleString("en-US")} | ${
              (rateOf(store) / rateOf(rawRounds)).toFixed(2)
            } | ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} |`
          )
        }
      }
    })))
    const version = (await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v
    const sync = (await admin.query<{ s: string }>("SELECT current_setting('synchronous_commit') AS s")).rows[0]?.s
    console.log(
      `\nPostgres ${version} (synchronous_commit=${sync}), ${os.cpus().length} cores (${os.cpus()[0]?.model}), ` +
        `load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, node ${process.version}, ${rounds} rounds of ${seconds} s per side and cell, ` +
        `raw statements ${named ? "named (prepared once per connection)" : "unnamed (as the store sends them)"}\n`
    )
    console.log("| operation | clients | store ops/s | raw pg ops/s | store / raw | rounds' ratios |")
    console.log("|---|---:|---:|---:|---:|---:|")
    for (const row of rows) console.log(row)
  } finally {
    await pool.end()
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin.end()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
