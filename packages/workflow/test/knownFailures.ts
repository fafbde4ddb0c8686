/**
 * The engine cases that fail inside `@effect/workflow` 0.19.1 itself, whatever the engine: each is
 * expected to fail (`it.fails`), so the day the library is fixed the suite says so. docs/WORKFLOW.md
 * names the library code at fault for each.
 */
export const libraryFaults: ReadonlyMap<string, string> = new Map([
  [
    "activity fan-out suspends and replays with concurrency unbounded",
    "Workflow.execute hashes the execution id before WorkflowEngine.makeUnsafe.execute enters Workflow.wrapActivityResult, so the first child to suspend interrupts siblings not yet counted, and Activity's interrupt retry runs the activity again"
  ],
  [
    "activity fan-out suspends and replays with concurrency 2",
    "the same: siblings are interrupted before Workflow.wrapActivityResult counts them"
  ],
  [
    "DurableDeferred.into does not persist an interrupted attempt",
    "DurableDeferred.into calls deferredDone with an interrupted exit when its effect is interrupted without a suspension"
  ],
  [
    "HTTP discard responds with an execution ID that can be polled",
    "WorkflowProxyServer's discard handler answers with no body (204), not the execution id"
  ]
])

/** The fan-out fault shows here too when the children's runs are created without I/O in between. */
export const inProcessFaults: ReadonlyMap<string, string> = new Map([
  ...libraryFaults,
  [
    "child completions during activity cleanup wake the parent",
    "as the fan-out: the first child to suspend interrupts the second before Workflow.wrapActivityResult counts it, so its execution is never started"
  ]
])
