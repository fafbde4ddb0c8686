/**
 * Model-based tests (contract §9): random command sequences over every store method, run against
 * the backend and against {@link ModelState} — the core reducers — side by side. Every result and
 * error tag must match the model, and after every command the invariants are checked on the
 * backend itself: dense seqs and one seq per event id, the stored run equal to the model's (so
 * versions move by exactly one per mutation and terminal statuses stay put), write-once outputs, at
 * most one successful claim per timer, strictly increasing lease tokens.
 *
 * Time is the kit's controlled clock: the model advances it with the backend, so it predicts every
 * timestamp. A failure prints fast-check's seed and path (and the command list with its
 * `replayPath`); pass them to the kit's options to replay it.
 */
import type { Json } from "@runledger/core"
import { Event as EventModel, EventStream, Identifiers, RunStatus, StepLedger } from "@runledger/core"
import { Effect, Option } from "effect"
import * as fc from "fast-check"
import { smallJson } from "../Arbitraries.js"
import { ensure, equal, fail, ok, outcomeOf, plain, sameOutcome, show } from "../internal/check.js"
import type { Expected, ScopeInput } from "../internal/model.js"
import { keyOf, ModelState, normalizeFeed } from "../internal/model.js"
import type { Env, OpenStore, Scenario, Store } from "../internal/harness.js"
import { guardOf, open } from "../internal/harness.js"
import { A, B, C } from "../internal/fixtures.js"

// ---------------------------------------------------------------------------------------------
// Domains: small pools, so commands collide on the same records.
// ---------------------------------------------------------------------------------------------

const scopes = [A, B, C] as const
const runIds = ["r1", "r2", "r1~2"] as const
const eventIds = ["e1", "e2", "e3", "e4", "e5"] as const
const stepIds = ["s1", "s2"] as const

// Weighted towards one scope and one run, so most commands meet records that exist; the other
// scopes and runs keep tenancy and the successor id (`r1~2`) in play.
const scopeArb: fc.Arbitrary<ScopeInput> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<ScopeInput>(A) },
  { weight: 1, arbitrary: fc.constant<ScopeInput>(B) },
  { weight: 1, arbitrary: fc.constant<ScopeInput>(C) }
)
const runIdArb = fc.oneof(
  { weight: 5, arbitrary: fc.constant("r1") },
  { weight: 2, arbitrary: fc.constant("r2") },
  { weight: 1, arbitrary: fc.constant("r1~2") }
)
const flowIdArb = fc.constantFrom("f1", "f2")
const stepIdArb = fc.constantFrom(...stepIds)
const eventIdArb = fc.constantFrom(...eventIds)
const statusArb = fc.constantFrom(...RunStatus.all)
// Mostly CAS calls the machine allows from at least one expected status, so some of them apply.
const reachable = RunStatus.all.filter((s) => RunStatus.sources(s).length > 0)
const casArb: fc.Arbitrary<{ readonly expected: ReadonlyArray<RunStatus.RunStatus>; readonly next: RunStatus.RunStatus }> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(...reachable).chain((next) =>
      fc.tuple(fc.subarray([...RunStatus.sources(next)], { minLength: 1 }), fc.subarray([...RunStatus.all], { maxLength: 1 }))
        .map(([sources, extra]) => ({ expected: [...new Set([...sources, ...extra])], next }))
    )
  },
  { weight: 1, arbitrary: fc.record({ expected: fc.subarray([...RunStatus.all], { minLength: 1, maxLength: 3 }), next: statusArb }) }
)
const valueArb: fc.Arbitrary<Json.Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Json.Json>(null, 1, "x", { a: 1 }, { a: [1, 2] }) },
  { weight: 1, arbitrary: smallJson }
)
const tokenHintArb = fc.option(fc.constantFrom("current", "stale", 1, 2, 3) as fc.Arbitrary<"current" | "stale" | number>, { nil: undefined, freq: 2 })

type TokenHint = "current" | "stale" | number | undefined

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

/** What a command touched, for the invariants checked after it. */
interface Touched {
  readonly scope: ScopeInput
  readonly runId?: string
  readonly timer?: readonly [string, string]
}

/** One command, its hints resolved against the model. */
interface Step {
  readonly label: string
  readonly touched?: Touched
  /** Apply the command to the model: what the backend must answer. */
  readonly model: () => Expected
  /** The call against the backend. */
  readonly real: (store: Store) => Effect.Effect<unknown, unknown>
  /** The backend's value as compared (defaults to the value itself). */
  readonly view?: (value: unknown) => unknown
  /** Check the backend's raw value beyond the comparison. */
  readonly also?: (value: unknown, model: ModelState) => void
}

type Plan = (m: ModelState) => Step

class Command implements fc.AsyncCommand<ModelState, OpenStore> {
  constructor(readonly name: string, readonly args: unknown, readonly plan: Plan) {}
  check() {
    return true
  }
  async run(m: ModelState, real: OpenStore) {
    const step = this.plan(m)
    const label = `${this.toString()}`
    const exit = await real.exec(step.real(real))
    const expected = step.model()
    let actual = outcomeOf(exit, label)
    if (actual._tag === "Ok" && exit._tag === "Success") {
      step.also?.(exit.value, m)
      if (step.view !== undefined) actual = ok(step.view(exit.value))
    }
    sameOutcome(actual, expected, label)
    if (step.touched !== undefined) await invariants(m, real, step.touched, label)
  }
  toString() {
    return `${this.name}(${show(this.args).slice(0, 300)})`
  }
}

