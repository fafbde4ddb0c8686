import { assert, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog } from "@runledger/core"
import { SqlStore } from "@runledger/sql"
import { Context, Effect, Layer } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { layerIntercepted } from "./support/driver.js"

// Group commit (packages/sql/src/internal/tx.ts): writes that are ready together share one
// transaction; a write that comes alone commits at once, without first waiting for company — and
// concurrent writers that turn up after a long run of lone writes are grouped again. Every COMMIT
// is counted at the driver.

const A = { orgId: "acme", workspaceId: "prod" }

describe("group commit", () => {
  it.live("lone writes commit one by one; writers that come together after them share commits", () =>
    Effect.scoped(
      Effect.gen(function*() {
        const dir = yield* Effect.acquireRelease(
          Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "runledger-group-"))),
          (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
        )
        let commits = 0
        const layer = SqlStore.layer({}).pipe(
          Layer.provide(layerIntercepted((_call, statement, run) => {
            if (statement === "COMMIT") commits++
            return run
          })),
          Layer.provide(SqliteStore.layerClient({ filename: path.join(dir, "group.db") }))
        )
        const events = Context.get(yield* Layer.build(layer), EventLog.EventLog)
        const lone = (from: number, count: number) =>
          Effect.forEach(Array.from({ length: count }, (_, i) => from + i), (i) =>
            events.appendOnce(A, "lone", { eventId: `e${i}`, type: "T" }), { discard: true })

        commits = 0
        yield* lone(0, 50)
        assert.strictEqual(commits, 50, "one commit per lone write")

        commits = 0
        yield* Effect.forEach(Array.from({ length: 16 }, (_, f) => f), (f) =>
          Effect.forEach(Array.from({ length: 10 }, (_, i) => i), (i) =>
            events.appendOnce(A, `group-${f}`, { eventId: `e${i}`, type: "T" }), { discard: true }), {
          concurrency: "unbounded",
          discard: true
        })
        assert.isBelow(commits, 160 / 4, "160 concurrent writes in fewer than 40 commits")
        for (let f = 0; f < 16; f++) {
          const log = yield* events.read(A, `group-${f}`)
          assert.deepStrictEqual(log.events.map((e) => [e.eventId, e.seq]), Array.from({ length: 10 }, (_, i) => [`e${i}`, i + 1]))
        }

        commits = 0
        yield* lone(50, 50)
        assert.strictEqual(commits, 50, "alone again: one commit per write")
        assert.strictEqual(yield* events.lastSeq(A, "lone"), 100)
      })
    ))
})
