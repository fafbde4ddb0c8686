/**
 * The orchestrator example (`npm start -w @runledger/example-orchestrator`): an orchestrator built
 * directly on the store's services, for people writing their own. A driver process runs the
 * research-agent flow in a worker process on an embedded SQLite file (`./runledger-orchestrator.db`, fresh each time), lets the worker kill itself
 * with SIGKILL midway, starts a second worker that resumes the run without repeating a completed
 * step, and finally prints the run with the `runledger` CLI.
 */
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as Flow from "./Flow.js"

const filename = process.env.DEMO_DB ?? "./runledger-orchestrator.db"
const here = path.dirname(fileURLToPath(import.meta.url))
const workerScript = path.join(here, "worker.js")
const cliBin = path.join(path.dirname(fileURLToPath(import.meta.resolve("@runledger/cli"))), "..", "bin", "runledger.mjs")
const crashStep = "draft"

const say = (line: string) => console.log(`[driver] ${line}`)

const runChild = (script: string, args: ReadonlyArray<string>, env: Record<string, string>) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: "inherit", env: { ...process.env, DEMO_DB: filename, ...env } })
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve({ code, signal }))
  })

const main = async () => {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(filename + suffix, { force: true })
  say(`runledger demo: flow "${Flow.flowId}", run "${Flow.runId}", steps ${Flow.stepIds.join(" -> ")}`)
  say(`store: SQLite file ${filename} (fresh)`)
  say("")
  say(`starting worker 1 — it will crash right after the output of step "${crashStep}" is durable`)
  const first = await runChild(workerScript, [], { DEMO_CRASH_AFTER: crashStep })
  if (first.signal !== "SIGKILL") throw new Error(`worker 1 was expected to die by SIGKILL, it exited with ${first.code ?? first.signal}`)
  say("worker 1 died: killed by SIGKILL")
  say("")
  say("starting worker 2 — it resumes the run from the store")
  const second = await runChild(workerScript, [], {})
  if (second.code !== 0) throw new Error(`worker 2 failed with exit code ${second.code ?? second.signal}`)
  say("worker 2 finished the run")
  say("")
  const cliArgs = ["--db", filename, "--tenant", `${Flow.scope.orgId}/${Flow.scope.workspaceId}`]
  say(`$ runledger runs show ${Flow.runId} ${cliArgs.join(" ")}`)
  const show = await runChild(cliBin, ["runs", "show", Flow.runId, ...cliArgs], {})
  if (show.code !== 0) throw new Error(`runledger runs show failed with exit code ${show.code ?? show.signal}`)
  say("")
  say(`$ runledger events read ${Flow.runId} ${cliArgs.join(" ")}`)
  const events = await runChild(cliBin, ["events", "read", Flow.runId, ...cliArgs], {})
  if (events.code !== 0) throw new Error(`runledger events read failed with exit code ${events.code ?? events.signal}`)
  say("")
  say(`$ runledger verify --db ${filename}`)
  const verify = await runChild(cliBin, ["verify", "--db", filename], {})
  if (verify.code !== 0) throw new Error(`runledger verify failed with exit code ${verify.code ?? verify.signal}`)
  say("")
  say(`done: each step ran once; "${crashStep}" was completed from its durable output after the crash. Inspect the file with:`)
  say(`  node ${path.relative(process.cwd(), cliBin)} runs list --db ${filename}`)
}

main().catch((error: unknown) => {
  console.error(`[driver] demo failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
