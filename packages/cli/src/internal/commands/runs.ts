/** `runs list` and `runs show`. */
import { Args, Command, Options } from "@effect/cli"
import { EventLog, LeaseStore, RunStore } from "@runledger/core"
import type { Errors, Run, TenantScope } from "@runledger/core"
import { SqlAdmin } from "@runledger/sql"
import type { SqlClient } from "@effect/sql/SqlClient"
type InvalidInput = Errors.InvalidInput
type StoreError = Errors.StoreError
import { Effect, Option } from "effect"
import { UsageError } from "../../CliError.js"
import * as Render from "../../Render.js"
import type { Common } from "../common.js"
import { type AnyCommand, common, scopeOption, scopeRequired, withStore } from "../common.js"
import * as Parse from "../parse.js"

const optionalText = (name: string, description: string) =>
  Options.text(name).pipe(Options.withDescription(description), Options.optional)

const list = Command.make("list", {
  ...common,
  status: optionalText("status", "only runs in these statuses (comma-separated: Pending,Running,…)"),
  flow: optionalText("flow", "only runs of this flow id"),
  from: optionalText("from", "only runs created at or after this date (ISO 8601)"),
  to: optionalText("to", "only runs created before this date (ISO 8601)"),
  limit: Options.integer("limit").pipe(Options.withDescription("the page size (1-1000)"), Options.withDefault(50)),
  cursor: optionalText("cursor", "continue after the page that printed this cursor")
}, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeOption(o)
    const statuses = Option.isSome(o.status) ? yield* Parse.statuses(o.status.value) : undefined
    const createdFrom = Option.isSome(o.from) ? yield* Parse.date("--from", o.from.value) : undefined
    const createdBefore = Option.isSome(o.to) ? yield* Parse.date("--to", o.to.value) : undefined
    const limit = yield* Parse.limit(o.limit)
    const cursor = Option.getOrUndefined(o.cursor)
    // The run store refuses a cursor it did not issue; the listing across tenants checks its own here.
    if (cursor !== undefined && Option.isNone(scope) && !SqlAdmin.isRunCursor(cursor)) {
      return yield* new UsageError({ message: `--cursor ${JSON.stringify(cursor)} is not a cursor printed by runs list (without --tenant)` })
    }
    const page: { readonly runs: ReadonlyArray<Run.Run>; readonly nextCursor: Option.Option<string> } = yield* withStore(o, "existing", Option.match(scope, {
      // One scope: the run store's own listing (its cursor).
      onSome: (s): Effect.Effect<SqlAdmin.RunPage, InvalidInput | StoreError, RunStore.RunStore | SqlClient> =>
        Effect.flatMap(RunStore.RunStore, (runs) =>
          runs.list(s, {
            limit,
            ...(statuses === undefined ? {} : { status: statuses }),
            ...(Option.isSome(o.flow) ? { flowId: o.flow.value } : {}),
            ...(createdFrom === undefined ? {} : { createdFrom }),
            ...(createdBefore === undefined ? {} : { createdBefore }),
            ...(cursor === undefined ? {} : { cursor })
          })),
      // Every scope: the operators' listing.
      onNone: () =>
        SqlAdmin.listRuns({
          limit,
          ...(statuses === undefined ? {} : { statuses }),
          ...(Option.isSome(o.flow) ? { flowId: o.flow.value } : {}),
          ...(createdFrom === undefined ? {} : { createdFrom }),
          ...(createdBefore === undefined ? {} : { createdBefore }),
          ...(cursor === undefined ? {} : { cursor })
        })
    }))
    if (o.json) {
      return yield* Render.json({ runs: page.runs.map(Render.encode.run), nextCursor: Option.getOrNull(page.nextCursor) })
    }
    if (page.runs.length === 0) return yield* Render.text("no runs")
    const cross = Option.isNone(scope)
    yield* Render.text(Render.table(
      [...(cross ? ["TENANT"] : []), "RUN", "FLOW", "STATUS", "VERSION", "CREATED", "UPDATED"],
      page.runs.map((r) => [
        ...(cross ? [Render.scope(r.scope)] : []),
        r.runId,
        r.flowId,
        r.status,
        String(r.version),
        Render.when(r.createdAt),
        Render.when(r.updatedAt)
      ])
    ))
    if (Option.isSome(page.nextCursor)) yield* Render.text(`\nmore: --cursor ${page.nextCursor.value}`)
  })).pipe(Command.withDescription("list runs (of one tenant, or of every tenant without --tenant)"))

