/**
 * The longest ids (contract §1): an id of 256 code points is valid however many UTF-16 units or
 * UTF-8 bytes it takes, so every record keyed by one — and its scope made of them — reads back on
 * every path, and a mutation of it still finds it. A backend that measures ids in code units, or in
 * a stored form of its own, writes such a record and then reports it corrupt; that also breaks every
 * cross-scope read (`dueAcrossScopes`) for every tenant.
 */
import { Effect, Option } from "effect"
import * as fc from "fast-check"
import { idAtLimit } from "../Arbitraries.js"
import { ensure, equal } from "../internal/check.js"
import { Epoch } from "../internal/clock.js"
import { A, ev } from "../internal/fixtures.js"
import type { Scenario, Store } from "../internal/harness.js"
import { scenario } from "../internal/harness.js"

const suite = "Ids"

// A fixed sample: the scenario is a regression check of every read path, not a search.
const longIds = [...new Set(fc.sample(idAtLimit, { numRuns: 6, seed: 14 }))]

/** Every record kind keyed by `id`, under a scope made of long ids; each read path finds it. */
const roundTrip = (store: Store, id: string, n: number) =>
  Effect.gen(function*() {
    const scope = { orgId: id, workspaceId: id, deploymentId: id }
    const runId = id
    const created = yield* store.runs.create({ runId, scope, flowId: id, input: { n }, chainId: id })
    equal([created.runId, created.flowId, created.chainId], [id, id, id], `create (id ${n})`)
    equal((yield* store.runs.get(scope, runId)).runId, id, `get (id ${n})`)
    equal((yield* store.runs.list(scope)).runs.map((r) => r.runId), [id], `list (id ${n})`)
    equal((yield* store.runs.list(scope, { flowId: id })).runs.length, 1, `list by flow (id ${n})`)
    ensure(yield* store.runs.casStatus(scope, runId, "Pending", "Running"), `casStatus (id ${n})`)
    equal((yield* store.runs.listActive(scope)).runs.map((r) => r.runId), [id], `listActive (id ${n})`)
    ensure(yield* store.runs.casState(scope, runId, 2, { state: { n } }), `casState (id ${n})`)
    yield* store.runs.appendStep(scope, runId, { stepId: id, kind: "started", attempt: 1 })
    equal((yield* store.runs.listSteps(scope, runId)).map((s) => s.stepId), [id], `listSteps (id ${n})`)
    yield* store.runs.putOutput(scope, runId, id, { n })
    equal(Option.map(yield* store.runs.getOutput(scope, runId, id), (o) => o.stepId), Option.some(id), `getOutput (id ${n})`)
    equal(yield* store.runs.listOutputKeys(scope, runId), [id], `listOutputKeys (id ${n})`)
    yield* store.globals.putGlobal(scope, id, { n })
    equal(Option.map(yield* store.globals.getGlobal(scope, id), (g) => g.key), Option.some(id), `getGlobal (id ${n})`)
    yield* store.events.append(scope, runId, [ev(id, { n }, id)])
    equal((yield* store.events.read(scope, runId)).events.map((e) => [e.eventId, e.runId, e.type]), [[id, id, id]], `read (id ${n})`)
    equal(yield* store.events.seqOf(scope, runId, id), Option.some(1), `seqOf (id ${n})`)
    equal((yield* store.events.poll(scope)).events.map((e) => e.runId), [id], `poll (id ${n})`)
    yield* store.snapshots.put(scope, runId, { snapshotId: id, seq: 1, status: "Running", checkpoint: { n } })
    equal(Option.map(yield* store.snapshots.get(scope, runId, id), (s) => s.snapshotId), Option.some(id), `snapshots.get (id ${n})`)
    equal((yield* store.snapshots.list(scope, runId)).map((s) => s.snapshotId), [id], `snapshots.list (id ${n})`)
    yield* store.specs.put(scope, id, { n })
    equal(Option.map(yield* store.specs.get(scope, id), (s) => s.specId), Option.some(id), `specs.get (id ${n})`)
    equal((yield* store.specs.list(scope)).map((s) => s.specId), [id], `specs.list (id ${n})`)
    yield* store.timers.schedule(scope, runId, id, new Date(Epoch - 1000))
    equal((yield* store.timers.due(scope, new Date(Epoch))).map((t) => [t.runId, t.timerId]), [[id, id]], `timers.due (id ${n})`)
    equal(Option.map(yield* store.timers.get(scope, runId, id), (t) => t.timerId), Option.some(id), `timers.get (id ${n})`)
    const lease = yield* store.leases.acquire(scope, runId, id, "1 minute")
    equal([lease.runId, lease.owner], [id, id], `leases.acquire (id ${n})`)
    equal(Option.map(yield* store.leases.get(scope, runId), (l) => l.owner), Option.some(id), `leases.get (id ${n})`)
    ensure(yield* store.runs.casStatus(scope, runId, "Running", "Completed", { fencingToken: lease.token }), `fenced casStatus (id ${n})`)
    equal((yield* store.runs.chain(scope, id)).map((r) => r.runId), [id], `chain (id ${n})`)
  })

/** The long-id scenarios. */
export const idScenarios: ReadonlyArray<Scenario> = [
  scenario(suite, "records keyed by ids of 256 code points (astral characters included) read back on every path, across scopes too", (store) =>
    Effect.gen(function*() {
      // A tenant with ordinary ids, whose cross-scope reads must not break on the others' long ids.
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* store.timers.schedule(A, "r1", "t1", new Date(Epoch - 1000))
      for (const [n, id] of longIds.entries()) yield* roundTrip(store, id, n)
      const due = yield* store.timers.dueAcrossScopes(new Date(Epoch), { limit: 100 })
      equal(due.length, longIds.length + 1, "dueAcrossScopes sees every tenant's due timer")
      equal((yield* store.events.pollAll(undefined, 100)).events.length, longIds.length, "pollAll")
    }))
]
