import { SqliteStore } from "@runledger/adapter-sqlite"
import { Conformance } from "@runledger/testkit"

// An in-memory SQLite database per build: the SQL of the file store, without the fsyncs. Built with
// the kit's small guard and chunk size (declared alongside), and — for the driver-fault scenarios —
// with the kit's fault point in its driver.
const memory = (options: Partial<SqliteStore.Options> = {}) => SqliteStore.layer({ filename: ":memory:", ...Conformance.small, ...options })

Conformance.conformance({
  name: "sqlite :memory:",
  layer: memory(),
  driverFaults: (point) => memory({ driverFaults: point }),
  capabilities: { atomicStatusAndEvent: true, runCommit: true, inProcess: true, groupCommit: true },
  ...Conformance.small
})

// Without group commit (each write its own transaction, as a pooled client runs them): the
// races, and failed commits on that path.
Conformance.conformance({
  name: "sqlite :memory:, groupCommit off",
  layer: memory({ groupCommit: false }),
  driverFaults: (point) => memory({ groupCommit: false, driverFaults: point }),
  capabilities: { atomicStatusAndEvent: true, runCommit: true, inProcess: true },
  ...Conformance.small
}, { suites: ["Races", "RunTransition", "DriverFaults"] })

// With every statement traced, the hot operations' statement scripts run one Effect per statement
// (the way that can trace them) instead of in one synchronous step: the same behaviour either way.
Conformance.conformance({
  name: "sqlite :memory:, statements traced",
  layer: memory({ traceStatements: true }),
  driverFaults: (point) => memory({ traceStatements: true, driverFaults: point }),
  capabilities: { atomicStatusAndEvent: true, runCommit: true, inProcess: true, groupCommit: true },
  ...Conformance.small
}, { suites: ["EventLog", "RunStore", "Fencing", "Races", "RunTransition", "Faults", "DriverFaults", "Model"] })
