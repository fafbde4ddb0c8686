import { Conformance } from "@runledger/testkit"
import { describePg, fileSchema, freshStore } from "./support/pg.js"

// The whole kit against the real server. Each build of the layer is a fresh, empty store: a new
// table prefix in this file's own schema, dropped when the scenario is over.
const schema = fileSchema("conformance")

describePg("postgres", () => {
  Conformance.conformance({
    name: "postgres",
    layer: freshStore(schema),
    capabilities: { atomicStatusAndEvent: true, runCommit: true }
  })
})
