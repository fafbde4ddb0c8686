/**
 * The demo's agent flow: a research agent that plans, searches, drafts, reviews and publishes an
 * answer, one durable step at a time, on the runledger store in context.
 *
 * Every step is recorded with write-before-complete: the step's output is written (write-once) and
 * only then is the step marked completed in the ledger and its `StepCompleted` event appended. A
 * worker that dies between the two leaves the output durable; the next worker finds it and completes
 * the step without doing the work again. A step already completed is skipped.
 */
import { EventLog, LeaseStore, RunStore, Terminalize, WriteBeforeComplete } from "@runledger/core"
import type { Errors, Json as JsonModule } from "@runledger/core"

type Json = JsonModule.Json

/** What a run of the flow can fail with (named so the declaration can spell it). */
export type Failure = Errors.RunLedgerError | Terminalize.TerminalizeError
import { Clock, Console, Duration, Effect, Option } from "effect"

/** The tenant the demo writes under. */
export const scope = { orgId: "demo", workspaceId: "local" } as const
/** The run the demo drives. */
export const runId = "research-001"
/** The flow (workflow type) of the run. */
export const flowId = "research-agent"

const question = "Why must an agent's step output be durable before the step counts as done?"

/** The steps, in order, each a pure function of the outputs before it (so a retry is deterministic). */
const steps: ReadonlyArray<{
  readonly id: string
  readonly title: string
  readonly work: (previous: Readonly<Record<string, Json>>) => Json
}> = [
  {
    id: "plan",
    title: "plan the research",
    work: () => ({
      subQuestions: [
        "what happens when a worker crashes mid-step",
        "what makes a retry safe",
        "what does write-once buy"
      ]
    })
  },
  {
    id: "search",
    title: "search the notes",
    work: () => ({
      findings: [
        "a crash between doing the work and recording it makes a retry redo the work",
        "a write-once output turns the retry into a read",
        "completion recorded after the output means completed implies durable"
      ]
    })
  },
  {
    id: "draft",
    title: "draft the answer",
    work: (previous) => ({
      text: "Record the output first, then mark the step done: a crash in between leaves the output, " +
        "and the retry completes from it instead of calling the model again.",
      basedOn: ((previous.search as { findings: ReadonlyArray<string> }).findings).length
    })
  },
  {
    id: "review",
    title: "review the draft",
    work: (previous) => ({
      verdict: "approved",
      checked: (previous.draft as { text: string }).text.length
    })
  },
  {
    id: "publish",
    title: "publish the answer",
    work: (previous) => ({ answer: (previous.draft as { text: string }).text, publishedBy: "research-agent" })
  }
]

/** The names of the steps, in order. */
export const stepIds: ReadonlyArray<string> = steps.map((s) => s.id)

export interface Options {
  /** The worker's name (it owns the run's lease while it works). */
  readonly worker: string
  /** Called after a step's output is durable and before the step is marked completed. */
  readonly afterOutputDurable: (stepId: string) => Effect.Effect<void>
  /** Printed before each line. */
  readonly log: (line: string) => Effect.Effect<void>
}

const leaseTtl = Duration.seconds(2)

/** Take the run's lease, waiting for a dead worker's lease to expire. */
const acquireLease = (options: Options) =>
  Effect.gen(function*() {
    const leases = yield* LeaseStore.LeaseStore
    for (;;) {
      const result = yield* Effect.either(leases.acquire(scope, runId, options.worker, leaseTtl))
      if (result._tag === "Right") return result.right
      const held = result.left
      if (held._tag !== "LeaseHeld") return yield* Effect.fail(held)
      const now = yield* Clock.currentTimeMillis
      const wait = Math.max(50, held.expiresAt.getTime() - now + 50)
      yield* options.log(`lease held by ${held.owner} until ${held.expiresAt.toISOString()}: waiting ${wait} ms for it to expire`)
      yield* Effect.sleep(Duration.millis(wait))
    }
  })

/** Run (or resume) the flow to its end. */
export const run = (options: Options) =>
  Effect.gen(function*() {
    const runs = yield* RunStore.RunStore
    const events = yield* EventLog.EventLog
    const log = options.log

    const existing = yield* Effect.option(runs.get(scope, runId))
    if (Option.isNone(existing)) {
      yield* runs.create({ runId, scope, flowId, input: { question } })
      yield* log(`created run ${runId} (flow ${flowId}) — Pending`)
    } else {
      yield* log(`found run ${runId}: ${existing.value.status}, version ${existing.value.version} — resuming`)
    }
    const lease = yield* acquireLease(options)
    yield* log(`acquired the lease (fencing token ${lease.token})`)
    const fencing = { fencingToken: lease.token }
    if (yield* runs.casStatus(scope, runId, "Pending", "Running", fencing)) yield* log("Pending -> Running")

    const ledger = yield* runs.listSteps(scope, runId)
    const outputs: Record<string, Json> = {}
    for (const step of steps) {
      const entries = ledger.filter((e) => e.stepId === step.id)
      if (entries.some((e) => e.kind === "completed")) {
        const output = yield* runs.getOutput(scope, runId, step.id)
        if (Option.isSome(output)) outputs[step.id] = output.value.value
        yield* log(`step ${step.id}: completed before — skipped`)
        continue
      }
      const attempt = entries.reduce((max, e) => Math.max(max, e.attempt), 0) + 1
      const kind = attempt === 1 ? "started" : "retried"
      yield* runs.appendStepIfAbsent(scope, runId, { stepId: step.id, kind, attempt })
      yield* events.appendOnce(scope, runId, { eventId: `${step.id}:${kind}:${attempt}`, type: attempt === 1 ? "StepStarted" : "StepRetried", payload: { stepId: step.id, attempt } }, fencing)

      const durable = yield* runs.getOutput(scope, runId, step.id)
      let value: Json
      if (Option.isSome(durable)) {
        value = durable.value.value
        yield* log(`step ${step.id} (attempt ${attempt}): its output is durable from attempt ${attempt - 1} — not doing the work again`)
      } else {
        yield* log(`step ${step.id} (attempt ${attempt}): ${step.title}…`)
        yield* Effect.sleep("150 millis")
        value = step.work(outputs)
      }
      const result = yield* WriteBeforeComplete.writeAndComplete(scope, runId, step.id, value, (output) =>
        Effect.gen(function*() {
          yield* options.afterOutputDurable(step.id)
          yield* runs.appendStepIfAbsent(scope, runId, { stepId: step.id, kind: "completed", attempt, detail: { fingerprint: output.fingerprint.slice(0, 12) } })
          yield* events.appendOnce(scope, runId, { eventId: `${step.id}:completed`, type: "StepCompleted", payload: { stepId: step.id, attempt } }, fencing)
          const current = yield* runs.get(scope, runId)
          yield* runs.casState(scope, runId, current.version, { state: { completed: [...Object.keys(outputs), step.id] } }, fencing)
        }))
      outputs[step.id] = result.output.value
      yield* log(`step ${step.id}: output ${result.written ? "written" : "was already durable"}, step completed -> ${JSON.stringify(result.output.value).slice(0, 70)}…`)
    }

    const end = yield* Terminalize.terminalize(scope, runId, Terminalize.completed)
    yield* log(end._tag === "Transitioned" ? `terminalized: Running -> Completed, ${end.event} event at seq ${end.seq}` : "the run was already terminal")
    yield* LeaseStore.LeaseStore.pipe(Effect.flatMap((l) => l.release(scope, runId, options.worker, lease.token)))
    yield* log("released the lease")
  })

export const printer = (prefix: string) => (line: string) => Console.log(`${prefix} ${line}`)
