/**
 * The oracle of the model-based tests: the whole store as plain state, changed only by the core
 * reducers (`Run`, `StepLedger`, `StepOutput`, `EventStream`, `Snapshot`, `Spec`, `Timer`, `Lease`)
 * — the same functions a backend is meant to apply. Each operation returns the outcome the contract
 * promises for the call (or the outcomes, where the contract leaves a choice) and updates the state.
 */
import type { Json } from "@runledger/core"
import {
  Errors,
  Event as EventModel,
  EventStream,
  Identifiers,
  Lease,
  Run as RunModel,
  RunStatus,
  Snapshot,
  Spec,
  StepLedger,
  StepOutput,
  TenantScope,
  Timer
} from "@runledger/core"
import { Duration, Either, HashMap, Option, RedBlackTree, Schema } from "effect"
import type { Outcome } from "./check.js"
import { errorFields, ok, plain } from "./check.js"
import { Epoch } from "./clock.js"

/** A scope as callers pass it. */
export type ScopeInput = TenantScope.Input

/** A run with everything keyed to it, as the model keeps it. */
export interface RunRecord {
  readonly run: RunModel.Run
  readonly steps: StepLedger.StepLedger
  readonly failures: ReadonlyArray<StepLedger.FailureEntry>
  readonly outputs: StepOutput.Outputs
}

/** One entry of the change feed, in commit order. */
export interface FeedItem {
  readonly key: string
  readonly seq: number
}

/** What a model operation promises: one outcome, or one of several the contract allows. */
export type Expected = Outcome | ReadonlyArray<Outcome>

const err = (error: unknown): Outcome => errorFields(error)

/** The key of a record of `scope`: the same rule as `TenantScope.key`, and an id. */
export const keyOf = (scope: ScopeInput, id: string): string => `${TenantScope.key(scope)}\u0001${id}`
const timerKey = (scope: ScopeInput, runId: string, timerId: string) => keyOf(scope, `${runId}\u0000${timerId}`)
const inScope = (key: string, scope: ScopeInput) => key.startsWith(`${TenantScope.key(scope)}\u0001`)

const scopeOf = (scope: ScopeInput) => TenantScope.TenantScope.make(scope)
const decodeNewRun = Schema.decodeUnknownSync(RunModel.NewRun)
const decodeStep = Schema.decodeUnknownSync(StepLedger.StepEntryInput)
const decodeEvent = Schema.decodeUnknownSync(EventModel.NewEvent)

/** The model store. Mutable on purpose: fast-check's model runner updates one model in place. */
export class ModelState {
  /** `guard`: the history guard of the store under test. */
  constructor(readonly guard: EventStream.HistoryGuard = EventStream.defaultGuard) {}
  now = Epoch
  readonly runs = new Map<string, RunRecord>()
  readonly globals = new Map<string, StepOutput.GlobalValue>()
  readonly streams = new Map<string, EventStream.EventStream>()
  feed: Array<FeedItem> = []
  readonly snapshots = new Map<string, Snapshot.Snapshot>()
  readonly specs = new Map<string, Spec.SpecHistory>()
  readonly timers = new Map<string, Timer.Timer>()
  readonly leases = new Map<string, Lease.Lease>()
  /** Successful claims per timer: never more than one. */
  readonly claims = new Map<string, number>()
  /** The last token issued per lease key, to check that tokens strictly increase. */
  readonly lastToken = new Map<string, number>()

  private date() {
    return new Date(this.now)
  }

  // -------------------------------------------------------------------------------------------
  // Runs
  // -------------------------------------------------------------------------------------------

  run(scope: ScopeInput, runId: string): RunModel.Run | undefined {
    return this.runs.get(keyOf(scope, runId))?.run
  }

  create(input: typeof RunModel.NewRun.Encoded): Expected {
    const decoded = decodeNewRun(input)
    const key = keyOf(input.scope, input.runId)
    if (this.runs.has(key)) return err(new Errors.AlreadyExists({ entity: "Run", id: input.runId }))
    const run = RunModel.create(decoded, this.date())
    this.runs.set(key, { run, steps: StepLedger.empty, failures: [], outputs: HashMap.empty() })
    return ok(run)
  }

  get(scope: ScopeInput, runId: string): Expected {
    const run = this.run(scope, runId)
    return run === undefined ? err(new Errors.NotFound({ entity: "Run", id: runId })) : ok(run)
  }

