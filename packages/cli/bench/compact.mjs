// Peak memory of `runledger compact` over a large store.
//
//   npm run bench:compact -w @runledger/cli            (1,000,000 events)
//   BENCH_EVENTS=200000 npm run bench:compact -w @runledger/cli
//
// Builds a SQLite store with BENCH_EVENTS events (default 1,000,000) spread over BENCH_RUNS runs
// (default 1,000) in 10 tenants, all 10 days old, through the store API (EventLog.append, 1,000
// events per batch) — then runs the BUILT binary `runledger compact --retention 1d --progress
// always` as a child process and samples its resident set size (/proc/<pid>/status VmHWM, the
// kernel's own peak) until it exits. Prints the figures and fails if the peak is 300 MB or more, or
// if the store does not verify afterwards.
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog } from "@runledger/core"
import { Effect } from "effect"
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const events = Number(process.env.BENCH_EVENTS ?? 1_000_000)
const runs = Number(process.env.BENCH_RUNS ?? 1_000)
const limitMb = Number(process.env.BENCH_RSS_LIMIT_MB ?? 300)
const keep = process.env.BENCH_KEEP === "1"
const bin = path.resolve(import.meta.dirname, "..", "bin", "runledger.mjs")
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-bench-compact-"))
const filename = path.join(dir, "store.db")
const perRun = Math.ceil(events / runs)
const old = Date.now() - 10 * 86_400_000

const log = (line) => console.log(`[bench] ${line}`)

log(`building ${events.toLocaleString("en")} events in ${runs} runs (${perRun} each) in ${filename}`)
const started = Date.now()
await Effect.runPromise(
  Effect.gen(function*() {
    const log_ = yield* EventLog.EventLog
    let written = 0
    for (let r = 0; r < runs && written < events; r++) {
      const scope = { orgId: "bench", workspaceId: `ws-${r % 10}` }
      const runId = `run-${String(r).padStart(5, "0")}`
      for (let i = 0; i < perRun && written < events; i += 1000) {
        const n = Math.min(1000, perRun - i, events - written)
        const batch = Array.from({ length: n }, (_, k) => ({
          eventId: `e-${i + k + 1}`,
          type: "Tick",
          payload: { i: i + k + 1, note: "a compaction benchmark event" },
          occurredAt: new Date(old + (i + k) * 10)
        }))
        yield* log_.append(scope, runId, batch)
        written += n
      }
      if ((r + 1) % 100 === 0) log(`  ${written.toLocaleString("en")} events written (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    }
  }).pipe(Effect.provide(SqliteStore.layer({ filename, synchronous: "NORMAL" })))
)
const size = fs.statSync(filename).size + (fs.existsSync(filename + "-wal") ? fs.statSync(filename + "-wal").size : 0)
log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s, ${(size / 1e6).toFixed(0)} MB on disk`)

if (process.env.BENCH_BUILD_ONLY === "1") {
  log(`built only (BENCH_BUILD_ONLY=1): ${filename}`)
  process.exit(0)
}

const readKb = (pid, field) => {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)
    return match === null ? 0 : Number(match[1])
  } catch {
    return 0
  }
}

log(`$ runledger compact --retention 1d --progress always --db ${filename}`)
const t0 = Date.now()
const child = spawn(process.execPath, [bin, "compact", "--retention", "1d", "--progress", "always", "--json", "--db", filename], {
  stdio: ["ignore", "pipe", "inherit"]
})
let stdout = ""
child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d))
let peakKb = 0
const sampler = setInterval(() => {
  peakKb = Math.max(peakKb, readKb(child.pid, "VmHWM"), readKb(child.pid, "VmRSS"))
}, 25)
const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c)))
clearInterval(sampler)
const seconds = (Date.now() - t0) / 1000
if (code !== 0) {
  log(`compact failed with exit code ${code}`)
  process.exit(1)
}
const result = JSON.parse(stdout)
const peakMb = peakKb / 1024
log(`pruned ${result.pruned.toLocaleString("en")} events in ${result.streams} runs in ${seconds.toFixed(1)} s`)
log(`peak RSS ${peakMb.toFixed(0)} MB (limit ${limitMb} MB)`)

const verify = await new Promise((resolve) => {
  const v = spawn(process.execPath, [bin, "verify", "--db", filename], { stdio: ["ignore", "pipe", "inherit"] })
  let out = ""
  v.stdout.setEncoding("utf8").on("data", (d) => (out += d))
  v.on("exit", (c) => resolve({ code: c, out }))
})
log(`verify: exit ${verify.code}: ${verify.out.trim()}`)
console.log(JSON.stringify({ events, runs, pruned: result.pruned, seconds, peakRssMb: Math.round(peakMb), verify: verify.code }))
if (!keep) fs.rmSync(dir, { recursive: true, force: true })
if (result.pruned !== events) {
  log(`expected to prune ${events} events`)
  process.exit(1)
}
if (peakMb >= limitMb || verify.code !== 0) process.exit(1)
