#!/usr/bin/env node
// runledger-conformance: run the conformance kit against a backend from the command line.
//
//   runledger-conformance ./init.ts [--seed N] [--path P] [--num-runs N] [--rounds N] [--suites A,B]
//
// `init.ts` (or .js/.mjs) default-exports an Initializer, exactly what `Conformance.conformance`
// takes in a test file. The same suite runs, through vitest's Node API (vitest transforms the
// TypeScript, which Node alone cannot run), and the exit code says whether the backend passed.
import { existsSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const usage = `usage: runledger-conformance <init file> [options]

  <init file>        a module whose default export is a Conformance.Initializer
  --seed <n>         fast-check seed (printed with every counterexample) and fault seed
  --path <p>         fast-check path of a counterexample, with --seed to replay it
  --num-runs <n>     runs per property (default 40)
  --rounds <n>       rounds per real race (default 20)
  --faults <n>       faults the ambiguous-commit scenario injects at least (default 1000)
  --suites <a,b>     only these suites (RunStore, EventLog, Compaction, Model, Races, …)
  --no-shrink        report the first counterexample without shrinking it
  -h, --help         this text`

const fail = (message) => {
  console.error(`runledger-conformance: ${message}\n\n${usage}`)
  process.exit(2)
}

const args = process.argv.slice(2)
if (args.includes("-h") || args.includes("--help")) {
  console.log(usage)
  process.exit(0)
}
const options = {}
let initArg
for (let i = 0; i < args.length; i++) {
  const arg = args[i]
  const value = () => {
    const v = args[++i]
    if (v === undefined) fail(`${arg} needs a value`)
    return v
  }
  const integer = () => {
    const v = Number(value())
    if (!Number.isSafeInteger(v) || v < 0) fail(`${arg} takes a whole number`)
    return v
  }
  switch (arg) {
    case "--seed":
      options.seed = Number(value())
      if (!Number.isSafeInteger(options.seed)) fail("--seed takes an integer")
      break
    case "--path":
      options.path = value()
      break
    case "--num-runs":
      options.numRuns = integer()
      break
    case "--rounds":
      options.rounds = integer()
      break
    case "--faults":
      options.faults = integer()
      break
    case "--suites":
      options.suites = value().split(",").map((s) => s.trim()).filter((s) => s.length > 0)
      break
    case "--no-shrink":
      options.shrink = false
      break
    default:
      if (arg.startsWith("-")) fail(`unknown option ${arg}`)
      if (initArg !== undefined) fail(`one init file, got ${initArg} and ${arg}`)
      initArg = arg
  }
}
if (initArg === undefined) fail("no init file given")
const init = path.resolve(initArg)
if (!existsSync(init)) fail(`${init} does not exist`)

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const packagesDir = path.dirname(packageDir)
// Inside the runledger repository the kit and its siblings run from their sources, as the
// repository's own tests do (a stale build never gets in the way); an installed package — under
// node_modules, where vitest would not transform TypeScript — runs its build.
const fromSources = !packageDir.split(path.sep).includes("node_modules") &&
  existsSync(path.join(packageDir, "src", "index.ts"))
const kit = fromSources ? path.join(packageDir, "src", "index.ts") : path.join(packageDir, "dist", "index.js")
if (!existsSync(kit)) fail(`the kit is not built (${kit} is missing)`)

process.env.RUNLEDGER_CONFORMANCE_INIT = init
process.env.RUNLEDGER_CONFORMANCE_KIT = kit
process.env.RUNLEDGER_CONFORMANCE_OPTIONS = JSON.stringify(options)

const { startVitest } = await import("vitest/node")
const vitest = await startVitest(
  "test",
  [],
  {
    root: packageDir,
    config: false,
    include: ["bin/conformance.entry.mjs"],
    watch: false,
    run: true,
    testTimeout: 300_000,
    // Every promise by name, passed or failed: a backend author sees what was checked.
    reporters: ["verbose"],
    hookTimeout: 300_000,
    pool: "forks"
  },
  fromSources
    ? { resolve: { alias: [{ find: /^@runledger\/([^/]+)$/, replacement: path.join(packagesDir, "$1", "src", "index.ts") }] } }
    : {}
)
const failed = vitest === undefined ||
  vitest.state.getCountOfFailedTests() > 0 ||
  vitest.state.getUnhandledErrors().length > 0 ||
  vitest.state.getFiles().length === 0 ||
  (process.exitCode ?? 0) !== 0
await vitest?.close()
process.exit(failed ? 1 : 0)
