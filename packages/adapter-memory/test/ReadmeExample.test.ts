import { assert, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { RunStore } from "@runledger/core"
import { Effect } from "effect"

// The README's five-minute example, verbatim but for the last line: if this breaks, so does the README.
const scope = { orgId: "acme", workspaceId: "prod" }

const checkout = Effect.gen(function*() {
  const runs = yield* RunStore.RunStore
  yield* runs.create({ runId: "order-42", scope, flowId: "checkout", input: { cart: ["book"] } })

  const claimed = yield* runs.casStatus(scope, "order-42", "Pending", "Running")
  if (!claimed) return yield* Effect.fail("another worker has this run")

  yield* runs.appendStepIfAbsent(scope, "order-42", { stepId: "charge", kind: "started", attempt: 1 })
  yield* runs.putOutput(scope, "order-42", "charge", { receipt: "r-981" })
  yield* runs.appendStepIfAbsent(scope, "order-42", { stepId: "charge", kind: "completed", attempt: 1 })

  yield* runs.casStatus(scope, "order-42", "Running", "Completed")
  return yield* runs.get(scope, "order-42")
})

const program = checkout.pipe(
  Effect.catchTags({
    AlreadyExists: (e) => Effect.succeed(`duplicate: ${e.message}`),
    InvalidInput: (e) => Effect.succeed(`rejected: ${e.message}`)
  }),
  Effect.provide(MemoryStore.layer())
)

it("the README example completes the run", async () => {
  const run = await Effect.runPromise(program)
  assert.isTrue(typeof run === "object")
  if (typeof run === "object") {
    assert.strictEqual(run.status, "Completed")
    assert.strictEqual(run.version, 3)
  }
})
