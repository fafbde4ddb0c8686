import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { Compaction, Event, EventLog, RunStore } from "@runledger/core"
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

// Crash during recovery: every cycle adds work for the recovery sweep (runs `ContinuedAsNew`
// without their successor) and for compaction (logs of 40 events, compacted in chunks of 5), then
// starts a worker that runs both, the cycle's phase first, and is killed with SIGKILL at a seeded
// driver call inside that phase's write transactions — so the sweep and the compaction are cut
// short again and again, each time with the previous cycle's work still unfinished. After every
// kill the file is opened again: each continued run has at most one successor (Pending, version 1,
// its parent unchanged), each log is one marker listing its pruned events densely and then its
// retained events, every event id keeps its seq, and `integrity_check` is ok. A last worker, not
// killed, starts exactly the successors still missing and prunes exactly the events still there:
// nothing was done twice. `npm run test:crash` runs 60 cycles; the default run fewer.
const cycles = Number(process.env.RUNLEDGER_RECOVERY_CYCLES ?? 2)
const LogEvents = 40
/**
 * About how many driver calls inside write transactions a phase makes (measured: a successor's start
 * is 5, a chunk of 5 events 8, the check that a log is done 4), so the kill lands anywhere in it.
 */
const phaseCalls = (phase: "sweep" | "compact", missing: number, retained: ReadonlyArray<number>) =>
  phase === "sweep" ? 5 * missing : retained.reduce((sum, n) => sum + 8 * Math.ceil(n / 5) + 4, 0)

/** One cycle's new work: six continued runs without a successor, three logs to compact. */
const addWork = (file: string, cycle: number) =>
  Effect.runPromise(
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const events = yield* EventLog.EventLog
      const continued = Array.from({ length: 6 }, (_, k) => `can${cycle}-${k}`)
      const logs = Array.from({ length: 3 }, (_, k) => `log${cycle}-${k}`)
      for (const runId of continued) {
        yield* runs.create({ runId, scope, flowId: "loop", state: { cycle } })
        yield* runs.casStatus(scope, runId, "Pending", "Running")
        yield* runs.casStatus(scope, runId, "Running", "ContinuedAsNew")
      }
      for (const runId of logs) {
        yield* events.append(scope, runId, Array.from({ length: LogEvents }, (_, i) => ({ eventId: `e${i}`, type: "T", payload: { i } })))
      }
      return { continued, logs }
    }).pipe(Effect.provide(SqliteStore.layer({ filename: file, compactionChunkSize: 5 })))
  )

/**
 * Check the invariants of `continued` runs and `logs` after a restart; the runs still missing their
 * successor, the logs not wholly compacted, and how many events those still retain.
 */
const checkRecovery = (file: string, label: string, continued: ReadonlyArray<string>, logs: ReadonlyArray<string>) =>
  Effect.runPromise(
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const events = yield* EventLog.EventLog
      const missing: Array<string> = []
      const incomplete: Array<string> = []
      const retainedBy: Array<number> = []
      for (const runId of continued) {
        const run = yield* runs.get(scope, runId)
        assert.deepStrictEqual([run.status, run.version], ["ContinuedAsNew", 3], `${label}: ${runId} is changed by nothing but its own three writes`)
        const chain = yield* runs.chain(scope, run.chainId)
        assert.isAtMost(chain.length, 2, `${label}: ${runId} has at most one successor`)
        const successor = chain[1]
        if (successor === undefined) {
          missing.push(runId)
          continue
        }
        assert.deepStrictEqual(
          [successor.runId, successor.status, successor.version, successor.parentRunId, successor.input],
          [`${runId}~2`, "Pending", 1, runId, { cycle: Number(runId.slice(3).split("-")[0]) }],
          `${label}: ${runId}'s successor was started once, from its state`
        )
      }
      for (const runId of logs) {
        const { events: stored } = yield* events.read(scope, runId, { limit: 1000 })
        assert.strictEqual(yield* events.lastSeq(scope, runId), LogEvents, `${label}: ${runId} lastSeq`)
        const marker = stored.find(Event.isMarker)
        const through = marker?.seq ?? 0
        assert.strictEqual(stored.filter(Event.isMarker).length, marker === undefined ? 0 : 1, `${label}: ${runId} has at most one marker`)
        if (marker !== undefined) {
          assert.strictEqual(stored[0], marker, `${label}: ${runId}'s marker comes first`)
          const payload = Option.getOrThrow(Compaction.readMarker(marker))
          assert.deepStrictEqual(
            payload.pruned.map((p) => [p.seq, p.eventId]),
            Array.from({ length: through }, (_, i) => [i + 1, `e${i}`]),
            `${label}: ${runId}'s marker lists each pruned event once, densely`
          )
          assert.strictEqual(payload.prunedEvents, through, `${label}: ${runId} prunedEvents`)
        }
        assert.deepStrictEqual(
          stored.filter((e) => !Event.isMarker(e)).map((e) => [e.seq, e.eventId]),
          Array.from({ length: LogEvents - through }, (_, i) => [through + i + 1, `e${through + i}`]),
          `${label}: ${runId} retains the events after the compaction point, densely`
        )
        for (let i = 0; i < LogEvents; i++) {
          assert.deepStrictEqual(yield* events.seqOf(scope, runId, `e${i}`), Option.some(i + 1), `${label}: ${runId} e${i} keeps its seq`)
        }
        if (through < LogEvents) {
          incomplete.push(runId)
          retainedBy.push(LogEvents - through)
        }
      }
      return { missing, incomplete, retainedBy, retained: retainedBy.reduce((a, b) => a + b, 0) }
    }).pipe(Effect.provide(SqliteStore.layer({ filename: file, compactionChunkSize: 5 })))
  )