  /** Every run of the scope matching the filter, in list order. */
  listed(
    scope: ScopeInput,
    filter: {
      readonly flowId?: string | undefined
      readonly statuses?: ReadonlyArray<RunStatus.RunStatus> | undefined
      readonly createdFrom?: number | undefined
      readonly createdBefore?: number | undefined
    }
  ): ReadonlyArray<RunModel.Run> {
    const runs: Array<RunModel.Run> = []
    for (const [key, record] of this.runs) {
      const run = record.run
      if (!inScope(key, scope)) continue
      if (filter.flowId !== undefined && run.flowId !== filter.flowId) continue
      if (filter.statuses !== undefined && !filter.statuses.includes(run.status)) continue
      if (filter.createdFrom !== undefined && run.createdAt.getTime() < filter.createdFrom) continue
      if (filter.createdBefore !== undefined && run.createdAt.getTime() >= filter.createdBefore) continue
      runs.push(run)
    }
    return runs.sort((a, b) =>
      a.createdAt.getTime() - b.createdAt.getTime() || (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0)
    )
  }

  /** A whole listing read page by page: the runs and the number of pages a reader goes through. */
  list(scope: ScopeInput, filter: Parameters<ModelState["listed"]>[1], limit: number): Expected {
    const runs = this.listed(scope, filter)
    return ok({ runs, pages: Math.max(1, Math.ceil(runs.length / limit)) })
  }

  private fenced(key: string, token: number | undefined) {
    return Lease.checkFence(this.leases.get(key), token)
  }

  /**
   * The store must find the run and check the fence; for a missing run with a stale token either
   * answer is right (the contract does not order the two).
   */
  private locate(scope: ScopeInput, runId: string, token: number | undefined): { record: RunRecord; key: string } | Expected {
    const key = keyOf(scope, runId)
    const record = this.runs.get(key)
    const fenced = this.fenced(key, token)
    if (record === undefined) {
      const notFound = err(new Errors.NotFound({ entity: "Run", id: runId }))
      return fenced === undefined ? notFound : [notFound, err(fenced)]
    }
    if (fenced !== undefined) return err(fenced)
    return { record, key }
  }

  casStatus(
    scope: ScopeInput,
    runId: string,
    expected: ReadonlyArray<RunStatus.RunStatus>,
    next: RunStatus.RunStatus,
    token: number | undefined
  ): Expected {
    const invalid = RunModel.checkCasStatus(runId, expected, next)
    if (invalid !== undefined) return err(invalid)
    const found = this.locate(scope, runId, token)
    if (!("record" in found)) return found
    return Option.match(RunModel.casStatus(found.record.run, expected, next, this.date()), {
      onNone: () => ok(false),
      onSome: (run) => {
        this.runs.set(found.key, { ...found.record, run })
        return ok(true)
      }
    })
  }

  casState(scope: ScopeInput, runId: string, version: number, patch: RunModel.StatePatch, token: number | undefined): Expected {
    const found = this.locate(scope, runId, token)
    if (!("record" in found)) return found
    const decided = RunModel.casState(found.record.run, version, patch, this.date())
    if (Either.isLeft(decided)) return err(decided.left)
    if (Option.isNone(decided.right)) return ok(false)
    this.runs.set(found.key, { ...found.record, run: decided.right.value })
    return ok(true)
  }

  continueAsNew(scope: ScopeInput, runId: string, input: Json.Json, token: number | undefined): Expected {
    const found = this.locate(scope, runId, token)
    if (!("record" in found)) return found
    const successorKey = keyOf(scope, RunModel.successorRunId(runId))
    const existing = this.runs.get(successorKey)
    const decided = RunModel.continueAsNew(found.record.run, existing?.run, input, this.date())
    if (Either.isLeft(decided)) return err(decided.left)
    const c = decided.right
    if (c.previousChanged) this.runs.set(found.key, { ...found.record, run: c.previous })
    if (c.created) this.runs.set(successorKey, { run: c.successor, steps: StepLedger.empty, failures: [], outputs: HashMap.empty() })
    return ok(c)
  }

  chain(scope: ScopeInput, chainId: string): Expected {
    const runs: Array<RunModel.Run> = []
    for (const [key, record] of this.runs) {
      if (inScope(key, scope) && record.run.chainId === chainId) runs.push(record.run)
    }
    return ok(RunModel.chainOrder(runs))
  }

