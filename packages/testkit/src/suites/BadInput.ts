/**
 * Bad input (contract §10): for every public method of every store, empty or oversized ids, control
 * characters, values that are not JSON or are too large, invalid dates, limits, seqs, tokens and
 * durations out of range — each fails with `InvalidInput`, and nothing observable changes.
 */
import type { Json } from "@runledger/core"
import { Event, Lease, Limits, Snapshot } from "@runledger/core"
import { Effect, Either } from "effect"
import { equal, fail } from "../internal/check.js"
import { A, dump, ev } from "../internal/fixtures.js"
import type { Known } from "../internal/fixtures.js"
import type { Scenario, Store } from "../internal/harness.js"
import { fresh, scenario } from "../internal/harness.js"

type Call = readonly [string, (s: Store) => Effect.Effect<unknown, unknown>]

const scope = A
const asJson = (u: unknown) => u as Json.Json
const invalidDate = new Date(Number.NaN)
// Valid `Date`s outside years 1-9999, which not every backend can store or print as ISO 8601.
const afterYear9999 = new Date(8.64e15)
const beforeYear1 = new Date("-005000-01-01T00:00:00Z")
const snap = { snapshotId: "s9", seq: 1, status: "Running" as const, checkpoint: {} }
const known: Known = { runIds: ["r1", "r2", "new"], globalKeys: ["k", "k9", "new"], specIds: ["spec"], timers: [["r1", "t1"], ["r1", "t9"]], snapshotIds: ["s1", "s9"] }

const badIds: ReadonlyArray<readonly [string, string]> = [
  ["empty", ""],
  ["257 characters", "x".repeat(257)],
  ["with NUL", "a\u0000b"],
  ["with a newline", "a\nb"],
  ["with DEL", "a\u007fb"],
  ["with a lone surrogate", "a\ud800b"]
]