const show = Command.make("show", {
  ...common,
  runId: Args.text({ name: "run-id" }).pipe(Args.withDescription("the run to show"))
}, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeRequired(o, "runs show")
    const detail = yield* withStore(o, "existing", showRun(scope, o.runId))
    if (o.json) {
      return yield* Render.json({
        run: Render.encode.run(detail.run),
        steps: detail.steps.map(Render.encode.step),
        failures: detail.failures.map(Render.encode.failure),
        outputs: detail.outputs.map(Render.encode.output),
        chain: detail.chain.map(Render.encode.run),
        lease: Option.getOrNull(Option.map(detail.lease, Render.encode.lease)),
        events: { lastSeq: detail.lastSeq }
      })
    }
    yield* Render.text(renderRun(detail))
  })).pipe(Command.withDescription("show a run: status, version, ledgers, failures, outputs, chain, lease"))

interface RunDetail {
  readonly run: Run.Run
  readonly steps: ReadonlyArray<import("@runledger/core").StepLedger.StepEntry>
  readonly failures: ReadonlyArray<import("@runledger/core").StepLedger.FailureEntry>
  readonly outputs: ReadonlyArray<import("@runledger/core").StepOutput.StepOutput>
  readonly chain: ReadonlyArray<Run.Run>
  readonly lease: Option.Option<import("@runledger/core").Lease.Lease>
  readonly lastSeq: number
}

const showRun = (scope: TenantScope.Input, runId: string) =>
  Effect.gen(function*() {
    const runs = yield* RunStore.RunStore
    const events = yield* EventLog.EventLog
    const leases = yield* LeaseStore.LeaseStore
    const run = yield* runs.get(scope, runId)
    const steps = yield* runs.listSteps(scope, runId)
    const failures = yield* runs.listFailures(scope, runId)
    const keys = yield* runs.listOutputKeys(scope, runId)
    const outputs = yield* Effect.forEach(keys, (key) => runs.getOutput(scope, runId, key))
    const chain = yield* runs.chain(scope, run.chainId)
    const lease = yield* leases.get(scope, runId)
    const lastSeq = yield* events.lastSeq(scope, runId)
    return { run, steps, failures, outputs: outputs.flatMap(Option.toArray), chain, lease, lastSeq } satisfies RunDetail
  })

const renderRun = (d: RunDetail): string => {
  const r = d.run
  const now = Date.now()
  const parts: Array<string> = [
    Render.fields([
      ["run", r.runId],
      ["tenant", Render.scope(r.scope)],
      ["flow", r.flowId],
      ["status", r.status],
      ["version", String(r.version)],
      ["created", Render.when(r.createdAt)],
      ["updated", Render.when(r.updatedAt)],
      ...(r.completedAt === undefined ? [] : [["completed", Render.when(r.completedAt)] as const]),
      ["input", Render.compact(r.input)],
      ["state", Render.compact(r.state)],
      ["chain", `${r.chainId}${r.parentRunId === undefined ? "" : ` (parent ${r.parentRunId})`}`],
      ...(r.spec === undefined ? [] : [["spec", `${r.spec.specId} revision ${r.spec.revision}`] as const]),
      [
        "lease",
        Option.match(d.lease, {
          onNone: () => "none",
          onSome: (l) =>
            `${l.owner} token ${l.token} ${
              l.releasedAt !== undefined
                ? `released ${Render.when(l.releasedAt)}`
                : l.expiresAt.getTime() <= now
                ? `expired ${Render.when(l.expiresAt)}`
                : `held until ${Render.when(l.expiresAt)}`
            }`
        })
      ],
      ["events", d.lastSeq === 0 ? "none" : `last seq ${d.lastSeq}`]
    ])
  ]
  parts.push(
    `\nsteps (${d.steps.length})`,
    d.steps.length === 0 ? "  none" : Render.table(
      ["STEP", "KIND", "ATTEMPT", "AT", "DETAIL"],
      d.steps.map((s) => [s.stepId, s.kind, String(s.attempt), Render.when(s.at), Render.compact(s.detail)])
    )
  )
  parts.push(
    `\nfailures (${d.failures.length})`,
    d.failures.length === 0 ? "  none" : Render.table(
      ["STEP", "AT", "REASON"],
      d.failures.map((f) => [f.stepId, Render.when(f.at), f.reason]),
      { maxCell: 120 }
    )
  )
  parts.push(
    `\noutputs (${d.outputs.length})`,
    d.outputs.length === 0 ? "  none" : Render.table(
      ["STEP", "WRITTEN", "VALUE"],
      d.outputs.map((o) => [o.stepId, Render.when(o.writtenAt), Render.compact(o.value)]),
      { maxCell: 80 }
    )
  )
  if (d.chain.length > 1) {
    parts.push(
      `\nchain ${r.chainId} (${d.chain.length} runs)`,
      Render.table(["RUN", "STATUS", "CREATED"], d.chain.map((c) => [c.runId === r.runId ? `${c.runId} *` : c.runId, c.status, Render.when(c.createdAt)]))
    )
  }
  return parts.join("\n")
}

export const command: AnyCommand<"runs"> = Command.make("runs").pipe(
  Command.withDescription("inspect runs"),
  Command.withSubcommands([list, show])
)

export type { Common }
