/**
 * The engine: `@effect/workflow`'s `WorkflowEngine` over runledger's store services.
 *
 * One process runs an execution at a time: the one that holds its lease. Everything an execution
 * writes is one `RunCommit` fenced by that lease's token — an attempt's start, each activity's
 * result, each clock, the suspension, the end — so a worker that lost its lease cannot write over its
 * successor. What wakes an execution is always a timer (a clock, or a wake-up due at once, committed
 * with what it wakes the execution for), and a timer is only claimed by a process that holds the
 * execution's lease: a crash between the two leaves the timer due, or the lease to expire, and
 * another worker's poller or sweep takes over. The in-process paths (a deferred completed or a clock
 * due in the process that runs the execution) only make that faster.
 */
import type { Errors, Json, Lease, Run } from "@runledger/core"
import { LeaseStore, RunCommit, RunStatus, RunStore, Terminalize, TimerStore } from "@runledger/core"
import type { TenantScope } from "@runledger/core"
import type * as Activity from "@effect/workflow/Activity"
import * as Workflow from "@effect/workflow/Workflow"
import { WorkflowEngine, WorkflowInstance } from "@effect/workflow/WorkflowEngine"
import * as WorkflowEngineModule from "@effect/workflow/WorkflowEngine"
import type { Scope } from "effect"
import { Cause, Clock, Deferred, Duration, Effect, Either, Exit, Fiber, FiberId, FiberMap, FiberSet, Option, Schedule } from "effect"
import * as EngineError from "../EngineError.js"
import * as Records from "../WorkflowRecords.js"
import * as Codec from "./codec.js"

/** The engine's settings, resolved. */
export interface Settings {
  readonly scope: TenantScope.Input
  readonly owner: string
  readonly leaseTtl: Duration.Duration
  readonly pollInterval: Duration.Duration
  readonly sweepInterval: Duration.Duration
}

type Execute = (payload: object, executionId: string) => Effect.Effect<unknown, unknown, WorkflowInstance | WorkflowEngine>

interface Registration {
  readonly workflow: Workflow.Any
  readonly execute: Execute
}

/** What this process knows of an execution it runs (it holds, or is acquiring, the lease). */
interface Local {
  readonly executionId: string
  readonly workflow: Workflow.Any
  token: number
  version: number
  state: Records.ExecutionState
  /** The current attempt's instance and the fiber of the workflow's body. */
  instance: WorkflowInstance["Type"] | undefined
  body: Fiber.RuntimeFiber<unknown, unknown> | undefined
  /** Something arrived (a deferred, a clock, a child) while it ran: run again instead of suspending. */
  wake: boolean
  /** The timers claimed for the next attempt: what woke it. */
  wokenBy: Array<string>
  /** Due timers to claim once the lease is held. */
  toClaim: Array<string>
  /** The activity outputs recorded when the current attempt started: only those are read back. */
  recorded: ReadonlySet<string>
  /** This process created the run just now: nothing of it is recorded yet. */
  fresh: boolean
  /**
   * An attempt's start (the run `Running`, its attempt counted, its event), written with the
   * attempt's first commit rather than a commit of its own.
   */
  pending: RunCommit.Writes | undefined
  /**
   * The fibers of the current attempt that looked for something not there yet, by the timer that
   * wakes the execution when it arrives: a deferred (`deferredResult`), a clock, a child's result.
   */
  readers: Map<string, Array<Fiber.RuntimeFiber<unknown, unknown>>>
  /** Its lease is gone (taken over, or the store unreachable): stop without writing. */
  lost: boolean
  /** The engine shuts down: stop, give the lease back, leave it for another worker. */
  stopping: boolean
  /** Resolved when this process stops driving it: the result, or undefined when it ended without one. */
  readonly settled: Deferred.Deferred<Workflow.Result<unknown, unknown> | undefined>
}

type StoreServices = RunStore.RunStore | TimerStore.TimerStore | LeaseStore.LeaseStore | RunCommit.RunCommit

/** Transient store failures are retried for a few seconds before the call gives up. */
const storeRetry = Schedule.exponential(Duration.millis(20), 2).pipe(
  Schedule.either(Schedule.spaced(Duration.millis(500))),
  Schedule.upTo(Duration.seconds(5))
)

/**
 * How long to wait between looks at the store (the timer poller, the sweep, a wait for another
 * process), between lease renewals and between retries: on the wall clock, whatever `Clock` the
 * program runs with. Timestamps, due times and lease expiries use the program's `Clock` (a
 * `TestClock` in tests), so a test that moves its clock by a day does not step a 50 ms poller
 * through it, and a retry does not wait for a test to move its clock.
 */
const wallClock = Clock.make()
const pause = (duration: Duration.Duration) => Effect.withClock(Effect.sleep(duration), wallClock)

const isTransient = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { _tag?: unknown })._tag === "StoreUnavailable"

/** A store call, its transient failures retried (waiting on the wall clock, as {@link pause} does). */
const retrying = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.catchIf(effect, isTransient, () =>
    Effect.flatMap(Effect.clock, (clock) =>
      Effect.withClock(
        Effect.retry(Effect.withClock(effect, clock), { schedule: storeRetry, while: isTransient }),
        wallClock
      )))

/** A typed defect, for the methods whose error channel upstream is `never`. */
const die = (reason: EngineError.Reason, detail: string) => Effect.die(new EngineError.EngineError({ reason, detail }))

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === "object" && error !== null && "message" in error
    ? String((error as { message: unknown }).message)
    : String(error)

