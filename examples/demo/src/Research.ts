/**
 * The demo's research agent, written as an `@effect/workflow` Workflow: plan, search, draft, a
 * cool-down on a durable clock, review, publish — each step an Activity, whose result runledger's
 * engine records once and never produces again.
 */
import { Activity, DurableClock, Workflow } from "@effect/workflow"
import { Duration, Effect, Schema } from "effect"

/** The answer the agent publishes. */
export const Answer = Schema.Struct({ question: Schema.String, answer: Schema.String, reviewedBy: Schema.String })

/** The workflow: one execution per question (its idempotency key). */
export const ResearchAgent = Workflow.make({
  name: "ResearchAgent",
  payload: { question: Schema.String },
  success: Answer,
  idempotencyKey: ({ question }) => question
})

/** What the search fails with on its first attempt: the notes index is busy. */
export class IndexBusy extends Schema.TaggedError<IndexBusy>()("IndexBusy", { attempt: Schema.Number }) {}

/** How the worker shows what happens, and where it may crash (see `worker.ts`). */
export interface Hooks {
  readonly log: (line: string) => Effect.Effect<void>
  /** Runs inside an activity's body, before its work: the worker kills itself here in the demo. */
  readonly beforeWork: (activity: string) => Effect.Effect<void>
}

const work = <A, I>(hooks: Hooks, name: string, title: string, success: Schema.Schema<A, I>, produce: () => A) =>
  Activity.make({
    name,
    success,
    execute: Effect.gen(function*() {
      const attempt = yield* Activity.CurrentAttempt
      yield* hooks.log(`activity ${name} (attempt ${attempt}): ${title}…`)
      yield* hooks.beforeWork(name)
      yield* Effect.sleep("150 millis")
      const value = produce()
      yield* hooks.log(`activity ${name}: done, its result is recorded`)
      return value
    })
  })

/** The workflow's body, given the worker's hooks. */
export const body = (hooks: Hooks) => ({ question }: { readonly question: string }) =>
  Effect.gen(function*() {
    yield* hooks.log(`the workflow runs from the start: recorded activities are replayed from the store, not run again`)
    const plan = yield* work(hooks, "plan", "plan the research", Schema.Array(Schema.String), () => [
      "what happens when a worker crashes mid-step",
      "what makes a retry safe",
      "what does write-once buy"
    ])
    const findings = yield* Activity.make({
      name: "search",
      success: Schema.Array(Schema.String),
      error: IndexBusy,
      execute: Effect.gen(function*() {
        const attempt = yield* Activity.CurrentAttempt
        yield* hooks.log(`activity search (attempt ${attempt}): search the notes…`)
        yield* Effect.sleep("150 millis")
        if (attempt === 1) {
          yield* hooks.log("activity search: the notes index is busy — failed, Activity.retry tries again")
          return yield* new IndexBusy({ attempt })
        }
        yield* hooks.log("activity search: done, its result is recorded")
        return plan.map((q) => `notes on ${q}`)
      })
    }).pipe(Activity.retry({ times: 3 }), Effect.orDie)
    const draft = yield* work(hooks, "draft", "draft the answer", Schema.String, () =>
      `Record the output first, then mark the step done (${findings.length} findings): a crash in between ` +
      "leaves the output, and the retry reads it instead of doing the work again.")
    yield* hooks.log("cool-down: a durable clock of 1 second (a runledger timer)")
    yield* DurableClock.sleep({ name: "cool-down", duration: "1 second", inMemoryThreshold: Duration.zero })
    const reviewer = yield* work(hooks, "review", "review the draft", Schema.String, () => "the editor")
    return yield* work(hooks, "publish", "publish the answer", Answer, () => ({ question, answer: draft, reviewedBy: reviewer }))
  })
