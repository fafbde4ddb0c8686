import { MemoryStore } from "@runledger/adapter-memory"
import { RunledgerEngine } from "@runledger/workflow"
import { Effect, Layer } from "effect"
import { engineSuite } from "./EngineContract.js"
import { inProcessFaults } from "./knownFailures.js"

engineSuite({
  name: "runledger on memory",
  engineLayer: RunledgerEngine.layer().pipe(Layer.provide(MemoryStore.layer())),
  tick: Effect.yieldNow(),
  durable: true,
  knownFailures: inProcessFaults
})
