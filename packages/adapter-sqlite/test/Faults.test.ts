import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import {
  ContextStore,
  EventLog,
  LeaseStore,
  RunStore,
  RunTransition,
  SnapshotStore,
  SpecStore,
  TimerStore
} from "@runledger/core"
import { SqlStore } from "@runledger/sql"
import Database from "better-sqlite3"
import { Cause, Context, Effect, Exit, Layer } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { manualClock } from "./fixtures/schemaV1.js"
import { ioError, layerIntercepted } from "./support/driver.js"

// The I/O-error sweep: for every write operation, fail the k-th driver call (statement, BEGIN, COMMIT
// or ROLLBACK) for k = 1, 2, … until the operation completes without reaching call k — once failing
// only that call, once failing it and every call after. Each time the operation either fully
// happened or had no effect (the database compared table by table), failed only with a typed error,
// and the same store works again once the disk recovers.

const A = { orgId: "acme", workspaceId: "prod" }
const Probe = { orgId: "probe", workspaceId: "probe" }

type Services = Context.Context<SqlStore.Stores>
const s = <I, S>(tag: Context.Tag<I, S>) => (c: Services) => Context.get(c as Context.Context<I>, tag)
const runs = s(RunStore.RunStore)
const events = s(EventLog.EventLog)
const globals = s(ContextStore.ContextStore)
const snapshots = s(SnapshotStore.SnapshotStore)
const specs = s(SpecStore.SpecStore)
const timers = s(TimerStore.TimerStore)
const leases = s(LeaseStore.LeaseStore)
const transition = s(RunTransition.RunTransition)

/** The state every case starts from. */
const setup = (c: Services) =>
  Effect.gen(function*() {
    yield* runs(c).create({ runId: "r1", scope: A, flowId: "f", input: { n: 1 } })
    yield* runs(c).casStatus(A, "r1", "Pending", "Running")
    yield* runs(c).create({ runId: "r2", scope: A, flowId: "f" })
    yield* runs(c).appendStep(A, "r1", { stepId: "s0", kind: "started", attempt: 1 })
    yield* events(c).append(A, "r1", [{ eventId: "e1", type: "T" }, { eventId: "e2", type: "T" }, { eventId: "e3", type: "T" }])
    yield* specs(c).put(A, "spec", { v: 1 })
    yield* timers(c).schedule(A, "r1", "t1", new Date(0))
    yield* globals(c).putGlobal(A, "g", 1)
    yield* leases(c).acquire(A, "r1", "w1", "1 hour")
  })

/**
 * Every write operation of every store, applied to the setup state. Compaction is the one operation
 * made of several transactions (one per chunk, by design): after a fault some chunks may have
 * committed, so for it "no effect" reads "a retry completes it".
 */
const chunked = new Set(["EventLog.compact"])
const cases: ReadonlyArray<readonly [string, (c: Services) => Effect.Effect<unknown, unknown>]> = [
  ["RunStore.create", (c) => runs(c).create({ runId: "r3", scope: A, flowId: "f", input: [1, 2] })],
  ["RunStore.casStatus", (c) => runs(c).casStatus(A, "r1", "Running", "Completed", { fencingToken: 1 })],
  ["RunStore.casState", (c) => runs(c).casState(A, "r1", 2, { state: { x: 1 } })],
  ["RunStore.continueAsNew", (c) => runs(c).continueAsNew(A, "r1", { next: true })],
  ["RunStore.appendStep", (c) => runs(c).appendStep(A, "r1", { stepId: "s1", kind: "completed", attempt: 1 })],
  ["RunStore.appendStepIfAbsent", (c) => runs(c).appendStepIfAbsent(A, "r1", { stepId: "s1", kind: "started", attempt: 1 })],
  ["RunStore.appendFailure", (c) => runs(c).appendFailure(A, "r1", { stepId: "s1", reason: "boom" })],
  ["RunStore.putOutput", (c) => runs(c).putOutput(A, "r1", "s1", { out: 1 })],
  ["ContextStore.putGlobal", (c) => globals(c).putGlobal(A, "g2", { v: 2 })],
  ["ContextStore.upsertGlobal", (c) => globals(c).upsertGlobal(A, "g", { v: 3 })],
  ["EventLog.appendOnce", (c) => events(c).appendOnce(A, "r1", { eventId: "e4", type: "T", payload: { x: 1 } }, { fencingToken: 1 })],
  ["EventLog.append", (c) => events(c).append(A, "r1", [{ eventId: "e4", type: "T" }, { eventId: "e5", type: "T" }], { expectedSeq: 3 })],
  ["EventLog.compact", (c) => events(c).compact({ retention: "1 hour", now: new Date(Date.UTC(2031, 0, 1)), scope: A })],
  ["EventLog.clear", (c) => events(c).clear(A)],
  ["SnapshotStore.put", (c) => snapshots(c).put(A, "r1", { snapshotId: "snap", seq: 3, status: "Running", checkpoint: { at: 3 } })],
  ["SpecStore.put", (c) => specs(c).put(A, "spec", { v: 2 }, 1)],
  ["SpecStore.delete", (c) => specs(c).delete(A, "spec", 1)],
  ["TimerStore.schedule", (c) => timers(c).schedule(A, "r1", "t2", new Date(0))],
  ["TimerStore.claim", (c) => timers(c).claim(A, "r1", "t1")],
  ["TimerStore.cancel", (c) => timers(c).cancel(A, "r1", "t1")],
  ["LeaseStore.acquire", (c) => leases(c).acquire(A, "r2", "w2", "1 minute")],
  ["LeaseStore.renew", (c) => leases(c).renew(A, "r1", "w1", 1, "2 hours")],
  ["LeaseStore.release", (c) => leases(c).release(A, "r1", "w1", 1)],
  ["RunTransition.casStatusWithEvent", (c) => transition(c).casStatusWithEvent(A, "r1", "Running", "Completed", { eventId: "done", type: "FlowCompleted" })]
]

