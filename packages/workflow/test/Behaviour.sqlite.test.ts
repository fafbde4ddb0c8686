import { SqliteStore } from "@runledger/adapter-sqlite"
import { Effect, Layer } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { behaviourSuite } from "./Behaviour.js"

behaviourSuite({
  name: "runledger engine on SQLite",
  store: Layer.unwrapScoped(
    Effect.map(
      Effect.acquireRelease(
        Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "runledger-workflow-"))),
        (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
      ),
      (dir) => SqliteStore.layer({ filename: path.join(dir, "store.db") })
    )
  )
})
