/**
 * A store with something of everything, written through the store services: two tenants; a
 * completed, a failed, a canceled, a running (leased) and a pending run; a continue-as-new chain
 * whose successor is missing (for `recover`); ledgers, outputs, failures; events old and new (for
 * `compact`); a snapshot, a spec with two revisions, a due timer.
 */
import {
  EventLog,
  LeaseStore,
  RunStore,
  SnapshotStore,
  SpecStore,
  Terminalize,
  TimerStore,
  WriteBeforeComplete
} from "@runledger/core"
import { Duration, Effect } from "effect"

export const acme = { orgId: "acme", workspaceId: "prod" } as const
export const staging = { orgId: "acme", workspaceId: "staging", deploymentId: "eu-1" } as const

/** How many old events `order-1` gets (prunable with a retention of a day). */
export const oldEvents = 40

const day = 86_400_000

export const seed = Effect.gen(function*() {
  const runs = yield* RunStore.RunStore
  const events = yield* EventLog.EventLog
  const leases = yield* LeaseStore.LeaseStore
  const snapshots = yield* SnapshotStore.SnapshotStore
  const specs = yield* SpecStore.SpecStore
  const timers = yield* TimerStore.TimerStore
  const now = Date.now()

  // order-1: completed, with steps, outputs, an old history and its terminal event.
  yield* runs.create({ runId: "order-1", scope: acme, flowId: "checkout", input: { cart: ["book", "pen"] } })
  yield* runs.casStatus(acme, "order-1", "Pending", "Running")
  for (const step of ["reserve", "charge", "ship"]) {
    yield* runs.appendStepIfAbsent(acme, "order-1", { stepId: step, kind: "started", attempt: 1 })
    yield* WriteBeforeComplete.writeAndComplete(acme, "order-1", step, { ok: true, step }, () =>
      runs.appendStepIfAbsent(acme, "order-1", { stepId: step, kind: "completed", attempt: 1 }))
  }
  yield* events.append(
    acme,
    "order-1",
    Array.from({ length: oldEvents }, (_, i) => ({
      eventId: `old-${i + 1}`,
      type: "Tick",
      payload: { i: i + 1 },
      occurredAt: new Date(now - 10 * day + i * 1000)
    }))
  )
  yield* events.appendOnce(acme, "order-1", { eventId: "shipped", type: "Shipped", payload: { carrier: "ups" } })
  yield* Terminalize.terminalize(acme, "order-1", Terminalize.completed)
  yield* snapshots.put(acme, "order-1", {
    snapshotId: "snap-1",
    seq: 3,
    status: "Running",
    phase: "charging",
    checkpoint: { step: "charge", cart: 2 }
  })

  // order-2: failed; order-3: canceled while pending.
  yield* runs.create({ runId: "order-2", scope: acme, flowId: "checkout", input: { cart: [] } })
  yield* runs.casStatus(acme, "order-2", "Pending", "Running")
  yield* runs.appendFailure(acme, "order-2", { stepId: "charge", reason: "card declined" })
  yield* Terminalize.terminalize(acme, "order-2", Terminalize.failed("card declined"))
  yield* runs.create({ runId: "order-3", scope: acme, flowId: "refund", input: {} })
  yield* Terminalize.terminalize(acme, "order-3", Terminalize.canceled)

  // order-4: running, leased; order-5: pending, with a due timer.
  yield* runs.create({ runId: "order-4", scope: acme, flowId: "checkout", input: { cart: ["lamp"] } })
  yield* runs.casStatus(acme, "order-4", "Pending", "Running")
  yield* leases.acquire(acme, "order-4", "worker-a", Duration.minutes(10))
  yield* events.appendOnce(acme, "order-4", { eventId: "started", type: "Started", payload: {} })
  yield* runs.create({ runId: "order-5", scope: acme, flowId: "refund", input: { amount: 12 } })
  yield* timers.schedule(acme, "order-5", "reminder", new Date(now - 60_000))

  // A continue-as-new chain whose successor was lost (made ContinuedAsNew by a plain CAS).
  yield* runs.create({ runId: "loop-1", scope: acme, flowId: "poller", input: { page: 1 } })
  yield* runs.casStatus(acme, "loop-1", "Pending", "Running")
  yield* runs.casState(acme, "loop-1", 2, { state: { page: 2 } })
  yield* runs.casStatus(acme, "loop-1", "Running", "ContinuedAsNew")

  // Specs.
  yield* specs.put(acme, "checkout", { steps: ["reserve", "charge", "ship"] })
  yield* specs.put(acme, "checkout", { steps: ["reserve", "charge", "ship", "notify"] })

  // Another tenant.
  yield* runs.create({ runId: "job-1", scope: staging, flowId: "etl", input: { table: "users" } })
  yield* events.appendOnce(staging, "job-1", { eventId: "e1", type: "Loaded", payload: { rows: 10 } })
})
