import { SqliteStore } from "@runledger/adapter-sqlite"
import { Conformance } from "@runledger/testkit"
import { Effect, Layer } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

// A new database file in a new temporary directory per build, with the production settings (WAL,
// synchronous=FULL): the kit's checks run against real commits and fsyncs. Built with the kit's
// small guard and chunk size (declared alongside), and with its fault point for the driver faults.
const freshFile = (options: Partial<SqliteStore.Options> = {}) =>
  Layer.unwrapScoped(
    Effect.map(
      Effect.acquireRelease(
        Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "runledger-conformance-"))),
        (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
      ),
      (dir) => SqliteStore.layer({ filename: path.join(dir, "store.db"), ...Conformance.small, ...options })
    )
  )

Conformance.conformance({
  name: "sqlite file",
  layer: freshFile(),
  driverFaults: (point) => freshFile({ driverFaults: point }),
  capabilities: { atomicStatusAndEvent: true, runCommit: true, inProcess: true, groupCommit: true },
  ...Conformance.small
})
