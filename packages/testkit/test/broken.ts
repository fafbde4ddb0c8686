/**
 * Deliberately broken backends for the kit's own tests: the memory backends with one promise
 * broken each, turned into services with each store's `make`, so the kit can be shown to catch them.
 */
import { MemoryStore } from "@runledger/adapter-memory"
import type { Event } from "@runledger/core"
import {
  ContextStore,
  Errors,
  EventLog,
  EventStream,
  Lease,
  LeaseStore,
  RunStatus,
  RunStore,
  RunTransition,
  SnapshotStore,
  SpecStore,
  StepOutput,
  TenantScope,
  TimerStore
} from "@runledger/core"
import { Conformance } from "@runledger/testkit"
import { Context, Effect, Either, HashMap, Layer, Option, RedBlackTree } from "effect"

/** The memory backends of one store. */
export type Backends = Effect.Effect.Success<typeof MemoryStore.makeBackends>

/** The backends a variant builds services from; `transition: undefined` leaves `RunTransition` out. */
export interface Parts {
  readonly runs: RunStore.Backend
  readonly events: EventLog.Backend
  readonly context: ContextStore.Backend
  readonly snapshots: SnapshotStore.Backend
  readonly specs: SpecStore.Backend
  readonly timers: TimerStore.Backend
  readonly leases: LeaseStore.Backend
  readonly transition: RunTransition.Backend | undefined
}

/**
 * An initializer over the memory backends, with `change` applied to them. A variant that leaves
 * `RunTransition` out (`transition: undefined`) passes `atomic: false`.
 */
export const variant = (
  name: string,
  change: (backends: Backends) => Partial<Parts> = () => ({}),
  options: { readonly atomic?: boolean } = {}
): Conformance.Initializer => {
  const layer = Layer.effectContext(Effect.map(MemoryStore.makeBackends, (backends) => {
    const parts: Parts = { ...backends, ...change(backends) }
    const context = Context.make(RunStore.RunStore, RunStore.make(parts.runs)).pipe(
      Context.add(EventLog.EventLog, EventLog.make(parts.events, Conformance.small)),
      Context.add(ContextStore.ContextStore, ContextStore.make(parts.context)),
      Context.add(SnapshotStore.SnapshotStore, SnapshotStore.make(parts.snapshots)),
      Context.add(SpecStore.SpecStore, SpecStore.make(parts.specs)),
      Context.add(TimerStore.TimerStore, TimerStore.make(parts.timers)),
      Context.add(LeaseStore.LeaseStore, LeaseStore.make(parts.leases))
    )
    return parts.transition === undefined
      ? context
      : Context.add(context, RunTransition.RunTransition, RunTransition.make(parts.transition))
  }))
  return { name, layer, capabilities: { atomicStatusAndEvent: options.atomic ?? true, inProcess: true }, ...Conformance.small }
}

// ---------------------------------------------------------------------------------------------
// An event backend of its own, with switchable flaws. Without flaws it is correct (the kit's
// control test shows it passes): every call decides with the core `EventStream` reducers in one
// synchronous step, which no other fiber can interleave.
// ---------------------------------------------------------------------------------------------

/** The flaws the event backend can be given. */
export interface EventFlaws {
  /** `appendOnce` looks ids up in the retained events only: a pruned id is appended again. */
  readonly forgetsCompactedIds?: boolean
  /** A refused batch still records its new ids at the seqs they would have got: those seqs are handed out again. */
  readonly reusesSeqAfterFailedAppend?: boolean
  /** A batch where some ids exist writes the new ones, then reports the conflict. */
  readonly partialBatches?: boolean
  /** `appendOnce` reads the stream, yields, then writes what it decided on the old state. */
  readonly readThenWriteAppendOnce?: boolean
  /** Compaction recomputes `lastSeq` from the retained caller events: the next seq goes back. */
  readonly compactionLosesNextSeq?: boolean
  /** Compaction prunes a whole log in one step, whatever the chunk size: writers wait for all of it. */
  readonly compactsInOneStep?: boolean
  /** Compaction leaves the history guard's counts as they were: pruned events still count. */
  readonly guardForgetsCompaction?: boolean
  /** Compaction stops after the first 100 streams (one page). */
  readonly compactsOnePage?: boolean
}

