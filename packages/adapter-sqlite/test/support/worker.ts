/**
 * The worker process of the multi-process tests (bundled and started by `child.ts`).
 *
 *   race  <file> <name> <rounds> <fibers> <processes>
 *     Races the other processes on shared runs `race-0` … `race-<rounds - 1>` (all fibers of all
 *     processes on the same run), each round started by every process at once: a barrier waits until
 *     all of them have arrived (and, before the first, until all have opened the store), however
 *     long their start-up takes. Writes every call's result and when each round ran to
 *     `<file>.<name>.json`, then prints `{"done":true}`.
 *
 *   crash <file> <seed> <killAt> <after> <ackFile>
 *     Appends events, steps and CAS transitions, writing an acknowledgement line to `ackFile` after
 *     each call returns. At driver call number `killAt` it sends itself SIGKILL — before the call
 *     runs (`after` = 0) or right after it (`after` = 1): inside a transaction, at its COMMIT, or
 *     between a commit and its acknowledgement.
 *
 *   recover <file> <phase> <killAt> <after>
 *     Runs the recovery sweep and a compaction of everything (chunks of 5 events), the `phase` one
 *     (`sweep` or `compact`) first. Counting only the driver calls inside write transactions of that
 *     phase, it sends itself SIGKILL at call `killAt` — before the call runs (`after` = 0) or right
 *     after it (`after` = 1). `killAt` 0 never kills. Prints what it did:
 *     `{"started":[…],"found":[…],"pruned":n,"writeCalls":n}`.
 */
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog, Recovery, RunStore, RunTransition } from "@runledger/core"
import { SqlStore } from "@runledger/sql"
import { Effect, Either, Layer } from "effect"
import * as fs from "node:fs"
import { layerIntercepted } from "./driver.js"

const scope = { orgId: "acme", workspaceId: "prod" }
const [mode = "", ...args] = process.argv.slice(2)

const line = (value: unknown) => fs.writeSync(1, JSON.stringify(value) + "\n")
const tagOf = (e: unknown) => (typeof e === "object" && e !== null && "_tag" in e ? String((e as { _tag: unknown })._tag) : String(e))

// How long a barrier waits for the other processes before the worker gives up loudly: a guard
// against a hang when one of them died, not a window the race must fit in.
const BarrierPatience = 300_000

const race = (file: string, name: string, rounds: number, fibers: number, processes: number) =>
  Effect.gen(function*() {
    const runs = yield* RunStore.RunStore
    const events = yield* EventLog.EventLog
    const results: Array<unknown> = []
    const record = <A, E>(fiber: number, slot: number, op: string, effect: Effect.Effect<A, E>) =>
      Effect.map(Effect.either(effect), (r) => {
        const entry = Either.isRight(r)
          ? { p: name, f: fiber, slot, op, ok: r.right }
          : { p: name, f: fiber, slot, op, err: tagOf(r.left), message: String((r.left as Error)?.message ?? r.left) }
        results.push(entry)
        return r
      })
    // Every process walks the same rounds in order, all its fibers on one round at a time; the
    // processes hammer the same file at the same rate, so their rounds overlap in time.
    const spans: Array<{ readonly round: number; readonly t0: number; readonly t1: number }> = []
    // A barrier per round (marker files beside the database): every process starts the round at once.
    const barrier = `${file}.barrier`
    fs.mkdirSync(barrier, { recursive: true })
    const arrive = (round: number | "ready") =>
      Effect.gen(function*() {
        fs.writeFileSync(`${barrier}/${round}.${name}`, "")
        const since = Date.now()
        while (fs.readdirSync(barrier).filter((f) => f.startsWith(`${round}.`)).length < processes) {
          if (Date.now() - since > BarrierPatience) return yield* Effect.die(`the other processes never reached round ${round}`)
          yield* Effect.sleep(1)
        }
      })
    // The store is open (the layer is built): wait for the others to be, then race.
    yield* arrive("ready")
    for (let round = 0; round < rounds; round++) {
      yield* arrive(round)
      const runId = `race-${round}`
      const t0 = Date.now()
      yield* Effect.forEach(Array.from({ length: fibers }, (_, i) => i), (fiber) =>
        Effect.gen(function*() {
          const slot = round
          yield* record(fiber, slot, "create", runs.create({ runId, scope, flowId: "race" }))
          yield* record(fiber, slot, "start", runs.casStatus(scope, runId, "Pending", "Running"))
          // Event ids collide across fibers and processes: each must land once, at one seq.
          for (let j = 0; j < 4; j++) {
            const eventId = `e${(j + fiber) % 4}`
            yield* record(fiber, slot, `appendOnce:${eventId}`, Effect.map(events.appendOnce(scope, runId, { eventId, type: "T", payload: { j } }), (r) => r.seq))
          }
          const last4 = yield* events.lastSeq(scope, runId)
          yield* record(fiber, slot, "batch", Effect.map(
            events.append(scope, runId, [{ eventId: `b-${name}-${fiber}-1`, type: "B" }, { eventId: `b-${name}-${fiber}-2`, type: "B" }], { expectedSeq: last4 }),
            (r) => r.seqs
          ))
          yield* record(fiber, slot, "step", runs.appendStepIfAbsent(scope, runId, { stepId: "s", kind: "completed", attempt: 1 }))
          yield* record(fiber, slot, "finish", runs.casStatus(scope, runId, "Running", "Completed"))
        }), { concurrency: "unbounded", discard: true })
      spans.push({ round, t0, t1: Date.now() })
    }
    // To a file: a large write to a non-blocking stdout pipe can fail with EAGAIN.
    fs.writeFileSync(`${file}.${name}.json`, JSON.stringify({ p: name, spans, results }))
    line({ done: true })
  }).pipe(Effect.provide(SqliteStore.layer({ filename: file })))

