import { SqliteStore } from "@runledger/adapter-sqlite"
import { Conformance } from "@runledger/testkit"

// An in-memory SQLite database per build: the SQL of the file store, without the fsyncs.
Conformance.conformance({
  name: "sqlite :memory:",
  layer: SqliteStore.layer({ filename: ":memory:" }),
  capabilities: { atomicStatusAndEvent: true, runCommit: true, inProcess: true }
})

// Without group commit (each write its own transaction, as a pooled client runs them): the
// races.
Conformance.conformance({
  name: "sqlite :memory:, groupCommit off",
  layer: SqliteStore.layer({ filename: ":memory:", groupCommit: false }),
  capabilities: { atomicStatusAndEvent: true, runCommit: true, inProcess: true }
}, { suites: ["Races", "RunTransition"] })

// With every statement traced, the hot operations' statement scripts run one Effect per statement
// (the way that can trace them) instead of in one synchronous step: the same behaviour either way.
Conformance.conformance({
  name: "sqlite :memory:, statements traced",
  layer: SqliteStore.layer({ filename: ":memory:", traceStatements: true }),
  capabilities: { atomicStatusAndEvent: true, runCommit: true, inProcess: true }
}, { suites: ["EventLog", "RunStore", "Fencing", "Races", "RunTransition", "Faults", "Model"] })
