/**
 * `verify` finds each planted defect — a gap in a sequence, a duplicate event id, a terminal run
 * without its terminal event — and exits 1; a healthy store exits 0. Defects are planted with raw
 * SQL through better-sqlite3, past the store's own guards.
 */
import { afterAll, assert, describe, it, vi } from "@effect/vitest"
import Database from "better-sqlite3"
import * as fs from "node:fs"
import { run, runJson, sqlite, tempDir, withBackend } from "./support/cli.js"
import { seed } from "./support/seed.js"

// Each test starts the binary several times (a second or more each on a busy machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 })

const dir = tempDir("verify")
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A freshly seeded store, then `plant` applied to its file. */
const planted = async (name: string, plant: (db: Database.Database) => void) => {
  const backend = sqlite(dir, `${name}.db`)
  await withBackend(backend, seed)
  const db = new Database(backend.args[1]!)
  try {
    plant(db)
  } finally {
    db.close()
  }
  return backend
}

describe("verify", () => {
  it("a healthy store: exit 0", async () => {
    const backend = await planted("healthy", () => {})
    const result = await runJson(["verify", ...backend.args])
    assert.strictEqual(result.code, 0)
    assert.deepStrictEqual(result.json.findings, [])
    assert.isTrue(result.json.ok)
    assert.strictEqual(result.json.terminalRuns, 3)
  })

  it("a gap in a sequence", async () => {
    const backend = await planted("gap", (db) => {
      db.prepare("DELETE FROM runledger_events WHERE run_id = 'order-1' AND seq = 17").run()
    })
    const result = await run(["verify", ...backend.args])
    assert.strictEqual(result.code, 1)
    assert.match(result.stdout, /sequence-gap\s+acme\/prod\s+order-1\s+seq 17 is missing/)
    assert.include(result.stderr, "runledger: verify found 3 problems")
    const json = await runJson(["verify", ...backend.args])
    assert.strictEqual(json.code, 1)
    assert.isFalse(json.json.ok)
    assert.deepStrictEqual(json.json.findings[0], { check: "sequence-gap", scope: "acme/prod", runId: "order-1", detail: "seq 17 is missing" })
    // The stream's counters (events, payload bytes) disagree with what is stored, too.
    assert.deepStrictEqual(json.json.findings.slice(1).map((f: { check: string }) => f.check), ["stream-counter", "stream-counter"])
  })

  it("a duplicate event id", async () => {
    const backend = await planted("duplicate", (db) => {
      db.prepare("DROP INDEX runledger_events_event_id").run()
      // A second copy of event "shipped" of order-1, at the next seq (the counter moved with it, so
      // the sequence stays dense: only the id is duplicated).
      db.prepare(`INSERT INTO runledger_events (org_id, workspace_id, deployment_id, run_id, seq, event_id, type,
        occurred_at, payload, causation_id, correlation_id, actor, schema_version, fingerprint, bytes)
        SELECT org_id, workspace_id, deployment_id, run_id, 43, event_id, type, occurred_at, payload, causation_id,
        correlation_id, actor, schema_version, fingerprint, bytes FROM runledger_events WHERE run_id = 'order-1' AND event_id = 'shipped'`).run()
      db.prepare(`UPDATE runledger_streams SET last_seq = 43, event_count = event_count + 1,
        event_bytes = event_bytes + (SELECT bytes FROM runledger_events WHERE run_id = 'order-1' AND seq = 43) WHERE run_id = 'order-1'`).run()
    })
    const result = await runJson(["verify", ...backend.args])
    assert.strictEqual(result.code, 1)
    assert.deepStrictEqual(result.json.findings, [
      { check: "duplicate-event-id", scope: "acme/prod", runId: "order-1", detail: 'event id "shipped" is stored 2 times' }
    ])
  })

  it("a terminal run without its terminal event (and a divergence entry excuses one)", async () => {
    const backend = await planted("terminal", (db) => {
      // order-2 is Failed: drop its FlowFailed event (its only event) and its stream.
      db.prepare("DELETE FROM runledger_events WHERE run_id = 'order-2'").run()
      db.prepare("DELETE FROM runledger_streams WHERE run_id = 'order-2'").run()
      // order-3 is Canceled: drop its event too, but record the divergence the split path writes.
      db.prepare("DELETE FROM runledger_events WHERE run_id = 'order-3'").run()
      db.prepare("DELETE FROM runledger_streams WHERE run_id = 'order-3'").run()
      db.prepare(`INSERT INTO runledger_failures (org_id, workspace_id, deployment_id, run_id, step_id, reason, at)
        VALUES ('acme', 'prod', '', 'order-3', 'runledger:flow', ?, 0)`).run(
        JSON.stringify("terminal run status persisted but FlowCanceled append failed: disk full")
      )
    })
    const result = await run(["verify", ...backend.args])
    assert.strictEqual(result.code, 1)
    assert.match(result.stdout, /terminal-event-missing\s+acme\/prod\s+order-2\s+the run is Failed but has no FlowFailed event \(runledger\.terminal:order-2\)/)
    assert.notInclude(result.stdout, "order-3")
    assert.include(result.stdout, "1 problem:")
  })

  it("a marker that does not match the compaction point", async () => {
    const backend = await planted("marker", () => {})
    assert.strictEqual((await run(["compact", "--retention", "1d", ...backend.args])).code, 0)
    assert.strictEqual((await run(["verify", ...backend.args])).code, 0)
    const db = new Database(backend.args[1]!)
    db.prepare("UPDATE runledger_streams SET compacted_through_seq = 39 WHERE run_id = 'order-1'").run()
    db.close()
    const result = await runJson(["verify", ...backend.args])
    assert.strictEqual(result.code, 1)
    assert.isTrue(result.json.findings.some((f: any) => f.check === "marker" && f.detail.includes("the marker is at seq 40, the compaction point is 39")))
  })
})
