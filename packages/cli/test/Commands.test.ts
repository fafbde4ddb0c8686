/**
 * Every command of the built binary on a seeded store (SQLite, and Postgres when RUNLEDGER_PG_URL is
 * set): its table output, its `--json` shape and its exit code, and the error classes.
 */
import { afterAll, assert, beforeAll, describe, it, vi } from "@effect/vitest"
import { EventLog } from "@runledger/core"
import { Effect } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import type { Backend } from "./support/cli.js"
import { backends, run, runJson, start, tempDir, withBackend } from "./support/cli.js"
import { acme, oldEvents, seed } from "./support/seed.js"

// Each test starts the binary several times (a second or more each on a busy machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 120_000 })

const dir = tempDir("commands")
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const tenant = ["--tenant", "acme/prod"]

describe.each(backends("commands", dir).map((b) => [b.name, b] as const))("runledger on %s", (_name, backend: Backend) => {
  const cli = (...args: ReadonlyArray<string>) => run([...args, ...backend.args])
  const cliJson = (...args: ReadonlyArray<string>) => runJson([...args, ...backend.args])

  beforeAll(async () => {
    await withBackend(backend, seed)
  })

  it("runs list: every tenant as a table, one tenant as JSON, filters and paging", async () => {
    const all = await cli("runs", "list")
    assert.strictEqual(all.code, 0, all.stderr)
    assert.match(all.stdout, /^TENANT\s+RUN\s+FLOW\s+STATUS\s+VERSION\s+CREATED\s+UPDATED/)
    for (const id of ["order-1", "order-2", "order-3", "order-4", "order-5", "loop-1", "job-1"]) assert.include(all.stdout, id)
    assert.include(all.stdout, "acme/staging/eu-1")

    const scoped = await cliJson("runs", "list", ...tenant)
    assert.strictEqual(scoped.code, 0)
    assert.deepStrictEqual(Object.keys(scoped.json).sort(), ["nextCursor", "runs"])
    assert.strictEqual(scoped.json.runs.length, 6)
    assert.deepStrictEqual(scoped.json.runs[0].scope, { orgId: "acme", workspaceId: "prod" })
    assert.strictEqual(typeof scoped.json.runs[0].createdAt, "string")
    assert.strictEqual(scoped.json.nextCursor, null)

    const terminal = await cliJson("runs", "list", ...tenant, "--status", "Completed,Failed", "--flow", "checkout")
    assert.deepStrictEqual(terminal.json.runs.map((r: any) => r.runId).sort(), ["order-1", "order-2"])

    const future = await cliJson("runs", "list", "--from", "2999-01-01T00:00:00Z")
    assert.deepStrictEqual(future.json.runs, [])

    // Paging across scopes and within one: every run exactly once.
    for (const scope of [[], tenant]) {
      const seen: Array<string> = []
      let cursor: string | null = null
      for (let i = 0; i < 10; i++) {
        const page: any = await cliJson("runs", "list", ...scope, "--limit", "4", ...(cursor === null ? [] : ["--cursor", cursor]))
        assert.strictEqual(page.code, 0, page.stderr)
        seen.push(...page.json.runs.map((r: any) => r.runId))
        cursor = page.json.nextCursor
        if (cursor === null) break
      }
      assert.strictEqual(seen.length, scope.length === 0 ? 7 : 6)
      assert.strictEqual(new Set(seen).size, seen.length)
    }
  })

  it("runs show: status, version, ledgers, failures, outputs, chain, lease", async () => {
    const shown = await cli("runs", "show", "order-1", ...tenant)
    assert.strictEqual(shown.code, 0, shown.stderr)
    assert.match(shown.stdout, /status:\s+Completed/)
    assert.match(shown.stdout, /version:\s+3/)
    assert.match(shown.stdout, /steps \(6\)/)
    assert.match(shown.stdout, /outputs \(3\)/)
    assert.match(shown.stdout, /ship\s+completed\s+1/)
    assert.match(shown.stdout, /events:\s+last seq 42/)

    const failed = await cliJson("runs", "show", "order-2", ...tenant)
    assert.deepStrictEqual(Object.keys(failed.json).sort(), ["chain", "events", "failures", "lease", "outputs", "run", "steps"])
    assert.strictEqual(failed.json.run.status, "Failed")
    assert.deepStrictEqual(failed.json.failures.map((f: any) => [f.stepId, f.reason]), [["charge", "card declined"]])

    const leased = await cliJson("runs", "show", "order-4", ...tenant)
    assert.strictEqual(leased.json.lease.owner, "worker-a")
    assert.strictEqual(leased.json.lease.token, 1)
    assert.strictEqual(leased.json.events.lastSeq, 1)

    const missing = await cli("runs", "show", "nope", ...tenant)
    assert.strictEqual(missing.code, 3)
    assert.strictEqual(missing.stdout, "")
    assert.strictEqual(missing.stderr.trim(), 'runledger: Run "nope" not found')

    // Another tenant's run is simply not found.
    const elsewhere = await cli("runs", "show", "order-1", "--tenant", "acme/staging/eu-1")
    assert.strictEqual(elsewhere.code, 3)

    const noTenant = await cli("runs", "show", "order-1")
    assert.strictEqual(noTenant.code, 2)
    assert.include(noTenant.stderr, "needs --tenant")
  })

  it("events read (windows) and events tail (run and change feed)", async () => {
    const window = await cliJson("events", "read", "order-1", ...tenant, "--after", "39", "--limit", "2")
    assert.strictEqual(window.code, 0)
    assert.deepStrictEqual(window.json.events.map((e: any) => e.seq), [40, 41])
    assert.strictEqual(window.json.compactedThroughSeq, null)
    assert.deepStrictEqual(
      Object.keys(window.json.events[0]).sort(),
      ["eventId", "occurredAt", "payload", "runId", "schemaVersion", "scope", "seq", "type"]
    )

    const last = await cli("events", "read", "order-1", ...tenant, "--tail", "--limit", "1")
    assert.match(last.stdout, /42\s+FlowCompleted\s+runledger\.terminal:order-1/)

    const runTail = await run(["events", "tail", "order-1", ...tenant, "--limit", "2", "--json", ...backend.args])
    const lines = runTail.stdout.trim().split("\n").map((l) => JSON.parse(l))
    assert.deepStrictEqual(lines.map((e: any) => e.seq), [41, 42])

    const feed = await cli("events", "tail", "--limit", "2")
    assert.strictEqual(feed.code, 0)
    assert.match(feed.stdout, /^TENANT\s+RUN\s+SEQ\s+TYPE/)
    assert.include(feed.stdout, "job-1")
  })

  it("events tail --follow prints events as they commit and stops on Ctrl-C", async () => {
    const child = start(["events", "tail", "order-4", ...tenant, "--follow", "--interval", "100ms", "--json", ...backend.args])
    let out = ""
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${text}; got: ${out}`)), 45_000)
        const check = () => {
          if (out.includes(text)) {
            clearTimeout(timer)
            resolve()
          }
        }
        child.stdout!.on("data", check)
        check()
      })
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (out += d))
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)))
    await seen('"eventId":"started"')
    await withBackend(backend, Effect.flatMap(EventLog.EventLog, (log) => log.appendOnce(acme, "order-4", { eventId: "followed", type: "Progress", payload: { pct: 50 } })))
    await seen('"eventId":"followed"')
    child.kill("SIGINT")
    assert.strictEqual(await exited, 130)
  })

  it("snapshots list/show, specs list/show", async () => {
    const snaps = await cliJson("snapshots", "list", "order-1", ...tenant)
    assert.deepStrictEqual(snaps.json.snapshots.map((s: any) => [s.snapshotId, s.seq, s.phase]), [["snap-1", 3, "charging"]])
    const snap = await cli("snapshots", "show", "order-1", "snap-1", ...tenant)
    assert.match(snap.stdout, /phase:\s+charging/)
    assert.include(snap.stdout, '"step": "charge"')
    const noSnap = await cli("snapshots", "show", "order-1", "snap-9", ...tenant)
    assert.strictEqual(noSnap.code, 3)

    const specs = await cliJson("specs", "list", ...tenant)
    assert.deepStrictEqual(specs.json.specs.map((s: any) => [s.specId, s.revision]), [["checkout", 2]])
    const first = await cliJson("specs", "show", "checkout", ...tenant, "--revision", "1")
    assert.deepStrictEqual(first.json.definition, { steps: ["reserve", "charge", "ship"] })
    assert.match(first.json.contentHash, /^[0-9a-f]{64}$/)
    const table = await cli("specs", "list", ...tenant)
    assert.match(table.stdout, /^SPEC\s+REVISION\s+CREATED\s+CONTENT HASH/)
    const noSpec = await cli("specs", "show", "nope", ...tenant)
    assert.strictEqual(noSpec.code, 3)
  })

  it("timers due, leases list", async () => {
    const due = await cliJson("timers", "due")
    assert.deepStrictEqual(due.json.timers.map((t: any) => [t.runId, t.timerId, t.status]), [["order-5", "reminder", "Scheduled"]])
    const notYet = await cli("timers", "due", "--as-of", "2000-01-01T00:00:00Z")
    assert.include(notYet.stdout, "no timers due")

    const leases = await cliJson("leases", "list")
    assert.deepStrictEqual(leases.json.leases.map((l: any) => [l.runId, l.owner, l.token, l.state]), [["order-4", "worker-a", 1, "held"]])
    const leaseTable = await cli("leases", "list", "order-4", ...tenant)
    assert.match(leaseTable.stdout, /order-4\s+worker-a\s+1\s+held/)
  })

  it("recover: --dry-run reports and writes nothing; the sweep starts the missing successor", async () => {
    const dry = await cli("recover", "--dry-run", ...tenant)
    assert.strictEqual(dry.code, 0, dry.stderr)
    assert.include(dry.stdout, "dry run: nothing was written")
    assert.include(dry.stdout, "loop-1 [ContinuedAsNew]: would start the missing successor loop-1~2")
    assert.include(dry.stdout, 'order-5 [Pending]: timer "reminder" is due')
    assert.strictEqual((await cli("runs", "show", "loop-1~2", ...tenant)).code, 3)

    const swept = await cliJson("recover", ...tenant)
    assert.strictEqual(swept.code, 0)
    const report = swept.json.reports[0]
    assert.deepStrictEqual(report.scope, { orgId: "acme", workspaceId: "prod" })
    const loop = report.runs.find((r: any) => r.runId === "loop-1")
    assert.strictEqual(loop.findings[0]._tag, "SuccessorStarted")
    const successor = await cliJson("runs", "show", "loop-1~2", ...tenant)
    assert.strictEqual(successor.json.run.status, "Pending")
    assert.strictEqual(successor.json.run.parentRunId, "loop-1")
    assert.deepStrictEqual(successor.json.chain.map((r: any) => r.runId), ["loop-1", "loop-1~2"])
  })

  it("stats, migrate, verify on a healthy store", async () => {
    const stats = await cliJson("stats")
    const prod = stats.json.scopes.find((s: any) => s.scope.workspaceId === "prod")
    // order-1: the old events, "shipped", its terminal event; order-2 and order-3: their terminal
    // events; order-4: "started" and the event the --follow test appended.
    assert.strictEqual(prod.events, oldEvents + 6)
    assert.strictEqual(prod.runsByStatus.Completed, 1)
    assert.strictEqual(prod.outputs, 3)
    assert.strictEqual(prod.leases, 1)
    const table = await cli("stats")
    assert.match(table.stdout, /^TENANT\s+RUNS\s+BY STATUS\s+EVENTS/)
    assert.match(table.stdout, /\ntotal\s+/)

    const migrated = await cliJson("migrate")
    assert.strictEqual(migrated.code, 0)
    assert.deepStrictEqual(migrated.json.applied, [])
    assert.strictEqual(migrated.json.schemaVersion, migrated.json.supported)

    const verify = await cli("verify")
    assert.strictEqual(verify.code, 0, verify.stdout + verify.stderr)
    assert.match(verify.stdout, /^ok: checked \d+ event streams, \d+ events, 3 terminal runs, every row; database: (SQLite integrity_check|Postgres[^;]*); no problems found/)
  })

  it("usage errors: one line, exit 2, no stack trace", async () => {
    for (
      const [args, expected] of [
        [["runs", "list", "--tenant", "acme"], "--tenant must be org/workspace"],
        [["runs", "list", "--status", "Done"], "--status takes"],
        [["runs", "list", "--from", "yesterday-ish"], "--from must be a date"],
        [["compact", "--retention", "forever"], "--retention must be a duration"],
        [["runs", "list", "--limit", "0"], "--limit must be between 1 and 1000"]
      ] as const
    ) {
      const result = await cli(...args)
      assert.strictEqual(result.code, 2, `${args.join(" ")}: ${result.stderr}`)
      assert.strictEqual(result.stderr.trim().split("\n").length, 1, result.stderr)
      assert.include(result.stderr, expected)
      assert.notInclude(result.stderr, "    at ")
    }
    const unknown = await cli("runs", "list", "--bogus")
    assert.strictEqual(unknown.code, 2)
    assert.include(unknown.stderr, "--bogus")
    const noCommand = await cli("frobnicate")
    assert.strictEqual(noCommand.code, 2)
  })
})

describe("store selection and secrets", () => {
  it("a --db that does not exist is not created: exit 3", async () => {
    const file = path.join(dir, "missing.db")
    const result = await run(["runs", "list", "--db", file])
    assert.strictEqual(result.code, 3)
    assert.strictEqual(result.stderr.trim(), `runledger: no database at ${file} (give --db <file>, or --pg <url>)`)
    assert.isFalse(fs.existsSync(file))
  })

  it("an unreachable Postgres: exit 5, and the password is never printed", async () => {
    const url = "postgres://ops:S3cretPassw0rd@127.0.0.1:1/runledger"
    for (const args of [["runs", "list", "--pg", url], ["verify"]]) {
      const result = await run(args, args.includes("--pg") ? {} : { env: { RUNLEDGER_PG_URL: url } })
      assert.strictEqual(result.code, 5, result.stderr)
      assert.notInclude(result.stderr + result.stdout, "S3cretPassw0rd")
      assert.notInclude(result.stderr, "    at ")
    }
    const bad = await run(["runs", "list", "--pg", "mysql://ops:S3cretPassw0rd@host/db"])
    assert.strictEqual(bad.code, 2)
    assert.include(bad.stderr, "mysql://ops:***@host/db")
    assert.notInclude(bad.stderr, "S3cretPassw0rd")
  })

  it("--version and --help exit 0", async () => {
    const version = await run(["--version"])
    assert.strictEqual(version.code, 0)
    assert.include(version.stdout, "0.1.0")
    const help = await run(["--help"])
    assert.strictEqual(help.code, 0)
    for (const command of ["runs list", "events tail", "compact", "verify", "export", "import", "migrate", "stats", "recover"]) {
      assert.include(help.stdout, command)
    }
  })
})
