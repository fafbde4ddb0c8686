/** `compact`, `recover`, `verify`, `migrate`, `stats`. */
import { Command, Options } from "@effect/cli"
import * as SqlClient from "@effect/sql/SqlClient"
import { Errors, EventLog, Limits, Recovery, Run, RunStore } from "@runledger/core"
import type { TenantScope } from "@runledger/core"
import { SqlAdmin, SqlStore } from "@runledger/sql"
import { Clock, Duration, Effect, Either, Fiber, Option, Scheduler } from "effect"
import { UsageError, VerifyFailed } from "../../CliError.js"
import * as Connection from "../../Connection.js"
import * as Render from "../../Render.js"
import { type AnyCommand, common, scopeOption, withStore } from "../common.js"
import * as Parse from "../parse.js"
import * as Progress from "../progress.js"
import * as Workflows from "../workflows.js"

const TenantScopeKey = (scope: TenantScope.Input) => `${scope.orgId}\u0000${scope.workspaceId}\u0000${scope.deploymentId ?? ""}`

// ---------------------------------------------------------------------------------------------
// compact
// ---------------------------------------------------------------------------------------------

const compact = Command.make("compact", {
  ...common,
  retention: Options.text("retention").pipe(Options.withDescription("keep events younger than this (30d, 12h, 15m, 0 …)")),
  dryRun: Options.boolean("dry-run").pipe(Options.withDescription("say what would be pruned, change nothing")),
  progress: Options.choice("progress", ["auto", "always", "never"]).pipe(
    Options.withDescription("the progress bar on stderr: auto shows it for 5,000 events or more"),
    Options.withDefault("auto" as const)
  )
}, (o) =>
  Effect.gen(function*() {
    const retention = yield* Parse.duration("--retention", o.retention)
    if (!(Duration.toMillis(retention) <= (yield* Clock.currentTimeMillis) - Limits.MinDate.getTime())) {
      return yield* new UsageError({ message: `--retention ${o.retention} reaches back before the year 1, further than any event can be` })
    }
    const scope = yield* scopeOption(o)
    const scopeQuery = Option.isSome(scope) ? { scope: scope.value } : {}
    yield* withStore(o, "existing", Effect.gen(function*() {
      const now = new Date(yield* Clock.currentTimeMillis)
      const cutoff = new Date(now.getTime() - Duration.toMillis(retention))
      const plan = yield* SqlAdmin.compactionPlan({ cutoff, ...scopeQuery })
      const where = Option.match(scope, { onNone: () => "every tenant", onSome: Render.scope })
      if (o.dryRun) {
        if (o.json) {
          return yield* Render.json({ dryRun: true, cutoff: cutoff.toISOString(), wouldPrune: plan.events, streams: plan.streams, retained: plan.retained })
        }
        return yield* Render.text(
          `dry run: would prune ${plan.events} of ${plan.retained} retained events in ${plan.streams} runs of ${where} ` +
            `(events before ${Render.when(cutoff)}); nothing was changed`
        )
      }
      const show = o.progress === "always" || (o.progress === "auto" && plan.events >= 5000)
      const started = Date.now()
      const base = yield* SqlAdmin.compactionProgress(scopeQuery)
      const bar = show ? Progress.make({ label: "compacting", total: plan.events, unit: "events" }) : undefined
      const reporter = bar === undefined
        ? undefined
        : yield* Effect.fork(Effect.forever(
          Effect.zipRight(
            Effect.sleep("250 millis"),
            Effect.flatMap(SqlAdmin.compactionProgress(scopeQuery), (n) => Effect.sync(() => bar.update(n - base)))
          )
        ))
      const log = yield* EventLog.EventLog
      // SQLite does its work synchronously: with the default scheduler a long compaction would let a
      // timer (the progress reporter's) fire only every few million operations. This one gives
      // timers a turn after every 16 yields.
      const pruned = yield* log.compact({ retention, now, ...scopeQuery }).pipe(
        Effect.withScheduler(new Scheduler.MixedScheduler(16))
      )
      if (reporter !== undefined) yield* Fiber.interrupt(reporter)
      bar?.done(pruned)
      const seconds = (Date.now() - started) / 1000
      if (o.json) {
        return yield* Render.json({ dryRun: false, cutoff: cutoff.toISOString(), pruned, streams: plan.streams, seconds })
      }
      yield* Render.text(`pruned ${pruned} events in ${plan.streams} runs of ${where} (events before ${Render.when(cutoff)}) in ${seconds.toFixed(1)}s`)
    }))
  })).pipe(Command.withDescription("prune events older than --retention, leaving one marker per run"))

