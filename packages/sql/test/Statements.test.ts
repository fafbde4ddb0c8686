import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import type { Connection } from "@effect/sql/SqlConnection"
import * as Statement from "@effect/sql/Statement"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { enc } from "../src/internal/codec.js"
import { param, prepare } from "../src/internal/prepared.js"
import { query, runEffect } from "../src/internal/script.js"
import { makeStatements, runKey } from "../src/internal/statements.js"
import { tableNames } from "../src/internal/schema.js"

// The hot paths bind their statements positionally (`Prepared.bind`): the order of each statement's
// parameters is part of its contract with every caller, pinned here.

const client = SqlClient.make({
  acquirer: Effect.dieMessage("no connection: statements are only compiled here"),
  compiler: Statement.makeCompilerSqlite(),
  spanAttributes: []
}).pipe(Effect.provide(Reactivity.layer))

const key = ["org", "ws", "dep", "run"]

describe("hot statements", () => {
  it.effect("bind their parameters in the order their callers pass them", () =>
    Effect.gen(function*() {
      const sql = yield* client
      const names = tableNames("runledger")
      const t = Object.fromEntries(Object.entries(names).map(([k, name]) => [k, sql(name)])) as never
      const st = makeStatements(sql, t, { forUpdate: sql.literal(""), forShare: sql.literal("") })
      const expected: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
        ["stream", key],
        ["streamLocked", key],
        ["streamEnsureLocked", key],
        ["streamUpsert", [...key, "last", "count", "bytes", "compacted"]],
        ["readAsc", [...key, "after", "limit"]],
        ["readDesc", [...key, "after", "limit"]],
        ["readAscBefore", [...key, "after", "before", "limit"]],
        ["readDescBefore", [...key, "after", "before", "limit"]],
        ["poll", ["org", "ws", "dep", "after", "limit"]],
        ["pollAll", ["after", "limit"]],
        ["feedLock", ["events"]],
        ["sequence", ["limit"]],
        ["pollFeed", ["org", "ws", "dep", "after", "limit"]],
        ["pollFeedAll", ["after", "limit"]],
        ["run", key],
        ["runLocked", key],
        ["runExists", key],
        ["runExistsLocked", key],
        ["runUpdate", ["status", "version", "state", "updated", "completed", ...key, "previous"]],
        ["leaseShared", key],
        ["casUpdate", ["status", "state", "now", "completes", ...key, "from", "version", "token"]]
      ]
      for (const [name, params] of expected) {
        assert.deepStrictEqual((st as unknown as Record<string, { params: unknown }>)[name]!.params, params, name)
      }
      assert.deepStrictEqual(st.eventIds(3).params, [...key, "id0", "id1", "id2"])
      assert.deepStrictEqual(st.prunedIds(2).params, [...key, "id0", "id1"])
      assert.strictEqual(st.insertEvents(2).params.length, 30)
      assert.deepStrictEqual(st.insertEvents(1).params.slice(0, 5), ["0.org_id", "0.workspace_id", "0.deployment_id", "0.run_id", "0.seq"])
    }))

  it.effect("a statement binds constants between its parameters, and refuses a wrong number of values", () =>
    Effect.gen(function*() {
      const sql = yield* client
      const prepared = prepare(sql`SELECT ${param("a")}, ${7}, ${param("b")}, ${param("a")}`)
      assert.deepStrictEqual(prepared.params, ["a", "b"])
      assert.strictEqual(prepared.text, "SELECT ?, ?, ?, ?")
      // The values reach the driver in placeholder order.
      const seen: Array<ReadonlyArray<unknown>> = []
      const conn = {
        execute: (_sql: string, params: ReadonlyArray<unknown>) => Effect.sync(() => (seen.push(params), []))
      } as unknown as Connection
      const run = (values: ReadonlyArray<unknown>) =>
        runEffect(conn, (function*() {
          yield* query(prepared, values)
        })(), false)
      yield* run(["x", "y"])
      yield* run([1, 2])
      assert.deepStrictEqual(seen, [["x", 7, "y", "x"], [1, 7, 2, 1]])
      const wrong = yield* Effect.exit(run(["x"]))
      assert.isTrue(wrong._tag === "Failure")
      assert.strictEqual(seen.length, 2, "nothing ran")
    }))

  it("the run key is the stored form of the scope and run ids", () => {
    assert.deepStrictEqual(runKey({ orgId: "o", workspaceId: "w" }, "r"), ["o", "w", "", "r"])
    assert.deepStrictEqual(runKey({ orgId: "o", workspaceId: "w", deploymentId: "d" }, "\ufeff"), ["o", "w", "d", enc("\ufeff")])
    assert.notStrictEqual(enc("\ufeff"), "\ufeff")
  })
})
