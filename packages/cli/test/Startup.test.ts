/**
 * The binary starts from one bundled script and its V8 code cache, not from dist/ module by module
 * (which cost over a second of CPU per command; the figures are in docs/BENCHMARKS.md, "Start-up",
 * measured by bench/startup.mjs — no test here times anything). A SQLite command works with and
 * without the cache, and a cache made by another Node is replaced, not trusted.
 */
import { afterAll, assert, describe, it, vi } from "@effect/vitest"
import * as fs from "node:fs"
import * as path from "node:path"
import { root, run, tempDir } from "./support/cli.js"

vi.setConfig({ testTimeout: 120_000 })

const dir = tempDir("startup")
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
const cache = path.join(root, "packages", "cli", "dist", "runledger.cjs.cache")

describe("start-up", () => {
  it("runs the bundle with the code cache the build left", async () => {
    const result = await run(["--version"], { env: { RUNLEDGER_DEBUG: "1" } })
    assert.strictEqual(result.code, 0)
    assert.strictEqual(result.stdout, "0.1.0\n")
    assert.include(result.stderr, "runledger: started from runledger.cjs (code cache: used)")
  })

  it("a cache V8 rejects (another Node made it, or it is damaged) is written anew by the next run", async () => {
    // The build's cache covers more than `--version` compiles: it is put back afterwards.
    const built = fs.readFileSync(cache)
    try {
      fs.writeFileSync(`${cache}.junk`, Buffer.alloc(4096, 7))
      fs.renameSync(`${cache}.junk`, cache)
      const rejected = await run(["--version"], { env: { RUNLEDGER_DEBUG: "1" } })
      assert.strictEqual(rejected.code, 0)
      assert.include(rejected.stderr, "(code cache: rejected)")
      const used = await run(["--version"], { env: { RUNLEDGER_DEBUG: "1" } })
      assert.include(used.stderr, "(code cache: used)")
    } finally {
      fs.writeFileSync(`${cache}.built`, built)
      fs.renameSync(`${cache}.built`, cache)
    }
  })

  it("a command works without the cache too", async () => {
    const db = path.join(dir, "store.db")
    assert.strictEqual((await run(["migrate", "--db", db], { env: { RUNLEDGER_CODE_CACHE: "off" } })).code, 0)
    const listed = await run(["runs", "list", "--db", db], { env: { RUNLEDGER_CODE_CACHE: "off", RUNLEDGER_DEBUG: "1" } })
    assert.strictEqual(listed.code, 0, listed.stderr)
    assert.strictEqual(listed.stdout, "no runs\n")
    assert.include(listed.stderr, "(code cache: none)")
  })
})
