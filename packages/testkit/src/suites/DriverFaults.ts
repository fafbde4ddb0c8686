/**
 * Driver faults (contract §9, §10): the kit's fault point inside the backend's driver fails COMMITs
 * — alone, and shared by several writes under group commit — and loses connections after a COMMIT
 * took effect, while writers race. Store-level wrappers cannot reach the commit itself: this is
 * where a store that acknowledges the writes of a failed commit is caught. Applies to backends that
 * declare `driverFaults`.
 */
import { Effect, Either, Option } from "effect"
import { ensure, equal, show } from "../internal/check.js"
import type { DriverPoint, DriverRule } from "../internal/driver.js"
import { makeDriverPoint } from "../internal/driver.js"
import { A, dump, ev } from "../internal/fixtures.js"
import type { Capabilities, Env, Initializer, Scenario, Store } from "../internal/harness.js"
import { fresh } from "../internal/harness.js"
import { faultSeed } from "./FaultScenarios.js"

const suite = "DriverFaults"

const declared = (_: Capabilities, initializer: Initializer) => initializer.driverFaults !== undefined

const tagOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "_tag" in error ? String((error as { readonly _tag: unknown })._tag) : String(error)

/** A scenario run against a fresh store whose driver asks `point` before every COMMIT. */
const withPoint = (name: string, body: (store: Store, point: DriverPoint, env: Env) => Effect.Effect<void, unknown>): Scenario => ({
  suite,
  name,
  applies: declared,
  run: (env) => {
    const point = makeDriverPoint(faultSeed(env.settings.seed))
    return fresh(env.initializer.driverFaults!(point), (store) => body(store, point, env))
  }
})

/** One racing write: what it was, and what its caller was told. */
interface Write {
  readonly kind: "appendOnce" | "putOutput" | "create"
  readonly runId: string
  readonly key: string
  readonly value: { readonly round: number; readonly i: number }
  result: Either.Either<unknown, unknown>
}

const racers = ["g0", "g1", "g2", "g3"]

/**
 * The `i`-th write of `round`, spread over the racing runs: in even rounds an event (so commits carry
 * one kind of write), in odd rounds an event, an output or a new run (several kinds in one commit:
 * a backend may commit kinds of writes in different ways).
 */
const racingWrite = (store: Store, round: number, i: number): Effect.Effect<Write> => {
  const runId = racers[i % racers.length]!
  const value = { round, i }
  const call = (write: Omit<Write, "result">, effect: Effect.Effect<unknown, unknown>) =>
    Effect.map(Effect.either(effect), (result): Write => ({ ...write, result }))
  switch (round % 2 === 0 ? 0 : i % 3) {
    case 0: {
      const key = `e-${round}-${i}`
      return call({ kind: "appendOnce", runId, key, value }, store.events.appendOnce(A, runId, ev(key, value)))
    }
    case 1: {
      const key = `s-${round}-${i}`
      return call({ kind: "putOutput", runId, key, value }, store.runs.putOutput(A, runId, key, value))
    }
    default: {
      const key = `n-${round}-${i}`
      return call({ kind: "create", runId: key, key, value }, store.runs.create({ runId: key, scope: A, flowId: "f", input: value }))
    }
  }
}

/**
 * Rounds of 24 racing writes through the armed point (half the kit's race rounds: each write is
 * checked one by one after); the writes and what each caller was told.
 */
const race = (store: Store, point: DriverPoint, rule: DriverRule, raceRounds: number) =>
  Effect.gen(function*() {
    const rounds = Math.max(4, Math.ceil(raceRounds / 2))
    for (const runId of racers) yield* store.runs.create({ runId, scope: A, flowId: "f" })
    const writes: Array<Write> = []
    point.arm(rule)
    for (let round = 0; round < rounds; round++) {
      writes.push(...(yield* Effect.forEach(Array.from({ length: 24 }, (_, i) => i), (i) => racingWrite(store, round, i), { concurrency: "unbounded" })))
    }
    const commits = point.commits()
    const summary = point.describe()
    point.arm(undefined)
    return { writes, commits, summary }
  })

