import { assert, describe, it } from "@effect/vitest"
import { MemoryStore } from "@runledger/adapter-memory"
import { LeaseStore, Recovery, Run, RunStore, SpecStore, TimerStore } from "@runledger/core"
import { Faults } from "@runledger/testkit"
import { Context, Effect, Fiber, Schema, TestClock } from "effect"
import { createRun, faulty, memory, scope } from "./support.js"

/** A run that continued as new through a plain CAS: `ContinuedAsNew`, with no successor. */
const orphan = (runId: string, state: unknown = { cursor: 5 }, s: typeof scope | { orgId: string; workspaceId: string } = scope) =>
  Effect.gen(function*() {
    const runs = yield* RunStore.RunStore
    yield* runs.create({ runId, scope: s, flowId: "crawler", input: { page: 1 } })
    yield* runs.casStatus(s, runId, "Pending", "Running")
    const run = yield* runs.get(s, runId)
    yield* runs.casState(s, runId, run.version, { status: "ContinuedAsNew", state: state as never })
  })

const chainIds = (chainId: string, s: { orgId: string; workspaceId: string } = scope) =>
  Effect.flatMap(RunStore.RunStore, (runs) => Effect.map(runs.chain(s, chainId), (all) => all.map((r) => r.runId as string)))

const tags = (report: Recovery.SweepReport) => report.runs.flatMap((r) => r.findings.map((f) => `${r.runId}:${f._tag}`))

