/**
 * `npm start`: the runledger demo. The research agent (`Research.ts`) is an `@effect/workflow`
 * Workflow run by runledger's engine on an embedded SQLite file (`./runledger-demo.db`, fresh each
 * time). A driver process starts a worker that is killed with SIGKILL mid-flow, starts a second
 * worker whose engine resumes the execution from what the first recorded, and prints the execution
 * with the `runledger` CLI: it is an ordinary run.
 */
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const filename = process.env.DEMO_DB ?? "./runledger-demo.db"
const here = path.dirname(fileURLToPath(import.meta.url))
const workerScript = path.join(here, "worker.js")
const cliBin = path.join(path.dirname(fileURLToPath(import.meta.resolve("@runledger/cli"))), "..", "bin", "runledger.mjs")
const killIn = "review"
const tenant = "runledger/workflows"

const say = (line: string) => console.log(`[driver] ${line}`)

const runChild = (script: string, args: ReadonlyArray<string>, env: Record<string, string>) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: "inherit", env: { ...process.env, DEMO_DB: filename, ...env } })
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve({ code, signal }))
  })

const cli = async (args: ReadonlyArray<string>) => {
  say(`$ runledger ${args.join(" ")}`)
  const result = await runChild(cliBin, args, {})
  if (result.code !== 0) throw new Error(`runledger ${args[0]} failed with exit code ${result.code ?? result.signal}`)
  say("")
}

const main = async () => {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(filename + suffix, { force: true })
  say("runledger demo: a research agent written with @effect/workflow, run by runledger's engine")
  say(`store: SQLite file ${filename} (fresh); activities plan -> search -> draft -> (durable clock) -> review -> publish`)
  say("")
  say(`starting worker 1 — it will be killed with SIGKILL in the middle of the "${killIn}" activity`)
  const first = await runChild(workerScript, [], { DEMO_KILL_IN: killIn })
  if (first.signal !== "SIGKILL") throw new Error(`worker 1 was expected to die by SIGKILL, it exited with ${first.code ?? first.signal}`)
  say("worker 1 died: killed by SIGKILL; its lease on the execution expires in 2 seconds")
  say("")
  say("starting worker 2 — its engine resumes the execution once worker 1's lease has expired")
  const second = await runChild(workerScript, [], {})
  if (second.code !== 0) throw new Error(`worker 2 failed with exit code ${second.code ?? second.signal}`)
  say("")
  const id = await executionId()
  await cli(["runs", "show", id, "--db", filename, "--tenant", tenant])
  await cli(["events", "read", id, "--db", filename, "--tenant", tenant])
  await cli(["verify", "--db", filename])
  say("done: every activity recorded before the crash ran once; review ran again (it was not recorded), then publish.")
  say(`inspect the file with: node ${path.relative(process.cwd(), cliBin)} runs list --db ${filename}`)
}

/** The execution's id, as the CLI lists it (the engine derives it from the question). */
const executionId = () =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [cliBin, "runs", "list", "--db", filename, "--tenant", tenant, "--json"], {
      stdio: ["ignore", "pipe", "inherit"]
    })
    let out = ""
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d))
    child.on("error", reject)
    child.on("close", () => {
      try {
        const parsed = JSON.parse(out) as { readonly runs?: ReadonlyArray<{ readonly runId: string }> } | ReadonlyArray<{ readonly runId: string }>
        const runs = Array.isArray(parsed) ? parsed : (parsed as { readonly runs?: ReadonlyArray<{ readonly runId: string }> }).runs ?? []
        const first = runs[0]
        if (first === undefined) reject(new Error(`no execution in ${filename}`))
        else resolve(first.runId)
      } catch (error) {
        reject(error)
      }
    })
  })

main().catch((error: unknown) => {
  console.error(`[driver] demo failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