const command = <T>(name: string, args: fc.Arbitrary<T>, plan: (args: T) => Plan): fc.Arbitrary<Command> =>
  args.map((a) => new Command(name, a, plan(a)))

const tokenOf = (m: ModelState, scope: ScopeInput, runId: string, hint: TokenHint): number | undefined => {
  if (hint === undefined || typeof hint === "number") return hint
  const current = m.lease(scope, runId)?.token ?? 1
  return hint === "current" ? current : Math.max(1, current - 1)
}

const fenceOf = (token: number | undefined) => (token === undefined ? undefined : { fencingToken: token })

/** Every run of a listing, page after page: the runs and how many pages it took. */
const pages = (
  read: (cursor: string | undefined) => Effect.Effect<{ readonly runs: ReadonlyArray<unknown>; readonly nextCursor: Option.Option<string> }, unknown>
) =>
  Effect.gen(function*() {
    const runs: Array<unknown> = []
    let cursor: string | undefined
    let count = 0
    do {
      const page = yield* read(cursor)
      runs.push(...page.runs)
      cursor = Option.getOrUndefined(page.nextCursor)
      if (++count > 100) return fail("a listing never ends")
    } while (cursor !== undefined)
    return { runs, pages: count }
  })

/** Every event of a feed, page after page, until a page comes back empty (which must keep its cursor). */
const feed = (poll: (cursor: string | undefined) => Effect.Effect<{ readonly events: ReadonlyArray<unknown>; readonly cursor: string }, unknown>) =>
  Effect.gen(function*() {
    const events: Array<unknown> = []
    let cursor: string | undefined
    for (let count = 0;; count++) {
      if (count > 500) return fail("the change feed never runs dry")
      const page = yield* poll(cursor)
      if (page.events.length === 0) {
        if (cursor !== undefined) ensure(page.cursor === cursor, "an empty feed page must keep the cursor")
        return events
      }
      events.push(...page.events)
      cursor = page.cursor
    }
  })

const advance = command("advance", fc.constantFrom(1, 500, 1000, 30_000, 3_600_000), (ms) => (m) => ({
  label: "advance",
  model: () => {
    m.now += ms
    return ok(null)
  },
  real: (s) =>
    Effect.sync(() => {
      s.clock.advance(ms)
      return null
    })
}))

const createCommand = command("create", fc.record({ scope: scopeArb, runId: runIdArb, flowId: flowIdArb, input: fc.option(valueArb, { nil: undefined }), chainId: fc.option(fc.constantFrom("r1", "c9"), { nil: undefined }) }), (a) => (m) => {
    const input = { scope: a.scope, runId: a.runId, flowId: a.flowId, ...(a.input === undefined ? {} : { input: a.input }), ...(a.chainId === undefined ? {} : { chainId: a.chainId }) }
    return { label: "create", touched: { scope: a.scope, runId: a.runId }, model: () => m.create(input), real: (s) => s.runs.create(input) }
  })

