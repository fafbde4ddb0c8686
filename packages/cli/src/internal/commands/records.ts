/** `snapshots list/show`, `specs list/show`, `timers due`, `leases list`. */
import { Args, Command, Options } from "@effect/cli"
import { SnapshotStore, SpecStore, TimerStore } from "@runledger/core"
import type { Snapshot } from "@runledger/core"
import { SqlAdmin } from "@runledger/sql"
import { Clock, Effect, Option } from "effect"
import { NotFoundError } from "../../CliError.js"
import * as Render from "../../Render.js"
import { type AnyCommand, common, scopeOption, scopeRequired, withStore } from "../common.js"
import * as Parse from "../parse.js"

const limitOption = (fallback: number) =>
  Options.integer("limit").pipe(Options.withDescription("at most this many (1-1000)"), Options.withDefault(fallback))

const snapshotFields = (s: Snapshot.Snapshot) =>
  Render.fields([
    ["snapshot", s.snapshotId],
    ["run", s.runId],
    ["tenant", Render.scope(s.scope)],
    ["seq", String(s.seq)],
    ["created", Render.when(s.createdAt)],
    ["status", s.status],
    ["phase", s.phase ?? ""],
    ["phases", (s.phaseHistory ?? []).map((p) => Render.compact(p)).join(" ")],
    ["revision", s.definitionRevision === undefined ? "" : String(s.definitionRevision)],
    ["digest", s.payloadDigest ?? ""],
    ["metadata", Render.compact(s.metadata)],
    ["schema", String(s.schemaVersion)],
    ["checkpoint", JSON.stringify(s.checkpoint, null, 2)]
  ])

const snapshotsList = Command.make("list", { ...common, runId: Args.text({ name: "run-id" }), limit: limitOption(100) }, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeRequired(o, "snapshots list")
    const limit = yield* Parse.limit(o.limit)
    const snapshots = yield* withStore(o, "existing", Effect.flatMap(SnapshotStore.SnapshotStore, (s) => s.list(scope, o.runId, { limit })))
    if (o.json) return yield* Render.json({ snapshots: snapshots.map(Render.encode.snapshot) })
    if (snapshots.length === 0) return yield* Render.text("no snapshots")
    yield* Render.text(Render.table(
      ["SNAPSHOT", "SEQ", "STATUS", "PHASE", "CREATED", "SCHEMA"],
      snapshots.map((s) => [s.snapshotId, String(s.seq), s.status, s.phase ?? "", Render.when(s.createdAt), String(s.schemaVersion)])
    ))
  })).pipe(Command.withDescription("list a run's snapshots (the latest --limit, ascending by seq)"))

const snapshotsShow = Command.make("show", {
  ...common,
  runId: Args.text({ name: "run-id" }),
  snapshotId: Args.text({ name: "snapshot-id" })
}, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeRequired(o, "snapshots show")
    const found = yield* withStore(o, "existing", Effect.flatMap(SnapshotStore.SnapshotStore, (s) => s.get(scope, o.runId, o.snapshotId)))
    if (Option.isNone(found)) return yield* new NotFoundError({ message: `no snapshot ${o.snapshotId} of run ${o.runId} in ${Render.scope(scope)}` })
    if (o.json) return yield* Render.json(Render.encode.snapshot(found.value))
    yield* Render.text(snapshotFields(found.value))
  })).pipe(Command.withDescription("show one snapshot with its checkpoint"))

const specsList = Command.make("list", {
  ...common,
  limit: limitOption(100),
  after: Options.text("after").pipe(Options.withDescription("only specs whose id sorts after this (paging)"), Options.optional)
}, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeRequired(o, "specs list")
    const limit = yield* Parse.limit(o.limit)
    const specs = yield* withStore(o, "existing", Effect.flatMap(SpecStore.SpecStore, (s) =>
      s.list(scope, { limit, ...(Option.isSome(o.after) ? { afterSpecId: o.after.value } : {}) })))
    if (o.json) return yield* Render.json({ specs: specs.map(Render.encode.spec) })
    if (specs.length === 0) return yield* Render.text("no specs")
    yield* Render.text(Render.table(
      ["SPEC", "REVISION", "CREATED", "CONTENT HASH"],
      specs.map((s) => [s.specId, String(s.revision), Render.when(s.createdAt), s.contentHash])
    ))
  })).pipe(Command.withDescription("list the current revision of each spec (definition)"))