/** Every row of every table (but the AUTOINCREMENT counters and the probe's rows), as text. */
const tableDump = (file: string): string => {
  const db = new Database(file, { fileMustExist: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence' ORDER BY name").all() as Array<{ name: string }>
    const out: Record<string, unknown> = {}
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Array<Record<string, unknown>>
      out[name] = rows.filter((row) => row.org_id !== Probe.orgId)
    }
    return JSON.stringify(out)
  } finally {
    db.close()
  }
}

let dir: string
let base: string
let copies = 0
const clockAt = () => manualClock().clock

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-faults-"))
  base = path.join(dir, "base.db")
  await Effect.runPromise(
    Effect.scoped(Effect.flatMap(Layer.build(SqliteStore.layer({ filename: base })), setup)).pipe(Effect.withClock(clockAt()))
  )
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

type Plan = { armed: boolean; k: number; forever: boolean; calls: number; injected: number }

/** Run `op` on a fresh copy of the setup state with `plan`; what happened. */
const attempt = (op: (c: Services) => Effect.Effect<unknown, unknown>, plan: Plan, retry = false) => {
  const file = path.join(dir, `copy-${++copies}.db`)
  fs.copyFileSync(base, file)
  const intercepted = layerIntercepted((_call, statement, run) => {
    if (!plan.armed) return run
    plan.calls++
    if (plan.calls === plan.k || (plan.forever && plan.calls > plan.k)) {
      plan.injected++
      return Effect.fail(ioError(statement))
    }
    return run
  })
  const layer = SqlStore.layer({}).pipe(Layer.provide(intercepted), Layer.provide(SqliteStore.layerClient({ filename: file })))
  return Effect.scoped(
    Effect.gen(function*() {
      const c = yield* Layer.build(layer)
      plan.armed = true
      const exit = yield* Effect.exit(op(c))
      plan.armed = false
      if (retry && Exit.isFailure(exit)) yield* op(c)
      // The disk is back: the same store must work, whatever the fault left on its connection.
      const probe = yield* Effect.exit(events(c).appendOnce(Probe, "probe", { eventId: "p", type: "Probe" }))
      return { exit, probe }
    })
  ).pipe(
    Effect.withClock(clockAt()),
    Effect.map(({ exit, probe }) => ({ exit, probe, tables: tableDump(file) })),
    Effect.ensuring(Effect.sync(() => fs.rmSync(file, { force: true })))
  )
}

