/**
 * Where `@runledger/workflow` keeps an execution, in runledger's own records — so the CLI, `verify`,
 * export and the web console read workflows as ordinary runs.
 *
 * | what | record |
 * | --- | --- |
 * | an execution | a run: run id = execution id, flow = workflow name, input = the encoded payload |
 * | its progress and result | the run's status (`Pending`, `Running`, then `Completed`, `Failed` or `Canceled`) and its state ({@link ExecutionState}) |
 * | an activity attempt's result | a write-once step output `activity/<name>/<attempt>` (the encoded `Exit`), with ledger entries `started` and `completed` or `failed` under the activity's name |
 * | a deferred's result | a write-once step output `deferred/<name>` (the encoded `Exit`) |
 * | a durable clock | a timer `clock/<name>`; when it fires, the clock's deferred is completed |
 * | a wake-up (a deferred completed, a resume, a child ended) | a timer `wake/…`, due at once |
 * | "tell the parent" | a timer `notify/parent` on a child that ended |
 * | the worker running it | the run's lease: owner = the worker, fencing token on every write |
 * | its history | the run's events ({@link EventTypes}); it ends with the store's terminal event (`FlowCompleted`, `FlowFailed` or `FlowCanceled`, id `runledger.terminal:<execution id>`) |
 *
 * @since 0.1.0
 */
import type { Run } from "@runledger/core"
import { Identifiers, Json } from "@runledger/core"
import { Option, Schema } from "effect"

/**
 * The tenant scope executions live in unless the engine is given another one.
 *
 * @since 0.1.0
 */
export const DefaultScope = { orgId: "runledger", workspaceId: "workflows" } as const

/**
 * The value of `state.engine` on every run the engine creates: how a tool tells a workflow
 * execution from another orchestrator's run.
 *
 * @since 0.1.0
 */
export const EngineMarker = "@runledger/workflow"

/**
 * The event types the engine appends to an execution's log.
 *
 * @since 0.1.0
 */
export const EventTypes = {
  started: "WorkflowStarted",
  resumed: "WorkflowResumed",
  suspended: "WorkflowSuspended",
  activityCompleted: "ActivityCompleted",
  activityFailed: "ActivityFailed",
  deferredCompleted: "DeferredCompleted",
  clockScheduled: "ClockScheduled",
  interruptRequested: "InterruptRequested",
  /** The terminal events are the store's own (`Terminalize`), so `verify` and `recover` read them. */
  completed: "FlowCompleted",
  failed: "FlowFailed",
  canceled: "FlowCanceled"
} as const

/**
 * The parent of a child execution (a workflow executed from inside another).
 *
 * @since 0.1.0
 */
export const Parent = Schema.Struct({ workflow: Schema.String, executionId: Schema.String })

/**
 * The run state of an execution:
 *
 * - `engine`: {@link EngineMarker};
 * - `parent`: the execution to wake when this one ends;
 * - `attempt`: how many times a worker has started running it (the first run is attempt 1, each
 *   resume after a suspension or a crash adds one);
 * - `suspended`: set while it waits for a deferred, a clock or a child, with the cause when it
 *   suspended on a failure (`Workflow.SuspendOnFailure`); cleared when it runs again;
 * - `result`: the encoded `Exit` of a finished execution, with the workflow's own schemas.
 *
 * @since 0.1.0
 */
export const ExecutionState = Schema.Struct({
  engine: Schema.Literal(EngineMarker),
  parent: Schema.optional(Parent),
  attempt: Schema.optional(Schema.Int),
  suspended: Schema.optional(Schema.Struct({
    cause: Schema.optional(Schema.Unknown),
    /** The deferreds the suspended attempt looked for and did not find (their names). */
    deferreds: Schema.optional(Schema.Array(Schema.String)),
    /** The durable clocks it waits on (their names). */
    clocks: Schema.optional(Schema.Array(Schema.String))
  })),
  result: Schema.optional(Schema.Unknown)
})

