/** `events read` (a window of one run's log) and `events tail` (the latest events, `--follow` for more). */
import { Args, Command, Options } from "@effect/cli"
import { EventLog } from "@runledger/core"
import type { Errors, Event, TenantScope } from "@runledger/core"
import type { SqlStore } from "@runledger/sql"
import { Console, Effect, Option } from "effect"
import { UsageError } from "../../CliError.js"
import * as Render from "../../Render.js"
import { type AnyCommand, common, scopeOption, scopeRequired, withStore } from "../common.js"
import * as Parse from "../parse.js"

const eventRows = (events: ReadonlyArray<Event.Event>, withRun: boolean) =>
  events.map((e) => [
    ...(withRun ? [Render.scope(e.scope), e.runId] : []),
    String(e.seq),
    e.type,
    e.eventId,
    Render.when(e.occurredAt),
    Render.compact(e.payload)
  ])

const eventHeaders = (withRun: boolean) => [...(withRun ? ["TENANT", "RUN"] : []), "SEQ", "TYPE", "EVENT ID", "OCCURRED", "PAYLOAD"]

const read = Command.make("read", {
  ...common,
  runId: Args.text({ name: "run-id" }),
  after: Options.integer("after").pipe(Options.withDescription("only events with a seq above this"), Options.optional),
  before: Options.integer("before").pipe(Options.withDescription("only events with a seq below this"), Options.optional),
  limit: Options.integer("limit").pipe(Options.withDescription("at most this many events (1-1000)"), Options.withDefault(100)),
  tail: Options.boolean("tail").pipe(Options.withDescription("the last --limit events of the window instead of the first"))
}, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeRequired(o, "events read")
    const limit = yield* Parse.limit(o.limit)
    const result = yield* withStore(o, "existing", Effect.flatMap(EventLog.EventLog, (log) =>
      log.read(scope, o.runId, {
        limit,
        tail: o.tail,
        ...(Option.isSome(o.after) ? { afterSeq: o.after.value } : {}),
        ...(Option.isSome(o.before) ? { beforeSeq: o.before.value } : {})
      })))
    if (o.json) {
      return yield* Render.json({
        events: result.events.map(Render.encode.event),
        compactedThroughSeq: Option.getOrNull(result.compactedThroughSeq)
      })
    }
    if (Option.isSome(result.compactedThroughSeq)) {
      yield* Render.text(`(compacted through seq ${result.compactedThroughSeq.value}: earlier events were pruned, the marker lists them)`)
    }
    if (result.events.length === 0) return yield* Render.text("no events")
    yield* Render.text(Render.table(eventHeaders(false), eventRows(result.events, false)))
  })).pipe(Command.withDescription("read a window of a run's event log"))

const tail = Command.make("tail", {
  ...common,
  runId: Args.text({ name: "run-id" }).pipe(Args.withDescription("one run's log (default: the change feed of the tenant, or of every tenant)"), Args.optional),
  limit: Options.integer("limit").pipe(Options.withDescription("how many of the latest events to print first (1-1000)"), Options.withDefault(20)),
  follow: Options.boolean("follow").pipe(Options.withAlias("f"), Options.withDescription("keep printing new events until interrupted (Ctrl-C)")),
  interval: Options.text("interval").pipe(Options.withDescription("how often --follow polls"), Options.withDefault("500ms"))
}, (o) =>
  Effect.gen(function*() {
    const scope = yield* scopeOption(o)
    const limit = yield* Parse.limit(o.limit)
    const interval = yield* Parse.duration("--interval", o.interval)
    const withRun = Option.isNone(o.runId)
    let headerPrinted = false
    const print = (events: ReadonlyArray<Event.Event>) =>
      Effect.gen(function*() {
        if (events.length === 0) return
        if (o.json) {
          // One JSON object per line, so a consumer can read the stream as it comes.
          for (const e of events) yield* Console.log(JSON.stringify(Render.encode.event(e)))
          return
        }
        const table = Render.table(eventHeaders(withRun), eventRows(events, withRun), { maxCell: 60 })
        const lines = table.split("\n")
        yield* Console.log((headerPrinted ? lines.slice(2) : lines).join("\n"))
        headerPrinted = true
      })

    const program = Effect.gen(function*() {
      const log = yield* EventLog.EventLog
      if (Option.isSome(o.runId)) {
        if (Option.isNone(scope)) return yield* new UsageError({ message: "events tail <run-id> needs --tenant org/workspace[/deployment]" })
        const s: TenantScope.Input = scope.value
        const first = yield* log.read(s, o.runId.value, { limit, tail: true })
        yield* print(first.events)
        let last = first.events.length === 0 ? 0 : first.events[first.events.length - 1]!.seq
        if (first.events.length === 0 && !o.json) yield* Render.note("(no events yet)")
        while (o.follow) {
          yield* Effect.sleep(interval)
          const next = yield* log.read(s, o.runId.value, { afterSeq: last, limit: 1000 })
          yield* print(next.events)
          if (next.events.length > 0) last = next.events[next.events.length - 1]!.seq
        }
        return
      }
      // The change feed: read it to its end keeping the last `limit` events, then follow.
      const poll = (cursor: string | undefined) =>
        Option.match(scope, { onNone: () => log.pollAll(cursor, 1000), onSome: (s) => log.poll(s, cursor, 1000) })
      let cursor: string | undefined
      let latest: Array<Event.Event> = []
      for (;;) {
        const page: EventLog.FeedPage = yield* poll(cursor)
        cursor = page.cursor
        latest = [...latest, ...page.events].slice(-limit)
        if (page.events.length < 1000) break
      }
      if (latest.length === 0 && !o.json) yield* Render.note("(no events yet)")
      yield* print(latest)
      while (o.follow) {
        yield* Effect.sleep(interval)
        for (;;) {
          const page: EventLog.FeedPage = yield* poll(cursor)
          cursor = page.cursor
          yield* print(page.events)
          if (page.events.length < 1000) break
        }
      }
    })
    yield* withStore(o, "existing", program)
  })).pipe(Command.withDescription("print the latest events (of a run, or the change feed) and, with --follow, new ones as they commit"))

/** Named so the declaration emitter can spell the command's type. */
export type Failure = Errors.RunLedgerError | SqlStore.OpenError

export const command: AnyCommand<"events"> = Command.make("events").pipe(
  Command.withDescription("read event logs"),
  Command.withSubcommands([read, tail])
)