/** Build the engine. Its loops (timer poller, sweep) live as long as `Scope`. */
export const make = (settings: Settings): Effect.Effect<WorkflowEngine["Type"], never, Scope.Scope | StoreServices> =>
  Effect.gen(function*() {
    const runs = yield* RunStore.RunStore
    const timers = yield* TimerStore.TimerStore
    const leases = yield* LeaseStore.LeaseStore
    const commits = yield* RunCommit.RunCommit
    const { owner, scope } = settings
    const ttl = settings.leaseTtl

    const registrations = new Map<string, Registration>()
    const locals = new Map<string, Local>()
    /** The workflow of each execution seen, so the poller need not read a run to know it. */
    const flows = new Map<string, string>()
    let stopping = false
    /** Done when the engine shuts down: callers still waiting for a result are interrupted. */
    const shutdown = Deferred.unsafeMake<void>(FiberId.none)

    const engineScope = yield* Effect.scope
    const drives = yield* FiberSet.make<void, never>()
    const clocks = yield* FiberMap.make<string, void, never>()

    const now = Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms))

    // -----------------------------------------------------------------------------------------
    // Reading executions
    // -----------------------------------------------------------------------------------------

    const getRun = (executionId: string) =>
      retrying(runs.get(scope, executionId)).pipe(
        Effect.map(Option.some),
        Effect.catchTag("NotFound", () => Effect.succeed(Option.none<Run.Run>()))
      )

    const stateOf = (run: Run.Run): Effect.Effect<Records.ExecutionState> =>
      Option.match(Records.executionState(run), {
        onNone: () => die("NotAnExecution", `run "${run.runId}" of flow "${run.flowId}" is not a workflow execution`),
        onSome: Effect.succeed
      })

    /** The result of a finished execution, decoded with its workflow's schemas. */
    const storedResult = (workflow: Workflow.Any, run: Run.Run) =>
      Effect.flatMap(stateOf(run), (state) =>
        Effect.map(
          Effect.catchAll(Codec.resultFromJson(workflow, state.result), (detail) => die("Unreadable", detail)),
          (exit) => new Workflow.Complete({ exit })
        ))

    /** What `poll` says of a run this process does not drive. */
    const resultOf = (workflow: Workflow.Any, run: Run.Run) =>
      Effect.gen(function*() {
        if (RunStatus.isTerminal(run.status)) return yield* storedResult(workflow, run)
        const state = yield* stateOf(run)
        if (state.suspended === undefined) return undefined
        const cause = state.suspended.cause === undefined ? undefined : Codec.suspendCauseFromJson(state.suspended.cause)
        return new Workflow.Suspended(cause === undefined ? {} : { cause })
      })

    /**
     * Whether nobody will run an execution unless a sweep does: it was never started, or its worker
     * stopped or died (its lease expired without being given back, or was given back without the
     * execution suspending). A suspended execution whose worker gave the lease back waits for a timer.
     */
    const abandoned = (state: Records.ExecutionState, lease: Option.Option<Lease.Lease>, at: Date) => {
      if (Option.isNone(lease)) return true
      if (lease.value.releasedAt !== undefined) return state.suspended === undefined
      return lease.value.expiresAt.getTime() <= at.getTime()
    }

    const isHeldByOther = (lease: Option.Option<Lease.Lease>, at: Date) =>
      Option.isSome(lease) && lease.value.releasedAt === undefined && lease.value.expiresAt.getTime() > at.getTime() &&
      lease.value.owner !== owner

    // -----------------------------------------------------------------------------------------
    // Writing: every write of an execution is one fenced commit
    // -----------------------------------------------------------------------------------------

    /** A fenced commit of the local execution; a lost lease marks it lost (and says so with `undefined`). */
    const commitLocal = (local: Local, own: RunCommit.Writes) =>
      Effect.gen(function*() {
        while (true) {
          const token = local.token
          const pending = local.pending
          const writes: RunCommit.Writes = pending === undefined ? own : {
            ...own,
            state: own.state === undefined
              ? pending.state!
              : { expectedVersion: own.state.expectedVersion, patch: { ...pending.state!.patch, ...own.state.patch } },
            events: [...(pending.events ?? []), ...(own.events ?? [])]
          }
          const result = yield* Effect.either(retrying(commits.commit(scope, local.executionId, writes, { fencingToken: token })))
          if (result._tag === "Right") {
            if (result.right._tag !== "Committed") yield* Effect.logDebug(`commit declined: ${result.right._tag}`)
            else if (pending !== undefined) {
              local.pending = undefined
              local.version = result.right.run.version
            } else if (own.state !== undefined) {
              local.version = result.right.run.version
            }
            return result.right
          }
          // Our own re-acquisition (after an expiry nobody took over) fences the old token: try again.
          if (result.left._tag === "Fenced" && local.token !== token && !local.lost) continue
          yield* Effect.logWarning(`execution ${local.executionId}: ${describe(result.left)}; leaving it to another worker`)
          loseLocal(local)
          return undefined
        }
      })

    /** Stop the local execution's attempt without writing anything more: its lease is not ours any more. */
    const loseLocal = (local: Local) => {
      local.lost = true
      suspendBody(local)
    }

    /** End the current attempt as a suspension (nothing is lost: it replays from what is recorded). */
    const suspendBody = (local: Local) => {
      const { body, instance } = local
      if (instance === undefined || body === undefined) return
      instance.suspended = true
      body.unsafeInterruptAsFork(FiberId.none)
    }

    // -----------------------------------------------------------------------------------------
    // Driving executions
    // -----------------------------------------------------------------------------------------

    /**
     * Run the execution in this process until it ends or suspends, claiming `claim` (due timers that
     * woke it) once its lease is held. Starts at once (the local record is in place when this
     * returns); a second call while it runs only adds a wake-up.
     */
    const drive = (
      executionId: string,
      workflow: Workflow.Any,
      claim: ReadonlyArray<string> = [],
      fresh = false
    ): Effect.Effect<void> =>
      Effect.suspend(() => {
        const running = locals.get(executionId)
        if (running !== undefined) return wakeLocal(running, claim)
        if (stopping) return Effect.void
        const local: Local = {
          executionId,
          workflow,
          token: 0,
          version: 0,
          state: { engine: Records.EngineMarker },
          instance: undefined,
          body: undefined,
          wake: false,
          wokenBy: [],
          toClaim: [...claim],
          recorded: new Set(),
          fresh,
          pending: undefined,
          readers: new Map(),
          lost: false,
          stopping: false,
          settled: Deferred.unsafeMake(FiberId.none)
        }
        locals.set(executionId, local)
        return Effect.asVoid(FiberSet.run(drives, driveLoop(local)))
      })

    const release = (local: Local) =>
      Effect.ignore(retrying(leases.release(scope, local.executionId, owner, local.token)))

    /** Forget the local execution and tell whoever waits for it. */
    const settle = (local: Local, result: Workflow.Result<unknown, unknown> | undefined) => {
      if (locals.get(local.executionId) === local) locals.delete(local.executionId)
      return Deferred.succeed(local.settled, result)
    }

    const claimTimers = (local: Local, timerIds: ReadonlyArray<string>) =>
      Effect.forEach(timerIds, (timerId) =>
        Effect.map(
          Effect.orElseSucceed(retrying(timers.claim(scope, local.executionId, timerId)), () => false),
          (claimed) => {
            if (claimed) local.wokenBy.push(timerId)
          }
        ), { discard: true })

    const driveLoop = (local: Local): Effect.Effect<void> =>
      Effect.gen(function*() {
        const acquired = yield* Effect.either(retrying(leases.acquire(scope, local.executionId, owner, ttl)))
        if (acquired._tag === "Left") {
          if (acquired.left._tag !== "LeaseHeld") {
            yield* Effect.logWarning(`execution ${local.executionId}: cannot take its lease: ${describe(acquired.left)}`)
          }
          return yield* settle(local, undefined)
        }
        local.token = acquired.right.token
        const renewal = yield* Effect.fork(renewLoop(local))
        yield* Effect.ensuring(attempts(local), Fiber.interrupt(renewal)).pipe(
          Effect.catchAll((error) =>
            Effect.zipRight(
              Effect.logWarning(`execution ${local.executionId}: the store failed (${describe(error)}); another worker resumes it`),
              settle(local, undefined)
            )
          )
        )
      }).pipe(
        Effect.catchAllCause((cause) =>
          Effect.zipRight(
            Effect.logError(`execution ${local.executionId} stopped on a defect; another worker resumes it`, cause),
            settle(local, undefined)
          )
        ),
        Effect.annotateLogs({ executionId: local.executionId, workflow: local.workflow.name }),
        Effect.withSpan("RunledgerEngine.drive", { captureStackTrace: false, attributes: { executionId: local.executionId, workflow: local.workflow.name } })
      )

    /** Keep the lease while the execution runs: renew it every third of its time to live. */
    const renewLoop = (local: Local): Effect.Effect<void> =>
      Effect.gen(function*() {
        while (!local.lost) {
          yield* pause(Duration.millis(Duration.toMillis(ttl) / 3))
          const renewed = yield* Effect.either(retrying(leases.renew(scope, local.executionId, owner, local.token, ttl)))
          if (renewed._tag === "Right") continue
          if (renewed.left._tag === "NotFound") {
            // Expired, and nobody took it over: take it again (a new token, which fences the old one).
            const again = yield* Effect.either(retrying(leases.acquire(scope, local.executionId, owner, ttl)))
            if (again._tag === "Right") {
              local.token = again.right.token
              continue
            }
          }
          yield* Effect.logWarning(`execution ${local.executionId}: lost its lease (${describe(renewed.left)})`)
          loseLocal(local)
        }
      })

    /**
     * Attempts of the execution until it ends, suspends with nothing new, or is lost. A store that
     * stays unreachable ends it here without a word more: its lease expires and a sweep resumes it.
     */
    const attempts = (local: Local): Effect.Effect<void, Errors.InvalidInput | Errors.StoreError> =>
      Effect.gen(function*() {
        while (true) {
          const found = yield* getRun(local.executionId)
          if (Option.isNone(found)) {
            yield* Effect.logWarning(`execution ${local.executionId}: its run is gone`)
            yield* release(local)
            return yield* settle(local, undefined)
          }
          const run = found.value
          // Claimed first, even for an execution that has ended: a timer left due would bring it back.
          yield* claimTimers(local, local.toClaim.splice(0))
          if (RunStatus.isTerminal(run.status)) {
            yield* release(local)
            return yield* settle(local, yield* storedResult(local.workflow, run))
          }
          const state = yield* stateOf(run)
          const attempt = (state.attempt ?? 0) + 1
          const { suspended: _, ...running } = state
          const next: Records.ExecutionState = { ...running, attempt }
          const wokenBy = local.wokenBy.splice(0)
          local.version = run.version
          local.pending = {
            state: { expectedVersion: run.version, patch: { status: "Running", state: next as Json.Json } },
            events: [{
              // The token makes it unique: an attempt that never wrote its start left this number free.
              eventId: `workflow:attempt:${attempt}:${local.token}`,
              type: attempt === 1 ? Records.EventTypes.started : Records.EventTypes.resumed,
              payload: { attempt, owner, token: local.token, ...(wokenBy.length > 0 ? { wokenBy } : {}) }
            }]
          }
          local.state = next
          local.wake = false
          local.readers = new Map()
          yield* Effect.logDebug(`attempt ${attempt} started (token ${local.token})`)

          local.recorded = local.fresh
            ? new Set()
            : new Set(yield* retrying(runs.listOutputKeys(scope, local.executionId)).pipe(Effect.catchTag("NotFound", () => Effect.succeed([]))))
          local.fresh = false
          const result = yield* runAttempt(local, run.input)
          yield* Effect.logDebug(`attempt ${attempt} ended: ${result._tag}${local.wake ? ", woken meanwhile" : ""}${local.lost ? ", lost" : ""}`)
          if (local.lost) return yield* settle(local, undefined)
          if (result._tag === "Complete") return yield* finish(local, result)
          if (local.stopping) {
            // Shutting down: give the lease back without marking it suspended (an attempt that wrote
            // nothing yet writes its start first, which clears the mark of its last suspension), so
            // the sweep of any worker resumes it at once.
            if (local.pending !== undefined && (yield* commitLocal(local, {})) === undefined) return yield* settle(local, undefined)
            yield* release(local)
            return yield* settle(local, undefined)
          }
          if (local.wake) continue
          const cause = {
            ...(result.cause === undefined ? {} : { cause: Codec.suspendCauseToJson(result.cause) }),
            ...Records.waitingFor(local.readers.keys())
          }
          const suspended = yield* commitLocal(local, {
            state: { expectedVersion: local.version, patch: { state: { ...local.state, suspended: cause } as Json.Json } },
            events: [{ eventId: `workflow:suspended:${attempt}`, type: Records.EventTypes.suspended, payload: { attempt } }]
          })
          if (suspended === undefined) return yield* settle(local, undefined)
          if (suspended._tag !== "Committed") {
            local.pending = undefined
            continue
          }
          yield* release(local)
          if (local.wake && !local.stopping) {
            // A wake-up arrived while it suspended: take the lease again and run again.
            const again = yield* Effect.either(retrying(leases.acquire(scope, local.executionId, owner, ttl)))
            if (again._tag === "Right") {
              local.token = again.right.token
              continue
            }
          }
          return yield* settle(local, result)
        }
      })

    /** Record the end: status, result and event in one commit; then release, and wake the parent. */
    const finish = (local: Local, result: Workflow.Complete<unknown, unknown>) =>
      Effect.gen(function*() {
        const { exit } = result
        const encoded = yield* Effect.either(Codec.resultToJson(local.workflow, exit))
        const stored = encoded._tag === "Right"
          ? encoded.right
          : yield* Effect.orDie(Codec.resultToJson(local.workflow, Exit.die(new EngineError.EngineError({ reason: "Unstorable", detail: encoded.left }))))
        const status = Exit.isSuccess(exit) ? "Completed" : Cause.isInterruptedOnly(exit.cause) ? "Canceled" : "Failed"
        const type = status === "Completed"
          ? Records.EventTypes.completed
          : status === "Canceled"
          ? Records.EventTypes.canceled
          : Records.EventTypes.failed
        const { suspended: _, ...state } = local.state
        const ended = yield* commitLocal(local, {
          state: { expectedVersion: local.version, patch: { status, state: { ...state, result: stored } as Json.Json } },
          events: [{
            eventId: Terminalize.terminalEventId(local.executionId),
            type,
            payload: Exit.isSuccess(exit) ? { status } : { status, cause: Cause.pretty(exit.cause).slice(0, 4000) }
          }],
          timers: state.parent === undefined ? [] : [{ timerId: Records.notifyParentTimer, fireAt: yield* now }]
        })
        if (ended === undefined) return yield* settle(local, undefined)
        // The lease of an ended execution is left to expire: nothing waits for it, and giving it
        // back would cost a durable write.
        const done = ended._tag === "VersionChanged" && RunStatus.isTerminal(ended.run.status)
          ? yield* storedResult(local.workflow, ended.run)
          : encoded._tag === "Right"
          ? result
          : yield* storedResult(local.workflow, (yield* getRun(local.executionId)).pipe(Option.getOrThrow))
        yield* settle(local, done)
        if (state.parent !== undefined) yield* notifyParent(local.executionId, state.parent)
      })

    /** One attempt: the workflow's body from the start, replaying what is recorded. */
    const runAttempt = (local: Local, input: unknown): Effect.Effect<Workflow.Result<unknown, unknown>> =>
      Effect.gen(function*() {
        const registration = registrations.get(local.workflow.name)
        if (registration === undefined) return new Workflow.Suspended({})
        const payload = yield* Effect.catchAll(Codec.payloadFromJson(local.workflow, input), (detail) => die("Unreadable", detail))
        const instance = WorkflowInstance.initial(local.workflow, local.executionId)
        local.instance = instance
        const body = Effect.withFiberRuntime<unknown, unknown, WorkflowInstance | WorkflowEngine>((fiber) => {
          local.body = fiber as Fiber.RuntimeFiber<unknown, unknown>
          return registration.execute(payload, local.executionId).pipe(Effect.onExit(() => endOfBody(local, instance)))
        })
        return yield* body.pipe(
          Workflow.intoResult,
          Effect.provideService(WorkflowInstance, instance),
          Effect.provideService(WorkflowEngine, engine),
          // What `intoResult` lets through: an interruption that was no suspension (the attempt was
          // stopped or lost: it replays elsewhere), or a defect the workflow does not capture
          // (`CaptureDefects` off) — which ends it, failed with that defect, for its caller to see.
          Effect.catchAllCause((cause): Effect.Effect<Workflow.Result<unknown, unknown>> =>
            (local.lost || local.stopping) && Cause.isInterruptedOnly(cause)
              ? Effect.succeed(new Workflow.Suspended({}))
              : Effect.succeed(new Workflow.Complete({ exit: Exit.failCause(cause) }))
          )
        )
      })

    /**
     * When the body ends suspended, a deposited interrupt request turns the suspension into the
     * interruption (as the cluster engine does): the finalizers and compensations then run with an
     * interrupted cause, and the run ends `Canceled`.
     */
    const endOfBody = (local: Local, instance: WorkflowInstance["Type"]): Effect.Effect<void> =>
      Effect.gen(function*() {
        if (!instance.interrupted) {
          if (!instance.suspended || local.lost || local.stopping) return
          const signal = yield* Effect.either(retrying(runs.getOutput(scope, local.executionId, Records.deferredOutput(Records.InterruptSignal))))
          if (signal._tag === "Left" || Option.isNone(signal.right)) return
          instance.interrupted = true
        }
        instance.suspended = false
        yield* Effect.withFiberRuntime<void>((fiber) => Effect.interruptible(Fiber.interrupt(fiber)))
      })

    /**
     * Something for a running execution: claim the timers that say what (a timer claimed before is
     * old news), and run it again after this attempt. Before its first attempt starts, the timers
     * wait to be claimed by it. `completer` is the fiber of the attempt that completed what arrived,
     * when it did (`DurableDeferred.into`).
     */
    const wakeLocal = (
      local: Local,
      claim: ReadonlyArray<string>,
      completer?: Fiber.RuntimeFiber<unknown, unknown>
    ): Effect.Effect<void> =>
      Effect.gen(function*() {
        if (local.token === 0) {
          local.toClaim.push(...claim)
          return
        }
        const before = local.wokenBy.length
        if (claim.length > 0) {
          yield* claimTimers(local, claim)
          if (local.wokenBy.length === before) return
        }
        local.wake = true
        // A fiber of the attempt looked for what just arrived and did not find it: it suspended, or
        // waits to (until the activities in flight end). The attempt is cut short and replays now
        // with it — as upstream's engine does — rather than wait for branches that may never end
        // (`DurableDeferred.raceAll` with a producer, or with a long activity). A read by the fiber
        // that completed it itself (`raceAll` checking its own result) is no such wait.
        const instance = local.instance
        if (instance === undefined) return
        const waiting = local.wokenBy.slice(before).some((timerId) =>
          (local.readers.get(timerId) ?? []).some((reader) => reader !== completer)
        )
        if (waiting) preempt(local, instance)
      })

    /**
     * End the current attempt as a suspension, at once: it replays with what arrived. Activities in
     * flight are interrupted and run again on replay (what is recorded is never done again).
     */
    const preempt = (local: Local, instance: WorkflowInstance["Type"]): void => {
      if (local.instance !== instance || local.lost || local.body === undefined || local.body.unsafePoll() !== null) return
      suspendBody(local)
    }

    /** Note that the calling fiber of the running attempt looked for what `timerIds` announce. */
    const noteReader = (executionId: string, timerIds: ReadonlyArray<string>) =>
      Effect.withFiberRuntime<void>((fiber) => {
        const local = locals.get(executionId)
        if (local !== undefined) {
          for (const timerId of timerIds) {
            const readers = local.readers.get(timerId)
            if (readers === undefined) local.readers.set(timerId, [fiber as Fiber.RuntimeFiber<unknown, unknown>])
            else readers.push(fiber as Fiber.RuntimeFiber<unknown, unknown>)
          }
        }
        return Effect.void
      })

    /** Wake an execution: locally when this process runs or can run it; otherwise its timers wait for a worker. */
    const wake = (
      executionId: string,
      workflowName: string,
      claim: ReadonlyArray<string>,
      completer?: Fiber.RuntimeFiber<unknown, unknown>
    ): Effect.Effect<void> =>
      Effect.suspend(() => {
        const local = locals.get(executionId)
        if (local !== undefined) return wakeLocal(local, claim, completer)
        const registration = registrations.get(workflowName)
        if (registration === undefined) return Effect.void
        return drive(executionId, registration.workflow, claim)
      })

    /** A child ended: give its parent a wake-up, then mark the child's notice done. */
    const notifyParent = (childId: string, parent: typeof Records.Parent.Type) =>
      Effect.gen(function*() {
        const timerId = Records.wakeTimer(`child/${childId}`)
        const scheduled = yield* Effect.either(retrying(timers.schedule(scope, parent.executionId, timerId, yield* now)))
        if (scheduled._tag === "Left") {
          return yield* Effect.logWarning(`execution ${childId}: cannot wake its parent ${parent.executionId} yet: ${describe(scheduled.left)}`)
        }
        yield* Effect.ignore(retrying(timers.claim(scope, childId, Records.notifyParentTimer)))
        yield* wake(parent.executionId, parent.workflow, [timerId])
      })

    // -----------------------------------------------------------------------------------------
    // Timers: the poller, and in-process clocks
    // -----------------------------------------------------------------------------------------

    const flowOf = (executionId: string) =>
      Effect.suspend(() => {
        const known = flows.get(executionId)
        if (known !== undefined) return Effect.succeed(Option.some(known))
        return Effect.map(getRun(executionId), Option.map((run) => {
          flows.set(run.runId, run.flowId)
          return run.flowId as string
        }))
      })

    /** A due timer of the engine's: claimed by the process that holds (or takes) its execution's lease. */
    const onDueTimer = (executionId: string, timerId: string): Effect.Effect<void, Errors.InvalidInput | Errors.StoreError> =>
      Effect.gen(function*() {
        const kind = Records.timerKind(timerId)
        if (kind === undefined) return
        if (kind === "notify") {
          const child = yield* getRun(executionId)
          if (Option.isNone(child)) return
          const state = Records.executionState(child.value)
          if (Option.isSome(state) && state.value.parent !== undefined) yield* notifyParent(executionId, state.value.parent)
          return
        }
        const local = locals.get(executionId)
        if (local !== undefined) return yield* wakeLocal(local, [timerId])
        const flow = yield* flowOf(executionId)
        if (Option.isNone(flow)) return
        const registration = registrations.get(flow.value)
        if (registration === undefined) return
        const lease = yield* Effect.orElseSucceed(leases.get(scope, executionId), () => Option.none<Lease.Lease>())
        if (isHeldByOther(lease, yield* now)) return
        yield* drive(executionId, registration.workflow, [timerId])
      })

    const pollOnce = Effect.gen(function*() {
      if (registrations.size === 0) return
      const due = yield* timers.due(scope, yield* now, { limit: 1000 })
      yield* Effect.forEach(due, (timer) =>
        Effect.catchAllCause(onDueTimer(timer.runId, timer.timerId), (cause) =>
          Effect.logWarning(`timer ${timer.timerId} of execution ${timer.runId} is left for the next poll`, cause)), { discard: true })
    }).pipe(Effect.catchAllCause((cause) => Effect.logWarning("the timer poller could not read due timers", cause)))

    /** Resume what a crash left: executions of registered workflows, not suspended, whose lease is free. */
    const sweepWorkflow = (workflowName: string): Effect.Effect<void> =>
      Effect.gen(function*() {
        let cursor: string | undefined
        do {
          const page = yield* runs.list(scope, {
            flowId: workflowName,
            status: ["Pending", "Running"],
            limit: 100,
            ...(cursor === undefined ? {} : { cursor })
          })
          for (const run of page.runs) {
            const registration = registrations.get(workflowName)
            if (registration === undefined || locals.has(run.runId)) continue
            flows.set(run.runId, run.flowId)
            const state = Records.executionState(run)
            if (Option.isNone(state)) continue
            const lease = yield* leases.get(scope, run.runId)
            if (abandoned(state.value, lease, yield* now)) yield* drive(run.runId, registration.workflow)
          }
          cursor = Option.getOrUndefined(page.nextCursor)
        } while (cursor !== undefined)
      }).pipe(Effect.catchAllCause((cause) => Effect.logWarning(`the sweep of workflow ${workflowName} failed`, cause)))

    const sweepAll = Effect.suspend(() => Effect.forEach([...registrations.keys()], sweepWorkflow, { discard: true }))

    yield* Effect.forkIn(Effect.forever(Effect.zipRight(pause(settings.pollInterval), pollOnce)), engineScope)
    yield* Effect.forkIn(Effect.forever(Effect.zipRight(pause(settings.sweepInterval), Effect.suspend(() => sweepAll))), engineScope)

    /** On shutdown: stop every local attempt, give the leases back, and wait for that (bounded). */
    const stopLocals = (which: (local: Local) => boolean) =>
      Effect.suspend(() => {
        const stopped = [...locals.values()].filter(which)
        for (const local of stopped) {
          local.stopping = true
          suspendBody(local)
        }
        return Effect.withClock(
          Effect.timeout(Effect.forEach(stopped, (local) => Deferred.await(local.settled), { discard: true }), Duration.seconds(10)),
          wallClock
        )
      }).pipe(Effect.ignore)

    yield* Effect.addFinalizer(() =>
      Effect.suspend(() => {
        stopping = true
        return Effect.zipRight(Deferred.succeed(shutdown, undefined), stopLocals(() => true))
      })
    )

    // -----------------------------------------------------------------------------------------
    // The engine's methods
    // -----------------------------------------------------------------------------------------

    /** The result of an execution, once it has one: waiting for this process's attempt, else reading the store. */
    const awaitResult = (workflow: Workflow.Any, executionId: string): Effect.Effect<Workflow.Result<unknown, unknown>> =>
      Effect.raceFirst(
        waitForResult(workflow, executionId),
        Effect.zipRight(Deferred.await(shutdown), Effect.interrupt)
      )

    const waitForResult = (workflow: Workflow.Any, executionId: string): Effect.Effect<Workflow.Result<unknown, unknown>> =>
      Effect.gen(function*() {
        let wait = settings.pollInterval
        while (true) {
          const local = locals.get(executionId)
          if (local !== undefined) {
            const settled = yield* Deferred.await(local.settled)
            if (settled !== undefined) return settled
            continue
          }
          const found = yield* Effect.orDie(getRun(executionId))
          if (Option.isNone(found)) return yield* die("UnknownExecution", `execution ${executionId} of workflow ${workflow.name} does not exist`)
          const result = yield* resultOf(workflow, found.value)
          if (result !== undefined) return result
          yield* pause(wait)
          wait = Duration.min(Duration.times(wait, 2), Duration.seconds(1))
        }
      })

    const recordDeferred = (
      executionId: string,
      deferredName: string,
      exit: Exit.Exit<unknown, unknown>,
      event: { readonly type: string; readonly eventId: string; readonly payload: Json.Json }
    ) =>
      Effect.gen(function*() {
        const value = yield* Effect.catchAll(Codec.encodedExitToJson(exit, `the result of deferred "${deferredName}"`), (detail) => die("Unstorable", detail))
        const timerId = Records.wakeTimer(event.eventId)
        const writes: RunCommit.Writes = {
          output: { stepId: Records.deferredOutput(deferredName), value },
          events: [event],
          timers: [{ timerId, fireAt: yield* now }]
        }
        const local = locals.get(executionId)
        const committed = local !== undefined && local.token > 0
          ? yield* Effect.either(retrying(commits.commit(scope, executionId, writes, { fencingToken: local.token })))
          : yield* Effect.either(retrying(commits.commit(scope, executionId, writes)))
        if (committed._tag === "Left") {
          // A stale attempt's own completion is the next owner's to make again.
          if (committed.left._tag === "Fenced") return undefined
          return yield* die("StoreFailed", `cannot record deferred "${deferredName}" of execution ${executionId}: ${describe(committed.left)}`)
        }
        return committed.right._tag === "Committed" ? timerId : undefined
      })

    const engine: WorkflowEngine["Type"] = WorkflowEngineModule.makeUnsafe({
      register: (workflow, execute) =>
        Effect.gen(function*() {
          registrations.set(workflow.name, { workflow, execute })
          yield* Effect.addFinalizer(() =>
            Effect.zipRight(
              stopLocals((local) => local.workflow.name === workflow.name),
              Effect.sync(() => {
                if (registrations.get(workflow.name)?.execute === execute) registrations.delete(workflow.name)
              })
            )
          )
          // Start-up recovery: what a crash left of this workflow, and its due timers.
          yield* Effect.forkIn(Effect.zipRight(sweepWorkflow(workflow.name), pollOnce), engineScope)
        }),

      execute: (workflow, options) =>
        Effect.gen(function*() {
          const { executionId } = options
          const input = yield* Effect.catchAll(Codec.payloadToJson(workflow, options.payload), (detail) => die("InvalidPayload", detail))
          const state: Records.ExecutionState = {
            engine: Records.EngineMarker,
            ...(options.parent === undefined
              ? {}
              : { parent: { workflow: options.parent.workflow.name, executionId: options.parent.executionId } })
          }
          flows.set(executionId, workflow.name)
          const created = yield* Effect.either(
            retrying(runs.create({ scope, runId: executionId, flowId: workflow.name, input, state: state as Json.Json }))
          )
          const registration = registrations.get(workflow.name)
          if (created._tag === "Right") {
            if (registration !== undefined) yield* drive(executionId, workflow, [], true)
            else yield* Effect.orDie(retrying(commits.commit(scope, executionId, { timers: [{ timerId: Records.wakeTimer("start"), fireAt: yield* now }] })))
          } else if (created.left._tag === "AlreadyExists") {
            const existing = yield* Effect.orDie(getRun(executionId))
            if (Option.isSome(existing)) {
              const run = existing.value
              if (run.flowId !== workflow.name) {
                return yield* die("WrongWorkflow", `execution ${executionId} belongs to workflow "${run.flowId}", not "${workflow.name}"`)
              }
              // Attached to an execution nobody runs (never started, or its worker died): run it here.
              const known = Records.executionState(run)
              if (registration !== undefined && !RunStatus.isTerminal(run.status) && !locals.has(executionId) && Option.isSome(known)) {
                const lease = yield* Effect.orElseSucceed(leases.get(scope, executionId), () => Option.none<Lease.Lease>())
                if (abandoned(known.value, lease, yield* now)) yield* drive(executionId, workflow)
              }
            }
          } else {
            return yield* die("StoreFailed", `cannot start execution ${executionId} of workflow ${workflow.name}: ${describe(created.left)}`)
          }
          if (options.discard) return undefined as never
          const result = yield* awaitResult(workflow, executionId)
          if (result._tag === "Suspended" && options.parent !== undefined) {
            yield* noteReader(options.parent.executionId, [Records.wakeTimer(`child/${executionId}`)])
          }
          return result as never
        }).pipe(Effect.withSpan("RunledgerEngine.execute", { captureStackTrace: false, attributes: { executionId: options.executionId, workflow: workflow.name } })),

      poll: (workflow, executionId) =>
        Effect.gen(function*() {
          if (locals.has(executionId)) return undefined
          const found = yield* Effect.orDie(getRun(executionId))
          if (Option.isNone(found) || found.value.flowId !== workflow.name) return undefined
          return yield* resultOf(workflow, found.value)
        }).pipe(Effect.withSpan("RunledgerEngine.poll", { captureStackTrace: false, attributes: { executionId, workflow: workflow.name } })),

      interrupt: (workflow, executionId) =>
        Effect.gen(function*() {
          const found = yield* Effect.orDie(getRun(executionId))
          if (Option.isNone(found) || RunStatus.isTerminal(found.value.status)) return
          const timerId = yield* recordDeferred(executionId, Records.InterruptSignal, Exit.void, {
            eventId: "workflow:interrupt",
            type: Records.EventTypes.interruptRequested,
            payload: {}
          })
          const local = locals.get(executionId)
          if (local !== undefined && local.instance !== undefined && local.body !== undefined && !local.lost) {
            // Running here: interrupt it now; its finalizers and compensations run, and it ends Canceled.
            local.instance.interrupted = true
            local.instance.suspended = false
            local.body.unsafeInterruptAsFork(FiberId.none)
          }
          yield* wake(executionId, workflow.name, timerId === undefined ? [] : [timerId])
        }).pipe(Effect.withSpan("RunledgerEngine.interrupt", { captureStackTrace: false, attributes: { executionId, workflow: workflow.name } })),

      resume: (workflow, executionId) =>
        Effect.gen(function*() {
          if (locals.has(executionId)) return
          const found = yield* Effect.orDie(getRun(executionId))
          if (Option.isNone(found) || RunStatus.isTerminal(found.value.status)) return
          const registration = registrations.get(workflow.name)
          if (registration !== undefined) return yield* drive(executionId, registration.workflow)
          // No worker here: a wake-up for whichever worker runs this workflow.
          const at = yield* now
          yield* Effect.orDie(retrying(commits.commit(scope, executionId, {
            timers: [{ timerId: Records.wakeTimer(`resume/${at.getTime()}-${Math.random().toString(36).slice(2, 10)}`), fireAt: at }]
          })))
        }).pipe(Effect.withSpan("RunledgerEngine.resume", { captureStackTrace: false, attributes: { executionId, workflow: workflow.name } })),

      activityExecute: (activity, attempt) =>
        Effect.gen(function*() {
          const instance = yield* WorkflowInstance
          const local = locals.get(instance.executionId)
          if (local === undefined || local.lost) return new Workflow.Suspended({})
          const outputKey = Records.activityOutput(activity.name, attempt)
          // Only this execution's lease holder records its activities: one that was not recorded when
          // the attempt started is not recorded now.
          const stored = local.recorded.has(outputKey)
            ? yield* Effect.either(retrying(runs.getOutput(scope, instance.executionId, outputKey)))
            : Either.right(Option.none<{ readonly value: Json.Json }>())
          if (stored._tag === "Left") {
            loseLocal(local)
            return new Workflow.Suspended({})
          }
          if (Option.isSome(stored.right)) {
            const exit = yield* Effect.catchAll(Codec.encodedExitFromJson(stored.right.value.value, `activity ${activity.name}`), (detail) => die("Unreadable", detail))
            return new Workflow.Complete({ exit })
          }
          const startedAt = yield* now
          const activityInstance = WorkflowInstance.initial(instance.workflow, instance.executionId)
          activityInstance.interrupted = instance.interrupted
          const result = yield* (activity as Activity.Any).executeEncoded.pipe(
            Workflow.intoResult,
            Effect.provideService(WorkflowInstance, activityInstance)
          ) as Effect.Effect<Workflow.Result<unknown, unknown>>
          if (result._tag === "Suspended") return result
          const value = yield* Effect.catchAll(Codec.encodedExitToJson(result.exit, `the result of activity ${activity.name}`), (detail) => die("Unstorable", detail))
          const outcome = Codec.outcomeOf(result.exit)
          const step = Records.activityStep(activity.name)
          const committed = yield* commitLocal(local, {
            output: { stepId: outputKey, value },
            steps: [
              { stepId: step, kind: "started", attempt, at: startedAt },
              { stepId: step, kind: outcome === "success" ? "completed" : "failed", attempt, detail: { output: outputKey, outcome } }
            ],
            events: [{
              eventId: Records.boundedId("activity:", activity.name, `:${attempt}`),
              type: outcome === "success" ? Records.EventTypes.activityCompleted : Records.EventTypes.activityFailed,
              payload: { activity: activity.name, attempt, output: outputKey, outcome }
            }]
          })
          if (committed === undefined) return new Workflow.Suspended({})
          if (committed._tag === "VersionChanged") {
            // The run changed under the lease: replay from what is recorded.
            loseLocal(local)
            return new Workflow.Suspended({})
          }
          if (committed._tag === "OutputExists") {
            // Recorded first by an earlier holder of the lease: the record wins.
            const exit = yield* Effect.catchAll(Codec.encodedExitFromJson(committed.output.value, `activity ${activity.name}`), (detail) => die("Unreadable", detail))
            return new Workflow.Complete({ exit })
          }
          return result
        }).pipe(Effect.withSpan("RunledgerEngine.activityExecute", { captureStackTrace: false, attributes: { activity: activity.name, attempt } })),

      deferredResult: (deferred) =>
        Effect.gen(function*() {
          const instance = yield* WorkflowInstance
          const stored = yield* Effect.either(retrying(runs.getOutput(scope, instance.executionId, Records.deferredOutput(deferred.name))))
          if (stored._tag === "Left") {
            const local = locals.get(instance.executionId)
            if (local !== undefined) loseLocal(local)
            return undefined
          }
          if (Option.isSome(stored.right)) {
            return yield* Effect.catchAll(Codec.encodedExitFromJson(stored.right.value.value, `deferred ${deferred.name}`), (detail) => die("Unreadable", detail))
          }
          const announcers = [Records.wakeTimer(Records.boundedId("deferred:", deferred.name))]
          if (deferred.name.startsWith(ClockPrefix)) {
            const clockTimer = Records.clockTimer(deferred.name.slice(ClockPrefix.length))
            const timer = yield* Effect.either(retrying(timers.get(scope, instance.executionId, clockTimer)))
            if (timer._tag === "Right" && Option.isSome(timer.right) && timer.right.value.status === "Fired") return Exit.void
            announcers.push(clockTimer)
          }
          yield* noteReader(instance.executionId, announcers)
          return undefined
        }),

      deferredDone: ({ deferredName, executionId, exit, workflowName }) =>
        Effect.gen(function*() {
          const found = yield* Effect.orDie(getRun(executionId))
          if (Option.isNone(found)) {
            return yield* die("UnknownExecution", `deferred "${deferredName}": workflow ${workflowName} has no execution ${executionId}; nothing was written`)
          }
          if (found.value.flowId !== workflowName) {
            return yield* die("WrongWorkflow", `deferred "${deferredName}": execution ${executionId} belongs to workflow "${found.value.flowId}", not "${workflowName}"; nothing was written`)
          }
          if (RunStatus.isTerminal(found.value.status)) return
          // An attempt's own completion that was only interrupted (`DurableDeferred.into` of a branch
          // cut short: the attempt suspends, is preempted or stops) is no outcome: recorded, it would
          // answer every replay with the interruption.
          const caller = yield* Effect.serviceOption(WorkflowInstance)
          if (
            Option.isSome(caller) && caller.value.executionId === executionId && Exit.isFailure(exit) &&
            Cause.isInterruptedOnly(exit.cause)
          ) return
          const timerId = yield* recordDeferred(executionId, deferredName, exit, {
            eventId: Records.boundedId("deferred:", deferredName),
            type: Records.EventTypes.deferredCompleted,
            payload: { deferred: deferredName, outcome: Codec.outcomeOf(exit) }
          })
          if (timerId !== undefined) {
            const completer = yield* Effect.withFiberRuntime<Fiber.RuntimeFiber<unknown, unknown>>((fiber) =>
              Effect.succeed(fiber as Fiber.RuntimeFiber<unknown, unknown>)
            )
            yield* wake(executionId, workflowName, [timerId], completer)
          }
        }).pipe(Effect.withSpan("RunledgerEngine.deferredDone", { captureStackTrace: false, attributes: { executionId, deferred: deferredName } })),

      scheduleClock: (_workflow, { clock, executionId }) =>
        Effect.gen(function*() {
          const timerId = Records.clockTimer(clock.name)
          const existing = yield* Effect.orDie(retrying(timers.get(scope, executionId, timerId)))
          let fireAt: Date
          if (Option.isSome(existing)) {
            // Scheduled by an earlier attempt; fired already (the clock's deferred says so) or not yet.
            if (existing.value.status !== "Scheduled") return
            fireAt = existing.value.fireAt
          } else {
            fireAt = new Date((yield* now).getTime() + Duration.toMillis(clock.duration))
            const writes: RunCommit.Writes = {
              events: [{
                eventId: Records.boundedId("clock:", clock.name),
                type: Records.EventTypes.clockScheduled,
                payload: { clock: clock.name, fireAt: fireAt.toISOString() }
              }],
              timers: [{ timerId, fireAt }]
            }
            const local = locals.get(executionId)
            if (local !== undefined && local.token > 0) {
              if ((yield* commitLocal(local, writes)) === undefined) return
            } else {
              yield* Effect.orDie(retrying(commits.commit(scope, executionId, writes)))
            }
          }
          // In this process the clock fires on time; elsewhere the poller finds it due.
          const wait = Effect.flatMap(now, (at) => Effect.sleep(Duration.millis(Math.max(0, fireAt.getTime() - at.getTime()))))
          yield* FiberMap.run(
            clocks,
            `${executionId}\u0000${timerId}`,
            Effect.zipRight(wait, Effect.catchAllCause(onDueTimer(executionId, timerId), (cause) =>
              Effect.logWarning(`execution ${executionId}: clock ${clock.name} is left to the poller`, cause))),
            { onlyIfMissing: true }
          )
        }).pipe(Effect.withSpan("RunledgerEngine.scheduleClock", { captureStackTrace: false, attributes: { executionId, clock: clock.name } }))
    })

    return engine
  })

const ClockPrefix = "DurableClock/"