/**
 * @since 0.1.0
 */
export type ExecutionState = typeof ExecutionState.Type

const decodeState = Schema.decodeUnknownOption(ExecutionState)

/**
 * The execution state of a run, if the run is a workflow execution.
 *
 * @since 0.1.0
 */
export const executionState = (run: Run.Run): Option.Option<ExecutionState> => decodeState(run.state)

/**
 * Whether a run is a workflow execution.
 *
 * @since 0.1.0
 */
export const isExecution = (run: Run.Run): boolean => Option.isSome(executionState(run))

/**
 * An id for a record (step output, timer, event) made of a prefix and a name: as it is while it
 * fits the id length limit; a longer name keeps its start and gets a digest of the whole, so
 * distinct names stay distinct.
 *
 * @since 0.1.0
 */
export const boundedId = (prefix: string, name: string, suffix = ""): string => {
  const whole = `${prefix}${name}${suffix}`
  const chars = Array.from(whole)
  if (chars.length <= Identifiers.MaxIdLength) return whole
  const digest = `#${Json.fingerprint(name).slice(0, 16)}`
  const room = Identifiers.MaxIdLength - Array.from(prefix).length - Array.from(suffix).length - digest.length
  return `${prefix}${Array.from(name).slice(0, room).join("")}${digest}${suffix}`
}

/**
 * The step output of an activity attempt.
 *
 * @since 0.1.0
 */
export const activityOutput = (activity: string, attempt: number): string => boundedId("activity/", activity, `/${attempt}`)

/**
 * The ledger step id of an activity (its entries carry the attempt).
 *
 * @since 0.1.0
 */
export const activityStep = (activity: string): string => boundedId("", activity)

/**
 * The step output of a deferred.
 *
 * @since 0.1.0
 */
export const deferredOutput = (deferred: string): string => boundedId("deferred/", deferred)

/**
 * The timer of a durable clock.
 *
 * @since 0.1.0
 */
export const clockTimer = (clock: string): string => boundedId("clock/", clock)

/**
 * A wake-up timer, due at once. `reason` names what woke the execution (`deferred/<name>`,
 * `child/<id>`, `resume/<n>`, `start`).
 *
 * @since 0.1.0
 */
export const wakeTimer = (reason: string): string => boundedId("wake/", reason)

/**
 * The timer a child sets on itself when it ends, until its parent has a wake-up.
 *
 * @since 0.1.0
 */
export const notifyParentTimer = "notify/parent"

/**
 * The name of the deferred that carries an interrupt request.
 *
 * @since 0.1.0
 */
export const InterruptSignal = "Workflow/InterruptSignal"

/**
 * The kind of a timer the engine set, from its id.
 *
 * @since 0.1.0
 */
export const timerKind = (timerId: string): "clock" | "wake" | "notify" | undefined =>
  timerId.startsWith("clock/") ? "clock" : timerId.startsWith("wake/") ? "wake" : timerId === notifyParentTimer ? "notify" : undefined

/**
 * What a suspended attempt waits for, from the wake-up timers its fibers wait on: the deferreds
 * (`wake/deferred:<name>`) and the durable clocks (`clock/<name>`). Recorded with the suspension, so
 * an operator sees what an execution waits for.
 *
 * @since 0.1.0
 */
export const waitingFor = (timerIds: Iterable<string>): { readonly deferreds?: Array<string>; readonly clocks?: Array<string> } => {
  const deferreds: Array<string> = []
  const clocks: Array<string> = []
  for (const timerId of timerIds) {
    if (timerId.startsWith("wake/deferred:")) {
      const name = timerId.slice("wake/deferred:".length)
      if (!name.startsWith("DurableClock/")) deferreds.push(name)
    } else if (timerId.startsWith("clock/")) clocks.push(timerId.slice("clock/".length))
  }
  return { ...(deferreds.length > 0 ? { deferreds: deferreds.sort() } : {}), ...(clocks.length > 0 ? { clocks: clocks.sort() } : {}) }
}
