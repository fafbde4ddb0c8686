import type { TenantScope } from "@runledger/core"
import { ContextStore, RunStore } from "@runledger/core"
import { Effect, Option } from "effect"

/**
 * Everything observable through the public API about the given scopes, runs and global keys, as
 * plain data: equal dumps mean the store did not change in any way a caller can see.
 */
export const dump = (
  scopes: ReadonlyArray<TenantScope.Input>,
  globalKeys: ReadonlyArray<string>
) =>
  Effect.gen(function*() {
    const runs = yield* RunStore.RunStore
    const context = yield* ContextStore.ContextStore
    const out: Array<unknown> = []
    for (const scope of scopes) {
      const page = yield* runs.list(scope, { limit: 1000 })
      for (const run of page.runs) {
        const outputs = yield* runs.listOutputKeys(scope, run.runId)
        out.push({
          run: { ...run },
          steps: (yield* runs.listSteps(scope, run.runId)).map((s) => ({ ...s })),
          failures: (yield* runs.listFailures(scope, run.runId)).map((f) => ({ ...f })),
          outputs: yield* Effect.forEach(outputs, (stepId) =>
            Effect.map(runs.getOutput(scope, run.runId, stepId), Option.map((o) => ({ ...o }))))
        })
      }
      for (const key of globalKeys) {
        out.push({ key, value: Option.map(yield* context.getGlobal(scope, key), (g) => ({ ...g })) })
      }
    }
    return JSON.parse(JSON.stringify(out)) as unknown
  })