/** Every bad call, named. */
export const badCalls = (limits: Limits.Limits): ReadonlyArray<Call> => {
  const cyclic: Record<string, unknown> = {}
  cyclic.self = cyclic
  const badJson: ReadonlyArray<readonly [string, unknown]> = [
    ["NaN", Number.NaN],
    ["Infinity", { n: Number.POSITIVE_INFINITY }],
    ["a nested undefined", { a: [1, undefined] }],
    ["a function", { f: () => 1 }],
    ["a Date", { at: new Date(0) }],
    ["a bigint", BigInt(1)],
    ["a symbol", Symbol("s")],
    ["a Map", new Map()],
    ["a sparse array", [1, , 3]], // eslint-disable-line no-sparse-arrays
    ["a cycle", cyclic],
    ["over the size limit", { blob: "x".repeat(limits.maxValueBytes) }]
  ]
  const badLimits: ReadonlyArray<readonly [string, number]> = [
    ["limit 0", 0],
    ["limit over the maximum", Limits.MaxPageSize + 1],
    ["negative limit", -1],
    ["fractional limit", 1.5],
    ["NaN limit", Number.NaN]
  ]
  const badTokens: ReadonlyArray<readonly [string, number]> = [["token 0", 0], ["negative token", -3], ["fractional token", 1.5]]
  const badTtls: ReadonlyArray<readonly [string, unknown]> = [
    ["ttl 0", 0],
    ["negative ttl", -5_000],
    ["NaN ttl", Number.NaN],
    ["infinite ttl", Number.POSITIVE_INFINITY],
    ["ttl over the maximum", Lease.MaxTtlMillis + 1],
    ["ttl that is no duration", "forever"]
  ]
  const big = { blob: "x".repeat(limits.maxValueBytes) }
  return [
    ...badIds.flatMap(([what, id]): ReadonlyArray<Call> => [
      [`runs.create: runId ${what}`, (s) => s.runs.create({ runId: id, scope, flowId: "f" })],
      [`runs.create: flowId ${what}`, (s) => s.runs.create({ runId: "new", scope, flowId: id })],
      [`runs.create: orgId ${what}`, (s) => s.runs.create({ runId: "new", scope: { ...scope, orgId: id }, flowId: "f" })],
      [`runs.create: chainId ${what}`, (s) => s.runs.create({ runId: "new", scope, flowId: "f", chainId: id })],
      [`runs.create: parentRunId ${what}`, (s) => s.runs.create({ runId: "new", scope, flowId: "f", parentRunId: id })],
      [`runs.get: ${what}`, (s) => s.runs.get(scope, id)],
      [`runs.get: workspaceId ${what}`, (s) => s.runs.get({ ...scope, workspaceId: id }, "r1")],
      [`runs.list: flowId ${what}`, (s) => s.runs.list(scope, { flowId: id })],
      [`runs.list: deploymentId ${what}`, (s) => s.runs.list({ ...scope, deploymentId: id })],
      [`runs.listActive: orgId ${what}`, (s) => s.runs.listActive({ ...scope, orgId: id })],
      [`runs.casStatus: ${what}`, (s) => s.runs.casStatus(scope, id, "Pending", "Running")],
      [`runs.casState: ${what}`, (s) => s.runs.casState(scope, id, 1, { state: 1 })],
      [`runs.continueAsNew: ${what}`, (s) => s.runs.continueAsNew(scope, id, null)],
      [`runs.chain: ${what}`, (s) => s.runs.chain(scope, id)],
      [`runs.appendStep: stepId ${what}`, (s) => s.runs.appendStep(scope, "r1", { stepId: id, kind: "started", attempt: 0 })],
      [`runs.appendStepIfAbsent: runId ${what}`, (s) => s.runs.appendStepIfAbsent(scope, id, { stepId: "s", kind: "started", attempt: 0 })],
      [`runs.listSteps: ${what}`, (s) => s.runs.listSteps(scope, id)],
      [`runs.appendFailure: stepId ${what}`, (s) => s.runs.appendFailure(scope, "r1", { stepId: id, reason: "x" })],
      [`runs.listFailures: ${what}`, (s) => s.runs.listFailures(scope, id)],
      [`runs.putOutput: stepId ${what}`, (s) => s.runs.putOutput(scope, "r1", id, 1)],
      [`runs.getOutput: stepId ${what}`, (s) => s.runs.getOutput(scope, "r1", id)],
      [`runs.listOutputKeys: ${what}`, (s) => s.runs.listOutputKeys(scope, id)],
      [`globals.putGlobal: ${what}`, (s) => s.globals.putGlobal(scope, id, 1)],
      [`globals.upsertGlobal: ${what}`, (s) => s.globals.upsertGlobal(scope, id, 1)],
      [`globals.getGlobal: ${what}`, (s) => s.globals.getGlobal(scope, id)],
      [`events.appendOnce: eventId ${what}`, (s) => s.events.appendOnce(scope, "r1", ev(id))],
      [`events.appendOnce: runId ${what}`, (s) => s.events.appendOnce(scope, id, ev("n"))],
      [`events.appendOnce: type ${what}`, (s) => s.events.appendOnce(scope, "r1", { ...ev("n"), type: id })],
      [`events.appendOnce: causationId ${what}`, (s) => s.events.appendOnce(scope, "r1", { ...ev("n"), causationId: id })],
      [`events.appendOnce: actor ${what}`, (s) => s.events.appendOnce(scope, "r1", { ...ev("n"), actor: id })],
      [`events.append: one bad id ${what}`, (s) => s.events.append(scope, "r1", [ev("n"), ev(id)])],
      [`events.read: ${what}`, (s) => s.events.read(scope, id)],
      [`events.lastSeq: ${what}`, (s) => s.events.lastSeq(scope, id)],
      [`events.seqOf: ${what}`, (s) => s.events.seqOf(scope, "r1", id)],
      [`events.poll: orgId ${what}`, (s) => s.events.poll({ ...scope, orgId: id })],
      [`events.compact: scope ${what}`, (s) => s.events.compact({ retention: "1 hour", scope: { ...scope, workspaceId: id } })],
      [`events.clear: scope ${what}`, (s) => s.events.clear({ ...scope, orgId: id })],
      [`snapshots.put: snapshotId ${what}`, (s) => s.snapshots.put(scope, "r1", { ...snap, snapshotId: id })],
      [`snapshots.put: runId ${what}`, (s) => s.snapshots.put(scope, id, snap)],
      [`snapshots.put: phase ${what}`, (s) => s.snapshots.put(scope, "r1", { ...snap, phase: id })],
      [`snapshots.put: payloadDigest ${what}`, (s) => s.snapshots.put(scope, "r1", { ...snap, payloadDigest: id })],
      [`snapshots.get: ${what}`, (s) => s.snapshots.get(scope, "r1", id)],
      [`snapshots.list: ${what}`, (s) => s.snapshots.list(scope, id)],
      [`specs.put: ${what}`, (s) => s.specs.put(scope, id, {})],
      [`specs.get: ${what}`, (s) => s.specs.get(scope, id)],
      [`specs.getRevision: ${what}`, (s) => s.specs.getRevision(scope, id, 1)],
      [`specs.hasRevision: ${what}`, (s) => s.specs.hasRevision(scope, id, 1)],
      [`specs.list: afterSpecId ${what}`, (s) => s.specs.list(scope, { afterSpecId: id })],
      [`specs.delete: ${what}`, (s) => s.specs.delete(scope, id)],
      [`timers.schedule: timerId ${what}`, (s) => s.timers.schedule(scope, "r1", id, new Date(0))],
      [`timers.due: deploymentId ${what}`, (s) => s.timers.due({ ...scope, deploymentId: id }, new Date(0))],
      [`timers.claim: ${what}`, (s) => s.timers.claim(scope, "r1", id)],
      [`timers.cancel: ${what}`, (s) => s.timers.cancel(scope, id, "t1")],
      [`timers.get: ${what}`, (s) => s.timers.get(scope, "r1", id)],
      [`leases.acquire: owner ${what}`, (s) => s.leases.acquire(scope, "r2", id, "1 minute")],
      [`leases.renew: runId ${what}`, (s) => s.leases.renew(scope, id, "a", 1, "1 minute")],
      [`leases.release: owner ${what}`, (s) => s.leases.release(scope, "r1", id, 1)],
      [`leases.get: ${what}`, (s) => s.leases.get(scope, id)]
    ]),
    ...badJson.flatMap(([what, value]): ReadonlyArray<Call> => [
      [`runs.create: input ${what}`, (s) => s.runs.create({ runId: "new", scope, flowId: "f", input: asJson(value) })],
      [`runs.create: state ${what}`, (s) => s.runs.create({ runId: "new", scope, flowId: "f", state: asJson(value) })],
      [`runs.casState: state ${what}`, (s) => s.runs.casState(scope, "r1", 1, { state: asJson(value) })],
      [`runs.continueAsNew: input ${what}`, (s) => s.runs.continueAsNew(scope, "r1", asJson(value))],
      [`runs.appendStep: detail ${what}`, (s) => s.runs.appendStep(scope, "r1", { stepId: "s", kind: "started", attempt: 0, detail: asJson(value) })],
      [`runs.appendStepIfAbsent: detail ${what}`, (s) => s.runs.appendStepIfAbsent(scope, "r1", { stepId: "s9", kind: "started", attempt: 0, detail: asJson(value) })],
      [`runs.putOutput: ${what}`, (s) => s.runs.putOutput(scope, "r1", "s9", asJson(value))],
      [`globals.putGlobal: ${what}`, (s) => s.globals.putGlobal(scope, "k9", asJson(value))],
      [`globals.upsertGlobal: ${what}`, (s) => s.globals.upsertGlobal(scope, "k", asJson(value))],
      [`events.appendOnce: payload ${what}`, (s) => s.events.appendOnce(scope, "r1", ev("n", asJson(value)))],
      [`events.append: payload ${what}`, (s) => s.events.append(scope, "r1", [ev("n"), ev("m", asJson(value))])],
      [`snapshots.put: checkpoint ${what}`, (s) => s.snapshots.put(scope, "r1", { ...snap, checkpoint: asJson(value) })],
      [`snapshots.put: metadata ${what}`, (s) => s.snapshots.put(scope, "r1", { ...snap, metadata: asJson(value) })],
      [`specs.put: definition ${what}`, (s) => s.specs.put(scope, "spec", asJson(value))]
    ]),
    [`runs.putOutput: undefined`, (s) => s.runs.putOutput(scope, "r1", "s9", asJson(undefined))],
    [`globals.putGlobal: undefined`, (s) => s.globals.putGlobal(scope, "k9", asJson(undefined))],
    [`snapshots.put: checkpoint undefined`, (s) => s.snapshots.put(scope, "r1", { ...snap, checkpoint: asJson(undefined) })],
    [`specs.put: definition undefined`, (s) => s.specs.put(scope, "spec", asJson(undefined))],
    [`runs.continueAsNew: input undefined`, (s) => s.runs.continueAsNew(scope, "r1", asJson(undefined))],
    ...badLimits.flatMap(([what, limit]): ReadonlyArray<Call> => [
      [`runs.list: ${what}`, (s) => s.runs.list(scope, { limit })],
      [`runs.listActive: ${what}`, (s) => s.runs.listActive(scope, { limit })],
      [`events.read: ${what}`, (s) => s.events.read(scope, "r1", { limit })],
      [`events.poll: ${what}`, (s) => s.events.poll(scope, undefined, limit)],
      [`events.pollAll: ${what}`, (s) => s.events.pollAll(undefined, limit)],
      [`snapshots.list: ${what}`, (s) => s.snapshots.list(scope, "r1", { limit })],
      [`specs.list: ${what}`, (s) => s.specs.list(scope, { limit })],
      [`timers.due: ${what}`, (s) => s.timers.due(scope, new Date(0), { limit })],
      [`timers.dueAcrossScopes: ${what}`, (s) => s.timers.dueAcrossScopes(new Date(0), { limit })]
    ]),
    ...badTokens.flatMap(([what, token]): ReadonlyArray<Call> => [
      [`leases.renew: ${what}`, (s) => s.leases.renew(scope, "r1", "a", token, "1 minute")],
      [`leases.release: ${what}`, (s) => s.leases.release(scope, "r1", "a", token)],
      [`runs.casStatus: fencing ${what}`, (s) => s.runs.casStatus(scope, "r1", "Running", "Completed", { fencingToken: token })],
      [`runs.casState: fencing ${what}`, (s) => s.runs.casState(scope, "r1", 2, { state: 1 }, { fencingToken: token })],
      [`runs.continueAsNew: fencing ${what}`, (s) => s.runs.continueAsNew(scope, "r1", null, { fencingToken: token })]
    ]),
    ...badTtls.flatMap(([what, ttl]): ReadonlyArray<Call> => [
      [`leases.acquire: ${what}`, (s) => s.leases.acquire(scope, "r2", "a", ttl as never)],
      [`leases.renew: ${what}`, (s) => s.leases.renew(scope, "r1", "a", 1, ttl as never)]
    ]),
    [`runs.create: extra field`, (s) => s.runs.create({ runId: "new", scope, flowId: "f", status: "Completed" } as never)],
    [`runs.create: scope with an extra field`, (s) => s.runs.create({ runId: "new", scope: { ...scope, tenant: "x" } as never, flowId: "f" })],
    [`runs.create: spec revision 0`, (s) => s.runs.create({ runId: "new", scope, flowId: "f", spec: { specId: "spec", revision: 0 } })],
    [`runs.list: invalid createdFrom`, (s) => s.runs.list(scope, { createdFrom: invalidDate })],
    [`runs.list: invalid createdBefore`, (s) => s.runs.list(scope, { createdBefore: invalidDate })],
    [`runs.list: a forged cursor`, (s) => s.runs.list(scope, { cursor: "not-a-cursor" })],
    [`runs.list: a feed cursor`, (s) => s.runs.list(scope, { cursor: "WyJmZWVkIiwwXQ" })],
    [`runs.list: an unknown status`, (s) => s.runs.list(scope, { status: "Sleeping" as never })],
    [`runs.list: an empty status set`, (s) => s.runs.list(scope, { status: [] })],
    [`runs.listActive: a forged cursor`, (s) => s.runs.listActive(scope, { cursor: "eyJ4IjoxfQ" })],
    [`runs.casStatus: unknown expected status`, (s) => s.runs.casStatus(scope, "r1", "Sleeping" as never, "Running")],
    [`runs.casStatus: empty expected set`, (s) => s.runs.casStatus(scope, "r1", [], "Running")],
    [`runs.casStatus: unknown next status`, (s) => s.runs.casStatus(scope, "r1", "Running", "Sleeping" as never)],
    [`runs.casState: version 0`, (s) => s.runs.casState(scope, "r1", 0, { state: 1 })],
    [`runs.casState: fractional version`, (s) => s.runs.casState(scope, "r1", 1.5, { state: 1 })],
    [`runs.casState: unknown status`, (s) => s.runs.casState(scope, "r1", 2, { status: "Sleeping" as never })],
    [`runs.appendStep: invalid at`, (s) => s.runs.appendStep(scope, "r1", { stepId: "s", kind: "started", attempt: 0, at: invalidDate })],
    [`runs.appendStep: negative attempt`, (s) => s.runs.appendStep(scope, "r1", { stepId: "s", kind: "started", attempt: -1 })],
    [`runs.appendStep: fractional attempt`, (s) => s.runs.appendStep(scope, "r1", { stepId: "s", kind: "started", attempt: 0.5 })],
    [`runs.appendStep: unknown kind`, (s) => s.runs.appendStep(scope, "r1", { stepId: "s", kind: "paused" as never, attempt: 0 })],
    [`runs.appendStepIfAbsent: invalid at`, (s) => s.runs.appendStepIfAbsent(scope, "r1", { stepId: "s9", kind: "started", attempt: 0, at: invalidDate })],
    [`runs.appendFailure: invalid at`, (s) => s.runs.appendFailure(scope, "r1", { stepId: "s", reason: "x", at: invalidDate })],
    [`runs.appendFailure: reason over the limit`, (s) => s.runs.appendFailure(scope, "r1", { stepId: "s", reason: "x".repeat(limits.maxTextLength + 1) })],
    [`events.appendOnce: invalid occurredAt`, (s) => s.events.appendOnce(scope, "r1", { ...ev("n"), occurredAt: invalidDate })],
    [`events.appendOnce: reserved type`, (s) => s.events.appendOnce(scope, "r1", { ...ev("n"), type: Event.CompactedType })],
    [`events.appendOnce: reserved id`, (s) => s.events.appendOnce(scope, "r1", ev(`${Event.MarkerIdPrefix}abc`))],
    [`events.appendOnce: schemaVersion 0`, (s) => s.events.appendOnce(scope, "r1", { ...ev("n"), schemaVersion: 0 })],
    [`events.appendOnce: a seq field`, (s) => s.events.appendOnce(scope, "r1", { ...ev("n"), seq: 1 } as never)],
    [`events.appendOnce: oversized payload`, (s) => s.events.appendOnce(scope, "r1", ev("n", big))],
    [`events.append: empty batch`, (s) => s.events.append(scope, "r1", [])],
    [`events.append: negative expectedSeq`, (s) => s.events.append(scope, "r1", [ev("n")], { expectedSeq: -1 })],
    [`events.append: fractional expectedSeq`, (s) => s.events.append(scope, "r1", [ev("n")], { expectedSeq: 1.5 })],
    [`events.append: repeated ids`, (s) => s.events.append(scope, "r1", [ev("n"), ev("n")])],
    [`events.append: batch too large`, (s) => s.events.append(scope, "r1", Array.from({ length: Limits.MaxPageSize + 1 }, (_, i) => ev(`n${i}`, null)))],
    [`events.read: negative afterSeq`, (s) => s.events.read(scope, "r1", { afterSeq: -1 })],
    [`events.read: negative beforeSeq`, (s) => s.events.read(scope, "r1", { beforeSeq: -2 })],
    [`events.read: fractional afterSeq`, (s) => s.events.read(scope, "r1", { afterSeq: 0.5 })],
    [`events.poll: not a cursor`, (s) => s.events.poll(scope, "not a cursor")],
    [`events.poll: a run-list cursor`, (s) => s.events.poll(scope, "WzAsInJ1bi0xIl0")],
    [`events.pollAll: not a cursor`, (s) => s.events.pollAll("%%%")],
    [`events.compact: negative retention`, (s) => s.events.compact({ retention: -1 })],
    [`events.compact: negative retention text`, (s) => s.events.compact({ retention: "-5 minutes" as never })],
    [`events.compact: NaN retention`, (s) => s.events.compact({ retention: Number.NaN })],
    [`events.compact: infinite retention`, (s) => s.events.compact({ retention: Number.POSITIVE_INFINITY })],
    [`events.compact: not a duration`, (s) => s.events.compact({ retention: "soon" as never })],
    [`events.compact: invalid now`, (s) => s.events.compact({ retention: "1 hour", now: invalidDate })],
    [`events.clear: scope with an extra field`, (s) => s.events.clear({ ...scope, extra: true } as never)],
    [`snapshots.put: negative seq`, (s) => s.snapshots.put(scope, "r1", { ...snap, seq: -1 })],
    [`snapshots.put: fractional seq`, (s) => s.snapshots.put(scope, "r1", { ...snap, seq: 1.5 })],
    [`snapshots.put: unknown status`, (s) => s.snapshots.put(scope, "r1", { ...snap, status: "Sleeping" as never })],
    [`snapshots.put: invalid createdAt`, (s) => s.snapshots.put(scope, "r1", { ...snap, createdAt: invalidDate })],
    [`snapshots.put: invalid phase date`, (s) => s.snapshots.put(scope, "r1", { ...snap, phaseHistory: [{ phase: "p", at: invalidDate }] })],
    [`snapshots.put: phaseHistory too long`, (s) =>
      s.snapshots.put(scope, "r1", {
        ...snap,
        phaseHistory: Array.from({ length: Snapshot.MaxPhaseHistory + 1 }, () => ({ phase: "p", at: new Date(0) }))
      })],
    [`snapshots.put: definitionRevision 0`, (s) => s.snapshots.put(scope, "r1", { ...snap, definitionRevision: 0 })],
    [`snapshots.put: a schemaVersion field`, (s) => s.snapshots.put(scope, "r1", { ...snap, schemaVersion: 1 } as never)],
    [`specs.put: expectedRevision 0`, (s) => s.specs.put(scope, "spec", {}, 0)],
    [`specs.put: fractional expectedRevision`, (s) => s.specs.put(scope, "spec", {}, 1.5)],
    [`specs.getRevision: revision 0`, (s) => s.specs.getRevision(scope, "spec", 0)],
    [`specs.hasRevision: negative revision`, (s) => s.specs.hasRevision(scope, "spec", -1)],
    [`specs.delete: expectedRevision 0`, (s) => s.specs.delete(scope, "spec", 0)],
    [`specs.delete: expectedRevision null`, (s) => s.specs.delete(scope, "spec", null as never)],
    [`timers.schedule: invalid fireAt`, (s) => s.timers.schedule(scope, "r1", "t9", invalidDate)],
    [`timers.schedule: fireAt after year 9999`, (s) => s.timers.schedule(scope, "r1", "t9", afterYear9999)],
    [`timers.due: asOf before year 1`, (s) => s.timers.due(scope, beforeYear1)],
    [`runs.list: createdFrom before year 1`, (s) => s.runs.list(scope, { createdFrom: beforeYear1 })],
    [`runs.appendStep: at after year 9999`, (s) => s.runs.appendStep(scope, "r1", { stepId: "s", kind: "started", attempt: 0, at: afterYear9999 })],
    [`runs.appendFailure: at before year 1`, (s) => s.runs.appendFailure(scope, "r1", { stepId: "s", reason: "x", at: beforeYear1 })],
    [`events.appendOnce: occurredAt after year 9999`, (s) => s.events.appendOnce(scope, "r1", { ...ev("n"), occurredAt: afterYear9999 })],
    [`events.compact: now after year 9999`, (s) => s.events.compact({ retention: "1 hour", now: afterYear9999 })],
    [`snapshots.put: createdAt after year 9999`, (s) => s.snapshots.put(scope, "r1", { ...snap, createdAt: afterYear9999 })],
    [`timers.schedule: fireAt as text`, (s) => s.timers.schedule(scope, "r1", "t9", "2026-01-01" as never)],
    [`timers.due: invalid asOf`, (s) => s.timers.due(scope, invalidDate)],
    [`timers.dueAcrossScopes: invalid asOf`, (s) => s.timers.dueAcrossScopes(invalidDate)]
  ]
}

