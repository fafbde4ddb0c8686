/**
 * The README's "Durable workflows with @effect/workflow" example: the code between the markers is
 * the README's code block, character for character (checked below), with the file name the only
 * thing the test changes.
 */
import { assert, it } from "@effect/vitest"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const filename = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "runledger-readme-")), "app.db")

// README:start
import { Activity, Workflow } from "@effect/workflow"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { RunledgerEngine } from "@runledger/workflow"
import { Effect, Layer, Schema } from "effect"

const SendInvoice = Workflow.make({
  name: "SendInvoice",
  payload: { orderId: Schema.String, amount: Schema.Number },
  success: Schema.String,
  idempotencyKey: ({ orderId }) => orderId
})

const SendInvoiceLive = SendInvoice.toLayer(({ amount, orderId }) =>
  Effect.gen(function*() {
    const invoice = yield* Activity.make({ name: "create", success: Schema.String, execute: Effect.succeed(`INV-${orderId}`) })
    yield* Activity.make({ name: "email", execute: Effect.log(`emailing ${invoice} for ${amount}`) })
    return invoice
  })
)

const WorkflowsLive = SendInvoiceLive.pipe(
  Layer.provideMerge(RunledgerEngine.layer()),
  Layer.provide(SqliteStore.layer({ filename }))
)

const program = SendInvoice.execute({ orderId: "42", amount: 99 }).pipe(Effect.provide(WorkflowsLive))
// README:end

it("the README's workflow example runs, and the README shows it as it is here", async () => {
  assert.strictEqual(await Effect.runPromise(program), "INV-42")
  assert.strictEqual(await Effect.runPromise(program), "INV-42", "again: attached to the same execution")
  const source = fs.readFileSync(import.meta.filename, "utf8")
  const example = source.slice(source.indexOf("// README:start\n") + 16, source.indexOf("// README:end")).trim()
  const readme = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "..", "README.md"), "utf8")
  const block = readme.split("## Durable workflows with @effect/workflow")[1]?.split("```ts\n")[1]?.split("```")[0]?.trim()
  assert.strictEqual(block?.replace('SqliteStore.layer({ filename: "app.db" })', "SqliteStore.layer({ filename })"), example)
})
