/**
 * `compact --retention`: `--dry-run` says what would go and changes nothing; a real run prunes the
 * old events (with progress on stderr), leaves a marker, and the store still verifies.
 */
import { afterAll, assert, beforeAll, describe, it, vi } from "@effect/vitest"
import * as fs from "node:fs"
import type { Backend } from "./support/cli.js"
import { backends, run, runJson, tempDir, withBackend } from "./support/cli.js"
import { oldEvents, seed } from "./support/seed.js"

// Each test starts the binary several times (a second or more each on a busy machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 })

const dir = tempDir("compact")
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe.each(backends("compact", dir).map((b) => [b.name, b] as const))("compact on %s", (_name, backend: Backend) => {
  beforeAll(async () => {
    await withBackend(backend, seed)
  })

  it("--dry-run reports what would be pruned and changes nothing", async () => {
    const before = await run(["export", ...backend.args])
    const dry = await run(["compact", "--retention", "1d", "--dry-run", ...backend.args])
    assert.strictEqual(dry.code, 0, dry.stderr)
    assert.match(dry.stdout, new RegExp(`^dry run: would prune ${oldEvents} of \\d+ retained events in 1 runs of every tenant`))
    const json = await runJson(["compact", "--retention", "1d", "--dry-run", "--tenant", "acme/prod", ...backend.args])
    assert.strictEqual(json.json.dryRun, true)
    assert.strictEqual(json.json.wouldPrune, oldEvents)
    assert.strictEqual(json.json.streams, 1)
    const nothing = await runJson(["compact", "--retention", "30d", "--dry-run", ...backend.args])
    assert.strictEqual(nothing.json.wouldPrune, 0)
    const after = await run(["export", ...backend.args])
    assert.strictEqual(after.stdout, before.stdout)
  })

  it("prunes old events with progress, leaves a marker, and the store verifies", async () => {
    const result = await run(["compact", "--retention", "1d", "--progress", "always", ...backend.args])
    assert.strictEqual(result.code, 0, result.stderr)
    assert.match(result.stdout, new RegExp(`^pruned ${oldEvents} events in 1 runs of every tenant`))
    assert.match(result.stderr, new RegExp(`compacting \\[#{30}\\] 100% ${oldEvents}/${oldEvents} events`))

    const read = await runJson(["events", "read", "order-1", "--tenant", "acme/prod", "--limit", "2", ...backend.args])
    assert.strictEqual(read.json.compactedThroughSeq, oldEvents)
    assert.strictEqual(read.json.events[0].type, "runledger.compacted")
    assert.strictEqual(read.json.events[0].payload.prunedEvents, oldEvents)
    assert.strictEqual(read.json.events[1].eventId, "shipped")

    const again = await runJson(["compact", "--retention", "1d", ...backend.args])
    assert.strictEqual(again.json.pruned, 0)
    assert.strictEqual((await run(["verify", ...backend.args])).code, 0)
  })
})