const runCommands: ReadonlyArray<fc.Arbitrary<Command>> = [
  createCommand,
  command("get", fc.record({ scope: scopeArb, runId: runIdArb }), (a) => (m) => ({
    label: "get",
    model: () => m.get(a.scope, a.runId),
    real: (s) => s.runs.get(a.scope, a.runId)
  })),
  command("list", fc.record({
    scope: scopeArb,
    flowId: fc.option(flowIdArb, { nil: undefined }),
    statuses: fc.option(fc.subarray([...RunStatus.all], { minLength: 1 }), { nil: undefined }),
    from: fc.option(fc.constantFrom(-1000, 0, 1000, 60_000), { nil: undefined }),
    before: fc.option(fc.constantFrom(0, 1000, 3_600_000, 10_000_000), { nil: undefined }),
    limit: fc.constantFrom(1, 2, 5, 100)
  }), (a) => (m) => {
    const createdFrom = a.from === undefined ? undefined : m.now - a.from
    const createdBefore = a.before === undefined ? undefined : m.now - 3_600_000 + a.before
    const filter = {
      ...(a.flowId === undefined ? {} : { flowId: a.flowId }),
      ...(a.statuses === undefined ? {} : { status: a.statuses }),
      ...(createdFrom === undefined ? {} : { createdFrom: new Date(createdFrom) }),
      ...(createdBefore === undefined ? {} : { createdBefore: new Date(createdBefore) })
    }
    return {
      label: "list",
      model: () => m.list(a.scope, { flowId: a.flowId, statuses: a.statuses, createdFrom, createdBefore }, a.limit),
      real: (s) => pages((cursor) => s.runs.list(a.scope, { ...filter, limit: a.limit, ...(cursor === undefined ? {} : { cursor }) }))
    }
  }),
  command("listActive", fc.record({ scope: scopeArb, limit: fc.constantFrom(1, 3, 100) }), (a) => (m) => ({
    label: "listActive",
    model: () => m.list(a.scope, { statuses: RunStatus.active }, a.limit),
    real: (s) => pages((cursor) => s.runs.listActive(a.scope, { limit: a.limit, ...(cursor === undefined ? {} : { cursor }) }))
  })),
  command("casStatus", fc.record({ scope: scopeArb, runId: runIdArb, cas: casArb, token: tokenHintArb }).map(({ cas, ...rest }) => ({ ...rest, ...cas })), (a) => (m) => {
    const token = tokenOf(m, a.scope, a.runId, a.token)
    return {
      label: "casStatus",
      touched: { scope: a.scope, runId: a.runId },
      model: () => m.casStatus(a.scope, a.runId, a.expected, a.next, token),
      real: (s) => s.runs.casStatus(a.scope, a.runId, a.expected.length === 1 ? a.expected[0]! : a.expected, a.next, fenceOf(token))
    }
  }),
  command("casState", fc.record({
    scope: scopeArb,
    runId: runIdArb,
    version: fc.constantFrom("current", "current", "stale", 7) as fc.Arbitrary<"current" | "stale" | number>,
    status: fc.option(statusArb, { nil: undefined }),
    state: fc.option(valueArb, { nil: undefined }),
    token: tokenHintArb
  }), (a) => (m) => {
    const current = m.run(a.scope, a.runId)?.version ?? 1
    const version = a.version === "current" ? current : a.version === "stale" ? Math.max(1, current - 1) : a.version
    const token = tokenOf(m, a.scope, a.runId, a.token)
    const patch = { ...(a.status === undefined ? {} : { status: a.status }), ...(a.state === undefined ? {} : { state: a.state }) }
    return {
      label: "casState",
      touched: { scope: a.scope, runId: a.runId },
      model: () => m.casState(a.scope, a.runId, version, patch, token),
      real: (s) => s.runs.casState(a.scope, a.runId, version, patch, fenceOf(token))
    }
  }),
  command("continueAsNew", fc.record({ scope: scopeArb, runId: runIdArb, input: valueArb, token: tokenHintArb }), (a) => (m) => {
    const token = tokenOf(m, a.scope, a.runId, a.token)
    return {
      label: "continueAsNew",
      touched: { scope: a.scope, runId: a.runId },
      model: () => m.continueAsNew(a.scope, a.runId, a.input, token),
      real: (s) => s.runs.continueAsNew(a.scope, a.runId, a.input, fenceOf(token))
    }
  }),
  command("chain", fc.record({ scope: scopeArb, chainId: fc.constantFrom("r1", "r2", "c9") }), (a) => (m) => ({
    label: "chain",
    model: () => m.chain(a.scope, a.chainId),
    real: (s) => s.runs.chain(a.scope, a.chainId)
  })),
  command("appendStep", fc.record({ scope: scopeArb, runId: runIdArb, stepId: stepIdArb, kind: fc.constantFrom<StepLedger.StepKind>("started", "completed", "failed", "skipped", "retried"), attempt: fc.nat(2), detail: fc.option(valueArb, { nil: undefined }) }), (a) => (m) => {
    const entry = { stepId: a.stepId, kind: a.kind, attempt: a.attempt, ...(a.detail === undefined ? {} : { detail: a.detail }) }
    return { label: "appendStep", touched: { scope: a.scope, runId: a.runId }, model: () => m.appendStep(a.scope, a.runId, entry), real: (s) => s.runs.appendStep(a.scope, a.runId, entry) }
  }),
  command("appendStepIfAbsent", fc.record({ scope: scopeArb, runId: runIdArb, stepId: stepIdArb, kind: fc.constantFrom<StepLedger.StepKind>("started", "completed"), attempt: fc.nat(1) }), (a) => (m) => {
    const entry = { stepId: a.stepId, kind: a.kind, attempt: a.attempt }
    return { label: "appendStepIfAbsent", touched: { scope: a.scope, runId: a.runId }, model: () => m.appendStepIfAbsent(a.scope, a.runId, entry), real: (s) => s.runs.appendStepIfAbsent(a.scope, a.runId, entry) }
  }),
  command("listSteps", fc.record({ scope: scopeArb, runId: runIdArb }), (a) => (m) => ({ label: "listSteps", model: () => m.listSteps(a.scope, a.runId), real: (s) => s.runs.listSteps(a.scope, a.runId) })),
  command("appendFailure", fc.record({ scope: scopeArb, runId: runIdArb, stepId: stepIdArb, reason: fc.constantFrom("boom", "timeout") }), (a) => (m) => ({
    label: "appendFailure",
    touched: { scope: a.scope, runId: a.runId },
    model: () => m.appendFailure(a.scope, a.runId, a.stepId, a.reason),
    real: (s) => s.runs.appendFailure(a.scope, a.runId, { stepId: a.stepId, reason: a.reason })
  })),
  command("listFailures", fc.record({ scope: scopeArb, runId: runIdArb }), (a) => (m) => ({ label: "listFailures", model: () => m.listFailures(a.scope, a.runId), real: (s) => s.runs.listFailures(a.scope, a.runId) })),
  command("putOutput", fc.record({ scope: scopeArb, runId: runIdArb, stepId: stepIdArb, value: valueArb }), (a) => (m) => ({
    label: "putOutput",
    touched: { scope: a.scope, runId: a.runId },
    model: () => m.putOutput(a.scope, a.runId, a.stepId, a.value),
    real: (s) => s.runs.putOutput(a.scope, a.runId, a.stepId, a.value)
  })),
  command("getOutput", fc.record({ scope: scopeArb, runId: runIdArb, stepId: stepIdArb }), (a) => (m) => ({ label: "getOutput", model: () => m.getOutput(a.scope, a.runId, a.stepId), real: (s) => s.runs.getOutput(a.scope, a.runId, a.stepId) })),
  command("listOutputKeys", fc.record({ scope: scopeArb, runId: runIdArb }), (a) => (m) => ({ label: "listOutputKeys", model: () => m.listOutputKeys(a.scope, a.runId), real: (s) => s.runs.listOutputKeys(a.scope, a.runId) }))
]

