import { SqliteStore } from "@runledger/adapter-sqlite"
import { Conformance } from "@runledger/testkit"

// An in-memory SQLite database per build: the SQL of the file store, without the fsyncs.
Conformance.conformance({
  name: "sqlite :memory:",
  layer: SqliteStore.layer({ filename: ":memory:" }),
  capabilities: { atomicStatusAndEvent: true, inProcess: true }
})

// Without group commit (each write its own transaction, as a pooled client runs them): the
// races.
Conformance.conformance({
  name: "sqlite :memory:, groupCommit off",
  layer: SqliteStore.layer({ filename: ":memory:", groupCommit: false }),
  capabilities: { atomicStatusAndEvent: true, inProcess: true }
}, { suites: ["Races", "RunTransition"] })