  private onRun(scope: ScopeInput, runId: string, f: (record: RunRecord, key: string) => Expected): Expected {
    const key = keyOf(scope, runId)
    const record = this.runs.get(key)
    return record === undefined ? err(new Errors.NotFound({ entity: "Run", id: runId })) : f(record, key)
  }

  private stepEntry(entry: typeof StepLedger.StepEntryInput.Encoded) {
    const decoded = decodeStep(entry)
    return StepLedger.StepEntry.make({
      stepId: decoded.stepId,
      kind: decoded.kind,
      attempt: decoded.attempt,
      at: decoded.at ?? this.date(),
      ...(decoded.detail === undefined ? {} : { detail: decoded.detail })
    })
  }

  appendStep(scope: ScopeInput, runId: string, entry: typeof StepLedger.StepEntryInput.Encoded): Expected {
    return this.onRun(scope, runId, (record, key) => {
      const step = this.stepEntry(entry)
      this.runs.set(key, { ...record, steps: StepLedger.append(record.steps, step) })
      return ok(step)
    })
  }

  appendStepIfAbsent(scope: ScopeInput, runId: string, entry: typeof StepLedger.StepEntryInput.Encoded): Expected {
    return this.onRun(scope, runId, (record, key) => {
      const steps = StepLedger.appendIfAbsent(record.steps, this.stepEntry(entry))
      if (steps === undefined) return ok(false)
      this.runs.set(key, { ...record, steps })
      return ok(true)
    })
  }

  listSteps(scope: ScopeInput, runId: string): Expected {
    return this.onRun(scope, runId, (record) => ok(record.steps.entries))
  }

  appendFailure(scope: ScopeInput, runId: string, stepId: string, reason: string): Expected {
    return this.onRun(scope, runId, (record, key) => {
      const entry = StepLedger.FailureEntry.make({ stepId: Identifiers.StepId.make(stepId), reason, at: this.date() })
      this.runs.set(key, { ...record, failures: [...record.failures, entry] })
      return ok(entry)
    })
  }

  listFailures(scope: ScopeInput, runId: string): Expected {
    return this.onRun(scope, runId, (record) => ok(record.failures))
  }

  putOutput(scope: ScopeInput, runId: string, stepId: string, value: Json.Json): Expected {
    return this.onRun(scope, runId, (record, key) => {
      const id = Identifiers.StepId.make(stepId)
      const put = StepOutput.put(record.outputs, id, value, this.date())
      if (Either.isLeft(put)) return err(put.left)
      this.runs.set(key, { ...record, outputs: put.right })
      return ok(StepOutput.makeOutput(id, value, this.date()))
    })
  }

  getOutput(scope: ScopeInput, runId: string, stepId: string): Expected {
    return this.onRun(scope, runId, (record) => ok(HashMap.get(record.outputs, Identifiers.StepId.make(stepId))))
  }

  listOutputKeys(scope: ScopeInput, runId: string): Expected {
    return this.onRun(scope, runId, (record) => ok(Array.from(HashMap.keys(record.outputs)).sort()))
  }

  // -------------------------------------------------------------------------------------------
  // Context
  // -------------------------------------------------------------------------------------------

  putGlobal(scope: ScopeInput, key: string, value: Json.Json): Expected {
    const k = keyOf(scope, key)
    const stored = this.globals.get(k)
    if (stored !== undefined) return err(StepOutput.conflict("GlobalValue", key, stored.fingerprint, value))
    const record = StepOutput.makeGlobal(Identifiers.GlobalKey.make(key), value, this.date())
    this.globals.set(k, record)
    return ok(record)
  }

  upsertGlobal(scope: ScopeInput, key: string, value: Json.Json): Expected {
    const record = StepOutput.makeGlobal(Identifiers.GlobalKey.make(key), value, this.date())
    this.globals.set(keyOf(scope, key), record)
    return ok(record)
  }

  getGlobal(scope: ScopeInput, key: string): Expected {
    return ok(Option.fromNullable(this.globals.get(keyOf(scope, key))))
  }

  // -------------------------------------------------------------------------------------------
  // Event log
  // -------------------------------------------------------------------------------------------

  stream(scope: ScopeInput, runId: string): EventStream.EventStream {
    return this.streams.get(keyOf(scope, runId)) ?? EventStream.empty(scopeOf(scope), Identifiers.RunId.make(runId))
  }

