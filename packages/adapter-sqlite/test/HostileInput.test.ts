import { assert, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog, RunStore, SnapshotStore, SpecStore } from "@runledger/core"
import type { Json } from "@runledger/core"
import { Effect } from "effect"

// Input of any shape is refused with InvalidInput before anything is written: values nested far past
// `Json.MaxDepth`, a getter or a proxy trap that throws. (They once overflowed the stack in the
// error message, or escaped as defects.) The decoding is the core's, shared by every backend; this
// runs it on the durable one.
const scope = { orgId: "acme", workspaceId: "prod" }

const nested = (depth: number): unknown => {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

const hostile: ReadonlyArray<readonly [string, unknown]> = [
  ["nested 3,000 levels", nested(3000)],
  ["nested 100,000 levels", nested(100_000)],
  ["a getter that throws", { get boom(): never {
    throw new Error("getter says no")
  } }],
  ["a proxy that throws", new Proxy({}, { ownKeys: () => { throw new Error("proxy says no") } })]
]

describe("hostile input on SQLite: InvalidInput, and nothing written", () => {
  it.effect("every write that takes JSON", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const events = yield* EventLog.EventLog
      const snapshots = yield* SnapshotStore.SnapshotStore
      const specs = yield* SpecStore.SpecStore
      yield* runs.create({ runId: "r1", scope, flowId: "f" })
      for (const [what, value] of hostile) {
        const json = value as Json.Json
        const calls: ReadonlyArray<readonly [string, Effect.Effect<unknown, { readonly _tag: string }>]> = [
          ["create", runs.create({ runId: "r2", scope, flowId: "f", input: json })],
          ["putOutput", runs.putOutput(scope, "r1", "s", json)],
          ["appendOnce", events.appendOnce(scope, "r1", { eventId: "e1", type: "T", payload: json })],
          ["append", events.append(scope, "r1", [{ eventId: "e1", type: "T", payload: json }])],
          ["snapshots.put", snapshots.put(scope, "r1", { snapshotId: "s1", seq: 1, status: "Running", checkpoint: json })],
          ["specs.put", specs.put(scope, "sp", json)],
          ["casStatus", runs.casStatus(scope, "r1", json as never, "Running")]
        ]
        for (const [name, call] of calls) {
          const outcome = yield* Effect.either(call).pipe(Effect.catchAllDefect((defect) => Effect.succeed(`defect: ${String(defect)}`)))
          const tag = typeof outcome === "string" ? outcome : outcome._tag === "Left" ? outcome.left._tag : "succeeded"
          assert.strictEqual(tag, "InvalidInput", `${name}: ${what}`)
        }
      }
      assert.strictEqual((yield* runs.list(scope)).runs.length, 1)
      assert.strictEqual(yield* events.lastSeq(scope, "r1"), 0)
      assert.deepStrictEqual(yield* runs.listOutputKeys(scope, "r1"), [])
      assert.deepStrictEqual(yield* snapshots.list(scope, "r1"), [])
      assert.deepStrictEqual(yield* specs.list(scope), [])
      assert.strictEqual((yield* runs.get(scope, "r1")).status, "Pending")
    }).pipe(Effect.provide(SqliteStore.layer({ filename: ":memory:" }))))
})
