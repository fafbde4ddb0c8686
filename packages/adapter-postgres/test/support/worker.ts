/**
 * The worker process of the multi-process race (bundled and started by `child.ts`).
 *
 *   race <url> <schema> <prefix> <name> <startAt> <millis> <fibers> <out> <reader> <cas> <rounds>
 *
 * Opens (and migrates: every worker opens the new store at once) the store `<prefix>` in `<schema>`,
 * waits for `startAt`, then runs `fibers` fibers for `millis` — and on until the shared CAS runs
 * moved `rounds` times in all (at most 2 minutes) — on runs shared with every other worker, recording every call and its outcome (fibers 0-4 of each worker run CAS rounds, 5-6
 * appendOnce, 7 the lease holder):
 *
 * - CAS rounds: read a shared run's version v, `casState(v)` — every caller of one (run, v) is a
 *   contender of that round; the state written names the winner.
 * - appendOnce with colliding ids: ids are derived from the current 200 ms time slot, so every
 *   fiber of every process appending in that slot appends the same ids.
 * - leases: acquire a shared run's lease for 40 ms, append under the token, stall up to 60 ms, append
 *   again under the same token — by then another worker often holds a newer token: that append
 *   must be `Fenced` and write nothing.
 * - with `<reader>` = 1, one more fiber polls the scope's change feed throughout and after the end
 *   (until every worker is done and the feed is drained), recording every event it sees.
 *
 * `<cas>` = `broken` swaps the store's CAS for a read-then-write one (read the version, then an
 * unconditional UPDATE): the canary the race checker must catch.
 *
 * Everything recorded goes to `<out>.<name>.json`; `<out>.<name>.done` marks the end of its writes.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { PgStore } from "@runledger/adapter-postgres"
import { EventLog, LeaseStore, RunStore } from "@runledger/core"
import { Duration, Effect, Either, Redacted } from "effect"
import * as fs from "node:fs"

const [mode = "", url = "", schema = "", prefix = "", name = "", startAtArg = "0", millisArg = "0", fibersArg = "0", out = "", readerArg = "0", cas = "store", roundsArg = "0"] =
  process.argv.slice(2)
const rounds = Number(roundsArg)
const startAt = Number(startAtArg)
const millis = Number(millisArg)
const fibers = Number(fibersArg)
const isReader = readerArg === "1"
const scope = { orgId: "acme", workspaceId: "race" }

/** Shared runs: the CAS runs, the event streams, the leased runs. */
const casRuns = 12
const streams = 4
const leaseRuns = 3

const tagOf = (e: unknown) => (typeof e === "object" && e !== null && "_tag" in e ? String((e as { _tag: unknown })._tag) : String(e))

interface Outcome {
  readonly ok?: unknown
  readonly err?: string
  readonly message?: string
}
const outcome = <A>(r: Either.Either<A, unknown>): Outcome =>
  Either.isRight(r)
    ? { ok: r.right }
    : { err: tagOf(r.left), message: String((r.left as { message?: unknown })?.message ?? r.left).slice(0, 300) }

