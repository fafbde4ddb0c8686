import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import {
  ContextStore,
  EventLog,
  LeaseStore,
  RunStore,
  RunTransition,
  SnapshotStore,
  SpecStore,
  Stores,
  TimerStore
} from "@runledger/core"
import { Cause, Context, Effect, Exit, Layer, Tracer } from "effect"

// Every store operation is a span named after it, with the scope and run it is about, a child of
// the caller's span — under any tracer the program installs. Under Effect's default tracer, which
// keeps spans nowhere, a failure still names its operation in `Cause.pretty`.

const scope = { orgId: "acme", workspaceId: "prod" }

/** A tracer that records every span it makes (spans are Effect's own, so they behave as usual). */
const recording = () => {
  const spans: Array<Tracer.Span> = []
  const native = Effect.runSync(Effect.tracer)
  const tracer = Tracer.make({
    span: (name, parent, context, links, startTime, kind, options) => {
      const span = native.span(name, parent, context, links, startTime, kind, options)
      spans.push(span)
      return span
    },
    context: native.context
  })
  return { spans, layer: Layer.setTracer(tracer) }
}

const services = [
  ["RunStore", RunStore.RunStore],
  ["ContextStore", ContextStore.ContextStore],
  ["EventLog", EventLog.EventLog],
  ["SnapshotStore", SnapshotStore.SnapshotStore],
  ["SpecStore", SpecStore.SpecStore],
  ["TimerStore", TimerStore.TimerStore],
  ["LeaseStore", LeaseStore.LeaseStore],
  ["RunTransition", RunTransition.RunTransition]
] as const

describe("tracing", () => {
  it.effect("under an installed tracer, every method of every store is a span named <Store>.<method>", () =>
    Effect.gen(function*() {
      const { layer, spans } = recording()
      const context = yield* Layer.build(MemoryStore.layer())
      let methods = 0
      for (const [name, tag] of services) {
        const service = Context.unsafeGet(context, tag as Context.Tag<unknown, unknown>) as Record<
          string,
          (...args: ReadonlyArray<unknown>) => Effect.Effect<unknown, unknown>
        >
        for (const method of Object.keys(service)) {
          spans.length = 0
          // No arguments: the call fails (InvalidInput) or does nothing — either way it is traced.
          yield* Effect.exit(service[method]!()).pipe(Effect.provide(layer))
          assert.deepStrictEqual(spans.map((s) => s.name), [`${name}.${method}`], `${name}.${method}`)
          methods++
        }
      }
      assert.isAbove(methods, 45, "every method of the eight services")
    }).pipe(Effect.scoped))

  it.effect("a span carries its scope and run, nests under the caller's span, and records how the call ended", () =>
    Effect.gen(function*() {
      const { layer, spans } = recording()
      const runs = yield* RunStore.RunStore
      const events = yield* EventLog.EventLog
      yield* Effect.gen(function*() {
        yield* runs.create({ runId: "r1", scope, flowId: "f" })
        yield* runs.casStatus(scope, "r1", "Pending", "Running")
        yield* events.appendOnce(scope, "r1", { eventId: "e1", type: "T" })
        yield* Effect.exit(runs.get(scope, "missing"))
      }).pipe(Effect.withSpan("caller"), Effect.provide(layer))
      const caller = spans.find((s) => s.name === "caller")!
      const ops = spans.filter((s) => s.name !== "caller")
      assert.deepStrictEqual(ops.map((s) => s.name), ["RunStore.create", "RunStore.casStatus", "EventLog.appendOnce", "RunStore.get"])
      for (const span of ops) {
        assert.strictEqual(span.parent._tag === "Some" ? span.parent.value.spanId : undefined, caller.spanId, span.name)
        assert.strictEqual(span.attributes.get("runledger.scope"), "acme/prod", span.name)
        assert.strictEqual(span.status._tag, "Ended", span.name)
      }
      assert.deepStrictEqual(ops.slice(0, 3).map((s) => s.attributes.get("runledger.run_id")), ["r1", "r1", "r1"])
      const failed = ops[3]!
      assert.isTrue(failed.status._tag === "Ended" && Exit.isFailure(failed.status.exit), "the failed call's span ended in failure")
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("under Effect's default tracer, a failure names its operation in Cause.pretty", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const exit = yield* Effect.exit(runs.get(scope, "missing"))
      assert.isTrue(Exit.isFailure(exit))
      if (Exit.isFailure(exit)) assert.include(Cause.pretty(exit.cause), "at RunStore.get")
      const bad = yield* Effect.exit(runs.get(scope, ""))
      if (Exit.isFailure(bad)) assert.include(Cause.pretty(bad.cause), "at RunStore.get")
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("under Effect's default tracer, a defect names its operation in Cause.pretty too", () =>
    Effect.gen(function*() {
      const backends = yield* MemoryStore.makeBackends
      const broken = { ...backends, runs: { ...backends.runs, get: () => Effect.dieMessage("backend bug") } }
      const runs = Context.get(Stores.make(broken), RunStore.RunStore)
      const exit = yield* Effect.exit(runs.get(scope, "r1"))
      assert.isTrue(Exit.isFailure(exit) && Cause.isDie(exit.cause))
      if (Exit.isFailure(exit)) assert.include(Cause.pretty(exit.cause), "at RunStore.get")
    }))
})
