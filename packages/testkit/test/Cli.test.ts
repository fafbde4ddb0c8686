import { assert, describe, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import * as path from "node:path"

// The command line runs the same suite through vitest's Node API. Each run here is kept small
// (two suites, few property runs) — the point is the wiring and the exit code, not the size.
const bin = path.join(import.meta.dirname, "..", "bin", "runledger-conformance.mjs")
const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name)

const run = (...args: ReadonlyArray<string>) => {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 120_000, env: { ...process.env, NO_COLOR: "1" } })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe("runledger-conformance", () => {
  it("passes the memory backend and exits 0", () => {
    const { output, status } = run(fixture("memory.init.ts"), "--suites", "RunStore,Model", "--num-runs", "3", "--seed", "7")
    assert.strictEqual(status, 0, output)
    assert.match(output, /runledger conformance: memory \(cli\)/)
    assert.match(output, /Tests\s+(\d+) passed \(\1\)/)
    const count = /Tests\s+(\d+) passed/.exec(output)
    assert.isAbove(Number(count?.[1]), 15, "the RunStore and Model suites ran")
  }, 120_000)

  it("fails a broken backend, names the broken promise, and exits non-zero", () => {
    const { output, status } = run(fixture("broken.init.ts"), "--suites", "RunStore", "--num-runs", "3")
    assert.strictEqual(status, 1, output)
    assert.match(output, /casStatus is true iff the stored status was expected/)
    assert.match(output, /Running expected, Pending stored: false/)
    assert.match(output, /Tests\s+1 failed/)
  }, 120_000)

  it("refuses a missing init file with usage and exit code 2", () => {
    const { output, status } = run("does-not-exist.ts")
    assert.strictEqual(status, 2)
    assert.match(output, /does not exist/)
    assert.match(output, /usage: runledger-conformance/)
  })
})
