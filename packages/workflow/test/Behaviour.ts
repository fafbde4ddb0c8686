/**
 * What runledger's engine promises beyond upstream's own cases (CONTRACT §11, docs/WORKFLOW.md): which
 * records hold an execution, recorded activities never run again, retries recorded, attach by
 * idempotency key, interrupt and compensation, one worker at a time under a fenced lease, recovery
 * by another worker, clocks across workers, and bad input writing nothing. One suite, run on every
 * backend by its test file.
 */
import { assert, describe, it } from "@effect/vitest"
import { Activity, DurableClock, DurableDeferred, Workflow, WorkflowEngine } from "@effect/workflow"
import { EventLog, LeaseStore, RunStore, TimerStore } from "@runledger/core"
import type { RunCommit } from "@runledger/core"
import { EngineError, RunledgerEngine, WorkflowRecords } from "@runledger/workflow"
import { Cause, Context, Deferred, Duration, Effect, Exit, Layer, Option, Schema, Scope } from "effect"

type Stores = RunStore.RunStore | TimerStore.TimerStore | LeaseStore.LeaseStore | RunCommit.RunCommit | EventLog.EventLog

/** How the suite gets a fresh, empty store. */
export interface Backend {
  readonly name: string
  readonly store: Layer.Layer<Stores, unknown>
}

const scope = WorkflowRecords.DefaultScope

/** Poll until `check` holds (bounded by count, each step a short wall-clock pause). */
const eventually = <A>(read: Effect.Effect<A, unknown, any>, check: (a: A) => boolean, label: string, steps = 500) =>
  Effect.gen(function*() {
    let value = yield* read
    for (let i = 0; i < steps && !check(value); i++) {
      yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 10)))
      value = yield* read
    }
    assert.isTrue(check(value), label)
    return value
  })

const Order = Workflow.make({
  name: "Order",
  payload: { id: Schema.String, amount: Schema.NumberFromString },
  success: Schema.String,
  error: Schema.Struct({ _tag: Schema.Literal("Declined"), why: Schema.String }),
  idempotencyKey: ({ id }) => id
})

const approval = DurableDeferred.make("approval", { success: Schema.Boolean })

