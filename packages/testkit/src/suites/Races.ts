/**
 * Real races (contract §2, §4, §7): many fibers call the store at once, round after round, and
 * exactly one wins every contested write. Each fiber yields a seeded number of times first, so the
 * rounds start in different orders, yet a round replays from its number.
 */
import { Either, Effect, Option } from "effect"
import { ensure, equal } from "../internal/check.js"
import { A, ev } from "../internal/fixtures.js"
import type { Scenario, Store } from "../internal/harness.js"
import { scenario } from "../internal/harness.js"
import { seededRandom } from "../internal/random.js"
import { checkRetained } from "./Compaction.js"

const suite = "Races"

/** `n` copies of `make(i)` started together, each after a seeded number of yields. */
export const race = <A, E>(round: number, n: number, make: (i: number) => Effect.Effect<A, E>) => {
  const random = seededRandom(round * 7919 + n)
  return Effect.all(
    Array.from({ length: n }, (_, i) => Effect.zipRight(Effect.repeatN(Effect.yieldNow(), Math.floor(random() * 4)), make(i))),
    { concurrency: "unbounded" }
  )
}

const either = <A, E>(effect: Effect.Effect<A, E>) => Effect.either(effect)
const winners = (results: ReadonlyArray<boolean>) => results.filter(Boolean).length

/**
 * A race of concurrent recovery sweeps: `sweep` is run by 8 fibers at once over a store holding
 * `ContinuedAsNew` runs without successors; every run must end with exactly one successor. The hook
 * for `Recovery.sweep` of `@runledger/core` — pass it to `recoverySweepRace` when the program exists.
 */
export const recoverySweepRace = (
  sweep: (store: Store) => Effect.Effect<unknown, unknown>
): Scenario =>
  scenario(suite, "8 recovery sweeps at once start each missing successor exactly once", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < Math.max(1, Math.floor(env.settings.rounds / 4)); round++) {
        const runIds = Array.from({ length: 4 }, (_, i) => `lost-${round}-${i}`)
        for (const runId of runIds) {
          yield* store.runs.create({ runId, scope: A, flowId: "f", input: { round } })
          yield* store.runs.casStatus(A, runId, "Pending", "Running")
          yield* store.runs.casStatus(A, runId, "Running", "ContinuedAsNew")
        }
        yield* race(round, 8, () => Effect.either(sweep(store)))
        for (const runId of runIds) {
          const chain = yield* store.runs.chain(A, runId)
          equal(chain.map((r) => r.runId), [runId, `${runId}~2`], `round ${round}: ${runId} has exactly one successor`)
          equal(chain[1]!.status, "Pending", `round ${round}: the successor is Pending`)
        }
      }
    }))