describe("Recovery.sweep", () => {
  it.effect("a ContinuedAsNew run without a successor gets exactly one, and a second sweep changes nothing", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const other = { orgId: "acme", workspaceId: "staging" }
      yield* orphan("crawl")
      yield* orphan("crawl", { cursor: 1 }, other)
      const report = yield* Recovery.sweep(scope)
      assert.deepStrictEqual(tags(report), ["crawl:SuccessorStarted"])
      assert.deepStrictEqual(report.runs[0]!.findings[0], new Recovery.SuccessorStarted({ successorRunId: Run.successorRunId("crawl") }))
      assert.deepStrictEqual(yield* chainIds("crawl"), ["crawl", "crawl~2"])
      const successor = yield* runs.get(scope, "crawl~2")
      assert.deepStrictEqual([successor.status, successor.parentRunId, successor.input], ["Pending", "crawl", { cursor: 5 }])
      // The sweep is per scope: the other scope's orphan is untouched.
      assert.deepStrictEqual(yield* chainIds("crawl", other), ["crawl"])
      const again = yield* Recovery.sweep(scope)
      assert.deepStrictEqual(tags(again), [])
      assert.deepStrictEqual(again.scanned, { continuedAsNew: 1, active: 1, dueTimers: 0 })
      assert.deepStrictEqual(yield* chainIds("crawl"), ["crawl", "crawl~2"])
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("another starter wins the race: the re-read shows its successor and the sweep succeeds", () =>
    Effect.gen(function*() {
      const base = yield* memory
      const real = Context.get(base, RunStore.RunStore)
      // Another worker starts the successor (with its own input) just before the sweep's start lands.
      const racing: RunStore.Service = {
        ...real,
        continueAsNew: (s, runId, input, options) =>
          Effect.zipRight(real.continueAsNew(s, runId, { startedBy: "worker-2" }), real.continueAsNew(s, runId, input, options))
      }
      yield* Effect.gen(function*() {
        yield* orphan("crawl")
        const report = yield* Recovery.sweep(scope)
        assert.deepStrictEqual(tags(report), ["crawl:SuccessorFound"])
        const finding = report.runs[0]!.findings[0]!
        assert.isTrue(finding._tag === "SuccessorFound" && (finding.cause ?? "").includes("AlreadyExists"), Recovery.describe(report).join("\n"))
        assert.deepStrictEqual(yield* chainIds("crawl"), ["crawl", "crawl~2"])
        assert.deepStrictEqual((yield* real.get(scope, "crawl~2")).input, { startedBy: "worker-2" })
      }).pipe(Effect.provide(Context.add(base, RunStore.RunStore, racing)))
    }))

  it.effect("a start whose acknowledgement is lost is benign: the re-read shows the successor", () =>
    Effect.gen(function*() {
      const { context, injector } = yield* faulty(
        { seed: 31, rules: [{ operations: ["continueAsNew"], trigger: Faults.always, mode: Faults.failAfterCommit }] },
        [RunStore.RunStore]
      )
      yield* Effect.gen(function*() {
        yield* orphan("crawl")
        const report = yield* Recovery.sweep(scope)
        assert.deepStrictEqual(tags(report), ["crawl:SuccessorFound"], Faults.describe(injector.log()))
        assert.deepStrictEqual(yield* chainIds("crawl"), ["crawl", "crawl~2"])
      }).pipe(Effect.provide(context))
    }))

  it.effect("a failed start with no successor in place fails the sweep with that error", () =>
    Effect.gen(function*() {
      const { context, injector } = yield* faulty(
        { seed: 32, rules: [{ operations: ["continueAsNew"], trigger: Faults.always, mode: Faults.failBeforeCommit }] },
        [RunStore.RunStore]
      )
      yield* Effect.gen(function*() {
        yield* orphan("crawl")
        const error = yield* Effect.flip(Recovery.sweep(scope))
        const log = Faults.describe(injector.log())
        assert.strictEqual(error._tag, "StoreUnavailable", log)
        assert.include(error.message, "RunStore.continueAsNew", log)
        assert.include(error.message, "injected fault: failed before commit", log)
        assert.deepStrictEqual(yield* chainIds("crawl"), ["crawl"])
      }).pipe(Effect.provide(context))
    }))

  it.effect("two sweeps at once start one successor", () =>
    Effect.gen(function*() {
      const base = yield* memory
      yield* Effect.all([orphan("a"), orphan("b")]).pipe(Effect.provide(base))
      // Latency before every start widens the window: both sweeps see "no successor" before either starts one.
      const injector = Faults.makeInjector({
        seed: 33,
        rules: [{ operations: ["continueAsNew"], trigger: Faults.always, mode: Faults.latency("10 millis") }]
      })
      yield* Effect.gen(function*() {
        const fiber = yield* Effect.fork(Effect.all([Recovery.sweep(scope), Recovery.sweep(scope)], { concurrency: "unbounded" }))
        yield* TestClock.adjust("1 minute")
        const [first, second] = yield* Fiber.join(fiber)
        const all = [...tags(first), ...tags(second)]
        const log = `${JSON.stringify(all)}; ${Faults.describe(injector.log())}`
        assert.deepStrictEqual(all.filter((t) => t.endsWith(":SuccessorStarted")).sort(), ["a:SuccessorStarted", "b:SuccessorStarted"], log)
        // Both sweeps did reach the start (the race was real): the loser found the successor in place.
        assert.deepStrictEqual(all.filter((t) => t.endsWith(":SuccessorFound")).sort(), ["a:SuccessorFound", "b:SuccessorFound"], log)
        assert.deepStrictEqual(yield* chainIds("a"), ["a", "a~2"])
        assert.deepStrictEqual(yield* chainIds("b"), ["b", "b~2"])
      }).pipe(Effect.provide(Faults.wrapContext(base, injector, [RunStore.RunStore])))
    }))

  it.effect("reports Running runs whose lease expired, due timers, and runs pinned to a deleted spec revision", () =>
    Effect.gen(function*() {
      const runs = yield* RunStore.RunStore
      const leases = yield* LeaseStore.LeaseStore
      const timers = yield* TimerStore.TimerStore
      const specs = yield* SpecStore.SpecStore
      yield* TestClock.setTime(1_000_000)

      // Leases: one expired, one live, one released, one Running run that never had a lease.
      yield* createRun("stale", "Running")
      yield* leases.acquire(scope, "stale", "worker-1", "1 minute")
      yield* createRun("released", "Running")
      const dropped = yield* leases.acquire(scope, "released", "worker-3", "1 hour")
      yield* leases.release(scope, "released", "worker-3", dropped.token)
      yield* createRun("noLease", "Running")
      yield* TestClock.adjust("2 minutes")
      yield* createRun("live", "Running")
      yield* leases.acquire(scope, "live", "worker-2", "1 minute")

      // Timers: one due, one in the future, one fired already.
      const now = 1_000_000 + 120_000
      yield* timers.schedule(scope, "live", "wake", new Date(now - 1_000))
      yield* timers.schedule(scope, "live", "later", new Date(now + 60_000))
      yield* timers.schedule(scope, "noLease", "fired", new Date(now - 5_000))
      yield* timers.claim(scope, "noLease", "fired")

      // Specs: a run pinned to a deleted spec, one to a superseded revision, one to the current one.
      const gone = yield* specs.put(scope, "gone", { steps: 1 })
      const kept = yield* specs.put(scope, "kept", { steps: 1 })
      yield* specs.put(scope, "kept", { steps: 2 })
      yield* specs.delete(scope, "gone")
      yield* createRun("zombie", "Pending", { spec: { specId: "gone" as never, revision: gone.revision } })
      yield* createRun("pinnedOld", "Pending", { spec: { specId: "kept" as never, revision: kept.revision } })
      yield* createRun("finished", "Pending", { spec: { specId: "gone" as never, revision: gone.revision } })
      yield* runs.casStatus(scope, "finished", "Pending", "Completed")

      const report = yield* Recovery.sweep(scope)
      const text = Recovery.describe(report).join("\n")
      // Runs in list order (created at, then id); timers last.
      assert.deepStrictEqual(tags(report), [
        "released:LeaseExpired",
        "stale:LeaseExpired",
        "zombie:SpecRevisionMissing",
        "live:TimerDue"
      ], text)
      const [released, stale, zombie, live] = report.runs
      assert.deepStrictEqual(stale!.findings[0], new Recovery.LeaseExpired({ owner: "worker-1" as never, token: 1, expiresAt: new Date(1_060_000) }))
      assert.isTrue(released!.findings[0]!._tag === "LeaseExpired" && released!.findings[0]!.releasedAt !== undefined)
      assert.deepStrictEqual(zombie!.findings[0], new Recovery.SpecRevisionMissing({ specId: "gone" as never, revision: 1 }))
      assert.deepStrictEqual([live!.status, live!.findings[0]], ["Running", new Recovery.TimerDue({ timerId: "wake" as never, fireAt: new Date(now - 1_000) })])
      assert.deepStrictEqual(report.scanned, { continuedAsNew: 0, active: 6, dueTimers: 1 })
      assert.isFalse(report.dueTimersTruncated)
      assert.include(text, "stale [Running]: could not resume: the lease of \"worker-1\" (token 1) expired")
      assert.include(text, "zombie [Pending]: could not resume: pinned to revision 1 of spec \"gone\", which no longer exists")
      // The report is a Schema value: it survives an encode/decode round trip.
      const encoded = Schema.encodeSync(Recovery.SweepReport)(report)
      assert.deepStrictEqual(Schema.decodeUnknownSync(Recovery.SweepReport)(JSON.parse(JSON.stringify(encoded))), report)
      // Sweeping reads only: timers stay due, leases stay as they were.
      assert.strictEqual((yield* timers.due(scope, new Date(now))).length, 1)
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("pages through many runs and caps the timer list", () =>
    Effect.gen(function*() {
      const timers = yield* TimerStore.TimerStore
      for (let i = 0; i < 7; i++) yield* orphan(`c${i}`)
      for (let i = 0; i < 4; i++) yield* timers.schedule(scope, "c0~2", `t${i}`, new Date(0))
      const report = yield* Recovery.sweep(scope, {
        pageSize: 2,
        timerLimit: 3,
        now: new Date(10),
        successorInput: (run) => ({ resumedFrom: run.runId })
      })
      assert.deepStrictEqual((yield* (yield* RunStore.RunStore).get(scope, "c6~2")).input, { resumedFrom: "c6" })
      assert.strictEqual(tags(report).filter((t) => t.endsWith(":SuccessorStarted")).length, 7)
      assert.deepStrictEqual(report.scanned, { continuedAsNew: 7, active: 7, dueTimers: 3 })
      assert.isTrue(report.dueTimersTruncated)
      assert.deepStrictEqual(report.asOf, new Date(10))
    }).pipe(Effect.provide(MemoryStore.layer())))

  it.effect("bad options are InvalidInput", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Recovery.sweep(scope, { pageSize: 0 }))
      assert.strictEqual(error._tag, "InvalidInput")
      assert.strictEqual((yield* Effect.flip(Recovery.sweep({ orgId: "", workspaceId: "x" })))._tag, "InvalidInput")
    }).pipe(Effect.provide(MemoryStore.layer())))
})
