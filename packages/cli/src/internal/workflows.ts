/**
 * What the CLI says of the runs of `@runledger/workflow`'s engine. They are ordinary runs; the
 * recovery sweep reports them like any other, but an engine resumes them on its own — a suspended
 * execution when its timer is due, one whose worker died by any worker's sweep — so the report says
 * that instead of "a worker must acquire the lease". Recognised by the engine's mark in the run
 * state (`state.engine`), without depending on the engine's package.
 */
import type { Recovery, Run } from "@runledger/core"

const EngineMarker = "@runledger/workflow"

/** The engine's view of a run's state, when the run is one of its executions. */
export interface Execution {
  readonly workflow: string
  readonly suspended: boolean
}

/** The execution a run is, if the workflow engine made it. */
export const executionOf = (run: Run.Run): Execution | undefined => {
  const state = run.state
  if (state === null || typeof state !== "object" || Array.isArray(state)) return undefined
  const fields = state as { readonly [key: string]: unknown }
  if (fields.engine !== EngineMarker) return undefined
  return { workflow: run.flowId, suspended: fields.suspended !== undefined && fields.suspended !== null }
}

/** One line for a finding about a workflow execution. */
export const explain = (execution: Execution, finding: Recovery.Finding): string => {
  switch (finding._tag) {
    case "LeaseExpired":
      return finding.releasedAt !== undefined && execution.suspended
        ? `workflow ${execution.workflow}: suspended (waiting for a deferred, a clock or a child execution); ` +
          `the engine resumes it when its wake-up is due — nothing to recover`
        : `workflow ${execution.workflow}: its worker ("${finding.owner}") stopped or died; ` +
          `the sweep of any worker running workflow ${execution.workflow} resumes it`
    case "TimerDue":
      return `workflow ${execution.workflow}: timer "${finding.timerId}" is due since ${finding.fireAt.toISOString()}; ` +
        `a worker running workflow ${execution.workflow} claims it`
    default:
      return ""
  }
}