const globalCommands: ReadonlyArray<fc.Arbitrary<Command>> = [
  command("putGlobal", fc.record({ scope: scopeArb, key: fc.constantFrom("k1", "k2"), value: valueArb }), (a) => (m) => ({ label: "putGlobal", model: () => m.putGlobal(a.scope, a.key, a.value), real: (s) => s.globals.putGlobal(a.scope, a.key, a.value) })),
  command("upsertGlobal", fc.record({ scope: scopeArb, key: fc.constantFrom("k1", "k2"), value: valueArb }), (a) => (m) => ({ label: "upsertGlobal", model: () => m.upsertGlobal(a.scope, a.key, a.value), real: (s) => s.globals.upsertGlobal(a.scope, a.key, a.value) })),
  command("getGlobal", fc.record({ scope: scopeArb, key: fc.constantFrom("k1", "k2") }), (a) => (m) => ({ label: "getGlobal", model: () => m.getGlobal(a.scope, a.key), real: (s) => s.globals.getGlobal(a.scope, a.key) }))
]

const newEventArb = fc.record({
  eventId: eventIdArb,
  type: fc.constantFrom("T1", "T2"),
  payload: valueArb,
  // An explicit occurredAt in the past makes old events for compaction without waiting.
  ago: fc.option(fc.constantFrom(0, 7_200_000), { nil: undefined })
})
const toEvent = (m: ModelState, e: fc.RecordValue<{ eventId: string; type: string; payload: Json.Json; ago: number | undefined }>) => ({
  eventId: e.eventId,
  type: e.type,
  payload: e.payload,
  ...(e.ago === undefined ? {} : { occurredAt: new Date(m.now - e.ago) })
})

const eventCommands: ReadonlyArray<fc.Arbitrary<Command>> = [
  command("appendOnce", fc.record({ scope: scopeArb, runId: runIdArb, event: newEventArb, token: tokenHintArb }), (a) => (m) => {
    const event = toEvent(m, a.event)
    const token = tokenOf(m, a.scope, a.runId, a.token)
    return {
      label: "appendOnce",
      touched: { scope: a.scope, runId: a.runId },
      model: () => m.appendOnce(a.scope, a.runId, event, token),
      real: (s) => s.events.appendOnce(a.scope, a.runId, event, fenceOf(token))
    }
  }),
  command("append", fc.record({
    scope: scopeArb,
    runId: runIdArb,
    events: fc.uniqueArray(newEventArb, { minLength: 1, maxLength: 3, selector: (e) => e.eventId }),
    expected: fc.option(fc.constantFrom("current", "stale", 0) as fc.Arbitrary<"current" | "stale" | number>, { nil: undefined }),
    token: tokenHintArb
  }), (a) => (m) => {
    const events = a.events.map((e) => toEvent(m, e))
    const last = m.stream(a.scope, a.runId).lastSeq
    const expectedSeq = a.expected === undefined ? undefined : a.expected === "current" ? last : a.expected === "stale" ? Math.max(0, last - 1) : a.expected
    const token = tokenOf(m, a.scope, a.runId, a.token)
    const options = { ...(expectedSeq === undefined ? {} : { expectedSeq }), ...fenceOf(token) }
    return {
      label: "append",
      touched: { scope: a.scope, runId: a.runId },
      model: () => m.append(a.scope, a.runId, events, expectedSeq, token),
      real: (s) => s.events.append(a.scope, a.runId, events, options)
    }
  }),
  command("read", fc.record({
    scope: scopeArb,
    runId: runIdArb,
    afterSeq: fc.option(fc.nat(6), { nil: undefined }),
    beforeSeq: fc.option(fc.nat(8), { nil: undefined }),
    limit: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    tail: fc.option(fc.boolean(), { nil: undefined })
  }), (a) => (m) => {
    const window = {
      ...(a.afterSeq === undefined ? {} : { afterSeq: a.afterSeq }),
      ...(a.beforeSeq === undefined ? {} : { beforeSeq: a.beforeSeq }),
      ...(a.limit === undefined ? {} : { limit: a.limit }),
      ...(a.tail === undefined ? {} : { tail: a.tail })
    }
    return { label: "read", model: () => m.read(a.scope, a.runId, window), real: (s) => s.events.read(a.scope, a.runId, window) }
  }),
  command("lastSeq", fc.record({ scope: scopeArb, runId: runIdArb }), (a) => (m) => ({ label: "lastSeq", model: () => m.lastSeq(a.scope, a.runId), real: (s) => s.events.lastSeq(a.scope, a.runId) })),
  command("seqOf", fc.record({ scope: scopeArb, runId: runIdArb, eventId: eventIdArb }), (a) => (m) => ({ label: "seqOf", model: () => m.seqOf(a.scope, a.runId, a.eventId), real: (s) => s.events.seqOf(a.scope, a.runId, a.eventId) })),
  command("poll", fc.record({ scope: scopeArb, limit: fc.constantFrom(1, 3, 100) }), (a) => (m) => ({
    label: "poll",
    model: () => ok(normalizeFeed(m.feedOf(a.scope))),
    real: (s) => feed((cursor) => s.events.poll(a.scope, cursor, a.limit)),
    view: (events) => normalizeFeed(events as ReadonlyArray<unknown>)
  })),
  command("pollAll", fc.constantFrom(2, 100), (limit) => (m) => ({
    label: "pollAll",
    model: () => ok(normalizeFeed(m.feedOf(undefined))),
    real: (s) => feed((cursor) => s.events.pollAll(cursor, limit)),
    view: (events) => normalizeFeed(events as ReadonlyArray<unknown>)
  })),
  command("compact", fc.record({
    retention: fc.constantFrom(0, 1000, 3_600_000),
    scope: fc.option(scopeArb, { nil: undefined }),
    explicitNow: fc.boolean()
  }), (a) => (m) => {
    const options = {
      retention: a.retention,
      ...(a.scope === undefined ? {} : { scope: a.scope }),
      ...(a.explicitNow ? { now: new Date(m.now) } : {})
    }
    return {
      label: "compact",
      model: () => m.compact({ retention: a.retention, ...(a.scope === undefined ? {} : { scope: a.scope }) }),
      real: (s) => s.events.compact(options)
    }
  }),
  command("clear", scopeArb, (scope) => (m) => ({ label: "clear", model: () => m.clear(scope), real: (s) => s.events.clear(scope) }))
]

