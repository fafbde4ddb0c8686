/**
 * A damaged file never answers wrongly unnoticed by `verify`: 8 bytes overwritten at a seeded place
 * past the first page, trial after trial; whenever the store then answers differently from the
 * undamaged file — a changed payload, part of a run's events, `NotFound` for a run that exists — or
 * fails, `verify` reports a finding or fails with a typed error. (Before it ran `integrity_check`
 * and decoded and fingerprinted every row, 3 of these 60 trials passed `verify` clean.)
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import { assert, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog, RunStore } from "@runledger/core"
import { SqlAdmin } from "@runledger/sql"
import Database from "better-sqlite3"
import { Cause, Effect, Exit, Layer } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const scope = { orgId: "acme", workspaceId: "prod" }
const runIds = Array.from({ length: 20 }, (_, i) => `run-${i}`)
const trials = 60

const onFile = <A, E>(filename: string, body: Effect.Effect<A, E, RunStore.RunStore | EventLog.EventLog | SqlClient.SqlClient>) =>
  Effect.scoped(Effect.flatMap(Layer.build(SqliteStore.layerWithClient({ filename })), (context) => Effect.provide(body, context)))

const seed = Effect.gen(function*() {
  const runs = yield* RunStore.RunStore
  const events = yield* EventLog.EventLog
  for (const [i, runId] of runIds.entries()) {
    yield* runs.create({ runId, scope, flowId: "f", input: { i, text: "x".repeat(50) } })
    yield* runs.casStatus(scope, runId, "Pending", "Running")
    yield* runs.appendStep(scope, runId, { stepId: "s", kind: "started", attempt: 1 })
    yield* runs.putOutput(scope, runId, "s", { value: i })
    yield* events.append(scope, runId, Array.from({ length: 10 }, (_, j) => ({ eventId: `e${j}`, type: "T", payload: { j, pad: "y".repeat(40) } })))
  }
})

/** Everything a caller can read about the seeded runs, as text. */
const answers = Effect.gen(function*() {
  const runs = yield* RunStore.RunStore
  const events = yield* EventLog.EventLog
  const out: Array<unknown> = [yield* runs.list(scope, { limit: 1000 })]
  for (const runId of runIds) {
    out.push(yield* runs.get(scope, runId), yield* events.read(scope, runId, { limit: 1000 }))
    out.push(yield* runs.listSteps(scope, runId), yield* runs.getOutput(scope, runId, "s"))
  }
  return JSON.stringify(out)
})

describe("a damaged SQLite file", () => {
  // The TestClock keeps every timestamp at 0, so the seeded file — and where each trial lands — is
  // the same on every run.
  it.effect(`${trials} trials of 8 overwritten bytes: every wrong answer or failure is caught by verify`, () =>
    Effect.acquireUseRelease(
      Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "runledger-damage-"))),
      (dir) =>
        Effect.gen(function*() {
          const original = path.join(dir, "store.db")
          yield* onFile(original, seed)
          const db = new Database(original)
          db.pragma("wal_checkpoint(TRUNCATE)")
          const pageSize = db.pragma("page_size", { simple: true }) as number
          db.close()
          const good = yield* onFile(original, answers)
          const bytes = fs.readFileSync(original)
          let state = 20260101
          const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
          let noticed = 0
          const missed: Array<string> = []
          for (let trial = 0; trial < trials; trial++) {
            const damaged = Buffer.from(bytes)
            const at = pageSize + Math.floor(random() * (damaged.length - pageSize - 8))
            for (let k = 0; k < 8; k++) damaged[at + k] = Math.floor(random() * 256)
            const file = path.join(dir, `trial-${trial}.db`)
            fs.writeFileSync(file, damaged)
            const read = yield* Effect.exit(onFile(file, answers))
            const verified = yield* Effect.exit(onFile(file, SqlAdmin.verify()))
            assert.isFalse(Exit.isFailure(verified) && Cause.isDie(verified.cause), `trial ${trial}: verify died: ${Exit.isFailure(verified) ? Cause.pretty(verified.cause) : ""}`)
            const wrong = Exit.isFailure(read) || read.value !== good
            const caught = Exit.isFailure(verified) || verified.value.findings.length > 0
            if (wrong) noticed += 1
            if (wrong && !caught) missed.push(`trial ${trial} (byte ${at}): ${Exit.isFailure(read) ? Cause.pretty(read.cause).split("\n")[0] : "a wrong answer"}`)
            fs.rmSync(file)
          }
          assert.deepStrictEqual(missed, [])
          assert.isAbove(noticed, 5, "enough trials changed what the store answers to mean something")
        }),
      (dir) => Effect.sync(() => fs.rmSync(dir, { recursive: true, force: true }))
    ), 300_000)
})
