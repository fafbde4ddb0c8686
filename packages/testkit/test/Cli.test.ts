import { assert, describe, it } from "@effect/vitest"
import { spawn } from "node:child_process"
import * as path from "node:path"

// The command line runs the same suite through vitest's Node API. Each run here is kept small
// (two suites, few property runs) — the point is the wiring and the exit code, not the size.
const bin = path.join(import.meta.dirname, "..", "bin", "runledger-conformance.mjs")
const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name)

// Asynchronously, and with no time limit of its own: a synchronous wait blocked this worker for as
// long as the child ran (a minute on a busy machine), and vitest's calls from the worker to its
// main process timed out meanwhile ("Timeout calling onTaskUpdate").
const run = (...args: ReadonlyArray<string>) =>
  new Promise<{ readonly status: number | null; readonly output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: "1" } })
    let output = ""
    child.stdout.setEncoding("utf8").on("data", (d: string) => (output += d))
    child.stderr.setEncoding("utf8").on("data", (d: string) => (output += d))
    child.on("error", reject)
    child.on("close", (status) => resolve({ status, output }))
  })

describe("runledger-conformance", () => {
  it("passes the memory backend and exits 0", async () => {
    const { output, status } = await run(fixture("memory.init.ts"), "--suites", "RunStore,Model", "--num-runs", "3", "--seed", "7")
    assert.strictEqual(status, 0, output)
    assert.match(output, /runledger conformance: memory \(cli\)/)
    assert.match(output, /Tests\s+(\d+) passed \(\1\)/)
    const count = /Tests\s+(\d+) passed/.exec(output)
    assert.isAbove(Number(count?.[1]), 15, "the RunStore and Model suites ran")
  }, 600_000)

  it("fails a broken backend, names the broken promise, and exits non-zero", async () => {
    const { output, status } = await run(fixture("broken.init.ts"), "--suites", "RunStore", "--num-runs", "3")
    assert.strictEqual(status, 1, output)
    assert.match(output, /casStatus is true iff the stored status was expected/)
    assert.match(output, /Running expected, Pending stored: false/)
    assert.match(output, /Tests\s+1 failed/)
  }, 600_000)

  it("refuses a missing init file with usage and exit code 2", async () => {
    const { output, status } = await run("does-not-exist.ts")
    assert.strictEqual(status, 2)
    assert.match(output, /does not exist/)
    assert.match(output, /usage: runledger-conformance/)
  })
})