const recordCommands: ReadonlyArray<fc.Arbitrary<Command>> = [
  command("snapshots.put", fc.record({ scope: scopeArb, runId: runIdArb, snapshotId: fc.constantFrom("snap1", "snap2", "snap3"), seq: fc.nat(4), status: statusArb, checkpoint: valueArb, phase: fc.option(fc.constantFrom("plan", "act"), { nil: undefined }) }), (a) => (m) => {
    const input = { snapshotId: a.snapshotId, seq: a.seq, status: a.status, checkpoint: a.checkpoint, ...(a.phase === undefined ? {} : { phase: a.phase }) }
    return { label: "snapshots.put", model: () => m.putSnapshot(a.scope, a.runId, input), real: (s) => s.snapshots.put(a.scope, a.runId, input) }
  }),
  command("snapshots.get", fc.record({ scope: scopeArb, runId: runIdArb, snapshotId: fc.constantFrom("snap1", "snap2", "snap3") }), (a) => (m) => ({ label: "snapshots.get", model: () => m.getSnapshot(a.scope, a.runId, a.snapshotId), real: (s) => s.snapshots.get(a.scope, a.runId, a.snapshotId) })),
  command("snapshots.list", fc.record({ scope: scopeArb, runId: runIdArb, limit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }), (a) => (m) => ({
    label: "snapshots.list",
    model: () => m.listSnapshots(a.scope, a.runId, a.limit),
    real: (s) => s.snapshots.list(a.scope, a.runId, a.limit === undefined ? {} : { limit: a.limit })
  })),
  command("specs.put", fc.record({ scope: scopeArb, specId: fc.constantFrom("sp1", "sp2"), definition: valueArb, expected: fc.constantFrom<"none" | "null" | "current" | number>("none", "null", "current", "current", 1, 9) }), (a) => (m) => {
    const revision = m.specs.get(keyOf(a.scope, a.specId))?.revisions.at(-1)?.revision ?? null
    const expected = a.expected === "none" ? undefined : a.expected === "null" ? null : a.expected === "current" ? revision : a.expected
    return {
      label: "specs.put",
      model: () => m.putSpec(a.scope, a.specId, a.definition, expected),
      real: (s) => expected === undefined ? s.specs.put(a.scope, a.specId, a.definition) : s.specs.put(a.scope, a.specId, a.definition, expected)
    }
  }),
  command("specs.get", fc.record({ scope: scopeArb, specId: fc.constantFrom("sp1", "sp2") }), (a) => (m) => ({ label: "specs.get", model: () => m.getSpec(a.scope, a.specId), real: (s) => s.specs.get(a.scope, a.specId) })),
  command("specs.getRevision", fc.record({ scope: scopeArb, specId: fc.constantFrom("sp1", "sp2"), revision: fc.integer({ min: 1, max: 4 }) }), (a) => (m) => ({ label: "specs.getRevision", model: () => m.getRevision(a.scope, a.specId, a.revision), real: (s) => s.specs.getRevision(a.scope, a.specId, a.revision) })),
  command("specs.hasRevision", fc.record({ scope: scopeArb, specId: fc.constantFrom("sp1", "sp2"), revision: fc.integer({ min: 1, max: 4 }) }), (a) => (m) => ({ label: "specs.hasRevision", model: () => m.hasRevision(a.scope, a.specId, a.revision), real: (s) => s.specs.hasRevision(a.scope, a.specId, a.revision) })),
  command("specs.list", fc.record({ scope: scopeArb, limit: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }), after: fc.option(fc.constantFrom("sp1", "a"), { nil: undefined }) }), (a) => (m) => ({
    label: "specs.list",
    model: () => m.listSpecs(a.scope, a.limit, a.after),
    real: (s) => s.specs.list(a.scope, { ...(a.limit === undefined ? {} : { limit: a.limit }), ...(a.after === undefined ? {} : { afterSpecId: a.after }) })
  })),
  command("specs.delete", fc.record({ scope: scopeArb, specId: fc.constantFrom("sp1", "sp2"), expected: fc.constantFrom<"none" | "current" | number>("none", "current", 1) }), (a) => (m) => {
    const revision = m.specs.get(keyOf(a.scope, a.specId))?.revisions.at(-1)?.revision
    const expected = a.expected === "none" ? undefined : a.expected === "current" ? (revision ?? 1) : a.expected
    return {
      label: "specs.delete",
      model: () => m.deleteSpec(a.scope, a.specId, expected),
      real: (s) => expected === undefined ? s.specs.delete(a.scope, a.specId) : s.specs.delete(a.scope, a.specId, expected)
    }
  })
]

