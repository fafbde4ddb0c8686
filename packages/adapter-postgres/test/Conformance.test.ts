import { Conformance } from "@runledger/testkit"
import { describePg, fileSchema, freshStore } from "./support/pg.js"

// The whole kit against the real server. Each build of the layer is a fresh, empty store: a new
// table prefix in this file's own schema, dropped when the scenario is over. Built with the kit's
// small guard and chunk size (declared alongside), and with its fault point for the driver faults.
const schema = fileSchema("conformance")

describePg("postgres", () => {
  Conformance.conformance({
    name: "postgres",
    layer: freshStore(schema, Conformance.small),
    driverFaults: (point) => freshStore(schema, { ...Conformance.small, driverFaults: point }),
    capabilities: { atomicStatusAndEvent: true, runCommit: true },
    ...Conformance.small
  })
})