export const behaviourSuite = (backend: Backend) => {
  /** A fresh store, shared by the engines of one case. */
  const withStore = <A, E>(body: (store: Context.Context<Stores>) => Effect.Effect<A, E, Scope.Scope>) =>
    Effect.scoped(Effect.flatMap(Layer.build(backend.store), body))

  const engineOn = (store: Context.Context<Stores>, options: RunledgerEngine.Options = {}) =>
    RunledgerEngine.layer({ sweepInterval: 100, pollInterval: 20, ...options }).pipe(Layer.provideMerge(Layer.succeedContext(store)))

  describe(`${backend.name}: the records of an execution`, () => {
    it.live("an execution is a run: flow, encoded input, one write-once output and ledger entries per activity, its history, its result with its status", () =>
      withStore((store) =>
        Effect.gen(function*() {
          let charged = 0
          const layer = Order.toLayer(({ amount, id }) =>
            Effect.gen(function*() {
              const reserved = yield* Activity.make({ name: "reserve", success: Schema.String, execute: Effect.succeed(`reserved ${id}`) })
              const ok = yield* DurableDeferred.await(approval)
              if (!ok) return yield* Effect.fail({ _tag: "Declined" as const, why: "not approved" })
              yield* Activity.make({ name: "charge", execute: Effect.sync(() => void charged++) })
              return `${reserved}, charged ${amount}`
            })
          ).pipe(Layer.provideMerge(engineOn(store)))
          yield* Effect.gen(function*() {
            const runs = yield* RunStore.RunStore
            const executionId = yield* Order.execute({ id: "o1", amount: 12 }, { discard: true })
            yield* eventually(Order.poll(executionId), (r) => r?._tag === "Suspended", "suspends on the approval")
            const waiting = Option.getOrThrow(WorkflowRecords.executionState(yield* runs.get(scope, executionId))).suspended
            assert.deepStrictEqual(waiting?.deferreds, ["approval"], "the suspension records the deferred it waits for")
            yield* DurableDeferred.succeed(approval, { token: DurableDeferred.tokenFromExecutionId(approval, { workflow: Order, executionId }), value: true })
            assert.strictEqual(yield* Order.execute({ id: "o1", amount: 12 }), "reserved o1, charged 12")
            const run = yield* runs.get(scope, executionId)
            assert.deepStrictEqual([run.flowId, run.status, run.input], ["Order", "Completed", { id: "o1", amount: "12" }])
            assert.deepStrictEqual(Option.getOrThrow(WorkflowRecords.executionState(run)).result, { _tag: "Success", value: "reserved o1, charged 12" })
            assert.deepStrictEqual((yield* runs.listOutputKeys(scope, executionId)).map(String), ["activity/charge/1", "activity/reserve/1", "deferred/approval"])
            assert.deepStrictEqual(
              (yield* runs.listSteps(scope, executionId)).map((s) => `${s.stepId} ${s.kind} ${s.attempt}`),
              ["reserve started 1", "reserve completed 1", "charge started 1", "charge completed 1"]
            )
            assert.strictEqual(charged, 1, "the charge ran once, though the workflow ran twice")

            // Declined: the typed error is the stored result, with status Failed.
            const declined = yield* Order.execute({ id: "o2", amount: 1 }, { discard: true })
            yield* eventually(Order.poll(declined), (r) => r?._tag === "Suspended", "suspends")
            yield* DurableDeferred.succeed(approval, { token: DurableDeferred.tokenFromExecutionId(approval, { workflow: Order, executionId: declined }), value: false })
            const failed = yield* Effect.exit(Order.execute({ id: "o2", amount: 1 }))
            assert.deepStrictEqual(failed, Exit.fail({ _tag: "Declined" as const, why: "not approved" }))
            assert.strictEqual((yield* runs.get(scope, declined)).status, "Failed")
          }).pipe(Effect.provide(layer))
        })
      ))

    it.live("the history of an execution is on its run's event log", () =>
      withStore((store) =>
        Effect.gen(function*() {
          const Nap = Workflow.make({ name: "Nap", payload: {}, idempotencyKey: () => "nap" })
          const layer = Nap.toLayer(() =>
            Effect.gen(function*() {
              yield* Activity.make({ name: "before", execute: Effect.void })
              yield* DurableClock.sleep({ name: "nap", duration: "50 millis", inMemoryThreshold: Duration.zero })
            })
          ).pipe(Layer.provideMerge(engineOn(store)))
          yield* Effect.gen(function*() {
            const log = yield* EventLog.EventLog
            yield* Nap.execute(undefined)
            const executionId = yield* Nap.executionId({})
            const types = (yield* log.read(scope, executionId)).events.map((e) => e.type)
            assert.deepStrictEqual(types, [
              "WorkflowStarted",
              "ActivityCompleted",
              "ClockScheduled",
              "WorkflowSuspended",
              "WorkflowResumed",
              "FlowCompleted"
            ])
            const timer = yield* (yield* TimerStore.TimerStore).get(scope, executionId, "clock/nap")
            assert.strictEqual(Option.map(timer, (t) => t.status).pipe(Option.getOrUndefined), "Fired")
          }).pipe(Effect.provide(layer))
        })
      ))
  })

  describe(`${backend.name}: activities`, () => {
    it.live("Activity.retry: every attempt is recorded, and a replay runs none of them again", () =>
      withStore((store) =>
        Effect.gen(function*() {
          let calls = 0
          const gate = DurableDeferred.make("gate")
          const Flaky = Workflow.make({ name: "Flaky", payload: {}, success: Schema.Number, idempotencyKey: () => "one" })
          const layer = Flaky.toLayer(() =>
            Effect.gen(function*() {
              const n = yield* Activity.make({
                name: "flaky",
                success: Schema.Number,
                error: Schema.String,
                execute: Effect.suspend(() => ++calls < 3 ? Effect.fail(`try ${calls}`) : Effect.succeed(calls))
              }).pipe(Activity.retry({ times: 5 }), Effect.orDie)
              yield* DurableDeferred.await(gate)
              return n
            })
          ).pipe(Layer.provideMerge(engineOn(store)))
          yield* Effect.gen(function*() {
            const runs = yield* RunStore.RunStore
            const executionId = yield* Flaky.execute(undefined, { discard: true })
            yield* eventually(Flaky.poll(executionId), (r) => r?._tag === "Suspended", "suspends after the retries")
            yield* DurableDeferred.succeed(gate, { token: DurableDeferred.tokenFromExecutionId(gate, { workflow: Flaky, executionId }), value: undefined })
            assert.strictEqual(yield* Flaky.execute(undefined), 3)
            assert.strictEqual(calls, 3, "three attempts, none run again on replay")
            assert.deepStrictEqual(
              (yield* runs.listSteps(scope, executionId)).map((s) => `${s.kind} ${s.attempt}`),
              ["started 1", "failed 1", "started 2", "failed 2", "started 3", "completed 3"]
            )
            const first = Option.getOrThrow(yield* runs.getOutput(scope, executionId, "activity/flaky/1"))
            assert.deepStrictEqual(first.value, { _tag: "Failure", cause: { _tag: "Fail", error: "try 1" } })
          }).pipe(Effect.provide(layer))
        })
      ))

    it.live("executing the same idempotency key again attaches to the execution: one run, one body, the same result", () =>
      withStore((store) =>
        Effect.gen(function*() {
          let bodies = 0
          const Once = Workflow.make({ name: "Once", payload: { n: Schema.Number }, success: Schema.Number, idempotencyKey: ({ n }) => String(n) })
          const layer = Once.toLayer(({ n }) =>
            Activity.make({ name: "work", success: Schema.Number, execute: Effect.sync(() => (bodies++, n * 2)) })
          ).pipe(Layer.provideMerge(engineOn(store)))
          yield* Effect.gen(function*() {
            const results = yield* Effect.all(Array.from({ length: 8 }, () => Once.execute({ n: 21 })), { concurrency: "unbounded" })
            assert.deepStrictEqual(results, Array.from({ length: 8 }, () => 42))
            assert.strictEqual(yield* Once.execute({ n: 21 }), 42)
            assert.strictEqual(bodies, 1)
            const page = yield* (yield* RunStore.RunStore).list(scope, { flowId: "Once" })
            assert.strictEqual(page.runs.length, 1)
          }).pipe(Effect.provide(layer))
        })
      ))
  })

  describe(`${backend.name}: interrupt and compensation`, () => {
    it.live("interrupting a running execution ends it Canceled, and its compensation runs once", () =>
      withStore((store) =>
        Effect.gen(function*() {
          const compensated: Array<string> = []
          const started = yield* Deferred.make<void>()
          const Stuck = Workflow.make({ name: "Stuck", payload: {}, idempotencyKey: () => "one" })
          const layer = Stuck.toLayer(() =>
            Effect.gen(function*() {
              yield* Activity.make({ name: "debit", success: Schema.String, execute: Effect.succeed("debited") }).pipe(
                Stuck.withCompensation((value) => Effect.sync(() => compensated.push(value)))
              )
              yield* Deferred.succeed(started, undefined)
              yield* Activity.make({ name: "wait", execute: Effect.never })
            })
          ).pipe(Layer.provideMerge(engineOn(store)))
          yield* Effect.gen(function*() {
            const executionId = yield* Stuck.execute(undefined, { discard: true })
            yield* Deferred.await(started)
            yield* Stuck.interrupt(executionId)
            const result = yield* eventually(Stuck.poll(executionId), (r) => r?._tag === "Complete", "ends")
            assert.isTrue(result?._tag === "Complete" && Exit.isInterrupted(result.exit))
            assert.strictEqual((yield* (yield* RunStore.RunStore).get(scope, executionId)).status, "Canceled")
            assert.deepStrictEqual(compensated, ["debited"])
          }).pipe(Effect.provide(layer))
        })
      ))

    it.live("a workflow that fails after a replay compensates once, not once per run", () =>
      withStore((store) =>
        Effect.gen(function*() {
          const compensated: Array<string> = []
          const gate = DurableDeferred.make("gate")
          const Fails = Workflow.make({ name: "Fails", payload: {}, error: Schema.String, idempotencyKey: () => "one" })
          const layer = Fails.toLayer(() =>
            Effect.gen(function*() {
              yield* Activity.make({ name: "debit", success: Schema.String, execute: Effect.succeed("debited") }).pipe(
                Fails.withCompensation((value) => Effect.sync(() => compensated.push(value)))
              )
              yield* DurableDeferred.await(gate)
              return yield* Effect.fail("card expired")
            })
          ).pipe(Layer.provideMerge(engineOn(store)))
          yield* Effect.gen(function*() {
            const executionId = yield* Fails.execute(undefined, { discard: true })
            yield* eventually(Fails.poll(executionId), (r) => r?._tag === "Suspended", "suspends")
            yield* DurableDeferred.succeed(gate, { token: DurableDeferred.tokenFromExecutionId(gate, { workflow: Fails, executionId }), value: undefined })
            assert.deepStrictEqual(yield* Effect.exit(Fails.execute(undefined)), Exit.fail("card expired"))
            assert.deepStrictEqual(compensated, ["debited"])
          }).pipe(Effect.provide(layer))
        })
      ))
  })

  describe(`${backend.name}: workers`, () => {
    it.live("a worker that lost its lease writes nothing more: its next activity is fenced, and the holder finishes the execution", () =>
      withStore((store) =>
        Effect.gen(function*() {
          const ran: Array<string> = []
          const proceed = yield* Deferred.make<void>()
          const inFirst = yield* Deferred.make<void>()
          const Two = Workflow.make({ name: "Two", payload: {}, success: Schema.Array(Schema.String), idempotencyKey: () => "one" })
          const body = Two.toLayer(() =>
            Effect.all([
              Activity.make({ name: "first", success: Schema.String, execute: Effect.zipRight(Deferred.succeed(inFirst, undefined), Effect.zipRight(Deferred.await(proceed), Effect.sync(() => (ran.push("first"), "1")))) }),
              Activity.make({ name: "second", success: Schema.String, execute: Effect.sync(() => (ran.push("second"), "2")) })
            ])
          )
          const leases = Context.get(store, LeaseStore.LeaseStore)
          const runs = Context.get(store, RunStore.RunStore)
          // Worker A starts it and blocks in its first activity; its lease is taken over.
          const a = yield* Layer.build(body.pipe(Layer.provideMerge(engineOn(store, { owner: "worker-a", leaseTtl: "1 hour" }))))
          const executionId = yield* Two.execute(undefined, { discard: true }).pipe(Effect.provide(a))
          yield* Deferred.await(inFirst)
          const lease = Option.getOrThrow(yield* leases.get(scope, executionId))
          assert.strictEqual(lease.owner, "worker-a")
          yield* leases.release(scope, executionId, "worker-a", lease.token)
          const taken = yield* leases.acquire(scope, executionId, "intruder", "1 hour")
          yield* Deferred.succeed(proceed, undefined)
          // A's activity result is refused (fenced): nothing of it is recorded.
          yield* eventually(Effect.sync(() => ran.length), (n) => n >= 1, "the first activity's body ran in worker A")
          yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 100)))
          assert.deepStrictEqual(yield* runs.listOutputKeys(scope, executionId), [], "worker A recorded nothing after losing its lease")
          // The intruder gives it up; a second worker's sweep resumes and finishes it.
          yield* leases.release(scope, executionId, "intruder", taken.token)
          const b = yield* Layer.build(body.pipe(Layer.provideMerge(engineOn(store, { owner: "worker-b" }))))
          const result = yield* eventually(Two.poll(executionId).pipe(Effect.provide(b)), (r) => r?._tag === "Complete", "worker B finishes it")
          assert.deepStrictEqual(result, new Workflow.Complete({ exit: Exit.succeed(["1", "2"]) }))
          assert.deepStrictEqual((yield* runs.listSteps(scope, executionId)).filter((s) => s.kind === "completed").map((s) => s.stepId).sort(), ["first", "second"])
        })
      ))

    it.live("a worker that started after the crash resumes the dead worker's execution once its lease expires", () =>
      withStore((store) =>
        Effect.gen(function*() {
          const Job = Workflow.make({ name: "Job", payload: {}, success: Schema.String, idempotencyKey: () => "one" })
          const leases = Context.get(store, LeaseStore.LeaseStore)
          // A client (no worker) starts it; a dead worker holds its lease for a moment.
          const client = yield* Layer.build(engineOn(store))
          const executionId = yield* Job.execute(undefined, { discard: true }).pipe(Effect.provide(client))
          yield* leases.acquire(scope, executionId, "dead-worker", "300 millis")
          const worker = yield* Layer.build(
            Job.toLayer(() => Activity.make({ name: "work", success: Schema.String, execute: Effect.succeed("done") })).pipe(
              Layer.provideMerge(engineOn(store))
            )
          )
          const result = yield* eventually(Job.poll(executionId).pipe(Effect.provide(worker)), (r) => r?._tag === "Complete", "resumed after the lease expired")
          assert.deepStrictEqual(result, new Workflow.Complete({ exit: Exit.succeed("done") }))
        })
      ))

    it.live("a durable clock set by one worker fires in another, and a stopped worker's execution is finished by the next with no compensation", () =>
      withStore((store) =>
        Effect.gen(function*() {
          const compensated: Array<string> = []
          const Later = Workflow.make({ name: "Later", payload: {}, success: Schema.String, idempotencyKey: () => "one" })
          const body = Later.toLayer(() =>
            Effect.gen(function*() {
              yield* Activity.make({ name: "book", success: Schema.String, execute: Effect.succeed("booked") }).pipe(
                Later.withCompensation((value) => Effect.sync(() => compensated.push(value)))
              )
              yield* DurableClock.sleep({ name: "wait", duration: "300 millis", inMemoryThreshold: Duration.zero })
              return "woke"
            })
          )
          const first = yield* Scope.make()
          const a = yield* Layer.build(body.pipe(Layer.provideMerge(engineOn(store)))).pipe(Scope.extend(first))
          const executionId = yield* Later.execute(undefined, { discard: true }).pipe(Effect.provide(a))
          yield* eventually(Later.poll(executionId).pipe(Effect.provide(a)), (r) => r?._tag === "Suspended", "suspends on its clock")
          yield* Scope.close(first, Exit.void)
          const b = yield* Layer.build(body.pipe(Layer.provideMerge(engineOn(store))))
          const result = yield* eventually(Later.poll(executionId).pipe(Effect.provide(b)), (r) => r?._tag === "Complete", "the second worker fires the clock")
          assert.deepStrictEqual(result, new Workflow.Complete({ exit: Exit.succeed("woke") }))
          assert.deepStrictEqual(compensated, [], "stopping a worker compensates nothing")
        })
      ))
  })

  describe(`${backend.name}: bad input writes nothing`, () => {
    const isEngineError = (exit: Exit.Exit<unknown, unknown>, reason: EngineError.Reason) =>
      Exit.isFailure(exit) && Option.exists(Cause.dieOption(exit.cause), (d) => d instanceof EngineError.EngineError && d.reason === reason)

    it.live("a payload that fails its schema, a token naming no execution, a resume of an unknown execution", () =>
      withStore((store) =>
        Effect.gen(function*() {
          const layer = Order.toLayer(() => Effect.succeed("x")).pipe(Layer.provideMerge(engineOn(store)))
          yield* Effect.gen(function*() {
            const runs = yield* RunStore.RunStore
            const engine = yield* WorkflowEngine.WorkflowEngine
            const bad = yield* Effect.exit(engine.execute(Order, { executionId: "bad", payload: { id: "x", amount: "not a number" } as never }))
            assert.isTrue(isEngineError(bad, "InvalidPayload"), `a bad payload: ${String(bad)}`)
            const token = DurableDeferred.tokenFromExecutionId(approval, { workflow: Order, executionId: "nobody" })
            const unknown = yield* Effect.exit(DurableDeferred.succeed(approval, { token, value: true }))
            assert.isTrue(isEngineError(unknown, "UnknownExecution"), `a token naming no execution: ${String(unknown)}`)
            yield* Order.resume("nobody")
            yield* Order.interrupt("nobody")
            assert.isUndefined(yield* Order.poll("nobody"))
            assert.strictEqual((yield* runs.list(scope)).runs.length, 0, "no run written")
            const due = yield* (yield* TimerStore.TimerStore).dueAcrossScopes(new Date(Date.now() + 3_600_000))
            assert.strictEqual(due.length, 0, "no timer written")
          }).pipe(Effect.provide(layer))
        })
      ))
  })
}
