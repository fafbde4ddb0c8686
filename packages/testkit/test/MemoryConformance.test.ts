import { MemoryStore } from "@runledger/adapter-memory"
import { Conformance } from "@runledger/testkit"

// The reference backend passes the whole kit. It lives here rather than in adapter-memory's tests
// because adapter-memory cannot depend on the testkit (which depends on it for its own tests)
// without a package cycle turbo refuses. Its layer is built with the kit's small guard and chunk
// size, declared alongside.
Conformance.conformance({
  name: "memory",
  layer: MemoryStore.layer({ ...Conformance.small }),
  capabilities: { atomicStatusAndEvent: true, runCommit: true, inProcess: true },
  ...Conformance.small
})
