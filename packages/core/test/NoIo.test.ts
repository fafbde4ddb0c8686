import { assert, describe, it } from "@effect/vitest"
import * as fs from "node:fs"
import * as path from "node:path"

// Core decides; adapters do I/O. This guard fails the build the moment core imports something that
// can touch a disk, a socket or a database.
const forbidden = [/^node:/, /^(fs|path|os|child_process|net|http|https|crypto|worker_threads)$/, /^better-sqlite3/, /^pg$/, /^@effect\/(sql|platform)/]

const sourceFiles = (dir: string): ReadonlyArray<string> =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith(".ts") ? [full] : []
  })

const specifiers = (source: string): ReadonlyArray<string> =>
  Array.from(source.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)["']([^"']+)["']/g), (m) => m[1]!)

describe("packages/core/src", () => {
  const root = path.join(import.meta.dirname, "..", "src")
  const files = sourceFiles(root)

  it("has source files to check", () => {
    assert.isAbove(files.length, 5)
  })

  it("imports nothing that performs I/O", () => {
    const offenders = files.flatMap((file) =>
      specifiers(fs.readFileSync(file, "utf8"))
        .filter((spec) => forbidden.some((re) => re.test(spec)))
        .map((spec) => `${path.relative(root, file)}: ${spec}`)
    )
    assert.deepStrictEqual(offenders, [])
  })

  it("the guard recognises an I/O import", () => {
    const sample = `import * as fs from "node:fs"\nimport { SqlClient } from "@effect/sql"\nconst x = await import("pg")`
    assert.deepStrictEqual(specifiers(sample).filter((spec) => forbidden.some((re) => re.test(spec))), [
      "node:fs",
      "@effect/sql",
      "pg"
    ])
  })
})