/** Whether `write` is stored, with its value (and, for an event, at which seq). */
const stored = (store: Store, write: Write): Effect.Effect<Option.Option<{ readonly seq?: number; readonly value: unknown }>, unknown> =>
  Effect.gen(function*() {
    switch (write.kind) {
      case "appendOnce": {
        const seq = yield* store.events.seqOf(A, write.runId, write.key)
        if (Option.isNone(seq)) return Option.none()
        const { events } = yield* store.events.read(A, write.runId, { afterSeq: seq.value - 1, limit: 1 })
        return Option.some({ seq: seq.value, value: events[0]?.payload })
      }
      case "putOutput":
        return Option.map(yield* store.runs.getOutput(A, write.runId, write.key), (output) => ({ value: output.value }))
      case "create":
        return Option.map(Option.getRight(yield* Effect.either(store.runs.get(A, write.runId))), (run) => ({ value: run.input }))
    }
  })

/** Every racing run's log: dense seqs from 1, and exactly the events `expected` holds. */
const checkLogs = (store: Store, expected: ReadonlyMap<string, number>, replay: string) =>
  Effect.gen(function*() {
    for (const runId of racers) {
      const { events } = yield* store.events.read(A, runId, { limit: 1000 })
      equal(events.map((e) => e.seq), events.map((_, k) => k + 1), `${runId}: seqs stay dense — a failed COMMIT burns no seq (${replay})`)
      equal(yield* store.events.lastSeq(A, runId), expected.get(runId) ?? 0, `${runId}: lastSeq counts the stored events only (${replay})`)
    }
  })