/** Fill scope A with one record of every kind. */
const seed = (store: Store) =>
  Effect.gen(function*() {
    yield* store.runs.create({ runId: "r1", scope, flowId: "f", input: { a: 1 } })
    yield* store.runs.casStatus(scope, "r1", "Pending", "Running")
    yield* store.runs.appendStep(scope, "r1", { stepId: "s", kind: "started", attempt: 0 })
    yield* store.runs.appendFailure(scope, "r1", { stepId: "s", reason: "boom" })
    yield* store.runs.putOutput(scope, "r1", "s", { out: 1 })
    yield* store.globals.putGlobal(scope, "k", "v")
    yield* store.events.append(scope, "r1", [ev("a"), ev("b")])
    yield* store.snapshots.put(scope, "r1", { ...snap, snapshotId: "s1" })
    yield* store.specs.put(scope, "spec", { v: 1 })
    yield* store.timers.schedule(scope, "r1", "t1", new Date(0))
    yield* store.leases.acquire(scope, "r1", "a", "1 minute")
    // Old enough that an accepted compaction would prune the events.
    store.clock.advance(2 * 3_600_000)
  })

/** The outcome tag of a call, defects included, and a complaint when it is not a proper InvalidInput. */
const check = (store: Store, name: string, call: Call[1]) =>
  Effect.map(
    Effect.either(call(store)).pipe(
      Effect.catchAllDefect((defect) => Effect.succeed(Either.left({ _tag: `defect: ${String(defect)}` })))
    ),
    (outcome: Either.Either<unknown, unknown>): string | undefined => {
      const error = Either.isLeft(outcome) ? outcome.left as { readonly _tag?: unknown; readonly operation?: unknown } : undefined
      const tag = error === undefined ? "succeeded" : String(error._tag)
      if (tag !== "InvalidInput") return `${name}: ${tag}`
      const operation = String(error?.operation)
      const service = name.split(".")[1]!.split(":")[0]!
      return operation.endsWith(`.${service}`) ? undefined : `${name}: InvalidInput names the operation "${operation}"`
    }
  )