describe("crash during recovery", () => {
  it(`SIGKILL during the recovery sweep and during compaction, ${cycles} cycles in a row: invariants hold after every restart, no work is done twice`, async () => {
    const file = path.join(dir, "recovery.db")
    const allContinued: Array<string> = []
    const allLogs: Array<string> = []
    let pending = { continued: [] as ReadonlyArray<string>, logs: [] as ReadonlyArray<string>, retainedBy: [] as ReadonlyArray<number> }
    let killed = 0
    for (let cycle = 1; cycle <= cycles; cycle++) {
      const work = await addWork(file, cycle)
      allContinued.push(...work.continued)
      allLogs.push(...work.logs)
      const phase = cycle % 2 === 1 ? "sweep" : "compact"
      const calls = phaseCalls(phase, pending.continued.length + work.continued.length, [...pending.retainedBy, ...work.logs.map(() => LogEvents)])
      const killAt = 1 + (Math.imul(cycle + 1, 2654435761) >>> 0) % calls
      const after = cycle % 3 === 0
      const label = `cycle ${cycle} (killed ${after ? "after" : "before"} write call ${killAt} of the ${phase})`
      const outcome = await completion(spawn(worker.file, ["recover", file, phase, String(killAt), after ? "1" : "0"]))
      if (outcome.signal === "SIGKILL") killed++
      else assert.strictEqual(outcome.code, 0, `${label}: the worker failed: ${outcome.stdout}${outcome.stderr}`)
      const state = await checkRecovery(file, label, [...pending.continued, ...work.continued], [...pending.logs, ...work.logs])
      pending = { continued: state.missing, logs: state.incomplete, retainedBy: state.retainedBy }
      const db = new Database(file)
      assert.strictEqual(db.pragma("integrity_check", { simple: true }), "ok", `${label}: integrity_check`)
      db.close()
    }
    // The last worker finishes: it starts exactly the successors still missing and prunes exactly
    // the events still retained — what the killed workers did, they did once.
    const before = await checkRecovery(file, "before the last worker", allContinued, allLogs)
    const last = await completion(spawn(worker.file, ["recover", file, "sweep", "0", "0"]))
    assert.strictEqual(last.code, 0, `the last worker failed: ${last.stdout}${last.stderr}`)
    const done = JSON.parse(last.stdout.trim().split("\n").at(-1)!) as { started: Array<string>; found: Array<string>; pruned: number }
    assert.deepStrictEqual([...done.started].sort(), [...before.missing].sort(), "the last sweep starts exactly the missing successors")
    assert.deepStrictEqual(done.found, [], "and finds none started behind its back")
    assert.strictEqual(done.pruned, before.retained, "the last compaction prunes exactly the events still retained")
    const after = await checkRecovery(file, "after the last worker", allContinued, allLogs)
    assert.deepStrictEqual([after.missing, after.incomplete], [[], []], "every successor started, every log compacted")
    assert.isAtLeast(killed, Math.ceil(cycles * 0.8), `workers actually killed: ${killed} of ${cycles}`)
    console.log(`crash during recovery: ${killed} kills in ${cycles} cycles; the last worker started ${done.started.length} successors, pruned ${done.pruned} events`)
  }, 60_000 + cycles * 4_000)
})
