import { SqliteStore } from "@runledger/adapter-sqlite"
import { RunledgerEngine } from "@runledger/workflow"
import { Effect, Layer } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { engineSuite } from "./EngineContract.js"
import { inProcessFaults } from "./knownFailures.js"

// A new database file per build, with the production settings (WAL, synchronous=FULL).
const freshFile = Layer.unwrapScoped(
  Effect.map(
    Effect.acquireRelease(
      Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "runledger-workflow-"))),
      (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
    ),
    (dir) => SqliteStore.layer({ filename: path.join(dir, "store.db") })
  )
)

engineSuite({
  name: "runledger on SQLite",
  engineLayer: RunledgerEngine.layer().pipe(Layer.provide(freshFile)),
  tick: Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve))),
  durable: true,
  knownFailures: inProcessFaults
})