/** The bad-input scenario. */
export const badInputScenarios: ReadonlyArray<Scenario> = [
  scenario("BadInput", "every public method refuses bad input with InvalidInput (naming the operation) and writes nothing", (store, env) =>
    Effect.gen(function*() {
      yield* seed(store)
      const before = yield* dump(store, [scope], known)
      const limits: Limits.Limits = { ...Limits.defaults, ...env.initializer.limits }
      const calls = badCalls(limits)
      const wrong: Array<string> = []
      // The store is compared after every group of calls (a full dump is dozens of reads); a group
      // that changed it is replayed call by call on fresh stores to name the culprit.
      const groupSize = 12
      for (let i = 0; i < calls.length; i += groupSize) {
        const group = calls.slice(i, i + groupSize)
        for (const [name, call] of group) {
          const complaint = yield* check(store, name, call)
          if (complaint !== undefined) wrong.push(complaint)
        }
        if ((yield* dump(store, [scope], known)) === before) continue
        for (const [name, call] of group) {
          yield* fresh(env.initializer.layer, (alone) =>
            Effect.gen(function*() {
              yield* seed(alone)
              const clean = yield* dump(alone, [scope], known)
              yield* check(alone, name, call)
              equal(yield* dump(alone, [scope], known), clean, `${name} changed the store`)
            }))
        }
        return fail(`a call among ${group.map(([name]) => name).join(", ")} changed the store`)
      }
      equal(wrong, [], "calls that did not fail with InvalidInput")
    }))
]
