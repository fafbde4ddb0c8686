/**
 * Interleavings chosen by fast-check (contract §9), for backends that run in this process
 * (`capabilities.inProcess`): several clients run multi-call protocols — read then CAS, acquire then
 * write — and `fc.scheduler` decides the order in which their calls happen, exploring orders a
 * fiber race rarely produces. Whatever the order, the store's promises hold: no lost update, one
 * seq per event id, no write with a superseded lease token after the takeover, one fired claim.
 */
import { Effect, Exit, Option } from "effect"
import * as fc from "fast-check"
import { ensure, equal, fail, show } from "../internal/check.js"
import { A, ev } from "../internal/fixtures.js"
import type { Capabilities, Env, OpenStore, Scenario } from "../internal/harness.js"
import { open } from "../internal/harness.js"

const inProcess = (c: Capabilities) => c.inProcess === true

/** A step of a client: wait for the scheduler's go, then run the call against the store. */
const stepper = (s: fc.Scheduler, real: OpenStore) => async <A, E>(label: string, effect: Effect.Effect<A, E>): Promise<Exit.Exit<A, E>> => {
  await s.schedule(Promise.resolve(label), label)
  return real.exec(effect)
}

const value = <A, E>(exit: Exit.Exit<A, E>, label: string): A =>
  Exit.isSuccess(exit) ? exit.value : fail(`${label}: ${show(exit.cause)}`)

/** One property over scheduler interleavings of `clients` clients against a fresh store. */
const interleaved = (
  env: Env,
  clients: fc.Arbitrary<number>,
  body: (s: fc.Scheduler, real: OpenStore, clients: number) => Promise<void>
): Effect.Effect<void, unknown> =>
  Effect.tryPromise({
    try: () =>
      fc.assert(
        fc.asyncProperty(fc.scheduler(), clients, async (s, n) => {
          // An in-memory store never leaves the microtask queue: let timers (vitest's heartbeat) run.
          await new Promise((resolve) => setImmediate(resolve))
          const real = await open(env.initializer.layer)
          try {
            await body(s, real, n)
          } finally {
            await real.close()
          }
        }),
        {
          numRuns: env.settings.numRuns,
          ...(env.settings.seed === undefined ? {} : { seed: env.settings.seed }),
          ...(env.settings.path === undefined ? {} : { path: env.settings.path }),
          endOnFailure: !env.settings.shrink
        }
      ),
    catch: (error) => error
  })

const scenario = (name: string, run: (env: Env) => Effect.Effect<void, unknown>): Scenario => ({
  suite: "Interleavings",
  name,
  applies: inProcess,
  run
})

