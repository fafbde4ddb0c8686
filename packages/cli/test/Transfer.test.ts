/**
 * `export` and `import`: a round trip reproduces the store byte for byte; a torn last line is
 * repaired and reported; a damaged line in the middle is rejected with its number and nothing is
 * imported; import refuses a store that is not empty.
 */
import { afterAll, assert, beforeAll, describe, it, vi } from "@effect/vitest"
import * as fs from "node:fs"
import * as path from "node:path"
import type { Backend } from "./support/cli.js"
import { backends, run, runJson, sqlite, tempDir, withBackend } from "./support/cli.js"
import { seed } from "./support/seed.js"

// Each test starts the binary several times (a second or more each on a busy machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 })

const dir = tempDir("transfer")
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe.each(backends("transfer", dir).map((b) => [b.name, b] as const))("export and import on %s", (name, source: Backend) => {
  const file = (n: string) => path.join(dir, `${name}-${n}`)

  beforeAll(async () => {
    await withBackend(source, seed)
    // Some compaction too, so markers and pruned ids travel.
    const compacted = await run(["compact", "--retention", "1d", ...source.args])
    assert.strictEqual(compacted.code, 0, compacted.stderr)
  })

  it("export -> import into an empty store -> export gives an identical file", async () => {
    const first = await runJson(["export", "--out", file("first.jsonl"), ...source.args])
    assert.strictEqual(first.code, 0, first.stderr)
    const text = fs.readFileSync(file("first.jsonl"), "utf8")
    const lines = text.trimEnd().split("\n")
    assert.strictEqual(first.json.records, lines.length - 1)
    const header = JSON.parse(lines[0]!)
    assert.strictEqual(header.format, "runledger-export")
    assert.strictEqual(header.formatVersion, 1)
    assert.isNumber(header.schemaVersion)
    const entities = new Set(lines.slice(1).map((l) => JSON.parse(l).entity))
    for (const e of ["run", "step", "failure", "output", "stream", "event", "prunedEvent", "snapshot", "spec", "specRevision", "timer", "lease"]) {
      assert.isTrue(entities.has(e), `the export has ${e} records`)
    }
    // The same store exported twice: the same bytes.
    const again = await run(["export", ...source.args])
    assert.strictEqual(again.stdout, text)

    // Into an empty SQLite file (for Postgres: across backends, the format is the same).
    const target = sqlite(dir, `${name}-target.db`)
    const imported = await runJson(["import", file("first.jsonl"), ...target.args])
    assert.strictEqual(imported.code, 0, imported.stderr)
    assert.strictEqual(imported.json.imported, lines.length - 1)
    assert.strictEqual(imported.json.tornLine, null)
    const second = await run(["export", ...target.args])
    assert.strictEqual(second.code, 0)
    assert.isTrue(second.stdout === text, "the second export is byte-identical to the first")

    const verify = await run(["verify", ...target.args])
    assert.strictEqual(verify.code, 0, verify.stdout)

    // A store with records refuses an import: conflict.
    const refused = await run(["import", file("first.jsonl"), ...target.args])
    assert.strictEqual(refused.code, 4)
    assert.include(refused.stderr, "the store is not empty")
  })

  it("a torn last line is dropped and reported; the rest is imported", async () => {
    const text = fs.readFileSync(file("first.jsonl"), "utf8")
    const lines = text.trimEnd().split("\n")
    const last = lines[lines.length - 1]!
    // The writer died in the middle of the last record.
    fs.writeFileSync(file("torn.jsonl"), text.slice(0, text.length - 1 - Math.floor(last.length / 2)))
    const target = sqlite(dir, `${name}-torn.db`)
    const result = await run(["import", file("torn.jsonl"), ...target.args])
    assert.strictEqual(result.code, 0, result.stderr)
    assert.include(result.stderr, `repaired: line ${lines.length} was torn`)
    assert.include(result.stdout, `imported ${lines.length - 2} records`)
    const exported = await run(["export", ...target.args])
    assert.strictEqual(exported.stdout, lines.slice(0, -1).join("\n") + "\n")

    const json = await runJson(["import", file("torn.jsonl"), ...sqlite(dir, `${name}-torn2.db`).args])
    assert.deepStrictEqual(json.json.tornLine, { line: lines.length, length: Math.ceil(last.length / 2) })
  })

  it("a damaged line in the middle is rejected with its number, and nothing is imported", async () => {
    const lines = fs.readFileSync(file("first.jsonl"), "utf8").trimEnd().split("\n")
    const middle = Math.floor(lines.length / 2)
    const damaged = [...lines]
    damaged[middle] = damaged[middle]!.slice(0, 25) + "\u0000}" + damaged[middle]!.slice(27)
    fs.writeFileSync(file("damaged.jsonl"), damaged.join("\n") + "\n")
    const target = sqlite(dir, `${name}-damaged.db`)
    const result = await run(["import", file("damaged.jsonl"), ...target.args])
    assert.strictEqual(result.code, 6)
    assert.match(result.stderr, new RegExp(`^runledger: import rejected: line ${middle + 1}: .*; nothing was imported\\n$`))
    // Nothing was imported, and the database file the import created is gone too.
    assert.isFalse(fs.existsSync(target.args[1]!))

    // A record that is valid JSON but not a valid record: also rejected by line.
    const invalid = [...lines]
    const record = JSON.parse(invalid[2]!)
    record.status = "Exploded"
    invalid[2] = JSON.stringify(record)
    fs.writeFileSync(file("invalid.jsonl"), invalid.join("\n") + "\n")
    const rejected = await run(["import", file("invalid.jsonl"), ...sqlite(dir, `${name}-invalid.db`).args])
    assert.strictEqual(rejected.code, 6)
    assert.include(rejected.stderr, "line 3: invalid run record")

    const missing = await run(["import", file("nope.jsonl"), ...sqlite(dir, `${name}-nope.db`).args])
    assert.strictEqual(missing.code, 3)
  })
})
