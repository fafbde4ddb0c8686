/**
 * The engine suite against `@effect/workflow` 0.19.1's own `layerMemory`: the reference runledger's
 * engine is compared with. Its failures are the in-memory engine's own (listed in
 * docs/WORKFLOW.md); each is expected to fail, so a fix upstream shows up here.
 */
import { WorkflowEngine } from "@effect/workflow"
import { Effect } from "effect"
import { engineSuite } from "./EngineContract.js"
import { inProcessFaults } from "./knownFailures.js"

engineSuite({
  name: "layerMemory (0.19.1)",
  engineLayer: WorkflowEngine.layerMemory,
  tick: Effect.yieldNow(),
  durable: false,
  knownFailures: new Map([
    ...inProcessFaults,
    ["closes finalizers from every suspended run on completion", "layerMemory closes only the scope of the run that completes"],
    ["deposited interrupt body ordering", "layerMemory starts the run after an interrupt request already interrupted, so the body sees it"],
    ["self-completion with a success", "layerMemory drops a deferred completed while the run is live, so no replay happens"],
    ["deferred race mapped preserves the winning branch and replay", "layerMemory drops a deferred completed while the run is live"],
    ["deferred race into preserves the winning branch and replay", "layerMemory drops a deferred completed while the run is live"],
    ["deferred race multi-await preserves the winning branch and replay", "layerMemory drops a deferred completed while the run is live"]
  ])
})
