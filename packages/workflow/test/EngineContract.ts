/**
 * The engine-level cases of `@effect/workflow`'s own tests (the Effect repository's
 * `packages/workflow/test/WorkflowEngine.test.ts`, `WorkflowEngineContractTest.ts`,
 * `WorkflowShutdown.test.ts` and `WorkflowBackports.test.ts`), written again as one suite that runs
 * against any `WorkflowEngine` layer: 0.19.1's `layerMemory` as the reference, and runledger's
 * engine on memory, SQLite and Postgres.
 *
 * Each case keeps the scenario and the assertions of the upstream case it is named after. Where
 * runledger's engine is durable and the upstream case describes the in-memory engine's lifetime,
 * the `durable` flag selects the durable expectation; docs/WORKFLOW.md lists every such adaptation.
 */
import { HttpApi, HttpApiBuilder, HttpServer } from "@effect/platform"
import { assert, describe, it } from "@effect/vitest"
import {
  Activity,
  DurableClock,
  DurableDeferred,
  Workflow,
  WorkflowEngine,
  WorkflowProxy,
  WorkflowProxyServer
} from "@effect/workflow"
import { Chunk, Duration, Effect, Equal, Exit, Fiber, Layer, Schema, Scope, TestClock } from "effect"

/** How a suite brings an engine up. */
export interface EngineUnderTest {
  readonly name: string
  /** A fresh engine over a fresh, empty store each time it is built. */
  readonly engineLayer: Layer.Layer<WorkflowEngine.WorkflowEngine, unknown>
  /** Lets the engine's pending work (fibers, I/O) make progress once. */
  readonly tick: Effect.Effect<void>
  /** Whether the engine keeps executions across its own lifetime (runledger's does). */
  readonly durable: boolean
  /** Cases expected to fail on this engine, by name, with the reason (the reference engine's known bugs). */
  readonly knownFailures?: ReadonlyMap<string, string>
  /** How many ticks a wait for a result may take. */
  readonly patience?: number
  /**
   * The store answers asynchronously (a network database): a replay is not over when the
   * `TestClock` has moved, so the cases that poll once after moving it wait for the result instead.
   */
  readonly asyncStore?: boolean
}

/** The next turn of the event loop: execution ids are hashed with WebCrypto, which the TestClock does not see. */
const nextMacrotask = Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

/** Poll `executionId` until it reports `tag` and `ready()` holds, settling in between; fails after `attempts`. */
const awaitResultWith = (settle: Effect.Effect<void>, attempts: number) =>
<A, E>(
  workflow: { readonly poll: (id: string) => Effect.Effect<Workflow.Result<A, E> | undefined, never, WorkflowEngine.WorkflowEngine> },
  executionId: string,
  tag: "Suspended" | "Complete",
  ready: () => boolean = () => true
) =>
  Effect.gen(function*() {
    let result = yield* workflow.poll(executionId)
    let i = 0
    while ((result?._tag !== tag || !ready()) && i++ < attempts) {
      yield* settle
      result = yield* workflow.poll(executionId)
    }
    assert.strictEqual(result?._tag, tag, `execution ${executionId} should be ${tag}`)
    assert.isTrue(ready(), "the condition the case waits for")
    return result
  })