// ---------------------------------------------------------------------------------------------
// recover
// ---------------------------------------------------------------------------------------------

/** A run store whose `continueAsNew` decides but writes nothing: what a dry-run sweep runs on. */
const dryRunStore = Effect.gen(function*() {
  const runs = yield* RunStore.RunStore
  const service: RunStore.Service = {
    ...runs,
    continueAsNew: (scope, runId, input) =>
      Effect.gen(function*() {
        const run = yield* runs.get(scope, runId)
        const successor = yield* runs.get(scope, Run.successorRunId(runId)).pipe(
          Effect.map((r): Run.Run | undefined => r),
          Effect.catchTag("NotFound", () => Effect.succeed(undefined))
        )
        const decided = Run.continueAsNew(run, successor, input as never, new Date(yield* Clock.currentTimeMillis))
        return Either.isRight(decided) ? decided.right : yield* Effect.fail(decided.left)
      })
  }
  return service
})

const recover = Command.make("recover", {
  ...common,
  dryRun: Options.boolean("dry-run").pipe(Options.withDescription("report what the sweep would do, write nothing"))
}, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeOption(o)
    const reports = yield* withStore(o, "existing", Effect.gen(function*() {
      const scopes: ReadonlyArray<TenantScope.Input> = Option.isSome(scope) ? [scope.value] : yield* SqlAdmin.scopes()
      const store = o.dryRun ? yield* dryRunStore : yield* RunStore.RunStore
      const swept = yield* Effect.forEach(scopes, (s) => Effect.provideService(Recovery.sweep(s), RunStore.RunStore, store))
      // The workflow engine's executions among the reported runs: the engine resumes them itself.
      const executions = new Map<string, Workflows.Execution>()
      for (const report of swept) {
        for (const run of report.runs) {
          const found = yield* Effect.option(store.get(report.scope, run.runId))
          const execution = Option.isSome(found) ? Workflows.executionOf(found.value) : undefined
          if (execution !== undefined) executions.set(`${TenantScopeKey(report.scope)}\u0001${run.runId}`, execution)
        }
      }
      return { swept, executions }
    }))
    const executionOf = (scope: TenantScope.Input, runId: string) => reports.executions.get(`${TenantScopeKey(scope)}\u0001${runId}`)
    if (o.json) {
      return yield* Render.json({
        dryRun: o.dryRun,
        reports: reports.swept.map(Render.encode.sweep),
        workflowExecutions: reports.swept.flatMap((report) =>
          report.runs.flatMap((run) => {
            const execution = executionOf(report.scope, run.runId)
            return execution === undefined ? [] : [{ scope: report.scope, runId: run.runId, ...execution }]
          })
        )
      })
    }
    const lines: Array<string> = []
    if (o.dryRun) lines.push("dry run: nothing was written")
    for (const report of reports.swept) {
      const described = report.runs.flatMap((run) =>
        run.findings.map((finding) => {
          const execution = executionOf(report.scope, run.runId)
          const explained = execution === undefined ? "" : Workflows.explain(execution, finding)
          return `${run.runId}${run.status === undefined ? "" : ` [${run.status}]`}: ${explained === "" ? Recovery.explain(finding) : explained}`
        })
      ).map((line) =>
        o.dryRun ? line.replace(": started the missing successor", ": would start the missing successor") : line
      )
      lines.push(
        `${Render.scope(report.scope)}: scanned ${report.scanned.continuedAsNew} continued, ${report.scanned.active} active runs, ` +
          `${report.scanned.dueTimers} due timers${report.dueTimersTruncated ? " (more timers are due than listed)" : ""}`
      )
      lines.push(...(described.length === 0 ? ["  nothing to recover"] : described.map((l) => `  ${l}`)))
    }
    if (reports.swept.length === 0) lines.push("no tenants in the store")
    yield* Render.text(lines.join("\n"))
  })).pipe(Command.withDescription("run the recovery sweep (every tenant without --tenant) and print its per-run report"))

// ---------------------------------------------------------------------------------------------
// verify
// ---------------------------------------------------------------------------------------------