const timerIdArb = fc.constantFrom("t1", "t2")
const ownerArb = fc.constantFrom("w1", "w2")

const timerCommands: ReadonlyArray<fc.Arbitrary<Command>> = [
  command("timers.schedule", fc.record({ scope: scopeArb, runId: runIdArb, timerId: timerIdArb, inMs: fc.constantFrom(-1000, 0, 1000, 60_000) }), (a) => (m) => {
    const fireAt = m.now + a.inMs
    return {
      label: "timers.schedule",
      touched: { scope: a.scope, timer: [a.runId, a.timerId] },
      model: () => m.schedule(a.scope, a.runId, a.timerId, fireAt),
      real: (s) => s.timers.schedule(a.scope, a.runId, a.timerId, new Date(fireAt))
    }
  }),
  command("timers.due", fc.record({ scope: scopeArb, inMs: fc.constantFrom(0, 1000, 120_000), limit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }), (a) => (m) => ({
    label: "timers.due",
    model: () => m.due(a.scope, m.now + a.inMs, a.limit),
    real: (s) => s.timers.due(a.scope, new Date(m.now + a.inMs), a.limit === undefined ? {} : { limit: a.limit })
  })),
  command("timers.dueAcrossScopes", fc.record({ inMs: fc.constantFrom(0, 120_000), limit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }), (a) => (m) => ({
    label: "timers.dueAcrossScopes",
    model: () => m.due(undefined, m.now + a.inMs, a.limit),
    real: (s) => s.timers.dueAcrossScopes(new Date(m.now + a.inMs), a.limit === undefined ? {} : { limit: a.limit })
  })),
  command("timers.claim", fc.record({ scope: scopeArb, runId: runIdArb, timerId: timerIdArb }), (a) => (m) => ({
    label: "timers.claim",
    touched: { scope: a.scope, timer: [a.runId, a.timerId] },
    model: () => m.claim(a.scope, a.runId, a.timerId),
    real: (s) => s.timers.claim(a.scope, a.runId, a.timerId)
  })),
  command("timers.cancel", fc.record({ scope: scopeArb, runId: runIdArb, timerId: timerIdArb }), (a) => (m) => ({
    label: "timers.cancel",
    touched: { scope: a.scope, timer: [a.runId, a.timerId] },
    model: () => m.cancel(a.scope, a.runId, a.timerId),
    real: (s) => s.timers.cancel(a.scope, a.runId, a.timerId)
  })),
  command("timers.get", fc.record({ scope: scopeArb, runId: runIdArb, timerId: timerIdArb }), (a) => (m) => ({ label: "timers.get", model: () => m.getTimer(a.scope, a.runId, a.timerId), real: (s) => s.timers.get(a.scope, a.runId, a.timerId) }))
]