  private commitRows(key: string, before: EventStream.EventStream, after: EventStream.EventStream) {
    for (let seq = before.lastSeq + 1; seq <= after.lastSeq; seq++) this.feed.push({ key, seq })
    this.streams.set(key, after)
  }

  appendOnce(scope: ScopeInput, runId: string, event: typeof EventModel.NewEvent.Encoded, token: number | undefined): Expected {
    const key = keyOf(scope, runId)
    const fenced = this.fenced(key, token)
    if (fenced !== undefined) return err(fenced)
    const stream = this.stream(scope, runId)
    const decided = EventStream.appendOnce(stream, EventModel.draft(decodeEvent(event), this.date()), this.guard)
    if (Either.isLeft(decided)) return err(decided.left)
    const [result, next] = decided.right
    this.commitRows(key, stream, next)
    return ok(result)
  }

  append(
    scope: ScopeInput,
    runId: string,
    events: ReadonlyArray<typeof EventModel.NewEvent.Encoded>,
    expectedSeq: number | undefined,
    token: number | undefined
  ): Expected {
    const key = keyOf(scope, runId)
    const fenced = this.fenced(key, token)
    if (fenced !== undefined) return err(fenced)
    const stream = this.stream(scope, runId)
    const drafts = events.map((e) => EventModel.draft(decodeEvent(e), this.date()))
    const decided = EventStream.append(stream, drafts, { expectedSeq, guard: this.guard })
    if (Either.isLeft(decided)) return err(decided.left)
    const [result, next] = decided.right
    this.commitRows(key, stream, next)
    return ok(result)
  }

  read(
    scope: ScopeInput,
    runId: string,
    window: { readonly afterSeq?: number; readonly beforeSeq?: number; readonly limit?: number; readonly tail?: boolean }
  ): Expected {
    return ok(EventStream.read(this.stream(scope, runId), {
      afterSeq: window.afterSeq ?? 0,
      beforeSeq: window.beforeSeq,
      limit: window.limit ?? 100,
      tail: window.tail ?? false
    }))
  }

  lastSeq(scope: ScopeInput, runId: string): Expected {
    return ok(this.stream(scope, runId).lastSeq)
  }

  seqOf(scope: ScopeInput, runId: string, eventId: string): Expected {
    return ok(EventStream.seqOf(this.stream(scope, runId), Identifiers.EventId.make(eventId)))
  }

  /** The change feed of a scope (every scope without one), as a reader paging through it sees it. */
  feedOf(scope: ScopeInput | undefined): ReadonlyArray<EventModel.Event> {
    const events: Array<EventModel.Event> = []
    for (const item of this.feed) {
      if (scope !== undefined && !inScope(item.key, scope)) continue
      const event = Option.getOrThrow(RedBlackTree.findFirst(this.streams.get(item.key)!.events, item.seq))
      events.push(event)
    }
    return events
  }

  compact(options: { readonly retention: Duration.DurationInput; readonly now?: number; readonly scope?: ScopeInput }): Expected {
    const now = new Date(options.now ?? this.now)
    const cutoff = new Date(now.getTime() - Duration.toMillis(options.retention))
    let total = 0
    for (const [key, stream] of [...this.streams]) {
      if (options.scope !== undefined && !inScope(key, options.scope)) continue
      const compacted = EventStream.compact(stream, { cutoff, now, maxEvents: Number.MAX_SAFE_INTEGER })
      if (Either.isLeft(compacted)) return err(compacted.left)
      const [pruned, next] = compacted.right
      if (pruned === 0) continue
      total += pruned
      // The pruned events and the previous marker leave the feed; the merged marker enters it now.
      this.feed = this.feed.filter((item) => item.key !== key || item.seq > next.compactedThroughSeq)
      this.feed.push({ key, seq: next.compactedThroughSeq })
      this.streams.set(key, next)
    }
    return ok(total)
  }

  clear(scope: ScopeInput): Expected {
    let removed = 0
    for (const [key, stream] of [...this.streams]) {
      if (!inScope(key, scope)) continue
      removed += RedBlackTree.size(stream.events)
      this.streams.delete(key)
    }
    this.feed = this.feed.filter((item) => !inScope(item.key, scope))
    return ok(removed)
  }