const verify = Command.make("verify", {
  ...common,
  maxFindings: Options.integer("max-findings").pipe(Options.withDescription("stop listing after this many"), Options.withDefault(1000))
}, (o) =>
  Effect.gen(function*() {
    if (o.maxFindings < 1) return yield* new UsageError({ message: `--max-findings must be at least 1, got ${o.maxFindings}` })
    const report = yield* withStore(o, "existing", SqlAdmin.verify({ maxFindings: o.maxFindings }))
    const ok = report.findings.length === 0
    if (o.json) {
      yield* Render.json({
        ok,
        streams: report.streams,
        events: report.events,
        terminalRuns: report.terminalRuns,
        integrity: report.integrity,
        findings: report.findings
      })
    } else {
      const summary = `checked ${report.streams} event streams, ${report.events} events, ${report.terminalRuns} terminal runs, every row; database: ${report.integrity}`
      if (ok) yield* Render.text(`ok: ${summary}; no problems found`)
      else {
        yield* Render.text(Render.table(
          ["CHECK", "TENANT", "RUN", "DETAIL"],
          report.findings.map((f) => [f.check, f.scope, f.runId, f.detail]),
          { maxCell: 120 }
        ))
        yield* Render.text(`\n${report.findings.length} problem${report.findings.length === 1 ? "" : "s"}: ${summary}`)
      }
    }
    if (!ok) return yield* new VerifyFailed({ findings: report.findings.length })
  })).pipe(Command.withDescription(
    "check integrity: dense sequences, no duplicate ids, consistent markers, a terminal event for every terminal run, every row's fingerprints, the database's own check (exit 1 on findings)"
  ))

// ---------------------------------------------------------------------------------------------
// migrate, stats
// ---------------------------------------------------------------------------------------------

const migrate = Command.make("migrate", { ...common }, (o) =>
  Effect.gen(function*() {
    const target = yield* Connection.target(o)
    const result = yield* Effect.provide(
      Effect.gen(function*() {
        const applied = yield* SqlStore.migrate()
        const sql = (yield* SqlClient.SqlClient).withoutTransforms()
        const rows = yield* sql<{ readonly id: unknown }>`SELECT MAX(migration_id) AS id FROM ${sql(SqlStore.tables().migrations)}`.pipe(
          Effect.catchTag("SqlError", (e) => Effect.fail(new Errors.StoreUnavailable({ operation: "migrate", reason: e.message })))
        )
        return { applied, current: Number(rows[0]?.id ?? 0) }
      }),
      Connection.clientLayer(target, "create")
    ).pipe(Effect.mapError(Connection.notADatabase(target)))
    if (o.json) {
      return yield* Render.json({ applied: result.applied.map(([id, name]) => ({ id, name })), schemaVersion: result.current, supported: SqlStore.SchemaVersion })
    }
    yield* Render.text([
      ...(result.applied.length === 0 ? ["up to date: no migrations to apply"] : result.applied.map(([id, name]) => `applied migration ${id} (${name})`)),
      `${Connection.describe(target)} is at schema version ${result.current} (this runledger supports ${SqlStore.SchemaVersion})`
    ].join("\n"))
  })).pipe(Command.withDescription("create or upgrade the store's tables (the other commands migrate on open too)"))

const stats = Command.make("stats", { ...common }, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeOption(o)
    const all = yield* withStore(o, "existing", SqlAdmin.stats(Option.isSome(scope) ? { scope: scope.value } : {}))
    if (o.json) {
      return yield* Render.json({ scopes: all.map((s) => ({ ...s, scope: { ...s.scope } })) })
    }
    if (all.length === 0) return yield* Render.text("the store is empty")
    const sum = (f: (s: SqlAdmin.ScopeStats) => number) => String(all.reduce((n, s) => n + f(s), 0))
    const rows = all.map((s) => [
      Render.scope(s.scope),
      String(s.runs),
      Object.entries(s.runsByStatus).map(([k, v]) => `${k} ${v}`).join(", "),
      String(s.events),
      String(s.eventBytes),
      String(s.prunedEvents),
      String(s.outputs),
      String(s.snapshots),
      String(s.specs),
      String(s.timersScheduled),
      String(s.leases)
    ])
    if (all.length > 1) {
      rows.push([
        "total",
        sum((s) => s.runs),
        "",
        sum((s) => s.events),
        sum((s) => s.eventBytes),
        sum((s) => s.prunedEvents),
        sum((s) => s.outputs),
        sum((s) => s.snapshots),
        sum((s) => s.specs),
        sum((s) => s.timersScheduled),
        sum((s) => s.leases)
      ])
    }
    yield* Render.text(Render.table(
      ["TENANT", "RUNS", "BY STATUS", "EVENTS", "EVENT BYTES", "PRUNED", "OUTPUTS", "SNAPSHOTS", "SPECS", "TIMERS", "LEASES"],
      rows,
      { maxCell: 80 }
    ))
  })).pipe(Command.withDescription("counts and sizes per tenant"))

export const commands: readonly [
  AnyCommand<"compact">,
  AnyCommand<"recover">,
  AnyCommand<"verify">,
  AnyCommand<"migrate">,
  AnyCommand<"stats">
] = [compact, recover, verify, migrate, stats]
