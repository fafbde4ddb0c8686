/**
 * How `runledger` behaves when the user gets something wrong: a file that is not a database is named
 * as such; a mistake is exit 2 with one line `runledger: …` (and a hint to `--help` when the
 * arguments do not parse) — or, with `--json`, one JSON object on stderr; help is plain text off a
 * terminal and names the whole command; only a URL's password is hidden; a rejected import leaves no
 * file behind.
 */
import { afterAll, assert, beforeAll, describe, it, vi } from "@effect/vitest"
import * as fs from "node:fs"
import * as path from "node:path"
import { run, sqlite, tempDir, withBackend } from "./support/cli.js"
import { seed } from "./support/seed.js"

vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 })

const dir = tempDir("conduct")
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const store = sqlite(dir, "store.db")
const db = store.args[1]!
beforeAll(async () => {
  await withBackend(store, seed)
})

/** One line on stderr, `runledger: …`, no stack trace. */
const oneLine = (stderr: string): string => {
  const lines = stderr.trimEnd().split("\n")
  assert.strictEqual(lines.length, 1, stderr)
  assert.match(lines[0]!, /^runledger: /)
  assert.notInclude(stderr, "    at ")
  return lines[0]!
}

describe("a file that is not a runledger database", () => {
  it("is named, and said to be no runledger database or damaged: exit 6", async () => {
    const garbage = path.join(dir, "garbage.db")
    fs.writeFileSync(garbage, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)))
    const truncated = path.join(dir, "truncated.db")
    fs.writeFileSync(truncated, fs.readFileSync(db).subarray(0, 8192))
    for (const file of ["/etc/passwd", garbage, truncated]) {
      const result = await run(["runs", "list", "--db", file])
      assert.strictEqual(result.code, 6, result.stderr)
      assert.match(oneLine(result.stderr), new RegExp(`^runledger: ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} is not a runledger database, or it is damaged \\(SQLITE_`))
      assert.notInclude(result.stderr, 'Run ""')
    }
  })
})

describe("a user's mistake is exit 2 with one clear line", () => {
  it("values the CLI must refuse before doing anything", async () => {
    for (
      const [args, expected] of [
        [["compact", "--retention", "99999999999d", "--db", db], "--retention 99999999999d reaches back before the year 1"],
        [["export", "--db", db, "--out", "/missing-dir/x.jsonl"], "cannot write /missing-dir/x.jsonl: no directory /missing-dir"],
        [["runs", "list", "--cursor", "' OR 1=1 --", "--db", db], "is not a cursor printed by runs list"],
        [["verify", "--max-findings", "-1", "--db", db], "--max-findings must be at least 1, got -1"],
        [["runs", "list", "--pg", "postgres://u:p@127.0.0.1:1/x", "--pg-schema", "bad schema;"], "--pg-schema must be a lowercase Postgres name"]
      ] as const
    ) {
      const result = await run(args)
      assert.strictEqual(result.code, 2, `${args.join(" ")}: ${result.stderr}`)
      assert.include(oneLine(result.stderr), expected)
    }
    assert.isFalse(fs.existsSync("/missing-dir/x.jsonl.partial"))
  })

  it("arguments that do not parse: the runledger prefix and a hint to the command's --help", async () => {
    for (
      const [args, expected] of [
        [["runs", "list", "--bogus"], "runledger: Received unknown argument: '--bogus'; see 'runledger runs list --help'"],
        [["runs", "show"], "runledger: Missing argument <run-id>; see 'runledger runs show --help'"],
        [["compact"], "runledger: Expected to find option: '--retention'; see 'runledger compact --help'"],
        [["runs", "list", "--limit", "many"], "; see 'runledger runs list --help'"]
      ] as const
    ) {
      const result = await run(args)
      assert.strictEqual(result.code, 2)
      assert.include(oneLine(result.stderr), expected)
      assert.strictEqual(result.stdout, "")
    }
  })

  it("with --json every error is one JSON object on stderr", async () => {
    const parse = await run(["runs", "list", "--json", "--bogus"])
    assert.strictEqual(parse.code, 2)
    assert.deepStrictEqual(JSON.parse(parse.stderr), {
      error: { exitCode: 2, kind: "usage", message: "Received unknown argument: '--bogus'", hint: "see 'runledger runs list --help'" }
    })
    const missing = await run(["runs", "show", "nope", "--tenant", "acme/prod", "--db", db, "--json"])
    assert.strictEqual(missing.code, 3)
    assert.deepStrictEqual(JSON.parse(missing.stderr), { error: { exitCode: 3, kind: "not-found", message: 'Run "nope" not found' } })
    const mistake = await run(["verify", "--max-findings", "0", "--db", db, "--json"])
    assert.strictEqual(JSON.parse(mistake.stderr).error.kind, "usage")
  })
})

describe("help", () => {
  it("is plain text when piped, and a sub-command's usage names the whole command", async () => {
    const help = await run(["runs", "list", "--help"], { env: { NO_COLOR: "" } })
    assert.strictEqual(help.code, 0)
    assert.notMatch(help.stdout, /\u001b\[/)
    assert.match(help.stdout, /^\$ runledger runs list \[--db text\]/m)
    const group = await run(["runs", "--help"], { env: { NO_COLOR: "" } })
    assert.match(group.stdout, /^\$ runledger runs$/m)
    const alone = await run(["events"], { env: { NO_COLOR: "" } })
    assert.match(alone.stdout, /^\$ runledger events$/m)
    const root = await run(["--help"], { env: { NO_COLOR: "" } })
    assert.match(root.stdout, /^\$ runledger$/m)
    assert.notMatch(root.stdout, /\u001b\[/)
  })
})

describe("secrets", () => {
  it("only a URL's password is hidden, not the same text as the user name", async () => {
    const result = await run(["runs", "list", "--pg", "postgres://runledger:runledger@127.0.0.1:1/runledger"])
    assert.strictEqual(result.code, 5)
    assert.include(oneLine(result.stderr), "postgres://runledger:***@127.0.0.1:1/runledger")
  })
})

describe("a rejected import", () => {
  it("leaves no database file behind when it created one; an existing store stays", async () => {
    const file = path.join(dir, "bad.jsonl")
    fs.writeFileSync(file, `${JSON.stringify({ format: "runledger-export", formatVersion: 1, schemaVersion: 1, entities: [] })}\n{"entity":"bogus"}\n`)
    const target = path.join(dir, "new.db")
    const result = await run(["import", file, "--db", target])
    assert.strictEqual(result.code, 6)
    assert.include(oneLine(result.stderr), "import rejected: line 2")
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.startsWith("new.db")), [])
    const existing = path.join(dir, "empty.db")
    assert.strictEqual((await run(["migrate", "--db", existing])).code, 0)
    assert.strictEqual((await run(["import", file, "--db", existing])).code, 6)
    assert.isTrue(fs.existsSync(existing))
  })
})