const race = Effect.gen(function*() {
  const runs = yield* RunStore.RunStore
  const events = yield* EventLog.EventLog
  const leases = yield* LeaseStore.LeaseStore
  const sql = (yield* SqlClient.SqlClient).withoutTransforms()

  const casLog: Array<{ f: number; run: string; v: number } & Outcome> = []
  const appendLog: Array<{ f: number; run: string; id: string; seq?: number; appended?: boolean } & Outcome> = []
  const leaseLog: Array<{ f: number; run: string; token: number; id: string; phase: string } & Outcome> = []
  const feedLog: Array<{ run: string; seq: number; id: string }> = []
  const errors: Array<{ op: string } & Outcome> = []

  // Every worker creates the shared runs; all but one get AlreadyExists.
  for (let i = 0; i < casRuns; i++) {
    const created = yield* Effect.either(runs.create({ runId: `cas-${i}`, scope, flowId: "race" }))
    if (Either.isLeft(created) && tagOf(created.left) !== "AlreadyExists") errors.push({ op: "create", ...outcome(created) })
  }

  /** The CAS under test: the store's, or the canary's read-then-write. */
  const casState = (runId: string, expected: number, state: unknown): Effect.Effect<boolean, unknown> =>
    cas === "broken"
      ? Effect.gen(function*() {
        const run = yield* runs.get(scope, runId)
        if (run.version !== expected) return false
        // The window a real CAS closes: another caller reads the same version meanwhile.
        yield* Effect.sleep(Duration.millis(1))
        yield* sql`UPDATE ${sql(`${prefix}_runs`)} SET version = ${expected + 1}, state = ${JSON.stringify(state)}
          WHERE org_id = ${scope.orgId} AND workspace_id = ${scope.workspaceId} AND deployment_id = '' AND run_id = ${runId}`
        return true
      })
      : runs.casState(scope, runId, expected, { state: state as never })

  yield* Effect.sleep(Duration.millis(Math.max(0, startAt - Date.now())))
  // The race lasts `millis` at least, and on until the CAS runs have moved `rounds` times in all
  // (every version step is one won round), but never past the cap: a slow machine gets its rounds.
  const until = startAt + millis
  const cap = startAt + Math.max(millis, 120_000)
  let stop = false
  const watch = Effect.gen(function*() {
    while (!stop) {
      yield* Effect.sleep(Duration.millis(250))
      let won = 0
      for (let i = 0; i < casRuns; i++) {
        const run = yield* Effect.either(runs.get(scope, `cas-${i}`))
        if (Either.isRight(run)) won += run.right.version - 1
      }
      const now = Date.now()
      if ((now >= until && won >= rounds) || now >= cap) stop = true
    }
  })
  yield* Effect.fork(watch)

  // Time spent per kind of call, reported with the results (how fast the race ran, and where).
  const timing: Record<string, { n: number; ms: number }> = {}
  const timed = <A, E>(op: string, effect: Effect.Effect<A, E>) =>
    Effect.suspend(() => {
      const t0 = performance.now()
      return Effect.ensuring(effect, Effect.sync(() => {
        const entry = (timing[op] ??= { n: 0, ms: 0 })
        entry.n++
        entry.ms += performance.now() - t0
      }))
    })

  const worker = (f: number) =>
    Effect.gen(function*() {
      for (let i = 0; !stop; i++) {
        // Fibers 0-4 of every worker run CAS rounds, 5-6 appendOnce, 7 the lease holder.
        const kind = f < 5 ? "cas" : f < 7 ? "append" : "lease"
        if (kind === "cas") {
          // A CAS round on a shared run.
          const run = `cas-${(i * 7 + f) % casRuns}`
          const current = yield* Effect.either(timed("get", runs.get(scope, run)))
          if (Either.isLeft(current)) {
            errors.push({ op: "get", ...outcome(current) })
            continue
          }
          const v = current.right.version
          const r = yield* Effect.either(timed("casState", casState(run, v, { by: `${name}/${f}`, v })))
          casLog.push({ f, run, v, ...outcome(r) })
        } else if (kind === "append") {
          // appendOnce with ids every fiber of every worker uses in this time slot.
          const run = `ev-${(i + f) % streams}`
          const id = `e-${Math.floor(Date.now() / 200)}-${i % 3}`
          const r = yield* Effect.either(
            timed("appendOnce", events.appendOnce(scope, run, { eventId: id, type: "Raced", payload: { by: `${name}/${f}` } }))
          )
          appendLog.push({
            f,
            run,
            id,
            ...(Either.isRight(r) ? { seq: r.right.seq, appended: r.right.appended } : {}),
            ...outcome(Either.map(r, () => true))
          })
        } else {
          // A lease holder that may stall past its expiry and come back with a stale token.
          const run = `lease-${(i + f) % leaseRuns}`
          const lease = yield* Effect.either(timed("acquire", leases.acquire(scope, run, `${name}-${f}`, Duration.millis(40))))
          if (Either.isLeft(lease)) {
            if (tagOf(lease.left) !== "LeaseHeld") errors.push({ op: "acquire", ...outcome(lease) })
            continue
          }
          const token = lease.right.token
          for (const phase of ["fresh", "after-stall"]) {
            const id = `l-${name}-${f}-${i}-${phase}`
            const r = yield* Effect.either(
              events.appendOnce(scope, run, { eventId: id, type: "Leased", payload: { token } }, { fencingToken: token })
            )
            leaseLog.push({ f, run, token, id, phase, ...outcome(Either.map(r, (x) => x.seq)) })
            if (phase === "fresh") yield* Effect.sleep(Duration.millis(Math.floor(Math.random() * 60)))
          }
        }
      }
    })

  const reader = Effect.gen(function*() {
    let cursor: string | undefined
    let drained = 0
    for (;;) {
      const page = yield* Effect.either(timed("poll", events.poll(scope, cursor, 200)))
      if (Either.isLeft(page)) {
        errors.push({ op: "poll", ...outcome(page) })
        yield* Effect.sleep(Duration.millis(5))
        continue
      }
      for (const e of page.right.events) feedLog.push({ run: e.runId, seq: e.seq, id: e.eventId })
      cursor = page.right.cursor
      if (page.right.events.length > 0) {
        drained = 0
        continue
      }
      // After every worker is done: stop once the feed stayed empty for a while.
      const others = fs.readdirSync(outDir).filter((f) => f.startsWith(outBase) && f.endsWith(".done")).length
      if (stop && others >= Number(process.env.RUNLEDGER_RACE_WORKERS ?? "1")) {
        if (++drained >= 10) return
      }
      yield* Effect.sleep(Duration.millis(20))
    }
  })

  const outDir = out.slice(0, out.lastIndexOf("/"))
  const outBase = out.slice(out.lastIndexOf("/") + 1)
  const readerFiber = isReader ? yield* Effect.fork(reader) : undefined
  yield* Effect.forEach(Array.from({ length: fibers }, (_, f) => f), worker, { concurrency: "unbounded", discard: true })
  fs.writeFileSync(`${out}.${name}.done`, "")
  if (readerFiber !== undefined) yield* readerFiber.await
  fs.writeFileSync(`${out}.${name}.json`, JSON.stringify({ name, casLog, appendLog, leaseLog, feedLog, errors, timing }))
  fs.writeSync(1, JSON.stringify({ done: true }) + "\n")
})

const main = mode === "race"
  ? Effect.provide(race, PgStore.layerWithClient({ url: Redacted.make(url), schema, tablePrefix: prefix, maxConnections: 10 }))
  : Effect.die(`unknown mode ${mode}`)

Effect.runPromise(main as Effect.Effect<void, unknown>).then(
  () => process.exit(0),
  (error) => {
    fs.writeSync(1, JSON.stringify({ fatal: String(error?.message ?? error) }) + "\n")
    process.exit(2)
  }
)
