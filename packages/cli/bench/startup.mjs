// Start-up cost of the BUILT `runledger` binary against `node -e 1`:
//
//   npm run bench:startup -w @runledger/cli          (20 runs of each, BENCH_RUNS to change)
//
// Each case runs BENCH_RUNS times one after the other, as a child process; the figures are the
// median and the lowest of its wall-clock time and — where GNU time is installed (/usr/bin/time) —
// of its CPU time (user + system). `runs list` reads a small SQLite file (5 runs, made first with
// `runledger import`). BENCH_NO_CACHE=1 measures without the V8 code cache beside the bundle
// (RUNLEDGER_CODE_CACHE=off). A loaded machine stretches the wall clock far more
// than the CPU time: compare CPU figures, and the cases with each other.
import { execFileSync, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const runs = Number(process.env.BENCH_RUNS ?? 20)
const bin = path.resolve(import.meta.dirname, "..", "bin", "runledger.mjs")
const gnuTime = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-bench-startup-"))
const db = path.join(dir, "small.db")

const scope = { org_id: "acme", workspace_id: "prod", deployment_id: null }
const records = [
  { format: "runledger-export", formatVersion: 1, schemaVersion: 1, entities: [] },
  ...Array.from({ length: 5 }, (_, i) => ({
    entity: "run", ...scope, run_id: `order-${i + 1}`, flow_id: "checkout", status: "Pending", version: 1, input: { i },
    state: null, created_at: 1_700_000_000_000 + i, updated_at: 1_700_000_000_000 + i, completed_at: null,
    chain_id: `order-${i + 1}`, parent_run_id: null, spec_id: null, spec_revision: null
  }))
]
fs.writeFileSync(path.join(dir, "small.jsonl"), records.map((r) => JSON.stringify(r)).join("\n") + "\n")
execFileSync(process.execPath, [bin, "import", path.join(dir, "small.jsonl"), "--db", db], { stdio: "ignore" })

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const measure = (args) => {
  const wall = []
  const cpu = []
  for (let i = 0; i < runs; i++) {
    const command = gnuTime === undefined ? process.execPath : gnuTime
    const argv = gnuTime === undefined ? args : ["-f", "%U %S", process.execPath, ...args]
    const start = performance.now()
    const env = process.env.BENCH_NO_CACHE === "1" ? { ...process.env, RUNLEDGER_CODE_CACHE: "off" } : process.env
    const result = spawnSync(command, argv, { encoding: "utf8", env })
    wall.push(performance.now() - start)
    if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`)
    if (gnuTime !== undefined) {
      const [user, system] = result.stderr.trim().split("\n").pop().split(" ").map(Number)
      cpu.push((user + system) * 1000)
    }
  }
  return { wall, cpu }
}

try {
  const cases = [
    ["node -e 1", ["-e", "1"]],
    ["runledger --version", [bin, "--version"]],
    ["runledger runs list (5 runs)", [bin, "runs", "list", "--db", db]]
  ]
  console.log(`[bench] ${runs} runs each, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}${process.env.BENCH_NO_CACHE === "1" ? ", without the code cache" : ""}`)
  console.log("| command | wall median | wall min | CPU median | CPU min |")
  console.log("|---|---:|---:|---:|---:|")
  for (const [name, args] of cases) {
    const { cpu, wall } = measure(args)
    const ms = (x) => (x === undefined ? "–" : `${Math.round(x)} ms`)
    console.log(`| \`${name}\` | ${ms(median(wall))} | ${ms(Math.min(...wall))} | ${ms(cpu.length ? median(cpu) : undefined)} | ${ms(cpu.length ? Math.min(...cpu) : undefined)} |`)
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