/** The scheduler scenarios. */
export const interleavingScenarios: ReadonlyArray<Scenario> = [
  scenario("clients that read the run, then casState at the version read, never lose an update, in any interleaving", (env) =>
    interleaved(env, fc.integer({ min: 2, max: 4 }), async (s, real, n) => {
      value(await real.exec(real.runs.create({ runId: "counter", scope: A, flowId: "f", state: 0 })), "create")
      const step = stepper(s, real)
      const client = async (i: number) => {
        for (let attempt = 0; attempt < 20; attempt++) {
          const run = value(await step(`read ${i}`, real.runs.get(A, "counter")), "get")
          const done = value(await step(`cas ${i}`, real.runs.casState(A, "counter", run.version, { state: (run.state as number) + 1 })), "casState")
          if (done) return
        }
        fail(`client ${i} never got its update in`)
      }
      await s.waitFor(Promise.all(Array.from({ length: n }, (_, i) => client(i))))
      const run = value(await real.exec(real.runs.get(A, "counter")), "get")
      equal([run.state, run.version], [n, 1 + n], `every increment landed (${s.report().length} scheduled steps)`)
    })),

  scenario("clients appending colliding event ids agree on one seq per id, and the log is dense, in any interleaving", (env) =>
    interleaved(env, fc.integer({ min: 2, max: 5 }), async (s, real, n) => {
      const step = stepper(s, real)
      const seen = new Map<string, Set<number>>()
      const client = async (i: number) => {
        for (const id of [`x${i % 2}`, "shared", `y${i % 3}`]) {
          const result = value(await step(`append ${i} ${id}`, real.events.appendOnce(A, "log", ev(id))), "appendOnce")
          ensure(result.appended || result.sameFingerprint, `${id}: a retry of the same content must not be a conflict`)
          seen.set(id, (seen.get(id) ?? new Set()).add(result.seq))
        }
      }
      await s.waitFor(Promise.all(Array.from({ length: n }, (_, i) => client(i))))
      for (const [id, seqs] of seen) equal(seqs.size, 1, `one seq for ${id}`)
      const { events } = value(await real.exec(real.events.read(A, "log")), "read")
      equal(events.map((e) => e.seq), events.map((_, i) => i + 1), "dense")
      equal(events.length, seen.size, "each id once")
      for (const e of events) ensure(seen.get(e.eventId)!.has(e.seq), `${e.eventId} is stored at the seq its writers were told`)
    })),

  scenario("a worker whose lease was taken over never writes with its old token after the takeover, in any interleaving", (env) =>
    interleaved(env, fc.constant(2), async (s, real) => {
      value(await real.exec(real.runs.create({ runId: "job", scope: A, flowId: "f", state: 0 })), "create")
      const first = value(await real.exec(real.leases.acquire(A, "job", "old", "1 second")), "acquire")
      real.clock.advance(1000)
      const step = stepper(s, real)
      const log: Array<string> = []
      const stale = async () => {
        for (let i = 0; i < 4; i++) {
          const run = value(await step(`old read ${i}`, real.runs.get(A, "job")), "get")
          const exit = await step(`old write ${i}`, real.runs.casState(A, "job", run.version, { state: { by: "old", i } }, { fencingToken: first.token }))
          if (Exit.isSuccess(exit)) log.push(exit.value ? "old wrote" : "old lost the CAS")
          else log.push("old fenced")
        }
      }
      const takeover = async () => {
        const lease = value(await step("new acquire", real.leases.acquire(A, "job", "new", "1 minute")), "acquire")
        log.push("takeover")
        const run = value(await step("new read", real.runs.get(A, "job")), "get")
        const exit = await step("new write", real.runs.casState(A, "job", run.version, { state: { by: "new" } }, { fencingToken: lease.token }))
        log.push(Exit.isSuccess(exit) ? (exit.value ? "new wrote" : "new lost the CAS") : "new fenced")
      }
      await s.waitFor(Promise.all([stale(), takeover()]))
      const after = log.indexOf("takeover")
      ensure(after >= 0, "the takeover happened")
      ensure(!log.slice(after).includes("old wrote"), `the old token wrote after the takeover: ${log.join(" → ")}`)
      ensure(!log.includes("new fenced"), `the new token was fenced: ${log.join(" → ")}`)
    })),

  scenario("claims and a cancel of one due timer: at most one claim fires, none after a cancel, in any interleaving", (env) =>
    interleaved(env, fc.integer({ min: 2, max: 4 }), async (s, real, n) => {
      value(await real.exec(real.timers.schedule(A, "r", "t", new Date(real.clock.now()))), "schedule")
      const step = stepper(s, real)
      const claims = Array.from({ length: n }, (_, i) => step(`claim ${i}`, real.timers.claim(A, "r", "t")))
      const cancel = step("cancel", real.timers.cancel(A, "r", "t"))
      const results = await s.waitFor(Promise.all([...claims, cancel]))
      const won = results.slice(0, n).filter((r) => value(r, "claim")).length
      const canceled = value(results[n]!, "cancel")
      equal(won + (canceled ? 1 : 0), 1, "exactly one of the claims and the cancel takes effect")
      const timer = value(await real.exec(real.timers.get(A, "r", "t")), "get")
      equal(Option.map(timer, (t) => t.status), Option.some(canceled ? "Canceled" : "Fired"), "the stored status agrees")
    }))
]
