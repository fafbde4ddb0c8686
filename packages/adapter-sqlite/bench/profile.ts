/**
 * One bench scenario in a loop, for profiling: `node --cpu-prof node_modules/.bin/vite-node -c
 * vitest.config.ts packages/adapter-sqlite/bench/profile.ts <scenario> [ops]`.
 * Scenarios: mem-once, mem-batch, mem-cas, sql-once, sql-batch, sql-cas, sql-read, sql-poll, sql-conc.
 */
import { SqliteStore } from "@runledger/adapter-sqlite"
import { MemoryStore } from "@runledger/adapter-memory"
import { EventLog, RunStore } from "@runledger/core"
import { Context, Effect, Layer } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const scenario = process.argv[2] ?? "mem-once"
const ops = Number(process.argv[3] ?? 2000)
const scope = { orgId: "acme", workspaceId: "prod" }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-profile-"))

const program = Effect.gen(function*() {
  const context = scenario.startsWith("mem")
    ? yield* Layer.build(MemoryStore.layer())
    : yield* Layer.build(SqliteStore.layer({ filename: path.join(dir, "p.db"), ...(process.env.PROFILE_SYNC === "NORMAL" ? { synchronous: "NORMAL" as const } : {}) }))
  const events = Context.get(context, EventLog.EventLog)
  const runs = Context.get(context, RunStore.RunStore)
  const kind = scenario.slice(4)
  let count = ops
  if (kind === "cas") for (let i = 0; i < ops; i++) yield* runs.create({ runId: `r${i}`, scope, flowId: "f" })
  if (kind === "read" || kind === "poll") {
    for (let b = 0; b < 20; b++) {
      yield* events.append(scope, "r1", Array.from({ length: 100 }, (_, i) => ({ eventId: `e${b}-${i}`, type: "T", payload: { n: i } })))
    }
  }
  let cursor: string | undefined
  const t = performance.now()
  const cpu = process.cpuUsage()
  if (kind === "conc") {
    const perFiber = Math.ceil(ops / 16)
    count = perFiber * 16
    yield* Effect.forEach(Array.from({ length: 16 }, (_, f) => f), (f) =>
      Effect.gen(function*() {
        for (let i = 0; i < perFiber; i++) yield* events.appendOnce(scope, `r${f}`, { eventId: `e${i}`, type: "T", payload: { i } })
      }), { concurrency: "unbounded", discard: true })
  } else {
    for (let i = 0; i < ops; i++) {
      if (kind === "once") yield* events.appendOnce(scope, "r1", { eventId: `e${i}`, type: "T", payload: { n: i } })
      else if (kind === "batch") {
        yield* events.append(scope, `r2-${Math.floor(i / 400)}`, Array.from({ length: 100 }, (_, j) => ({ eventId: `b${i}-${j}`, type: "T", payload: { n: j } })))
      } else if (kind === "cas") yield* runs.casStatus(scope, `r${i}`, "Pending", "Running")
      else if (kind === "read") yield* events.read(scope, "r1", { afterSeq: (i * 37) % 1900, limit: 100 })
      else if (kind === "poll") {
        const page = yield* events.poll(scope, i % 19 === 0 ? undefined : cursor, 100)
        cursor = page.cursor
      }
    }
  }
  const ms = performance.now() - t
  const used = process.cpuUsage(cpu)
  console.log(`${scenario}: ${((count / ms) * 1000).toFixed(0)} ops/s (${(ms / count * 1000).toFixed(0)} µs/op wall, user ${(used.user / count).toFixed(0)} sys ${(used.system / count).toFixed(0)} µs/op CPU)`)
})

await Effect.runPromise(Effect.scoped(program))
fs.rmSync(dir, { recursive: true, force: true })
