// Bundles the compiled CLI (dist/) into one minified CommonJS script, dist/runledger.cjs, which
// bin/runledger.mjs runs. Start-up is what an ops tool is judged by: loading the ~900 modules of
// dist/ and its dependencies one by one cost over a second of CPU before a command did anything;
// one script, compiled from V8's code cache, costs a fraction of it (docs/BENCHMARKS.md, "CLI").
//
// The Postgres adapter is bundled too but only evaluated when a command names a Postgres store (it
// is imported on demand); better-sqlite3 stays outside (a native addon), pg-native too (optional).
// Then one representative command runs, so the code cache it leaves holds what start-up compiles.
import { build } from "esbuild"
import { execFileSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const root = path.resolve(import.meta.dirname, "..")
const outfile = path.join(root, "dist", "runledger.cjs")

await build({
  stdin: { contents: `import { main } from "./dist/Main.js"\nmain(process.argv)\n`, resolveDir: root, loader: "js" },
  bundle: true,
  minify: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile,
  external: ["better-sqlite3", "pg-native"],
  logLevel: "warning"
})

fs.rmSync(`${outfile}.cache`, { force: true })
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-bundle-"))
try {
  const db = path.join(dir, "warm.db")
  const bin = path.join(root, "bin", "runledger.mjs")
  execFileSync(process.execPath, [bin, "migrate", "--db", db], { stdio: "ignore" })
  execFileSync(process.execPath, [bin, "runs", "list", "--db", db], { stdio: "ignore", env: { ...process.env, RUNLEDGER_CODE_CACHE: "write" } })
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