describe("I/O-error sweep", () => {
  for (const [name, op] of cases) {
    it(`${name}: fail the k-th driver call, once and for ever, for every k: all or nothing, a typed error`, async () => {
      const clean = await Effect.runPromise(attempt(op, { armed: false, k: 0, forever: false, calls: 0, injected: 0 }))
      assert.isTrue(Exit.isSuccess(clean.exit), `${name} succeeds without faults: ${Exit.isFailure(clean.exit) ? Cause.pretty(clean.exit.cause) : ""}`)
      const none = tableDump(base)
      const done = clean.tables
      assert.notStrictEqual(done, none, `${name} changes the database`)
      let swept = 0
      for (const forever of [false, true]) {
        for (let k = 1; ; k++) {
          const plan: Plan = { armed: false, k, forever, calls: 0, injected: 0 }
          const result = await Effect.runPromise(attempt(op, plan, chunked.has(name)))
          const label = `${name}, failing driver call ${k}${forever ? " and every call after it" : " once"}`
          assert.isTrue(Exit.isSuccess(result.probe), `${label}: the store works again afterwards`)
          if (plan.injected === 0) {
            // The operation completed before call k: the sweep is done.
            assert.isTrue(Exit.isSuccess(result.exit), label)
            assert.strictEqual(result.tables, done, label)
            break
          }
          swept++
          if (Exit.isSuccess(result.exit)) {
            assert.strictEqual(result.tables, done, `${label}: it succeeded, so it fully happened`)
          } else {
            const failure = Cause.failureOption(result.exit.cause)
            assert.isTrue(failure._tag === "Some", `${label}: a typed failure, not ${Cause.pretty(result.exit.cause)}`)
            const error = failure._tag === "Some" ? (failure.value as { _tag?: string }) : {}
            assert.strictEqual(error._tag, "StoreUnavailable", `${label}: the failure is StoreUnavailable`)
            if (chunked.has(name)) assert.strictEqual(result.tables, done, `${label}: it failed, and a retry completed it`)
            else assert.strictEqual(result.tables, none, `${label}: it failed, so it had no effect`)
          }
          assert.isBelow(k, 200, `${label}: the sweep ends`)
        }
      }
      assert.isAbove(swept, 2, `${name}: faults injected`)
    }, 60_000)
  }
})

describe("driver faults under group commit", () => {
  it("16 fibers writing at once while driver calls fail at random: each write fully happened iff it succeeded", async () => {
    const file = path.join(dir, "group.db")
    let seed = 7
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return seed / 2 ** 32
    }
    let armed = false
    let injected = 0
    let savepoints = 0
    const intercepted = layerIntercepted((_call, statement, run) => {
      if (statement.startsWith("SAVEPOINT")) savepoints++
      if (armed && random() < 0.005) {
        injected++
        return Effect.fail(ioError(statement))
      }
      return run
    })
    const layer = SqlStore.layer({}).pipe(Layer.provide(intercepted), Layer.provide(SqliteStore.layerClient({ filename: file })))
    const outcomes = await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function*() {
          const c = yield* Layer.build(layer)
          armed = true
          const results = yield* Effect.forEach(Array.from({ length: 16 }, (_, f) => f), (f) =>
            Effect.forEach(Array.from({ length: 40 }, (_, i) => i), (i) =>
              Effect.map(
                Effect.either(events(c).appendOnce(A, `g${f}`, { eventId: `e${i}`, type: "T", payload: { f, i } })),
                (r) => ({ f, i, ok: r._tag === "Right", tag: r._tag === "Left" ? (r.left as { _tag: string })._tag : "ok" })
              )), { concurrency: "unbounded" })
          armed = false
          return results.flat()
        })
      )
    )
    assert.isAbove(injected, 2, "faults injected")
    assert.isAbove(savepoints, 16, "writes were committed in groups (one savepoint per write of a group)")
    assert.isAbove(outcomes.filter((o) => o.ok).length, 100, "writes that succeeded")
    assert.isAbove(outcomes.filter((o) => !o.ok).length, 5, "writes that failed")
    assert.deepStrictEqual([...new Set(outcomes.filter((o) => !o.ok).map((o) => o.tag))], ["StoreUnavailable"])
    const stored = await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function*() {
          const c = yield* Layer.build(SqliteStore.layer({ filename: file }))
          return yield* Effect.forEach(Array.from({ length: 16 }, (_, f) => f), (f) =>
            Effect.map(events(c).read(A, `g${f}`, { limit: 100 }), (r) => r.events.map((e) => [e.eventId, e.seq] as const)))
        })
      )
    )
    stored.forEach((log, f) => {
      const expected = outcomes.filter((o) => o.f === f && o.ok).map((o) => `e${o.i}`)
      assert.deepStrictEqual(log.map(([id]) => id), expected, `g${f}: exactly the acknowledged writes, in order`)
      assert.deepStrictEqual(log.map(([, seq]) => seq), log.map((_, k) => k + 1), `g${f}: dense`)
    })
  }, 60_000)
})
