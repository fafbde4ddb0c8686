import { RunledgerEngine } from "@runledger/workflow"
import { Effect, Layer } from "effect"
import { describePg, fileSchema, freshStore } from "../../adapter-postgres/test/support/pg.js"
import { engineSuite } from "./EngineContract.js"
import { libraryFaults } from "./knownFailures.js"

const schema = fileSchema("workflow_engine")

describePg("postgres", () => {
  engineSuite({
    name: "runledger on Postgres",
    engineLayer: RunledgerEngine.layer().pipe(Layer.provide(freshStore(schema))),
    tick: Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 10))),
    durable: true,
    knownFailures: libraryFaults,
    asyncStore: true,
    patience: 200
  })
})
