import type { Connection } from "@effect/sql/SqlConnection"
import { SqlError } from "@effect/sql/SqlError"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import type { Outcome, Rows } from "../src/internal/script.js"
import { driveAsync, driveSync, fail, Query, runEffect } from "../src/internal/script.js"

// A statement script runs the same statements in the same order, and ends the same way, whichever
// way the runner drives it: synchronously, with callbacks, or with Effects.

class Missing extends Error {
  readonly _tag = "Missing"
}

/** Look up a row; a second statement only when the first found one; a typed failure when none. */
function* lookup(key: string) {
  const rows = yield* new Query("SELECT 1", [key])
  if (rows.length === 0) return yield* fail(new Missing(key))
  return rows[0]!
}

function* program(keys: ReadonlyArray<string>) {
  const found: Array<unknown> = []
  for (const key of keys) {
    const row = yield* lookup(key)
    if (row.boom === true) throw new Error("a bug in the script")
    found.push(row.value)
    yield* new Query("UPDATE", [key, row.value])
  }
  return found
}

/** The database: what each key's SELECT returns; a driver failure at statement `failAt`. */
const database = (table: Record<string, { readonly value?: number; readonly boom?: boolean }>, failAt?: number) => {
  const log: Array<string> = []
  const answer = (text: string, values: ReadonlyArray<unknown>): Rows => {
    log.push(`${text} ${values.join(",")}`)
    if (log.length === failAt) throw new SqlError({ cause: new Error("disk I/O error"), message: "Failed to execute statement" })
    if (text !== "SELECT 1") return []
    const row = table[String(values[0])]
    return row === undefined ? [] : [row]
  }
  return { log, answer }
}

type Case = readonly [name: string, table: Record<string, { readonly value?: number; readonly boom?: boolean }>, failAt?: number]

const cases: ReadonlyArray<Case> = [
  ["success", { a: { value: 1 }, b: { value: 2 } }],
  ["a typed failure", { a: { value: 1 } }],
  ["a driver failure", { a: { value: 1 }, b: { value: 2 } }, 3],
  ["a defect", { a: { value: 1 }, b: { boom: true } }]
]

const tagOf = (outcome: Outcome<unknown, unknown>) => outcome._tag

const viaSync = (table: Case[1], failAt?: number) => {
  const db = database(table, failAt)
  const outcome = driveSync({ querySync: db.answer }, program(["a", "b"]))
  return { outcome, log: db.log }
}

const viaAsync = (table: Case[1], failAt?: number) =>
  new Promise<{ outcome: Outcome<unknown, unknown>; log: ReadonlyArray<string> }>((resolve) => {
    const db = database(table, failAt)
    driveAsync(
      {
        query: (text, values, done) =>
          setImmediate(() => {
            try {
              done(undefined, db.answer(text, values))
            } catch (error) {
              done(error as SqlError, [])
            }
          }),
        cancel: () => {}
      },
      program(["a", "b"]),
      () => false,
      (outcome) => resolve({ outcome, log: db.log })
    )
  })

const viaEffect = (table: Case[1], failAt?: number) => {
  const db = database(table, failAt)
  const conn = {
    execute: (text: string, values: ReadonlyArray<unknown>) => Effect.try({ try: () => db.answer(text, values), catch: (e) => e as SqlError })
  } as unknown as Connection
  const exit = Effect.runSyncExit(runEffect(conn, program(["a", "b"]), false))
  return { exit, log: db.log }
}

describe("statement scripts", () => {
  for (const [name, table, failAt] of cases) {
    it(`${name}: the same statements and the same ending, driven synchronously, with callbacks and with Effects`, async () => {
      const sync = viaSync(table, failAt)
      const async = await viaAsync(table, failAt)
      const effect = viaEffect(table, failAt)
      assert.deepStrictEqual(async.log, sync.log)
      assert.deepStrictEqual(effect.log, sync.log)
      assert.strictEqual(tagOf(async.outcome), tagOf(sync.outcome))
      const expected = { success: "Success", "a typed failure": "Failure", "a driver failure": "DriverError", "a defect": "Defect" }[name]
      assert.strictEqual(tagOf(sync.outcome), expected)
      switch (sync.outcome._tag) {
        case "Success":
          assert.deepStrictEqual(sync.outcome.value, [1, 2])
          assert.deepStrictEqual(Exit.isSuccess(effect.exit) ? effect.exit.value : undefined, [1, 2])
          assert.deepStrictEqual(sync.log, ["SELECT 1 a", "UPDATE a,1", "SELECT 1 b", "UPDATE b,2"])
          break
        case "Failure":
          assert.instanceOf(sync.outcome.error, Missing)
          assert.isTrue(Exit.isFailure(effect.exit) && effect.exit.cause._tag === "Fail" && effect.exit.cause.error instanceof Missing)
          break
        case "DriverError":
          assert.strictEqual(sync.log.length, 3, "no statement after the failed one")
          assert.isTrue(Exit.isFailure(effect.exit) && effect.exit.cause._tag === "Fail" && effect.exit.cause.error instanceof SqlError)
          break
        case "Defect":
          assert.isTrue(Exit.isFailure(effect.exit) && effect.exit.cause._tag === "Die")
          break
      }
    })
  }

  it("driven with callbacks, a stopped script runs no further statement", async () => {
    let stop = false
    const log: Array<string> = []
    const outcome = await new Promise<Outcome<unknown, unknown>>((resolve) =>
      driveAsync(
        {
          query: (text, values, done) => {
            log.push(`${text} ${values.join(",")}`)
            stop = true
            setImmediate(() => done(undefined, text === "SELECT 1" ? [{ value: 1 }] : []))
          },
          cancel: () => {}
        },
        program(["a", "b"]),
        () => stop,
        resolve
      )
    )
    assert.deepStrictEqual(log, ["SELECT 1 a"])
    assert.strictEqual(outcome._tag, "Defect")
  })
})
