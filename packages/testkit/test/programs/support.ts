import { MemoryStore } from "@runledger/adapter-memory"
import type { RunStatus } from "@runledger/core"
import { RunStore, RunTransition } from "@runledger/core"
import { Faults } from "@runledger/testkit"
import type { Context } from "effect"
import { Context as Ctx, Effect } from "effect"

export const scope = { orgId: "acme", workspaceId: "prod" } as const

/** The services of a fresh memory store (every store plus `RunTransition`). */
export const memory = MemoryStore.make()

/** A status change a program asked of the store: which method, from which statuses, to which. */
export interface StatusCall {
  readonly method: "casStatus" | "casStatusWithEvent" | "casState"
  readonly expected: ReadonlyArray<RunStatus.RunStatus> | number
  readonly next: RunStatus.RunStatus | undefined
}

/**
 * `context` with `RunStore` and `RunTransition` (when present) wrapped to record every status
 * change asked of them, so a test can prove which transitions a program requested, not only where
 * the run ended up.
 */
export const recordStatusCalls = <R>(context: Context.Context<R>) => {
  const calls: Array<StatusCall> = []
  const toArray = (e: RunStatus.RunStatus | ReadonlyArray<RunStatus.RunStatus>) => (Array.isArray(e) ? e : [e]) as ReadonlyArray<RunStatus.RunStatus>
  let out = context
  const runs = Ctx.getOption(context, RunStore.RunStore)
  if (runs._tag === "Some") {
    const service: RunStore.Service = {
      ...runs.value,
      casStatus: (s, runId, expected, next, options) => {
        calls.push({ method: "casStatus", expected: toArray(expected), next })
        return runs.value.casStatus(s, runId, expected, next, options)
      },
      casState: (s, runId, version, patch, options) => {
        calls.push({ method: "casState", expected: version, next: patch.status })
        return runs.value.casState(s, runId, version, patch, options)
      }
    }
    out = Ctx.add(out, RunStore.RunStore, service) as Context.Context<R>
  }
  const transition = Ctx.getOption(context, RunTransition.RunTransition)
  if (transition._tag === "Some") {
    const service: RunTransition.Service = {
      casStatusWithEvent: (s, runId, expected, next, event, options) => {
        calls.push({ method: "casStatusWithEvent", expected: toArray(expected), next })
        return transition.value.casStatusWithEvent(s, runId, expected, next, event, options)
      }
    }
    out = Ctx.add(out, RunTransition.RunTransition, service) as Context.Context<R>
  }
  return { context: out, calls }
}

/** The memory store's context with the chosen services wrapped by a fault injector for `plan`. */
export const faulty = (plan: Faults.Plan, tags: ReadonlyArray<Faults.Wrappable>, options: { readonly split?: boolean } = {}) =>
  Effect.map(memory, (context) => {
    const injector = Faults.makeInjector(plan)
    const base = options.split === true ? Faults.split(context) : context
    return { injector, context: Faults.wrapContext(base, injector, tags) }
  })

/** Put the run in `status` the way an orchestrator would (Pending is where `create` leaves it). */
export const createRun = (runId: string, status: "Pending" | "Running" = "Pending", extra: Partial<Parameters<RunStore.Service["create"]>[0]> = {}) =>
  Effect.gen(function*() {
    const runs = yield* RunStore.RunStore
    yield* runs.create({ runId, scope, flowId: "flow", ...extra })
    if (status === "Running") yield* runs.casStatus(scope, runId, "Pending", "Running")
    return yield* runs.get(scope, runId)
  })