  // -------------------------------------------------------------------------------------------
  // Snapshots and specs
  // -------------------------------------------------------------------------------------------

  putSnapshot(scope: ScopeInput, runId: string, input: {
    readonly snapshotId: string
    readonly seq: number
    readonly status: RunStatus.RunStatus
    readonly checkpoint: Json.Json
    readonly phase?: string
  }): Expected {
    const incoming = Snapshot.Snapshot.make({
      snapshotId: Identifiers.SnapshotId.make(input.snapshotId),
      runId: Identifiers.RunId.make(runId),
      scope: scopeOf(scope),
      seq: input.seq,
      createdAt: this.date(),
      status: input.status,
      checkpoint: input.checkpoint,
      ...(input.phase === undefined ? {} : { phase: input.phase }),
      schemaVersion: Snapshot.CurrentVersion
    })
    const key = keyOf(scope, input.snapshotId)
    const decided = Snapshot.put(this.snapshots.get(key), incoming)
    if (Either.isLeft(decided)) return err(decided.left)
    if (decided.right.write) this.snapshots.set(key, decided.right.snapshot)
    return ok(decided.right.snapshot)
  }

  getSnapshot(scope: ScopeInput, runId: string, snapshotId: string): Expected {
    const stored = this.snapshots.get(keyOf(scope, snapshotId))
    return ok(stored !== undefined && Snapshot.belongsTo(stored, runId) ? Option.some(stored) : Option.none())
  }

  listSnapshots(scope: ScopeInput, runId: string, limit: number | undefined): Expected {
    const found = [...this.snapshots].filter(([key, s]) => inScope(key, scope) && s.runId === runId).map(([, s]) => s)
    return ok(Snapshot.latest(found, limit))
  }

  private history(scope: ScopeInput, specId: string) {
    return this.specs.get(keyOf(scope, specId)) ?? Spec.emptyHistory
  }

  putSpec(scope: ScopeInput, specId: string, definition: Json.Json, expected: number | null | undefined): Expected {
    const decided = Spec.put(
      this.history(scope, specId),
      { scope: scopeOf(scope), specId: Identifiers.SpecId.make(specId), definition },
      expected,
      this.date()
    )
    if (Either.isLeft(decided)) return err(decided.left)
    this.specs.set(keyOf(scope, specId), decided.right.history)
    return ok(decided.right.revision)
  }

  getSpec(scope: ScopeInput, specId: string): Expected {
    return ok(Spec.current(this.history(scope, specId)))
  }

  getRevision(scope: ScopeInput, specId: string, revision: number): Expected {
    return ok(Spec.getRevision(this.history(scope, specId), revision))
  }

  hasRevision(scope: ScopeInput, specId: string, revision: number): Expected {
    return ok(Option.isSome(Spec.getRevision(this.history(scope, specId), revision)))
  }

  listSpecs(scope: ScopeInput, limit: number | undefined, after: string | undefined): Expected {
    const current: Array<Spec.SpecRevision> = []
    for (const [key, history] of this.specs) {
      if (!inScope(key, scope)) continue
      const revision = Option.getOrUndefined(Spec.current(history))
      if (revision !== undefined && (after === undefined || revision.specId > after)) current.push(revision)
    }
    current.sort((a, b) => (a.specId < b.specId ? -1 : a.specId > b.specId ? 1 : 0))
    return ok(current.slice(0, limit ?? 100))
  }

  deleteSpec(scope: ScopeInput, specId: string, expected: number | undefined): Expected {
    const decided = Spec.remove(this.history(scope, specId), Identifiers.SpecId.make(specId), expected)
    if (Either.isLeft(decided)) return err(decided.left)
    if (decided.right.deleted) this.specs.set(keyOf(scope, specId), decided.right.history)
    return ok(decided.right.deleted)
  }

  // -------------------------------------------------------------------------------------------
  // Timers and leases
  // -------------------------------------------------------------------------------------------

  timer(scope: ScopeInput, runId: string, timerId: string): Timer.Timer | undefined {
    return this.timers.get(timerKey(scope, runId, timerId))
  }

  schedule(scope: ScopeInput, runId: string, timerId: string, fireAt: number): Expected {
    const key = timerKey(scope, runId, timerId)
    const result = Timer.schedule(this.timers.get(key), {
      scope: scopeOf(scope),
      runId: Identifiers.RunId.make(runId),
      timerId: Identifiers.TimerId.make(timerId),
      fireAt: new Date(fireAt)
    }, this.date())
    if (result.scheduled) this.timers.set(key, result.timer)
    return ok(result)
  }