/** The driver fault scenarios. */
export const driverFaultScenarios: ReadonlyArray<Scenario> = [
  withPoint("a failed COMMIT fails its write with StoreUnavailable and writes nothing, for every kind of write; the retry commits", (store, point) =>
    Effect.gen(function*() {
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* store.runs.casStatus(A, "r1", "Pending", "Running")
      yield* store.events.appendOnce(A, "r1", ev("e1"))
      const writes: Array<readonly [string, Effect.Effect<unknown, unknown>]> = [
        ["runs.create", store.runs.create({ runId: "r2", scope: A, flowId: "f" })],
        ["runs.casStatus", store.runs.casStatus(A, "r2", "Pending", "Running")],
        ["events.appendOnce", store.events.appendOnce(A, "r1", ev("e2"))],
        ["events.append", store.events.append(A, "r1", [ev("e3"), ev("e4")], { expectedSeq: 2 })],
        ["runs.appendStepIfAbsent", store.runs.appendStepIfAbsent(A, "r1", { stepId: "s", kind: "started", attempt: 1 })],
        ["runs.putOutput", store.runs.putOutput(A, "r1", "s", { out: 1 })],
        ["globals.putGlobal", store.globals.putGlobal(A, "k", { v: 1 })],
        ["timers.schedule", store.timers.schedule(A, "r1", "t", new Date(0))],
        ["leases.acquire", store.leases.acquire(A, "r1", "owner", "1 minute")],
        ["runs.continueAsNew", store.runs.continueAsNew(A, "r2", { next: 1 })],
        ...Option.match(store.transition, {
          onNone: () => [],
          onSome: (t) => [["casStatusWithEvent", t.casStatusWithEvent(A, "r1", "Running", "Completed", ev("done"))] as const]
        })
      ]
      const known = { runIds: ["r1", "r2", "r2~2"], globalKeys: ["k"], timers: [["r1", "t"] as const] }
      for (const [label, write] of writes) {
        const before = yield* dump(store, [A], known)
        point.arm({ fault: "FailCommit", lone: 1, shared: 1, times: 1 })
        const first = yield* Effect.either(write)
        const failed = point.commits().filter((c) => c.fault !== undefined).length
        point.arm(undefined)
        ensure(failed === 1, `${label}: the backend declares driverFaults, but its driver did not ask the fault point before the COMMIT`)
        if (Either.isLeft(first)) {
          ensure(tagOf(first.left) === "StoreUnavailable", () => `${label}: a failed COMMIT must fail the call with StoreUnavailable, got ${show(first.left)}`)
          equal(yield* dump(store, [A], known), before, `${label}: the COMMIT failed, so nothing of the write may be stored`)
          const retry = yield* Effect.either(write)
          ensure(Either.isRight(retry), () => `${label}: the retry after a failed COMMIT must commit, got ${Either.isLeft(retry) ? show(retry.left) : ""}`)
        }
      }
      // A failed COMMIT burns no seq: e2 took 2 and the batch 3 and 4 (checked through the results
      // above), and the log is dense.
      const { events } = yield* store.events.read(A, "r1")
      equal(events.map((e) => [e.seq, e.eventId]), [[1, "e1"], [2, "e2"], [3, "e3"], [4, "e4"], ...(Option.isSome(store.transition) ? [[5, "done"]] : [])], "r1's log after the retries")
    })),

  withPoint("racing writers through failed COMMITs, alone and shared by several writes: every acknowledged write reads back, every failed one is absent", (store, point, env) =>
    Effect.gen(function*() {
      const { commits, summary, writes } = yield* race(store, point, { fault: "FailCommit", lone: 0.2, shared: 0.5 }, env.settings.rounds)
      const problems: Array<string> = []
      const appended = new Map<string, number>()
      for (const write of writes) {
        const found = yield* stored(store, write)
        const what = `${write.kind} ${write.runId}/${write.key}`
        if (Either.isRight(write.result)) {
          const told = write.result.right as { readonly seq?: number }
          if (Option.isNone(found)) problems.push(`${what} was acknowledged but is not stored`)
          else if (show(found.value.value) !== show(write.value)) problems.push(`${what} was acknowledged but reads back ${show(found.value.value)}`)
          else if (write.kind === "appendOnce" && found.value.seq !== told.seq) {
            problems.push(`${what} was acknowledged at seq ${told.seq} but is stored at ${found.value.seq}`)
          }
          if (write.kind === "appendOnce") appended.set(write.runId, (appended.get(write.runId) ?? 0) + 1)
        } else {
          if (tagOf(write.result.left) !== "StoreUnavailable") problems.push(`${what} failed with ${show(write.result.left)}, not StoreUnavailable`)
          if (Option.isSome(found)) problems.push(`${what} failed (its COMMIT failed) but is stored`)
        }
      }
      equal(problems.slice(0, 10), [], `acknowledged writes read back, failed ones are absent (${problems.length} problems; ${summary})`)
      yield* checkLogs(store, appended, summary)
      ensure(writes.some((w) => Either.isLeft(w.result)), `no write failed: the fault point was never applied (${summary})`)
      ensure(
        env.initializer.capabilities.groupCommit !== true || commits.some((c) => c.writes > 1 && c.fault !== undefined),
        `the backend declares groupCommit, but no failed COMMIT carried several writes (${summary})`
      )
    })),

  withPoint("racing writers through connections lost after COMMIT: every acknowledged write reads back, every failed one is whole or absent, and its retry says what is stored", (store, point, env) =>
    Effect.gen(function*() {
      const { summary, writes } = yield* race(store, point, { fault: "LoseConnectionAfterCommit", lone: 0.15, shared: 0.3 }, env.settings.rounds)
      const problems: Array<string> = []
      const appended = new Map<string, number>()
      for (const write of writes) {
        const what = `${write.kind} ${write.runId}/${write.key}`
        if (Either.isLeft(write.result)) {
          if (tagOf(write.result.left) !== "StoreUnavailable") problems.push(`${what} failed with ${show(write.result.left)}, not StoreUnavailable`)
          // The caller cannot know whether it happened: it retries, and the answer must say.
          const before = yield* stored(store, write)
          const retry = (yield* racingWrite(store, write.value.round, write.value.i)).result
          const already = Option.isSome(before)
          const answer = Either.isRight(retry) ? show(retry.right) : show(retry.left)
          if (write.kind === "appendOnce") {
            const r = Either.getOrUndefined(retry) as { appended?: boolean; sameFingerprint?: boolean } | undefined
            if (r === undefined || r.appended === already || (already && r.sameFingerprint !== true)) problems.push(`${what}: stored ${already}, its retry answered ${answer}`)
          } else if (already) {
            const e = Either.isLeft(retry) ? retry.left as { _tag?: string; sameFingerprint?: boolean } : undefined
            if (e?._tag !== "AlreadyExists" || (write.kind === "putOutput" && e.sameFingerprint !== true)) problems.push(`${what}: stored, its retry answered ${answer}`)
          } else if (Either.isLeft(retry)) problems.push(`${what}: not stored, its retry failed with ${answer}`)
        }
        const found = yield* stored(store, write)
        if (Option.isNone(found) || show(found.value.value) !== show(write.value)) problems.push(`${what} is not stored whole after its write (and retry): ${show(found)}`)
        if (write.kind === "appendOnce") appended.set(write.runId, (appended.get(write.runId) ?? 0) + 1)
      }
      equal(problems.slice(0, 10), [], `lost acknowledgements at COMMIT (${problems.length} problems; ${summary})`)
      yield* checkLogs(store, appended, summary)
      ensure(writes.some((w) => Either.isLeft(w.result)), `no write failed: the fault point was never applied (${summary})`)
    }))
]
