import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog, RunStore } from "@runledger/core"
import Database from "better-sqlite3"
import { Effect, Option } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { bundle, completion, spawn } from "../../../test-support/child.js"

// Crash safety: a worker process appends events, steps and CAS transitions to one database file,
// acknowledging each call after it returns, and is killed with SIGKILL at a seeded driver call —
// before or right after it runs: in the middle of a transaction, at its COMMIT, between a commit and
// its acknowledgement, during the first open's migration. After every kill the file is opened again:
// every acknowledged write is there, sequences are dense, nothing is duplicated, and
// `PRAGMA integrity_check` is ok. `npm run test:crash` runs 100 kill points; the default run fewer.
const points = Number(process.env.RUNLEDGER_CRASH_POINTS ?? 12)
const scope = { orgId: "acme", workspaceId: "prod" }

/** The driver call a worker dies at, from its seed: spread over its first few hundred calls. */
const killPoint = (seed: number) => ({
  // The first worker dies inside the first open's migration transaction.
  call: seed === 1 ? 20 : 1 + (Math.imul(seed, 2654435761) >>> 0) % 700,
  after: seed % 2 === 0
})

type Ack =
  | { readonly op: "create" | "step"; readonly runId: string }
  | { readonly op: "status"; readonly runId: string; readonly status: "Running" | "Completed" }
  | { readonly op: "event"; readonly runId: string; readonly eventId: string; readonly seq: number }
  | { readonly op: "batch"; readonly runId: string; readonly seqs: ReadonlyArray<number> }

let worker: Awaited<ReturnType<typeof bundle>>
let dir: string

beforeAll(async () => {
  worker = await bundle(path.join(import.meta.dirname, "support", "worker.ts"), ["better-sqlite3"])
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-crash-"))
})
afterAll(() => {
  worker.dispose()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Everything the store holds for the runs of `seeds`, read by a fresh store in this process. */
const inspect = (file: string, runIds: ReadonlyArray<string>) =>
  Effect.runPromise(
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const events = yield* EventLog.EventLog
      const out = new Map<string, {
        readonly status: Option.Option<string>
        readonly events: ReadonlyArray<{ readonly eventId: string; readonly seq: number }>
        readonly lastSeq: number
        readonly steps: number
      }>()
      for (const runId of runIds) {
        const run = yield* Effect.option(runs.get(scope, runId))
        const read = yield* events.read(scope, runId, { limit: 1000 })
        out.set(runId, {
          status: Option.map(run, (r) => r.status),
          events: read.events.map((e) => ({ eventId: e.eventId, seq: e.seq })),
          lastSeq: yield* events.lastSeq(scope, runId),
          steps: Option.isSome(run) ? (yield* runs.listSteps(scope, runId)).length : 0
        })
      }
      return out
    }).pipe(Effect.provide(SqliteStore.layer({ filename: file })))
  )

/** Every acknowledged write in `acks` is stored, and the runs are whole: dense, no duplicates. */
const verify = async (file: string, label: string, runIds: ReadonlyArray<string>, acks: ReadonlyArray<Ack>) => {
  const stored = await inspect(file, runIds)
  for (const ack of acks) {
    const run = stored.get(ack.runId)!
    const where = `${label}: acknowledged ${JSON.stringify(ack)}`
    switch (ack.op) {
      case "create":
        assert.isTrue(Option.isSome(run.status), `${where}: the run is missing`)
        break
      case "status":
        assert.include(ack.status === "Running" ? ["Running", "Completed"] : ["Completed"], Option.getOrUndefined(run.status), where)
        break
      case "event":
        assert.strictEqual(run.events.find((e) => e.eventId === ack.eventId)?.seq, ack.seq, where)
        break
      case "batch":
        assert.deepStrictEqual(ack.seqs.map((seq) => run.events.find((e) => e.seq === seq)?.eventId), ["b1", "b2"], where)
        break
      case "step":
        assert.strictEqual(run.steps, 1, where)
        break
    }
  }
  for (const [runId, run] of stored) {
    assert.deepStrictEqual(run.events.map((e) => e.seq), run.events.map((_, i) => i + 1), `${label}: ${runId} dense`)
    assert.strictEqual(run.lastSeq, run.events.length, `${label}: ${runId} lastSeq`)
    assert.strictEqual(new Set(run.events.map((e) => e.eventId)).size, run.events.length, `${label}: ${runId} no duplicate event`)
    assert.isAtMost(run.steps, 1, `${label}: ${runId} no duplicate step`)
    if (Option.isNone(run.status)) assert.strictEqual(run.events.length, 0, `${label}: ${runId} has no events before it exists`)
  }
}

describe("crash safety", () => {
  it(`SIGKILL at ${points} seeded points: every acknowledged write survives, seqs dense, nothing duplicated, integrity ok`, async () => {
    const file = path.join(dir, "crash.db")
    const acks: Array<Ack> = []
    const runIds = new Set<string>()
    let killed = 0
    for (let seed = 1; seed <= points; seed++) {
      const ackFile = path.join(dir, `acks-${seed}.jsonl`)
      const point = killPoint(seed)
      const outcome = await completion(spawn(worker.file, ["crash", file, String(seed), String(point.call), point.after ? "1" : "0", ackFile]))
      const label = `seed ${seed} (killed ${point.after ? "after" : "before"} driver call ${point.call})`
      if (outcome.signal === "SIGKILL") killed++
      else assert.strictEqual(outcome.code, 0, `${label}: the worker failed: ${outcome.stdout}${outcome.stderr}`)
      const mine = fs.existsSync(ackFile)
        ? fs.readFileSync(ackFile, "utf8").split("\n").filter((l) => l.length > 0).map((l) => JSON.parse(l) as Ack)
        : []
      acks.push(...mine)
      // After each restart: this worker's acknowledgements and the previous one's (all of them at the end).
      const last = seed === points
      const recent = last ? acks : acks.filter((a) => a.runId.startsWith(`c${seed}-`) || a.runId.startsWith(`c${seed - 1}-`))
      const touched = new Set(recent.map((a) => a.runId))
      // The run a worker may have created without acknowledging it.
      const next = Math.max(-1, ...mine.map((a) => Number(a.runId.split("-")[1]))) + 1
      touched.add(`c${seed}-${next}`)
      for (const runId of touched) runIds.add(runId)
      await verify(file, label, last ? [...runIds] : [...touched], recent)
      const db = new Database(file)
      assert.strictEqual(db.pragma("integrity_check", { simple: true }), "ok", `${label}: integrity_check`)
      db.close()
    }
    assert.isAtLeast(killed, Math.ceil(points * 0.9), `workers actually killed: ${killed} of ${points}`)
    assert.isAbove(acks.length, points, "acknowledged writes checked")
    console.log(`crash: ${killed} kills, ${acks.length} acknowledged writes verified`)
  }, 60_000 + points * 3_000)
})
