/**
 * Drive the BUILT `runledger` binary as a subprocess (the tests check what a user gets: output,
 * `--json` shape, exit codes), and the backends the tests run on: a SQLite file always, Postgres when
 * `RUNLEDGER_PG_URL` is set (each test file in a schema of its own).
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import { SqliteStore } from "@runledger/adapter-sqlite"
import type { SqlStore } from "@runledger/sql"
import { Effect, Layer } from "effect"
import type { ChildProcess } from "node:child_process"
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

export const root = path.resolve(import.meta.dirname, "..", "..", "..", "..")
export const bin = path.join(root, "packages", "cli", "bin", "runledger.mjs")

if (!fs.existsSync(path.join(root, "packages", "cli", "dist", "index.js"))) {
  throw new Error("the CLI is not built: run `npm run build` (npm test builds it first)")
}

export interface Result {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** A clean environment: no store or tenant taken from the developer's shell. */
const baseEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env }
  for (const key of ["RUNLEDGER_PG_URL", "RUNLEDGER_PG_SCHEMA", "RUNLEDGER_TENANT", "RUNLEDGER_DEBUG"]) delete env[key]
  return { ...env, NO_COLOR: "1" }
}

/** Start `runledger <args>`. */
export const start = (args: ReadonlyArray<string>, options: { readonly env?: NodeJS.ProcessEnv; readonly cwd?: string } = {}): ChildProcess =>
  spawn(process.execPath, [bin, ...args], { env: { ...baseEnv(), ...options.env }, cwd: options.cwd ?? root, stdio: ["pipe", "pipe", "pipe"] })

/** Run `runledger <args>` to its end. */
export const run = (args: ReadonlyArray<string>, options: { readonly env?: NodeJS.ProcessEnv; readonly cwd?: string; readonly input?: string } = {}) =>
  new Promise<Result>((resolve, reject) => {
    const child = start(args, options)
    let stdout = ""
    let stderr = ""
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d))
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d))
    child.on("error", reject)
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))
    child.stdin!.end(options.input ?? "")
  })

/** Run and parse stdout as JSON (fails the test with the output when it is not JSON). */
export const runJson = async (args: ReadonlyArray<string>, options: { readonly env?: NodeJS.ProcessEnv } = {}) => {
  const result = await run([...args, "--json"], options)
  try {
    return { ...result, json: JSON.parse(result.stdout) as any }
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout}\n${result.stderr}`)
  }
}

/** A fresh temporary directory, removed by `cleanup`. */
export const tempDir = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `runledger-cli-${name}-`))

export interface Backend {
  readonly name: "sqlite" | "postgres"
  /** The store options to give the binary. */
  readonly args: ReadonlyArray<string>
  /** The same store, for seeding it in process. */
  readonly layer: Layer.Layer<SqlStore.Stores | SqlClient.SqlClient, unknown>
}

/** A SQLite backend on a new file in `dir`. */
export const sqlite = (dir: string, name = "store.db"): Backend => {
  const filename = path.join(dir, name)
  return { name: "sqlite", args: ["--db", filename], layer: SqliteStore.layerWithClient({ filename }) }
}

/** The Postgres URL of the environment, if any. */
export const pgUrl = process.env.RUNLEDGER_PG_URL

/** A Postgres backend in a new schema (`RUNLEDGER_PG_URL` must be set). */
export const postgres = (tag: string): Backend => {
  const url = pgUrl!
  const schema = `rl_cli_${tag}_${process.pid}_${Date.now().toString(36)}`.toLowerCase().replace(/[^a-z0-9_]/g, "_")
  const pkg = "@runledger/adapter-postgres"
  const layer = Layer.unwrapEffect(
    Effect.map(Effect.promise(() => import(pkg)), (m: any) => m.PgStore.layerWithClient({ url, schema }) as Backend["layer"])
  )
  return { name: "postgres", args: ["--pg", url, "--pg-schema", schema], layer }
}

/** The backends a test file runs on. */
export const backends = (tag: string, dir: string): ReadonlyArray<Backend> => [
  sqlite(dir),
  ...(pgUrl === undefined || pgUrl === "" ? [] : [postgres(tag)])
]

/** Run `effect` against the backend's store (in this process, from the sources). */
export const withBackend = <A, E>(backend: Backend, effect: Effect.Effect<A, E, SqlStore.Stores | SqlClient.SqlClient>) =>
  Effect.runPromise(Effect.provide(effect, backend.layer))
