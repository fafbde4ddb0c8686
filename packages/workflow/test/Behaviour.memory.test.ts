import { MemoryStore } from "@runledger/adapter-memory"
import { behaviourSuite } from "./Behaviour.js"

behaviourSuite({ name: "runledger engine on memory", store: MemoryStore.layer() })