interface Feed {
  position: number
  readonly key: string
  readonly seq: number
}

/** The event backend with `flaws`; fencing reads the leases of `leases`. */
export const flawedEvents = (leases: LeaseStore.Backend, flaws: EventFlaws = {}): EventLog.Backend => {
  const streams = new Map<string, EventStream.EventStream>()
  let feed: Array<Feed> = []
  let lastPosition = 0
  const keyOf = (scope: TenantScope.TenantScope, runId: string) => `${TenantScope.key(scope)}\u0001${runId}`
  const prefixOf = (scope: TenantScope.TenantScope) => `${TenantScope.key(scope)}\u0001`
  const streamOf = (scope: TenantScope.TenantScope, runId: Parameters<EventLog.Backend["lastSeq"]>[1]) =>
    streams.get(keyOf(scope, runId)) ?? EventStream.empty(scope, runId)
  const viewOf = (stream: EventStream.EventStream): EventStream.View => {
    const view = EventStream.view(stream)
    if (!flaws.forgetsCompactedIds) return view
    return {
      ...view,
      lookup: (id) => {
        const entry = view.lookup(id)
        return entry !== undefined && entry.seq <= stream.compactedThroughSeq ? undefined : entry
      }
    }
  }
  const commit = (key: string, stream: EventStream.EventStream, rows: ReadonlyArray<EventStream.Row>) => {
    streams.set(key, EventStream.applyRows(stream, rows))
    for (const row of rows) feed.push({ position: ++lastPosition, key, seq: row.event.seq })
  }
  const fence = (scope: TenantScope.TenantScope, runId: Parameters<EventLog.Backend["lastSeq"]>[1], token: number | undefined) =>
    Effect.flatMap(leases.get(scope, runId), (lease) => {
      const fenced = Lease.checkFence(Option.getOrUndefined(lease), token)
      return fenced === undefined ? Effect.void : Effect.fail(fenced)
    })

  return {
    appendOnce: (scope, runId, draft, guard, options) =>
      Effect.zipRight(
        fence(scope, runId, options?.fencingToken),
        flaws.readThenWriteAppendOnce
          ? Effect.gen(function*() {
            const before = streamOf(scope, runId)
            const decided = EventStream.decideAppendOnce(viewOf(before), draft, guard)
            yield* Effect.yieldNow()
            if (Either.isLeft(decided)) return yield* Effect.fail(decided.left)
            // Writes on the state it read: whatever another fiber appended meanwhile is overwritten.
            commit(keyOf(scope, runId), before, decided.right.rows)
            return decided.right.result
          })
          : Effect.suspend(() => {
            const stream = streamOf(scope, runId)
            const decided = EventStream.decideAppendOnce(viewOf(stream), draft, guard)
            if (Either.isLeft(decided)) return Effect.fail(decided.left)
            commit(keyOf(scope, runId), stream, decided.right.rows)
            return Effect.succeed(decided.right.result)
          })
      ),
    append: (scope, runId, drafts, options, fenceOptions) =>
      Effect.zipRight(
        fence(scope, runId, fenceOptions?.fencingToken),
        Effect.suspend(() => {
          const key = keyOf(scope, runId)
          const stream = streamOf(scope, runId)
          const view = viewOf(stream)
          const decided = EventStream.decideAppend(view, drafts, options)
          if (Either.isRight(decided)) {
            commit(key, stream, decided.right.rows)
            return Effect.succeed(decided.right.result)
          }
          const fresh = drafts.filter((d) => view.lookup(d.eventId) === undefined)
          if (flaws.partialBatches && decided.left._tag === "EventConflict" && fresh.length > 0) {
            const partial = EventStream.decideAppend(view, fresh, { guard: options.guard })
            if (Either.isRight(partial)) commit(key, stream, partial.right.rows)
          }
          if (flaws.reusesSeqAfterFailedAppend) {
            let index = stream.index
            fresh.forEach((d, i) => {
              index = HashMap.set(index, d.eventId, { seq: stream.lastSeq + 1 + i, fingerprint: "lost" })
            })
            streams.set(key, { ...streamOf(scope, runId), index })
          }
          return Effect.fail(decided.left)
        })
      ),
    read: (scope, runId, window) => Effect.sync(() => EventStream.read(streamOf(scope, runId), window)),
    lastSeq: (scope, runId) => Effect.sync(() => streamOf(scope, runId).lastSeq),
    seqOf: (scope, runId, eventId) => Effect.sync(() => EventStream.seqOf(streamOf(scope, runId), eventId)),
    poll: (scope, after, limit) =>
      Effect.sync(() => {
        const prefix = Option.map(scope, prefixOf)
        const entries: Array<EventLog.FeedEntry> = []
        for (const item of feed) {
          if (entries.length >= limit) break
          if (item.position <= after) continue
          if (Option.isSome(prefix) && !item.key.startsWith(prefix.value)) continue
          const event = Option.flatMap(Option.fromNullable(streams.get(item.key)), (s) => RedBlackTree.findFirst(s.events, item.seq))
          if (Option.isSome(event)) entries.push({ position: item.position, event: event.value })
        }
        return entries
      }),
    compact: (request) =>
      Effect.gen(function*() {
        let total = 0
        const keys = [...streams.keys()]
          .filter((key) => Option.isNone(request.scope) || key.startsWith(prefixOf(request.scope.value)))
          .sort()
        const options = { cutoff: request.cutoff, now: request.now, maxEvents: flaws.compactsInOneStep ? Number.MAX_SAFE_INTEGER : request.chunkSize }
        for (const key of flaws.compactsOnePage ? keys.slice(0, 100) : keys) {
          for (;;) {
            const stream = streams.get(key)
            if (stream === undefined) break
            const step = EventStream.compactStep(stream, options)
            if (Either.isLeft(step)) return yield* Effect.fail(step.left)
            if (Option.isNone(step.right)) break
            const [plan, next] = step.right.value
            total += plan.pruned.length
            let stored = next
            if (flaws.compactionLosesNextSeq) {
              const callers = RedBlackTree.values(next.events)
              let max = 0
              for (const event of callers as Iterable<Event.Event>) if (event.type !== "runledger.compacted") max = Math.max(max, event.seq)
              stored = { ...next, lastSeq: max }
            }
            if (flaws.guardForgetsCompaction) stored = { ...stored, count: stream.count, bytes: stream.bytes }
            feed = feed.filter((item) => item.key !== key || item.seq > next.compactedThroughSeq)
            feed.push({ position: ++lastPosition, key, seq: next.compactedThroughSeq })
            streams.set(key, stored)
            // One chunk at a time, as a store's transactions: other fibers append between them.
            yield* Effect.yieldNow()
          }
        }
        return total
      }),
    clear: (scope) =>
      Effect.sync(() => {
        let removed = 0
        for (const [key, stream] of [...streams]) {
          if (!key.startsWith(prefixOf(scope))) continue
          removed += RedBlackTree.size(stream.events)
          streams.delete(key)
        }
        feed = feed.filter((item) => !item.key.startsWith(prefixOf(scope)))
        return removed
      })
  }
}

