import { assert, beforeAll, afterAll, it } from "@effect/vitest"
import { PgStore } from "@runledger/adapter-postgres"
import { EventLog, RunStore } from "@runledger/core"
import { Effect, Redacted } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { bundle, completion, spawn } from "../../../test-support/child.js"
import { describePg, fileSchema, pgUrl } from "./support/pg.js"
import { check, type Report, type Stored } from "./support/race.js"

// 4 OS processes x 8 fibers race on shared runs of one database for RUNLEDGER_PG_RACE_SECONDS
// (default 10) and at least RUNLEDGER_PG_RACE_ROUNDS CAS rounds (default 1000), then the checker compares what every caller was told with what the store holds.
// The canary runs the same race against a read-then-write CAS, which the checker must catch.
const seconds = Number(process.env.RUNLEDGER_PG_RACE_SECONDS ?? 10)
// The race goes on past `seconds` until this many CAS rounds were won (a slow machine needs longer).
const rounds = Number(process.env.RUNLEDGER_PG_RACE_ROUNDS ?? 1000)
const canarySeconds = Math.min(seconds, 3)
const processes = 4
const fibers = 8
const scope = { orgId: "acme", workspaceId: "race" }
const schema = fileSchema("multiprocess")

// The workers' sessions commit without waiting for the WAL flush (`synchronous_commit=off`, a
// per-session setting): this test is about concurrency, and on a small machine fsync waits, not the
// store, would bound the rounds. Durability through failures is Faults.test.ts's, at the defaults.
const raceUrl = (() => {
  if (pgUrl === "") return pgUrl
  const url = new URL(pgUrl)
  url.searchParams.set("options", `${url.searchParams.get("options") ?? ""} -c synchronous_commit=off`.trim())
  return url.toString()
})()

let worker: Awaited<ReturnType<typeof bundle>>
let dir: string

/** Run the race with every worker on store `prefix`; the workers' reports and the stored outcome. */
const race = async (prefix: string, millis: number, cas: "store" | "broken", rounds: number) => {
  const out = path.join(dir, prefix)
  // Every worker opens (and migrates) the new store at once, then they race from `startAt`.
  const startAt = Date.now() + 3000
  const children = Array.from({ length: processes }, (_, i) =>
    spawn(worker.file, [
      "race", raceUrl, schema, prefix, `p${i}`, String(startAt), String(millis), String(fibers), out, i === 0 ? "1" : "0", cas, String(rounds)
    ]))
  const outcomes = await Promise.all(children.map(completion))
  for (const outcome of outcomes) {
    assert.strictEqual(outcome.code, 0, `worker failed: ${outcome.stderr}${outcome.stdout.slice(-2000)}`)
  }
  const reports = Array.from({ length: processes }, (_, i) => JSON.parse(fs.readFileSync(`${out}.p${i}.json`, "utf8")) as Report)
  const stored = await Effect.runPromise(
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const events = yield* EventLog.EventLog
      const runVersions = new Map<string, { version: number }>()
      for (const run of new Set(reports.flatMap((r) => r.casLog.map((c) => c.run)))) {
        runVersions.set(run, { version: (yield* runs.get(scope, run)).version })
      }
      const streams = new Map<string, Array<{ seq: number; id: string; payload: unknown }>>()
      const ids = new Set(reports.flatMap((r) => [...r.appendLog.map((a) => a.run), ...r.leaseLog.map((l) => l.run)]))
      for (const run of ids) {
        const all: Array<{ seq: number; id: string; payload: unknown }> = []
        for (let after = 0;;) {
          const page = yield* events.read(scope, run, { afterSeq: after, limit: 1000 })
          all.push(...page.events.map((e) => ({ seq: e.seq, id: e.eventId, payload: e.payload })))
          if (page.events.length < 1000) break
          after = page.events[page.events.length - 1]!.seq
        }
        streams.set(run, all)
      }
      return { runs: runVersions, events: streams } satisfies Stored
    }).pipe(Effect.provide(PgStore.layer({ url: Redacted.make(pgUrl), schema, tablePrefix: prefix })))
  )
  const timing: Record<string, string> = {}
  for (const r of reports) {
    for (const [op, t] of Object.entries(r.timing ?? {})) timing[`${r.name}.${op}`] = `${t.n} x ${(t.ms / Math.max(1, t.n)).toFixed(1)}ms`
  }
  console.log(`timing (${cas}): ${JSON.stringify(timing)}`)
  return check(reports, stored)
}

describePg("four processes on one database", () => {
  beforeAll(async () => {
    worker = await bundle(path.join(import.meta.dirname, "support", "worker.ts"), ["pg", "pg-native", "pg-cursor"])
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-pg-race-"))
    process.env.RUNLEDGER_RACE_WORKERS = String(processes)
  })
  afterAll(() => {
    worker?.dispose()
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true })
  })

  it(`race for ${seconds}s: one CAS winner per round, appendOnce once per id at one seq, the feed sees every event once, stale lease holders are fenced`, async () => {
    const { figures, violations } = await race("race", seconds * 1000, "store", rounds)
    console.log(`postgres race (${processes} processes x ${fibers} fibers, ${seconds}s): ${JSON.stringify(figures)}`)
    assert.deepStrictEqual(violations, [])
    assert.isAtLeast(figures.casRounds, rounds, "CAS rounds")
    assert.isAbove(figures.contendedRounds, figures.casRounds / 2, "most CAS rounds were contended")
    assert.isAbove(figures.appendCalls, figures.appendedEvents, "appendOnce ids collided")
    assert.isAbove(figures.fenced, 0, "stale lease holders came back and were fenced")
    assert.isAbove(figures.feedEvents, 0, "the reader saw the feed")
  }, 240_000 + seconds * 1000)

  it("canary: the same race against a read-then-write CAS is caught", async () => {
    const { figures, violations } = await race("canary", canarySeconds * 1000, "broken", 0)
    console.log(`postgres canary (${canarySeconds}s): ${violations.length} violations, e.g. ${violations.slice(0, 2).join(" | ")}; ${JSON.stringify(figures)}`)
    assert.isTrue(violations.some((v) => v.startsWith("CAS ")), `the checker found no CAS violation in: ${violations.join("\n")}`)
  }, 120_000 + canarySeconds * 1000)
})