/** The race scenarios. */
export const raceScenarios: ReadonlyArray<Scenario> = [
  scenario(suite, "64 fibers casStatus with the same expectation: exactly one wins, every round", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < env.settings.rounds; round++) {
        const runId = `cas-${round}`
        yield* store.runs.create({ runId, scope: A, flowId: "f" })
        const results = yield* race(round, 64, () => store.runs.casStatus(A, runId, "Pending", "Running"))
        equal(winners(results), 1, `round ${round}: winners`)
        equal((yield* store.runs.get(A, runId)).version, 2, `round ${round}: one version step`)
        const terminal = yield* race(round, 64, (i) => store.runs.casStatus(A, runId, ["Pending", "Running"], i % 2 === 0 ? "Completed" : "Failed"))
        equal(winners(terminal), 1, `round ${round}: one fiber terminates the run`)
        equal((yield* store.runs.get(A, runId)).version, 3, `round ${round}: version after termination`)
      }
    })),

  scenario(suite, "32 fibers casState at the same version: exactly one wins and its state is the one stored", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < env.settings.rounds; round++) {
        const runId = `state-${round}`
        yield* store.runs.create({ runId, scope: A, flowId: "f" })
        const results = yield* race(round, 32, (i) => store.runs.casState(A, runId, 1, { state: { writer: i } }))
        equal(winners(results), 1, `round ${round}: winners`)
        const run = yield* store.runs.get(A, runId)
        equal([run.version, run.state], [2, { writer: results.indexOf(true) }], `round ${round}: the winner's state`)
      }
    })),

  scenario(suite, "32 fibers appendOnce events drawn from 5 ids: 5 events, seqs 1..5, one seq per id for every caller", (store, env) =>
    Effect.gen(function*() {
      const pool = ["a", "b", "c", "d", "e"]
      for (let round = 0; round < env.settings.rounds; round++) {
        const runId = `append-${round}`
        const results = yield* race(round, 32, (i) => {
          const id = pool[(i * 3 + round) % pool.length]!
          return Effect.map(store.events.appendOnce(A, runId, ev(id)), (r) => [id, r] as const)
        })
        const seqById = new Map<string, Set<number>>()
        for (const [id, r] of results) seqById.set(id, (seqById.get(id) ?? new Set()).add(r.seq))
        for (const id of pool) equal(seqById.get(id)?.size, 1, `round ${round}: one seq for ${id}`)
        equal(results.filter(([, r]) => r.appended).length, 5, `round ${round}: each id appended once`)
        ensure(results.every(([, r]) => r.appended || r.sameFingerprint), `round ${round}: no false conflict`)
        const { events } = yield* store.events.read(A, runId)
        equal(events.map((e) => e.seq), [1, 2, 3, 4, 5], `round ${round}: dense`)
        for (const event of events) ensure(seqById.get(event.eventId)!.has(event.seq), `round ${round}: ${event.eventId} stored at the seq callers got`)
      }
    })),

  scenario(suite, "16 fibers append a batch with the same expectedSeq: exactly one batch lands, the rest are SequenceConflict", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < env.settings.rounds; round++) {
        const runId = `batch-${round}`
        yield* store.events.appendOnce(A, runId, ev("first"))
        const results = yield* race(round, 16, (i) => either(store.events.append(A, runId, [ev(`x${i}`), ev(`y${i}`)], { expectedSeq: 1 })))
        equal(results.filter(Either.isRight).length, 1, `round ${round}: one batch`)
        ensure(results.every((r) => Either.isRight(r) || r.left._tag === "SequenceConflict"), `round ${round}: the others are SequenceConflict`)
        yield* checkRetained(store, A, runId, `round ${round}`)
        equal(yield* store.events.lastSeq(A, runId), 3, `round ${round}: lastSeq`)
      }
    })),

  scenario(suite, "64 fibers appendStepIfAbsent of one entry: one true, one entry", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < env.settings.rounds; round++) {
        const runId = `step-${round}`
        yield* store.runs.create({ runId, scope: A, flowId: "f" })
        const results = yield* race(round, 64, () => store.runs.appendStepIfAbsent(A, runId, { stepId: "s", kind: "completed", attempt: 1 }))
        equal(winners(results), 1, `round ${round}: winners`)
        equal((yield* store.runs.listSteps(A, runId)).length, 1, `round ${round}: entries`)
      }
    })),

  scenario(suite, "64 fibers putOutput of one step: one write; the others are AlreadyExists whose fingerprint flag matches the stored value", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < env.settings.rounds; round++) {
        const runId = `out-${round}`
        yield* store.runs.create({ runId, scope: A, flowId: "f" })
        const results = yield* race(round, 64, (i) => either(store.runs.putOutput(A, runId, "s", { v: i % 2 })))
        equal(results.filter(Either.isRight).length, 1, `round ${round}: one write`)
        const stored = Option.getOrThrow(yield* store.runs.getOutput(A, runId, "s"))
        results.forEach((r, i) => {
          if (Either.isLeft(r)) {
            ensure(r.left._tag === "AlreadyExists", `round ${round}: AlreadyExists`)
            equal(r.left._tag === "AlreadyExists" && r.left.sameFingerprint, (stored.value as { v: number }).v === i % 2, `round ${round}: fiber ${i} told retry vs drift right`)
          }
        })
      }
    })),

  scenario(suite, "16 fibers create the same run: one success, the rest AlreadyExists", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < env.settings.rounds; round++) {
        const results = yield* race(round, 16, (i) => either(store.runs.create({ runId: `create-${round}`, scope: A, flowId: `f${i}` })))
        equal(results.filter(Either.isRight).length, 1, `round ${round}: one run`)
        ensure(results.every((r) => Either.isRight(r) || r.left._tag === "AlreadyExists"), `round ${round}: AlreadyExists`)
        const stored = yield* store.runs.get(A, `create-${round}`)
        equal(stored.flowId, `f${results.findIndex(Either.isRight)}`, `round ${round}: the winner's run`)
      }
    })),

  scenario(suite, "16 fibers claim one due timer: exactly one true; a claim racing a cancel: exactly one of them true", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < env.settings.rounds; round++) {
        yield* store.timers.schedule(A, "r1", `t-${round}`, new Date(store.clock.now()))
        const results = yield* race(round, 16, () => store.timers.claim(A, "r1", `t-${round}`))
        equal(winners(results), 1, `round ${round}: claimants that won`)
        equal(Option.map(yield* store.timers.get(A, "r1", `t-${round}`), (t) => t.status), Option.some("Fired"), `round ${round}: fired`)
        yield* store.timers.schedule(A, "r1", `u-${round}`, new Date(store.clock.now()))
        const mixed = yield* race(round, 16, (i) => i % 2 === 0 ? store.timers.claim(A, "r1", `u-${round}`) : store.timers.cancel(A, "r1", `u-${round}`))
        equal(winners(mixed), 1, `round ${round}: one of claim/cancel`)
      }
    })),

  scenario(suite, "16 owners acquire one lease: one wins, the rest LeaseHeld naming it; tokens strictly increase across rounds and takeovers", (store, env) =>
    Effect.gen(function*() {
      let last = 0
      for (let round = 0; round < env.settings.rounds; round++) {
        const results = yield* race(round, 16, (i) => either(store.leases.acquire(A, "contended", `owner-${i}`, "1 second")))
        const won = results.filter(Either.isRight)
        equal(won.length, 1, `round ${round}: one winner`)
        const lease = won[0]!.right
        ensure(lease.token > last, `round ${round}: token ${lease.token} must exceed ${last}`)
        last = lease.token
        for (const r of results) {
          if (Either.isLeft(r)) {
            ensure(r.left._tag === "LeaseHeld" && r.left.owner === lease.owner, `round ${round}: LeaseHeld names the winner`)
          }
        }
        // The same owner racing itself: every acquisition gets its own, strictly newer token.
        const own = yield* race(round, 8, () => store.leases.acquire(A, "contended", lease.owner, "1 second"))
        const tokens = own.map((l) => l.token)
        equal(new Set(tokens).size, 8, `round ${round}: distinct tokens for the same owner`)
        ensure(Math.min(...tokens) > last, `round ${round}: newer than the last`)
        last = Math.max(...tokens)
        equal(Option.map(yield* store.leases.get(A, "contended"), (l) => l.token), Option.some(last), `round ${round}: the stored token is the newest`)
        store.clock.advance(1000)
      }
    })),

  scenario(suite, "16 fibers continueAsNew one run: one successor, every caller told the same one", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < env.settings.rounds; round++) {
        const runId = `crawl-${round}`
        yield* store.runs.create({ runId, scope: A, flowId: "f" })
        yield* store.runs.casStatus(A, runId, "Pending", "Running")
        const results = yield* race(round, 16, () => store.runs.continueAsNew(A, runId, { page: 2 }))
        equal(results.filter((r) => r.created).length, 1, `round ${round}: created once`)
        ensure(results.every((r) => r.successor.runId === `${runId}~2`), `round ${round}: one successor id`)
        equal((yield* store.runs.chain(A, runId)).length, 2, `round ${round}: chain length`)
        equal((yield* store.runs.get(A, runId)).version, 3, `round ${round}: one version step`)
      }
    })),

  scenario(suite, "16 fibers put a spec with the same expectedRevision, and 16 putGlobal one key: exactly one of each wins", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < env.settings.rounds; round++) {
        const specs = yield* race(round, 16, (i) => either(store.specs.put(A, `spec-${round}`, { i }, null)))
        equal(specs.filter(Either.isRight).length, 1, `round ${round}: one spec revision`)
        ensure(specs.every((r) => Either.isRight(r) || r.left._tag === "RevisionConflict"), `round ${round}: RevisionConflict`)
        equal(Option.map(yield* store.specs.get(A, `spec-${round}`), (r) => r.revision), Option.some(1), `round ${round}: revision 1`)
        const globals = yield* race(round, 16, (i) => either(store.globals.putGlobal(A, `g-${round}`, i)))
        equal(globals.filter(Either.isRight).length, 1, `round ${round}: one global`)
      }
    })),

  scenario(suite, "16 fibers put one snapshot: the same content is stored once and every caller gets the stored record", (store, env) =>
    Effect.gen(function*() {
      for (let round = 0; round < env.settings.rounds; round++) {
        const results = yield* race(round, 16, () => store.snapshots.put(A, "r1", { snapshotId: `snap-${round}`, seq: round, status: "Running", checkpoint: { round } }))
        equal(new Set(results.map((s) => JSON.stringify(s))).size, 1, `round ${round}: one record`)
        const different = yield* race(round, 16, (i) => either(store.snapshots.put(A, "r1", { snapshotId: `other-${round}`, seq: i, status: "Running", checkpoint: null })))
        equal(different.filter(Either.isRight).length, 1, `round ${round}: one of different contents`)
      }
    }))
]
