import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog, RunStore } from "@runledger/core"
import Database from "better-sqlite3"
import { Effect } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { bundle, completion, spawn } from "../../../test-support/child.js"

// Two OS processes (four fibers each) race on shared runs of one database file, a fixed number of
// rounds — work is counted, never a window of time: each round starts in both processes at once,
// after both have started up and opened the store, however long that takes on a busy machine.
// `npm run test:race` runs 400 rounds; the default run 40.
const rounds = Number(process.env.RUNLEDGER_RACE_ROUNDS ?? 40)
const processes = 2
const fibers = 4
const scope = { orgId: "acme", workspaceId: "prod" }

interface Result {
  readonly p: string
  readonly f: number
  readonly slot: number
  readonly op: string
  readonly ok?: unknown
  readonly err?: string
  readonly message?: string
}

let worker: Awaited<ReturnType<typeof bundle>>
let dir: string

beforeAll(async () => {
  worker = await bundle(path.join(import.meta.dirname, "support", "worker.ts"), ["better-sqlite3"])
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-race-"))
})
afterAll(() => {
  worker.dispose()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe("two processes on one file", () => {
  it(`race of ${rounds} rounds: one CAS winner per contended run, no duplicate event, dense seqs, no SQLITE_BUSY reaching callers`, async () => {
    const file = path.join(dir, "race.db")
    // Both processes open (and migrate) the new file at the same time, then race.
    const children = Array.from({ length: processes }, (_, i) =>
      spawn(worker.file, ["race", file, `p${i}`, String(rounds), String(fibers), String(processes)]))
    const outcomes = await Promise.all(children.map(completion))
    for (const outcome of outcomes) {
      assert.strictEqual(outcome.code, 0, `worker failed: ${outcome.stderr}${outcome.stdout.slice(-2000)}`)
      assert.include(outcome.stdout, "\"done\":true")
    }
    const reports = Array.from({ length: processes }, (_, i) =>
      JSON.parse(fs.readFileSync(`${file}.p${i}.json`, "utf8")) as {
        p: string
        spans: Array<{ round: number; t0: number; t1: number }>
        results: Array<Result>
      })
    const results: Array<Result> = reports.flatMap((r) => r.results)

    // No caller saw anything but the outcomes the contract allows.
    const unexpected = results.filter((r) => r.err !== undefined && !(r.op === "create" && r.err === "AlreadyExists") && !(r.op === "batch" && r.err === "SequenceConflict"))
    assert.deepStrictEqual(unexpected.slice(0, 5), [], `${unexpected.length} unexpected errors (busy must never reach a caller)`)

    // A run counts as contended when both processes worked on it at the same time.
    const spans = reports
    const overlapping = (round: number) => {
      const [a, b] = spans.map((s) => s.spans.find((x) => x.round === round))
      return a !== undefined && b !== undefined && a.t0 < b.t1 && b.t0 < a.t1
    }
    const bySlot = new Map<number, Array<Result>>()
    for (const r of results) bySlot.set(r.slot, [...(bySlot.get(r.slot) ?? []), r])
    let contended = 0
    const stored = await Effect.runPromise(
      Effect.gen(function*() {
        const runs = yield* RunStore.RunStore
        const events = yield* EventLog.EventLog
        const out = new Map<number, { status: string; version: number; events: ReadonlyArray<{ eventId: string; seq: number }>; steps: number }>()
        for (const slot of bySlot.keys()) {
          const runId = `race-${slot}`
          const run = yield* runs.get(scope, runId)
          const read = yield* events.read(scope, runId, { limit: 1000 })
          out.set(slot, {
            status: run.status,
            version: run.version,
            events: read.events.map((e) => ({ eventId: e.eventId, seq: e.seq })),
            steps: (yield* runs.listSteps(scope, runId)).length
          })
        }
        return out
      }).pipe(Effect.provide(SqliteStore.layer({ filename: file })))
    )

    for (const [slot, rs] of bySlot) {
      const label = `race-${slot}`
      if (overlapping(slot)) contended++
      const creators = rs.filter((r) => r.op === "create" && r.err === undefined)
      assert.strictEqual(creators.length, 1, `${label}: created once`)
      const starts = rs.filter((r) => r.op === "start")
      assert.strictEqual(starts.filter((r) => r.ok === true).length, 1, `${label}: exactly one Pending -> Running winner of ${starts.length}`)
      const finishes = rs.filter((r) => r.op === "finish")
      assert.strictEqual(finishes.filter((r) => r.ok === true).length, 1, `${label}: exactly one Running -> Completed winner of ${finishes.length}`)
      const steps = rs.filter((r) => r.op === "step")
      assert.strictEqual(steps.filter((r) => r.ok === true).length, 1, `${label}: one appendStepIfAbsent appended`)
      const run = stored.get(slot)!
      assert.deepStrictEqual([run.status, run.version, run.steps], ["Completed", 3, 1], `${label}: stored run`)
      // Dense seqs, each event once, and every appendOnce caller of an id told the seq it is stored at.
      assert.deepStrictEqual(run.events.map((e) => e.seq), run.events.map((_, i) => i + 1), `${label}: dense`)
      assert.strictEqual(new Set(run.events.map((e) => e.eventId)).size, run.events.length, `${label}: no duplicate event`)
      const seqOf = new Map(run.events.map((e) => [e.eventId, e.seq]))
      for (const r of rs.filter((r) => r.op.startsWith("appendOnce:"))) {
        assert.strictEqual(r.ok, seqOf.get(r.op.slice("appendOnce:".length)), `${label}: ${r.op} by ${r.p}/${r.f}`)
      }
      const batches = rs.filter((r) => r.op === "batch" && r.err === undefined)
      for (const b of batches) {
        const [first, second] = b.ok as [number, number]
        assert.strictEqual(seqOf.get(`b-${b.p}-${b.f}-1`), first, `${label}: batch of ${b.p}/${b.f}`)
        assert.strictEqual(second, first + 1, `${label}: a batch is contiguous`)
      }
      assert.strictEqual(run.events.length, 4 + 2 * batches.length, `${label}: exactly the appended events`)
    }
    assert.strictEqual(bySlot.size, rounds, "every round ran")
    for (const report of reports) assert.strictEqual(report.spans.length, rounds, `${report.p} ran every round`)
    // Both processes start each round together, so their rounds overlap in time — how often depends
    // on the scheduler, which a busy machine makes unfair; the invariants above hold either way.
    assert.isAtLeast(contended, 1, `runs worked on by both processes at the same time: ${contended} of ${rounds}`)

    const db = new Database(file, { readonly: true })
    assert.strictEqual(db.pragma("integrity_check", { simple: true }), "ok")
    db.close()
    console.log(`race: ${bySlot.size} runs, ${contended} contended by both processes, ${results.length} calls, 0 busy`)
  }, 300_000 + rounds * 2_000)
})