// ---------------------------------------------------------------------------------------------
// Broken wrappers of the memory backends.
// ---------------------------------------------------------------------------------------------

/** `casStatus` that moves the run from whatever status it is in. */
export const casIgnoresExpectation = (b: Backends): Partial<Parts> => ({
  runs: { ...b.runs, casStatus: (scope, runId, _expected, next, now, options) => b.runs.casStatus(scope, runId, RunStatus.all, next, now, options) }
})

/** `list` that returns the runs of every scope it has seen created. */
export const listDropsTenantFilter = (b: Backends): Partial<Parts> => {
  const seen = new Map<string, TenantScope.TenantScope>()
  return {
    runs: {
      ...b.runs,
      create: (run) => Effect.zipRight(Effect.sync(() => seen.set(TenantScope.key(run.scope), run.scope)), b.runs.create(run)),
      list: (scope, query) =>
        Effect.map(
          Effect.forEach([scope, ...seen.values()], (s) => b.runs.list(s, query)),
          (pages) => {
            const byKey = new Map(pages.flat().map((run) => [`${TenantScope.key(run.scope)}\u0001${run.runId}`, run]))
            return [...byKey.values()]
              .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || (x.runId < y.runId ? -1 : x.runId > y.runId ? 1 : 0))
              .slice(0, query.limit)
          }
        )
    }
  }
}