const specsShow = Command.make("show", {
  ...common,
  specId: Args.text({ name: "spec-id" }),
  revision: Options.integer("revision").pipe(Options.withDescription("a given revision (default: the current one)"), Options.optional)
}, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeRequired(o, "specs show")
    const found = yield* withStore(o, "existing", Effect.flatMap(SpecStore.SpecStore, (s) =>
      Option.isSome(o.revision) ? s.getRevision(scope, o.specId, o.revision.value) : s.get(scope, o.specId)))
    if (Option.isNone(found)) {
      return yield* new NotFoundError({
        message: `no spec ${o.specId}${Option.isSome(o.revision) ? ` revision ${o.revision.value}` : ""} in ${Render.scope(scope)}`
      })
    }
    const s = found.value
    if (o.json) return yield* Render.json(Render.encode.spec(s))
    yield* Render.text(Render.fields([
      ["spec", s.specId],
      ["tenant", Render.scope(s.scope)],
      ["revision", String(s.revision)],
      ["created", Render.when(s.createdAt)],
      ["hash", s.contentHash],
      ["definition", JSON.stringify(s.definition, null, 2)]
    ]))
  })).pipe(Command.withDescription("show a spec's definition"))

const timersDue = Command.make("due", {
  ...common,
  asOf: Options.text("as-of").pipe(Options.withDescription("due at this date (default: now)"), Options.optional),
  limit: limitOption(100)
}, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeOption(o)
    const limit = yield* Parse.limit(o.limit, 999)
    const asOf = Option.isSome(o.asOf) ? yield* Parse.date("--as-of", o.asOf.value) : new Date(yield* Clock.currentTimeMillis)
    const timers = yield* withStore(o, "existing", Effect.flatMap(TimerStore.TimerStore, (t) =>
      Option.match(scope, { onNone: () => t.dueAcrossScopes(asOf, { limit }), onSome: (s) => t.due(s, asOf, { limit }) })))
    if (o.json) return yield* Render.json({ asOf: asOf.toISOString(), timers: timers.map(Render.encode.timer) })
    if (timers.length === 0) return yield* Render.text(`no timers due as of ${Render.when(asOf)}`)
    yield* Render.text(Render.table(
      ["TENANT", "RUN", "TIMER", "FIRE AT", "SCHEDULED"],
      timers.map((t) => [Render.scope(t.scope), t.runId, t.timerId, Render.when(t.fireAt), Render.when(t.scheduledAt)])
    ))
  })).pipe(Command.withDescription("list timers that are due and not fired (of every tenant without --tenant)"))

const leasesList = Command.make("list", {
  ...common,
  runId: Args.text({ name: "run-id" }).pipe(Args.optional),
  limit: limitOption(100)
}, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeOption(o)
    if (Option.isSome(o.runId) && Option.isNone(scope)) yield* scopeRequired(o, "leases list <run-id>")
    const limit = yield* Parse.limit(o.limit)
    const now = yield* Clock.currentTimeMillis
    const leases = yield* withStore(o, "existing", SqlAdmin.listLeases({
      limit,
      ...(Option.isSome(scope) ? { scope: scope.value } : {}),
      ...(Option.isSome(o.runId) ? { runId: o.runId.value } : {})
    }))
    const state = (l: (typeof leases)[number]) =>
      l.releasedAt !== undefined ? "released" : l.expiresAt.getTime() <= now ? "expired" : "held"
    if (o.json) return yield* Render.json({ leases: leases.map((l) => ({ ...Render.encode.lease(l), state: state(l) })) })
    if (leases.length === 0) return yield* Render.text("no leases")
    yield* Render.text(Render.table(
      ["TENANT", "RUN", "OWNER", "TOKEN", "STATE", "ACQUIRED", "EXPIRES"],
      leases.map((l) => [Render.scope(l.scope), l.runId, l.owner, String(l.token), state(l), Render.when(l.acquiredAt), Render.when(l.expiresAt)])
    ))
  })).pipe(Command.withDescription("list leases (of every tenant without --tenant): owner, fencing token, held/expired/released"))

export const snapshots: AnyCommand<"snapshots"> = Command.make("snapshots").pipe(
  Command.withDescription("inspect snapshots"),
  Command.withSubcommands([snapshotsList, snapshotsShow])
)
export const specs: AnyCommand<"specs"> = Command.make("specs").pipe(
  Command.withDescription("inspect specs (definitions)"),
  Command.withSubcommands([specsList, specsShow])
)
export const timers: AnyCommand<"timers"> = Command.make("timers").pipe(Command.withDescription("inspect timers"), Command.withSubcommands([timersDue]))
export const leases: AnyCommand<"leases"> = Command.make("leases").pipe(Command.withDescription("inspect leases"), Command.withSubcommands([leasesList]))