  due(scope: ScopeInput | undefined, asOf: number, limit: number | undefined): Expected {
    const candidates = [...this.timers].filter(([key]) => scope === undefined || inScope(key, scope)).map(([, t]) => t)
    return ok(Timer.due(candidates, new Date(asOf), limit ?? 100))
  }

  private onTimer(scope: ScopeInput, runId: string, timerId: string, decide: (timer: Timer.Timer) => Option.Option<Timer.Timer>, claim: boolean): Expected {
    const key = timerKey(scope, runId, timerId)
    const timer = this.timers.get(key)
    if (timer === undefined) return err(new Errors.NotFound({ entity: "Timer", id: timerId }))
    return Option.match(decide(timer), {
      onNone: () => ok(false),
      onSome: (next) => {
        this.timers.set(key, next)
        if (claim) this.claims.set(key, (this.claims.get(key) ?? 0) + 1)
        return ok(true)
      }
    })
  }

  claim(scope: ScopeInput, runId: string, timerId: string): Expected {
    return this.onTimer(scope, runId, timerId, (t) => Timer.claim(t, this.date()), true)
  }

  cancel(scope: ScopeInput, runId: string, timerId: string): Expected {
    return this.onTimer(scope, runId, timerId, (t) => Timer.cancel(t, this.date()), false)
  }

  getTimer(scope: ScopeInput, runId: string, timerId: string): Expected {
    return ok(Option.fromNullable(this.timer(scope, runId, timerId)))
  }

  lease(scope: ScopeInput, runId: string): Lease.Lease | undefined {
    return this.leases.get(keyOf(scope, runId))
  }

  acquire(scope: ScopeInput, runId: string, owner: string, ttlMillis: number): Expected {
    const key = keyOf(scope, runId)
    const decided = Lease.acquire(this.leases.get(key), {
      scope: scopeOf(scope),
      runId: Identifiers.RunId.make(runId),
      owner: Identifiers.OwnerId.make(owner),
      ttlMillis
    }, this.date())
    if (Either.isLeft(decided)) return err(decided.left)
    this.leases.set(key, decided.right)
    return ok(decided.right)
  }

  renew(scope: ScopeInput, runId: string, owner: string, token: number, ttlMillis: number): Expected {
    const key = keyOf(scope, runId)
    const decided = Lease.renew(this.leases.get(key), Identifiers.RunId.make(runId), Identifiers.OwnerId.make(owner), token, ttlMillis, this.date())
    if (Either.isLeft(decided)) return err(decided.left)
    this.leases.set(key, decided.right)
    return ok(decided.right)
  }

  release(scope: ScopeInput, runId: string, owner: string, token: number): Expected {
    const key = keyOf(scope, runId)
    return Option.match(Lease.release(this.leases.get(key), Identifiers.OwnerId.make(owner), token, this.date()), {
      onNone: () => ok(false),
      onSome: (lease) => {
        this.leases.set(key, lease)
        return ok(true)
      }
    })
  }

  getLease(scope: ScopeInput, runId: string): Expected {
    return ok(Option.fromNullable(this.lease(scope, runId)))
  }
}

/**
 * A feed as compared: markers written by one compaction may come in any order among themselves
 * (a backend compacts its streams in its own order), so each run of consecutive markers is sorted.
 */
export const normalizeFeed = (events: ReadonlyArray<unknown>): ReadonlyArray<unknown> => {
  const out: Array<unknown> = []
  let markers: Array<unknown> = []
  const flush = () => {
    out.push(...markers.sort((a, b) => {
      const x = JSON.stringify(a)
      const y = JSON.stringify(b)
      return x < y ? -1 : x > y ? 1 : 0
    }))
    markers = []
  }
  for (const event of events.map(plain)) {
    if ((event as { readonly type?: unknown }).type === EventModel.CompactedType) markers.push(event)
    else {
      flush()
      out.push(event)
    }
  }
  flush()
  return out
}

/** Whether the run is terminal in the model (for the absorbing-status invariant). */
export const isTerminal = (run: RunModel.Run | undefined): boolean => run !== undefined && RunStatus.isTerminal(run.status)