/** `putOutput` that overwrites a stored output instead of refusing. */
export const outputOverwrites = (b: Backends): Partial<Parts> => {
  const overrides = new Map<string, StepOutput.StepOutput>()
  const key = (scope: TenantScope.TenantScope, runId: string, stepId: string) => `${TenantScope.key(scope)}\u0001${runId}\u0001${stepId}`
  return {
    runs: {
      ...b.runs,
      putOutput: (scope, runId, output) =>
        Effect.catchTag(b.runs.putOutput(scope, runId, output), "AlreadyExists", () =>
          Effect.sync(() => {
            overrides.set(key(scope, runId, output.stepId), output)
          })),
      getOutput: (scope, runId, stepId) =>
        Effect.map(b.runs.getOutput(scope, runId, stepId), (stored) => Option.orElse(Option.fromNullable(overrides.get(key(scope, runId, stepId))), () => stored))
    }
  }
}

/** Run-store writes that ignore the fencing token. */
export const leaseDoesNotFence = (b: Backends): Partial<Parts> => ({
  runs: {
    ...b.runs,
    casStatus: (scope, runId, expected, next, now) => b.runs.casStatus(scope, runId, expected, next, now),
    casState: (scope, runId, version, patch, now) => b.runs.casState(scope, runId, version, patch, now),
    continueAsNew: (scope, runId, input, now) => b.runs.continueAsNew(scope, runId, input, now)
  }
})

/** `claim` that checks the timer, yields, then fires it and says "mine" — a read-then-write race. */
export const timerClaimRace = (b: Backends): Partial<Parts> => ({
  timers: {
    ...b.timers,
    claim: (scope, runId, timerId, now) =>
      Effect.gen(function*() {
        const timer = yield* b.timers.get(scope, runId, timerId)
        if (Option.isNone(timer)) return yield* Effect.fail(new Errors.NotFound({ entity: "Timer", id: timerId }))
        if (timer.value.status !== "Scheduled" || timer.value.fireAt.getTime() > now.getTime()) return false
        yield* Effect.yieldNow()
        yield* b.timers.claim(scope, runId, timerId, now)
        return true
      })
  }
})

/** `acquire` that hands the same owner its current token back instead of a new one. */
export const leaseTokenReused = (b: Backends): Partial<Parts> => ({
  leases: {
    ...b.leases,
    acquire: (scope, runId, owner, ttlMillis, now) =>
      Effect.flatMap(b.leases.get(scope, runId), (current) =>
        Option.isSome(current) && current.value.owner === owner && Lease.isHeld(current.value, now)
          ? Effect.succeed(current.value)
          : b.leases.acquire(scope, runId, owner, ttlMillis, now))
  }
})

/** `appendStepIfAbsent` that always appends. */
export const stepAppendedTwice = (b: Backends): Partial<Parts> => ({
  runs: { ...b.runs, appendStepIfAbsent: (scope, runId, entry) => Effect.as(b.runs.appendStep(scope, runId, entry), true) }
})

/** A `RunTransition` that writes the status, then the event, in two steps: a refused event leaves the status moved. */
export const transitionNotAtomic = (b: Backends): Partial<Parts> => ({
  transition: {
    casStatusWithEvent: (scope, runId, expected, next, draft, guard, now, options) =>
      Effect.gen(function*() {
        const moved = yield* b.runs.casStatus(scope, runId, expected, next, now, options)
        if (!moved) return { transitioned: false, seq: yield* b.events.seqOf(scope, runId, draft.eventId) }
        const result = yield* b.events.appendOnce(scope, runId, draft, guard, options)
        if (!result.appended && !result.sameFingerprint) {
          return yield* Effect.fail(new Errors.EventConflict({ runId, eventIds: [draft.eventId], reason: "reused id" }))
        }
        return { transitioned: true, seq: Option.some(result.seq) }
      })
  }
})

/** The memory backends with the event log replaced by {@link flawedEvents} (and no `RunTransition`, which would bypass it). */
export const withEvents = (flaws: EventFlaws) => (b: Backends): Partial<Parts> => ({
  events: flawedEvents(b.leases, flaws),
  transition: undefined
})
