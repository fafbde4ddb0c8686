import { assert, describe, it } from "@effect/vitest"
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog, RunStore } from "@runledger/core"
import { Effect, Layer, Tracer } from "effect"

// With `traceStatements`, every statement of a store operation is a `sql.execute` span under the
// operation's span — the prepared statements of the hot paths and the `@effect/sql` templates of
// the others alike. Without it, only the operations are spans.

const scope = { orgId: "acme", workspaceId: "prod" }

const recording = () => {
  const spans: Array<Tracer.Span> = []
  const native = Effect.runSync(Effect.tracer)
  const tracer = Tracer.make({
    span: (...args) => {
      const span = native.span(...args)
      spans.push(span)
      return span
    },
    context: native.context
  })
  return { spans, layer: Layer.setTracer(tracer) }
}

/** The spans of a create and two appends on a store opened with `options` (opening not counted). */
const traced = (options: Partial<SqliteStore.Options>) =>
  Effect.gen(function*() {
    const { layer, spans } = recording()
    const context = yield* Layer.build(SqliteStore.layer({ filename: ":memory:", ...options })).pipe(Effect.provide(layer))
    spans.length = 0
    yield* Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const events = yield* EventLog.EventLog
      yield* runs.create({ runId: "r1", scope, flowId: "f" })
      yield* events.appendOnce(scope, "r1", { eventId: "e1", type: "T" })
      yield* events.appendOnce(scope, "r1", { eventId: "e2", type: "T" })
    }).pipe(Effect.provide(context), Effect.provide(layer))
    return spans
  }).pipe(Effect.scoped)

const children = (spans: ReadonlyArray<Tracer.Span>, op: Tracer.Span) =>
  spans.filter((s) => s.parent._tag === "Some" && s.parent.value.spanId === op.spanId).map((s) => s.name)

describe("statement tracing", () => {
  it.effect("traceStatements: the statements of each operation are spans under it", () =>
    Effect.gen(function*() {
      const spans = yield* traced({ traceStatements: true })
      const [create, first, second] = spans.filter((s) => s.name !== "sql.execute")
      assert.deepStrictEqual([create?.name, first?.name, second?.name], ["RunStore.create", "EventLog.appendOnce", "EventLog.appendOnce"])
      // create: one templated INSERT; a first append: the stream, the insert, the counter (no ids to
      // look up in a new stream); the next: the stream, the id lookup, the insert, the counter.
      assert.deepStrictEqual(children(spans, create!), ["sql.execute"])
      assert.deepStrictEqual(children(spans, first!), ["sql.execute", "sql.execute", "sql.execute"])
      assert.deepStrictEqual(children(spans, second!), ["sql.execute", "sql.execute", "sql.execute", "sql.execute"])
      const statements = spans.filter((s) => s.name === "sql.execute").map((s) => String(s.attributes.get("db.query.text")))
      assert.isTrue(statements.some((q) => q.startsWith("INSERT INTO \"runledger_events\"")), "the statement text is an attribute")
    }))

  it.effect("by default only the operations are spans", () =>
    Effect.gen(function*() {
      const spans = yield* traced({})
      assert.deepStrictEqual(spans.map((s) => s.name), ["RunStore.create", "EventLog.appendOnce", "EventLog.appendOnce"])
    }))
})