const crash = (file: string, seed: number, killAt: number, after: boolean, ackFile: string) => {
  const ack = fs.openSync(ackFile, "a")
  const acknowledge = (value: unknown) => fs.writeSync(ack, JSON.stringify(value) + "\n")
  const killer = layerIntercepted((call, _statement, run) => {
    if (call !== killAt) return run
    if (!after) return Effect.sync(() => process.kill(process.pid, "SIGKILL")).pipe(Effect.zipRight(Effect.never))
    return Effect.tap(run, () => Effect.sync(() => process.kill(process.pid, "SIGKILL")).pipe(Effect.zipRight(Effect.never)))
  })
  const store = SqlStore.layer({}).pipe(
    Layer.provide(killer),
    Layer.provide(SqliteStore.layerClient({ filename: file }))
  )
  return Effect.gen(function*() {
    const runs = yield* RunStore.RunStore
    const events = yield* EventLog.EventLog
    const transition = yield* RunTransition.RunTransition
    for (let i = 0; i < 40; i++) {
      const runId = `c${seed}-${i}`
      yield* runs.create({ runId, scope, flowId: "crash" })
      acknowledge({ op: "create", runId })
      if (yield* runs.casStatus(scope, runId, "Pending", "Running")) acknowledge({ op: "status", runId, status: "Running" })
      for (let j = 0; j < 3; j++) {
        const eventId = `e${j}`
        const r = yield* events.appendOnce(scope, runId, { eventId, type: "T", payload: { i, j } })
        acknowledge({ op: "event", runId, eventId, seq: r.seq })
      }
      // A retry of an acknowledged append must find it.
      const again = yield* events.appendOnce(scope, runId, { eventId: "e1", type: "T", payload: { i, j: 1 } })
      if (again.appended || again.seq !== 2) {
        line({ violation: `retry of e1 in ${runId}: ${JSON.stringify(again)}` })
        process.exit(3)
      }
      const batch = yield* events.append(scope, runId, [{ eventId: "b1", type: "B" }, { eventId: "b2", type: "B" }], { expectedSeq: 3 })
      acknowledge({ op: "batch", runId, seqs: batch.seqs })
      if (yield* runs.appendStepIfAbsent(scope, runId, { stepId: "s", kind: "completed", attempt: 1 })) {
        acknowledge({ op: "step", runId })
      }
      const done = yield* transition.casStatusWithEvent(scope, runId, "Running", "Completed", { eventId: "done", type: "FlowCompleted" })
      if (done.transitioned) acknowledge({ op: "status", runId, status: "Completed", seq: done.seq })
    }
    line({ finished: true })
  }).pipe(Effect.provide(store))
}

const recover = (file: string, phase: string, killAt: number, after: boolean) => {
  let armed = false
  let inWrite = false
  let writeCalls = 0
  const die = Effect.sync(() => process.kill(process.pid, "SIGKILL")).pipe(Effect.zipRight(Effect.never))
  const killer = layerIntercepted((_call, statement, run) => {
    if (statement.startsWith("BEGIN IMMEDIATE")) inWrite = true
    const counted = armed && inWrite
    if (statement === "COMMIT" || statement === "ROLLBACK") inWrite = false
    if (!counted || ++writeCalls !== killAt) return run
    return after ? Effect.tap(run, () => die) : die
  })
  const store = SqlStore.layer({ compactionChunkSize: 5 }).pipe(
    Layer.provide(killer),
    Layer.provide(SqliteStore.layerClient({ filename: file }))
  )
  return Effect.gen(function*() {
    const events = yield* EventLog.EventLog
    const started: Array<string> = []
    const found: Array<string> = []
    let pruned = 0
    const sweep = Effect.map(Recovery.sweep(scope), (report) => {
      for (const run of report.runs) {
        for (const finding of run.findings) {
          if (finding._tag === "SuccessorStarted") started.push(run.runId)
          if (finding._tag === "SuccessorFound") found.push(run.runId)
        }
      }
    })
    // Everything is older than an hour from now: the whole of every log is pruned.
    const compact = Effect.map(events.compact({ retention: 0, now: new Date(Date.now() + 3_600_000) }), (n) => {
      pruned = n
    })
    const [first, second] = phase === "sweep" ? [sweep, compact] : [compact, sweep]
    armed = true
    yield* first
    armed = false
    yield* second
    line({ started, found, pruned, writeCalls })
  }).pipe(Effect.provide(store))
}

const main = (): Effect.Effect<void, unknown> => {
  switch (mode) {
    case "race":
      return race(args[0]!, args[1]!, Number(args[2]), Number(args[3]), Number(args[4]))
    case "crash":
      return crash(args[0]!, Number(args[1]), Number(args[2]), args[3] === "1", args[4]!)
    case "recover":
      return recover(args[0]!, args[1]!, Number(args[2]), args[3] === "1")
    default:
      return Effect.die(`unknown mode ${mode}`)
  }
}

Effect.runPromise(main()).then(
  () => process.exit(0),
  (error) => {
    line({ fatal: String(error?.message ?? error) })
    process.exit(2)
  }
)