const leaseCommands: ReadonlyArray<fc.Arbitrary<Command>> = [
  command("leases.acquire", fc.record({ scope: scopeArb, runId: runIdArb, owner: ownerArb, ttl: fc.constantFrom(1000, 60_000) }), (a) => (m) => ({
    label: "leases.acquire",
    touched: { scope: a.scope, runId: a.runId },
    model: () => m.acquire(a.scope, a.runId, a.owner, a.ttl),
    real: (s) => s.leases.acquire(a.scope, a.runId, a.owner, a.ttl),
    also: (value) => {
      const token = (value as { readonly token: number }).token
      const key = `${JSON.stringify(plain(a.scope))}/${a.runId}`
      const last = m.lastToken.get(key) ?? 0
      ensure(token > last, `leases.acquire: token ${token} does not exceed the last issued ${last}`)
      m.lastToken.set(key, token)
    }
  })),
  command("leases.renew", fc.record({ scope: scopeArb, runId: runIdArb, owner: ownerArb, token: fc.constantFrom("current", "stale", 5) as fc.Arbitrary<TokenHint>, ttl: fc.constantFrom(1000, 60_000) }), (a) => (m) => {
    const token = tokenOf(m, a.scope, a.runId, a.token)!
    return {
      label: "leases.renew",
      touched: { scope: a.scope, runId: a.runId },
      model: () => m.renew(a.scope, a.runId, a.owner, token, a.ttl),
      real: (s) => s.leases.renew(a.scope, a.runId, a.owner, token, a.ttl)
    }
  }),
  command("leases.release", fc.record({ scope: scopeArb, runId: runIdArb, owner: ownerArb, token: fc.constantFrom("current", "stale") as fc.Arbitrary<TokenHint> }), (a) => (m) => {
    const token = tokenOf(m, a.scope, a.runId, a.token)!
    return {
      label: "leases.release",
      touched: { scope: a.scope, runId: a.runId },
      model: () => m.release(a.scope, a.runId, a.owner, token),
      real: (s) => s.leases.release(a.scope, a.runId, a.owner, token)
    }
  }),
  command("leases.get", fc.record({ scope: scopeArb, runId: runIdArb }), (a) => (m) => ({ label: "leases.get", model: () => m.getLease(a.scope, a.runId), real: (s) => s.leases.get(a.scope, a.runId) }))
]

// ---------------------------------------------------------------------------------------------
// Invariants, checked on the backend after every command
// ---------------------------------------------------------------------------------------------

const run = async <A>(real: OpenStore, effect: Effect.Effect<A, unknown>, label: string): Promise<A> => {
  const exit = await real.exec(effect)
  if (exit._tag === "Success") return exit.value
  return fail(`${label}: ${show(outcomeOf(exit, label))}`)
}

async function invariants(m: ModelState, real: OpenStore, touched: Touched, label: string) {
  const scope = touched.scope
  if (touched.runId !== undefined) {
    const runId = touched.runId
    const where = `after ${label}, ${JSON.stringify(scope)}/${runId}`
    const [read, last, ...seqs] = await run(real, Effect.all([
      real.events.read(scope, runId, { limit: 1000 }),
      real.events.lastSeq(scope, runId),
      ...eventIds.map((id) => real.events.seqOf(scope, runId, id))
    ]), where)
    const events = (read as { readonly events: ReadonlyArray<EventModel.Event> }).events
    // Dense seqs: the marker (if any) first, then every caller event up to lastSeq, no hole, no repeat.
    const marker = events[0] !== undefined && EventModel.isMarker(events[0]) ? events[0] : undefined
    const callers = events.filter((e) => !EventModel.isMarker(e)).map((e) => e.seq)
    const from = (marker?.seq ?? 0) + 1
    equal(callers, Array.from({ length: Math.max(0, (last as number) - from + 1) }, (_, i) => from + i), `${where}: seqs dense up to lastSeq ${String(last)}`)
    ensure(events.filter(EventModel.isMarker).length <= 1, `${where}: at most one compaction marker`)
    // One seq per event id, pruned ids included.
    const stream = m.stream(scope, runId)
    sameOutcome(ok(seqs), ok(eventIds.map((id) => EventStream.seqOf(stream, Identifiers.EventId.make(id)))), `${where}: seqOf of every id`)
    sameOutcome(ok(read), m.read(scope, runId, { limit: 1000 }), `${where}: the stored log`)
    // The stored run, version and status included.
    const stored = await real.exec(real.runs.get(scope, runId))
    sameOutcome(outcomeOf(stored, where), m.get(scope, runId), `${where}: the stored run`)
    sameOutcome(outcomeOf(await real.exec(real.leases.get(scope, runId)), where), m.getLease(scope, runId), `${where}: the stored lease`)
  }
  if (touched.timer !== undefined) {
    const [runId, timerId] = touched.timer
    const where = `after ${label}, timer ${JSON.stringify(scope)}/${runId}/${timerId}`
    sameOutcome(outcomeOf(await real.exec(real.timers.get(scope, runId, timerId)), where), m.getTimer(scope, runId, timerId), `${where}: the stored timer`)
    for (const [key, count] of m.claims) ensure(count <= 1, `${where}: timer ${key} claimed ${count} times`)
  }
}