/** Register the suite for `engine`. */
export const engineSuite = (engine: EngineUnderTest) => {
  const { durable, engineLayer, tick } = engine
  const patience = engine.patience ?? 100
  const settle = Effect.zipRight(tick, TestClock.adjust(1))
  const awaitResult = awaitResultWith(settle, patience)
  const awaitQuiet = awaitResultWith(tick, patience * 20)
  const known = engine.knownFailures ?? new Map<string, string>()
  /** A case: expected to pass, or — on an engine with a known bug in it — expected to fail. */
  const test = (name: string, body: () => Effect.Effect<void, unknown, never>, live = false) => {
    const run = live ? it.live : it.effect
    if (known.has(name)) run.fails(`${name} (fails on ${engine.name}: ${known.get(name)})`, body)
    else run(name, body)
  }

  describe(`${engine.name}: engine`, () => {
    test("works with TestClock", () => {
      const Long = Workflow.make({ name: "LongWorkflow", payload: { id: Schema.String }, idempotencyKey: ({ id }) => id })
      const layer = Long.toLayer(() => DurableClock.sleep({ name: "LongWorkflow sleep", duration: "1 day" }))
      return Effect.gen(function*() {
        const executionId = yield* Long.execute({ id: "test-1" }, { discard: true })
        if (engine.asyncStore) yield* awaitQuiet(Long, executionId, "Suspended")
        yield* TestClock.adjust("1 day")
        if (engine.asyncStore) yield* awaitQuiet(Long, executionId, "Complete")
        assert.deepStrictEqual(yield* Long.poll(executionId), new Workflow.Complete({ exit: Exit.void }))
      }).pipe(Effect.provide(layer.pipe(Layer.provideMerge(engineLayer))))
    })

    test("nested workflows", () => {
      const Child = Workflow.make({ name: "ChildWorkflow", payload: { id: Schema.String }, idempotencyKey: ({ id }) => id })
      const Parent = Workflow.make({ name: "ParentWorkflow", payload: { id: Schema.String }, idempotencyKey: ({ id }) => id })
      const layers = Layer.mergeAll(
        Child.toLayer(() => DurableClock.sleep({ name: "ChildWorkflow sleep", duration: "1 hour" })),
        Parent.toLayer(() => Child.execute({ id: "child-1" }))
      )
      return Effect.gen(function*() {
        const executionId = yield* Parent.execute({ id: "parent-1" }, { discard: true })
        // Until the child's clock waits on the TestClock (bounded, where upstream repeats until it does).
        // A store's own timers may wait on the TestClock too: over one, wait for the child to suspend.
        if (engine.asyncStore) yield* awaitQuiet(Child, yield* Child.executionId({ id: "child-1" }), "Suspended")
        for (let i = 0; i < patience && Chunk.isEmpty(yield* TestClock.sleeps()); i++) yield* nextMacrotask
        yield* TestClock.adjust("1 hour")
        let result = yield* Parent.poll(executionId)
        for (let i = 0; i < patience && result?._tag !== "Complete"; i++) {
          yield* nextMacrotask
          if (engine.asyncStore) yield* tick
          result = yield* Parent.poll(executionId)
        }
        assert.deepStrictEqual(result, new Workflow.Complete({ exit: Exit.void }))
      }).pipe(Effect.provide(layers.pipe(Layer.provideMerge(engineLayer))))
    })
  })

  describe(`${engine.name}: lifecycle`, () => {
    const Lifecycle = Workflow.make({ name: "Backports", payload: {}, idempotencyKey: () => "one" })

    test("closes finalizers from every suspended run on completion", () => {
      const gate = DurableDeferred.make("scope-gate")
      const finalized: Array<number> = []
      let runs = 0
      const layer = Lifecycle.toLayer(() =>
        Effect.gen(function*() {
          const run = ++runs
          yield* Workflow.addFinalizer(() => Effect.sync(() => finalized.push(run)))
          yield* DurableDeferred.await(gate)
        })
      )
      return Effect.gen(function*() {
        const executionId = yield* Lifecycle.execute(undefined, { discard: true })
        yield* awaitQuiet(Lifecycle, executionId, "Suspended")
        assert.deepStrictEqual(finalized, [])
        yield* DurableDeferred.succeed(gate, {
          token: DurableDeferred.tokenFromExecutionId(gate, { workflow: Lifecycle, executionId }),
          value: undefined
        })
        yield* awaitQuiet(Lifecycle, executionId, "Complete")
        // Durable: an earlier run's finalizers belong to a run that may have been in another process
        // or before a restart; the run that completes the execution re-registered them on replay.
        assert.deepStrictEqual(finalized, durable ? [2] : [2, 1])
      }).pipe(Effect.provide(layer.pipe(Layer.provideMerge(engineLayer))))
    })

    for (const observe of ["body", "terminal", "late completion"] as const) {
      test(`deposited interrupt ${observe} ordering`, () => {
        const gate = DurableDeferred.make("interrupt-gate")
        const body: Array<boolean> = []
        const terminal: Array<boolean> = []
        let runs = 0
        const layer = Lifecycle.toLayer(() =>
          Effect.gen(function*() {
            const instance = yield* WorkflowEngine.WorkflowInstance
            if (++runs === 2) yield* Workflow.addFinalizer(() => Effect.sync(() => terminal.push(instance.interrupted)))
            yield* DurableDeferred.await(gate).pipe(Effect.onExit(() => Effect.sync(() => body.push(instance.interrupted))))
          })
        )
        return Effect.gen(function*() {
          const executionId = yield* Lifecycle.execute(undefined, { discard: true })
          yield* awaitQuiet(Lifecycle, executionId, "Suspended")
          yield* Lifecycle.interrupt(executionId)
          const result = yield* awaitQuiet(Lifecycle, executionId, "Complete")
          assert.isTrue(result?._tag === "Complete" && Exit.isInterrupted(result.exit), "ends interrupted")
          if (observe === "terminal") assert.deepStrictEqual(terminal, [true])
          if (observe === "body") assert.deepStrictEqual(body, [false, false])
          yield* DurableDeferred.succeed(gate, {
            token: DurableDeferred.tokenFromExecutionId(gate, { workflow: Lifecycle, executionId }),
            value: undefined
          })
          yield* Lifecycle.resume(executionId)
          for (let i = 0; i < 10; i++) yield* tick
          assert.deepStrictEqual(yield* Lifecycle.poll(executionId), result)
          assert.strictEqual(runs, 2)
        }).pipe(Effect.provide(layer.pipe(Layer.provideMerge(engineLayer))))
      })
    }
  })

  describe(`${engine.name}: shutdown`, () => {
    test("shutdown runs workflow compensations", () =>
      Effect.gen(function*() {
        const ready = yield* Effect.makeLatch()
        const compensated: Array<string> = []
        const Stuck = Workflow.make({
          name: "WorkflowEngine/ShutdownCompensation",
          payload: { id: Schema.String },
          idempotencyKey: ({ id }) => id
        })
        const layer = Stuck.toLayer(() =>
          Effect.gen(function*() {
            yield* Effect.succeed("a").pipe(Stuck.withCompensation((value) => Effect.sync(() => compensated.push(value))))
            yield* ready.open
            return yield* Effect.never
          })
        ).pipe(Layer.provideMerge(engineLayer))
        const scope = yield* Scope.make()
        const context = yield* Layer.build(layer).pipe(Scope.extend(scope))
        const fiber = yield* Stuck.execute({ id: "one" }).pipe(Effect.provide(context), Effect.fork)
        yield* ready.await
        yield* Scope.close(scope, Exit.void)
        const exit = yield* Fiber.await(fiber)
        // Durable: shutting a worker down is not the workflow failing. The execution is left for
        // the next worker; no compensation runs. (The in-memory engine loses it, so it compensates.)
        if (durable) {
          assert.isTrue(Exit.isFailure(exit), "the caller's wait ends with the engine")
          assert.deepStrictEqual(compensated, [])
        } else {
          assert.isTrue(Exit.isInterrupted(exit))
          assert.deepStrictEqual(compensated, ["a"])
        }
      }))
  })

  describe(`${engine.name}: deferred self-completion`, () => {
    for (const failure of [false, true]) {
      test(failure ? "self-completion with a failure" : "self-completion with a success", () =>
        Effect.gen(function*() {
          const signal = DurableDeferred.make("signal", { success: Schema.String, error: Schema.String })
          const read = yield* Effect.makeLatch()
          const cleanup = yield* Effect.makeLatch()
          const release = yield* Effect.makeLatch()
          const events: Array<string> = []
          let runs = 0
          const SelfCompletion = Workflow.make({
            name: "SelfCompletion",
            payload: {},
            success: Schema.String,
            error: Schema.String,
            idempotencyKey: () => "one"
          })
          const layer = SelfCompletion.toLayer(() =>
            Effect.gen(function*() {
              const run = ++runs
              events.push(`start-${run}`)
              const wfEngine = yield* WorkflowEngine.WorkflowEngine
              return yield* DurableDeferred.raceAll({
                name: "race",
                success: Schema.String,
                error: Schema.String,
                effects: [
                  DurableDeferred.await(signal),
                  read.await.pipe(
                    Effect.andThen(Effect.yieldNow()),
                    Effect.andThen(failure ? Effect.fail("boom") : Effect.succeed("ok")),
                    DurableDeferred.into(signal),
                    // The completion must cut this producer short and replay the run.
                    Effect.andThen(Effect.never),
                    Effect.onInterrupt(() =>
                      run === 1
                        ? Effect.gen(function*() {
                          events.push("cleanup-start")
                          yield* cleanup.open
                          yield* release.await
                          events.push("cleanup-end")
                        })
                        : Effect.void
                    )
                  )
                ]
              }).pipe(
                Effect.provideService(WorkflowEngine.WorkflowEngine, {
                  ...wfEngine,
                  deferredResult: (deferred) =>
                    wfEngine.deferredResult(deferred).pipe(Effect.tap(() => deferred.name === signal.name ? read.open : Effect.void))
                }),
                Effect.ensuring(Effect.sync(() => events.push(`end-${run}`)))
              )
            })
          ).pipe(Layer.provideMerge(engineLayer))
          yield* Effect.gen(function*() {
            const execution = yield* SelfCompletion.execute(undefined).pipe(Effect.exit, Effect.fork)
            if (!failure) {
              yield* cleanup.await.pipe(Effect.timeoutFail({ duration: "10 seconds", onTimeout: () => new Error("the producer was never cut short") }))
              for (let i = 0; i < 20; i++) yield* Effect.yieldNow()
              assert.deepStrictEqual(events, ["start-1", "cleanup-start"], "the replay waits for the cleanup")
              yield* release.open
            }
            const result = yield* Fiber.join(execution)
            if (failure) {
              assert.isTrue(Exit.isFailure(result) && Equal.equals(result, Exit.fail("boom")), `the failure: ${String(result)}`)
            } else {
              assert.deepStrictEqual(result, Exit.succeed("ok"))
              assert.deepStrictEqual(events, ["start-1", "cleanup-start", "cleanup-end", "end-1", "start-2", "end-2"])
            }
          }).pipe(Effect.ensuring(release.open), Effect.provide(layer))
        }), true)
    }
  })

  describe(`${engine.name}: suspension and deferred completion`, () => {
    for (const { childCount, concurrency, waves } of [
      { childCount: 3, concurrency: "unbounded" as const, waves: [3] },
      { childCount: 5, concurrency: 2, waves: [2, 4, 5] }
    ]) {
      test(`activity fan-out suspends and replays with concurrency ${concurrency}`, () => {
        const Parent = Workflow.make({ name: "BackportFanOutParent", payload: {}, success: Schema.Array(Schema.Number), idempotencyKey: () => "parent" })
        const Child = Workflow.make({ name: "BackportFanOutChild", payload: { index: Schema.Number }, success: Schema.Number, idempotencyKey: ({ index }) => String(index) })
        const started = new Set<number>()
        let parentRuns = 0
        let activityRuns = 0
        let released = 0
        const layers = Layer.mergeAll(
          Parent.toLayer(() =>
            Effect.suspend(() => {
              parentRuns++
              return Activity.make({
                name: "fan-out",
                success: Schema.Array(Schema.Number),
                execute: Effect.suspend(() => {
                  activityRuns++
                  return Effect.forEach(Array.from({ length: childCount }, (_, index) => index), (index) => Child.execute({ index }), { concurrency })
                }).pipe(Effect.ensuring(Effect.sync(() => released++)))
              })
            })
          ),
          Child.toLayer(({ index }) =>
            Effect.gen(function*() {
              started.add(index)
              yield* DurableClock.sleep({ name: "child", duration: "2 seconds", inMemoryThreshold: Duration.zero })
              return index
            })
          )
        )
        return Effect.gen(function*() {
          const executionId = yield* Parent.execute(undefined, { discard: true })
          for (const expected of waves) {
            yield* awaitResult(Parent, executionId, "Suspended", () => started.size === expected)
            assert.deepStrictEqual([...started].sort(), Array.from({ length: expected }, (_, index) => index))
            assert.strictEqual(released, activityRuns)
            assert.isAtMost(activityRuns, parentRuns)
            if (expected === waves[0]) assert.strictEqual(parentRuns, 1)
            yield* TestClock.adjust("2 seconds")
            yield* settle
          }
          const result = yield* awaitResult(Parent, executionId, "Complete")
          assert.deepStrictEqual(result, new Workflow.Complete({ exit: Exit.succeed(Array.from({ length: childCount }, (_, index) => index)) }))
          assert.isAtLeast(parentRuns, waves.length + 1)
        }).pipe(Effect.provide(layers.pipe(Layer.provideMerge(engineLayer))))
      })
    }

    test("child completions during activity cleanup wake the parent", () =>
      Effect.gen(function*() {
        const release = yield* Effect.makeLatch()
        let cleaningUp = false
        const gate = DurableDeferred.make("cleanup-gate")
        const Parent = Workflow.make({ name: "BackportCleanupParent", payload: {}, success: Schema.Array(Schema.Number), idempotencyKey: () => "parent" })
        const Child = Workflow.make({ name: "BackportCleanupChild", payload: { index: Schema.Number }, success: Schema.Number, idempotencyKey: ({ index }) => String(index) })
        const layers = Layer.mergeAll(
          Parent.toLayer(() =>
            Activity.make({
              name: "children",
              success: Schema.Array(Schema.Number),
              execute: Effect.forEach([0, 1], (index) => Child.execute({ index }), { concurrency: "unbounded" }).pipe(
                Effect.ensuring(Effect.sync(() => {
                  cleaningUp = true
                }).pipe(Effect.zipRight(release.await)))
              )
            })
          ),
          Child.toLayer(({ index }) => DurableDeferred.await(gate).pipe(Effect.as(index)))
        )
        yield* Effect.gen(function*() {
          const executionId = yield* Parent.execute(undefined, { discard: true })
          for (let i = 0; i < patience && !cleaningUp; i++) yield* settle
          assert.isTrue(cleaningUp)
          for (const index of [0, 1]) {
            const childId = yield* Child.executionId({ index })
            yield* DurableDeferred.succeed(gate, {
              token: DurableDeferred.tokenFromExecutionId(gate, { workflow: Child, executionId: childId }),
              value: undefined
            })
            yield* awaitResult(Child, childId, "Complete")
          }
          yield* release.open
          assert.deepStrictEqual(yield* awaitResult(Parent, executionId, "Complete"), new Workflow.Complete({ exit: Exit.succeed([0, 1]) }))
        }).pipe(Effect.ensuring(release.open), Effect.provide(layers.pipe(Layer.provideMerge(engineLayer))))
      }))

    test("activity suspension survives beyond the ordinary interruption retry budget", () => {
      const gate = DurableDeferred.make("retry-gate")
      let attempts = 0
      const Suspends = Workflow.make({ name: "BackportSuspensionBudget", payload: {}, idempotencyKey: () => "one" })
      const layer = Suspends.toLayer(() =>
        Activity.make({
          name: "suspend",
          execute: Effect.suspend(() => {
            attempts++
            return DurableDeferred.await(gate)
          })
        })
      )
      return Effect.gen(function*() {
        const executionId = yield* Suspends.execute(undefined, { discard: true })
        yield* settle
        yield* TestClock.adjust("2 minutes")
        const result = yield* awaitResult(Suspends, executionId, "Suspended")
        assert.strictEqual(result?._tag, "Suspended")
        assert.strictEqual(attempts, 1)
        yield* DurableDeferred.succeed(gate, {
          token: DurableDeferred.tokenFromExecutionId(gate, { workflow: Suspends, executionId }),
          value: undefined
        })
        assert.deepStrictEqual(yield* awaitResult(Suspends, executionId, "Complete"), new Workflow.Complete({ exit: Exit.void }))
      }).pipe(Effect.provide(layer.pipe(Layer.provideMerge(engineLayer))))
    })

    for (const mode of ["mapped", "into", "multi-await", "active-wins"] as const) {
      test(`deferred race ${mode} preserves the winning branch and replay`, () =>
        Effect.gen(function*() {
          const gate = DurableDeferred.make("race-gate", { success: Schema.String })
          const second = DurableDeferred.make("second-gate", { success: Schema.String })
          const auxiliary = DurableDeferred.make("auxiliary", { success: Schema.String })
          const readGate = yield* Effect.makeLatch()
          let readSecond = false
          const active = yield* Effect.makeLatch()
          let runs = 0
          let activeCompleted = false
          const Race = Workflow.make({ name: "BackportRace", payload: {}, success: Schema.String, idempotencyKey: () => "race" })
          const layer = Race.toLayer(() =>
            Effect.gen(function*() {
              runs++
              const wfEngine = yield* WorkflowEngine.WorkflowEngine
              const branch = mode === "multi-await"
                ? Effect.gen(function*() {
                  const first = yield* DurableDeferred.await(gate)
                  const next = yield* DurableDeferred.await(second)
                  return `${first}:${next}`
                })
                : DurableDeferred.await(gate).pipe(Effect.map((value) => `mapped:${value}`))
              return yield* DurableDeferred.raceAll({
                name: "race",
                success: Schema.String,
                error: Schema.Never,
                effects: [
                  mode === "into" ? DurableDeferred.into(branch, auxiliary) : branch,
                  Activity.make({
                    name: "slow",
                    success: Schema.String,
                    execute: Effect.gen(function*() {
                      yield* active.open
                      yield* Effect.sleep("30 seconds")
                      activeCompleted = true
                      return "active"
                    })
                  })
                ]
              }).pipe(Effect.provideService(WorkflowEngine.WorkflowEngine, {
                ...wfEngine,
                deferredResult: (deferred) =>
                  wfEngine.deferredResult(deferred).pipe(Effect.tap(() =>
                    deferred.name === gate.name ? readGate.open : Effect.sync(() => {
                      if (deferred.name === second.name) readSecond = true
                    })
                  ))
              }))
            })
          ).pipe(Layer.provideMerge(engineLayer))
          yield* Effect.gen(function*() {
            const executionId = yield* Race.execute(undefined, { discard: true })
            yield* active.await
            yield* readGate.await
            yield* settle
            if (mode === "active-wins") {
              yield* TestClock.adjust("30 seconds")
            } else {
              yield* DurableDeferred.succeed(gate, {
                token: DurableDeferred.tokenFromExecutionId(gate, { workflow: Race, executionId }),
                value: "signal"
              })
              if (mode === "multi-await") {
                for (let i = 0; i < patience && !readSecond; i++) yield* settle
                assert.isTrue(readSecond)
                yield* DurableDeferred.succeed(second, {
                  token: DurableDeferred.tokenFromExecutionId(second, { workflow: Race, executionId }),
                  value: "second"
                })
              }
            }
            const result = yield* awaitResult(Race, executionId, "Complete")
            const expected = mode === "active-wins" ? "active" : mode === "multi-await" ? "signal:second" : "mapped:signal"
            assert.deepStrictEqual(result, new Workflow.Complete({ exit: Exit.succeed(expected) }))
            assert.strictEqual(activeCompleted, mode === "active-wins")
            if (mode !== "active-wins") assert.isAtLeast(runs, mode === "multi-await" ? 3 : 2)
            assert.strictEqual(yield* Race.execute(undefined), expected)
          }).pipe(Effect.provide(layer))
        }))
    }

    test("DurableDeferred.into does not persist an interrupted attempt", () =>
      Effect.gen(function*() {
        const deferred = DurableDeferred.make("interrupted", { success: Schema.String })
        const instance = WorkflowEngine.WorkflowInstance.initial(
          Workflow.make({ name: "BackportInterrupted", payload: {}, idempotencyKey: () => "one" }),
          "interrupted"
        )
        const wfEngine = yield* WorkflowEngine.WorkflowEngine
        const writes: Array<Exit.Exit<unknown, unknown>> = []
        const exit = yield* DurableDeferred.into(Effect.interrupt, deferred).pipe(
          Effect.provideService(WorkflowEngine.WorkflowInstance, instance),
          Effect.provideService(WorkflowEngine.WorkflowEngine, {
            ...wfEngine,
            deferredDone: (_deferred, options) => Effect.sync(() => writes.push(options.exit))
          }),
          Effect.exit
        )
        assert.isTrue(Exit.isInterrupted(exit))
        assert.deepStrictEqual(writes, [])
      }).pipe(Effect.provide(engineLayer)))
  })

  describe(`${engine.name}: HTTP proxy`, () => {
    test("HTTP discard responds with an execution ID that can be polled", () =>
      Effect.gen(function*() {
        const Proxied = Workflow.make({ name: "Backports", payload: {}, idempotencyKey: () => "one" })
        const api = HttpApi.make("backports").add(WorkflowProxy.toHttpApiGroup("test", [Proxied]))
        const workflowLayer = Proxied.toLayer(() => Effect.void).pipe(Layer.provideMerge(engineLayer))
        const context = yield* Layer.build(workflowLayer)
        const layer = HttpApiBuilder.api(api).pipe(
          Layer.provide(WorkflowProxyServer.layerHttpApi(api, "test", [Proxied])),
          Layer.provide(Layer.succeedContext(context)),
          Layer.merge(HttpServer.layerContext)
        )
        const { dispose, handler } = HttpApiBuilder.toWebHandler(layer)
        yield* Effect.addFinalizer(() => Effect.promise(dispose))
        const response = yield* Effect.promise(() =>
          handler(new Request("http://localhost/backports/discard", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }))
        )
        assert.strictEqual(response.status, 200)
        const executionId = (yield* Effect.promise(() => response.json())) as string
        assert.strictEqual(executionId, yield* Proxied.executionId({}))
        const result = yield* awaitResult(Proxied, executionId, "Complete").pipe(Effect.provide(context))
        assert.deepStrictEqual(result, new Workflow.Complete({ exit: Exit.void }))
      }).pipe(Effect.scoped))
  })
}
