// Seed a SQLite file by hand: npx vite-node -c vitest.config.ts packages/cli/test/support/seed-cli.ts <file>
import { SqliteStore } from "@runledger/adapter-sqlite"
import { Effect } from "effect"
import { seed } from "./seed.js"

const file = process.argv[2]
if (file === undefined) throw new Error("usage: seed-cli.ts <file>")
await Effect.runPromise(Effect.provide(seed, SqliteStore.layer({ filename: file })))
console.log(`seeded ${file}`)