/** At the end of a sequence: everything a reader can list agrees with the model. */
async function audit(m: ModelState, real: OpenStore) {
  for (const scope of scopes) {
    const listed = await run(real, pages((cursor) => real.runs.list(scope, { limit: 1000, ...(cursor === undefined ? {} : { cursor }) })), "audit: list")
    sameOutcome(ok(listed), m.list(scope, {}, 1000), `audit: every run of ${JSON.stringify(scope)}`)
    sameOutcome(ok(await run(real, real.specs.list(scope, { limit: 1000 }), "audit")), m.listSpecs(scope, 1000, undefined), `audit: specs of ${JSON.stringify(scope)}`)
    for (const runId of runIds) {
      sameOutcome(ok(await run(real, real.snapshots.list(scope, runId), "audit")), m.listSnapshots(scope, runId, undefined), `audit: snapshots of ${runId}`)
      sameOutcome(outcomeOf(await real.exec(real.runs.listSteps(scope, runId)), "audit"), m.listSteps(scope, runId), `audit: steps of ${runId}`)
      sameOutcome(outcomeOf(await real.exec(real.runs.listOutputKeys(scope, runId)), "audit"), m.listOutputKeys(scope, runId), `audit: outputs of ${runId}`)
    }
  }
  const all = await run(real, feed((cursor) => real.events.pollAll(cursor, 1000)), "audit: pollAll")
  sameOutcome(ok(normalizeFeed(all)), ok(normalizeFeed(m.feedOf(undefined))), "audit: the change feed")
  const far = m.now + 365 * 24 * 3_600_000
  sameOutcome(ok(await run(real, real.timers.dueAcrossScopes(new Date(far), { limit: 1000 }), "audit")), m.due(undefined, far, 1000), "audit: every due timer")
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

/** The commands every sequence starts with (checked like the others): two runs in A, one in B. */
const preamble: ReadonlyArray<Command> = [
  ...([[A, "r1", "f1"], [A, "r2", "f2"], [B, "r1", "f1"]] as const).map(([scope, runId, flowId]) =>
    new Command("create", { scope, runId, flowId }, (m) => ({
      label: "create",
      touched: { scope, runId },
      model: () => m.create({ scope, runId, flowId }),
      real: (s) => s.runs.create({ scope, runId, flowId })
    }))
  ),
  new Command("casStatus", { scope: A, runId: "r1", expected: "Pending", next: "Running" }, (m) => ({
    label: "casStatus",
    touched: { scope: A, runId: "r1" },
    model: () => m.casStatus(A, "r1", ["Pending"], "Running", undefined),
    real: (s) => s.runs.casStatus(A, "r1", "Pending", "Running")
  })),
  // Two acquisitions: token 1 is stale from the start, so fenced writes meet both answers.
  ...[1, 2].map((n) =>
    new Command("leases.acquire", { scope: A, runId: "r1", owner: "w1", n }, (m) => ({
      label: "leases.acquire",
      touched: { scope: A, runId: "r1" },
      model: () => m.acquire(A, "r1", "w1", 60_000),
      real: (s) => s.leases.acquire(A, "r1", "w1", 60_000)
    }))
  )
]

/** Run one model-based property: `numRuns` sequences of at most `maxCommands` commands. */
export const modelProperty = (
  env: Env,
  commands: ReadonlyArray<fc.Arbitrary<Command>>,
  maxCommands: number
): Effect.Effect<void, unknown> =>
  Effect.tryPromise({
    try: () =>
      fc.assert(
        fc.asyncProperty(fc.commands([...commands], { maxCommands, size: "medium" }), async (cmds) => {
          // An in-memory store never leaves the microtask queue: let timers (vitest's heartbeat) run.
          await new Promise((resolve) => setImmediate(resolve))
          const real = await open(env.initializer.layer)
          try {
            const model = new ModelState(guardOf(env.initializer))
            // Every sequence starts from a few runs, so most commands meet records that exist.
            for (const step of preamble) await step.run(model, real)
            await fc.asyncModelRun(() => ({ model, real }), cmds)
            await audit(model, real)
          } finally {
            await real.close()
          }
        }),
        {
          numRuns: env.settings.numRuns,
          ...(env.settings.seed === undefined ? {} : { seed: env.settings.seed }),
          ...(env.settings.path === undefined ? {} : { path: env.settings.path }),
          endOnFailure: !env.settings.shrink
        }
      ),
    catch: (error) => error
  })

const modelScenario = (name: string, commands: ReadonlyArray<fc.Arbitrary<Command>>, maxCommands: number): Scenario => ({
  suite: "Model",
  name,
  run: (env) => modelProperty(env, commands, maxCommands)
})

/** The command groups, for tools that build their own properties. */
export const commandGroups = { advance, runCommands, globalCommands, eventCommands, recordCommands, timerCommands, leaseCommands }

const acquire = leaseCommands[0]!
const schedule = timerCommands[0]!
// The writes most bugs hide behind, listed twice so they meet each other within one sequence.
const casStatusCommand = runCommands[4]!
const putOutputCommand = runCommands[13]!
// Appends, compaction and time are what the event log's bugs need in one sequence: listed twice.
const [appendOnce, append, , , , , , compact] = eventCommands

/** The model-based scenarios. */
export const modelScenarios: ReadonlyArray<Scenario> = [
  // Creating runs and scheduling timers are listed twice: fast-check picks commands uniformly, and
  // most other commands need the record to exist.
  modelScenario("runs, ledgers, outputs, globals, chains and fenced writes match the model", [advance, acquire, acquire, createCommand, createCommand, casStatusCommand, putOutputCommand, ...runCommands, ...globalCommands], 40),
  modelScenario("the event log, compaction, fenced appends and the change feed match the model", [advance, advance, acquire, appendOnce!, append!, compact!, ...eventCommands], 40),
  modelScenario("snapshots and specs match the model", [advance, ...recordCommands], 30),
  modelScenario("timers and leases match the model", [advance, schedule, ...timerCommands, ...leaseCommands], 40),
  modelScenario("every store interleaved across three tenants matches the model", [advance, createCommand, createCommand, schedule, ...runCommands, ...globalCommands, ...eventCommands, ...recordCommands, ...timerCommands, ...leaseCommands], 60)
]
