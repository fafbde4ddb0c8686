import { assert, describe, it } from "@effect/vitest"
import { Conformance } from "@runledger/testkit"
import { Effect } from "effect"
import {
  casIgnoresExpectation,
  leaseDoesNotFence,
  leaseTokenReused,
  listDropsTenantFilter,
  outputOverwrites,
  stepAppendedTwice,
  timerClaimRace,
  transitionNotAtomic,
  variant,
  withEvents
} from "./broken.js"

// The kit bites: each deliberately broken variant of the memory backend runs through the part of
// the kit that concerns it (as a plain Effect, `Conformance.run`), and the verdict must name the
// scenario that catches the flaw. Small sizes keep each variant fast; shrinking is off because only
// the verdict matters here. The control tests prove the harness itself passes, so every failure
// below is the flaw's doing.

const small: Conformance.Options = { numRuns: 40, seed: 1, rounds: 6, faults: 150, shrink: false }
const model = (words: string) => (s: Conformance.Scenario) => s.suite !== "Model" || s.name.includes(words)

const caught = async (
  initializer: Conformance.Initializer,
  options: Conformance.Options,
  expected: ReadonlyArray<string>
) => {
  const verdict = await Effect.runPromise(Conformance.run(initializer, { ...small, ...options }))
  const failed = verdict.results.filter((r) => !r.passed).map((r) => `${r.suite} › ${r.name}`)
  console.log(`${initializer.name}: ${verdict.results.length} scenarios, caught by:\n  ${failed.join("\n  ")}`)
  assert.isFalse(verdict.passed, `${initializer.name} passed the kit`)
  for (const words of expected) {
    assert.isTrue(failed.some((name) => name.includes(words)), `${initializer.name}: expected "${words}" to fail; failed: ${failed.join("; ")}`)
  }
  return verdict
}

describe("the kit passes what it should (controls)", () => {
  it("the memory backends rebuilt service by service pass the suites the variants below break", async () => {
    const verdict = await Effect.runPromise(Conformance.run(variant("memory, rebuilt"), {
      ...small,
      suites: ["RunStore", "TimerStore", "LeaseStore", "Fencing", "Tenancy", "RunTransition", "Capabilities", "Races", "Model"],
      filter: model("runs, ledgers")
    }))
    assert.deepStrictEqual(verdict.results.filter((r) => !r.passed), [])
  }, 60_000)

  it("the test's own event backend, without flaws, passes the event log, compaction, race and model suites", async () => {
    const verdict = await Effect.runPromise(Conformance.run(variant("flawless events", withEvents({}), { atomic: false }), {
      ...small,
      suites: ["EventLog", "Compaction", "HistoryGuard", "KeyReuse", "Races", "Faults", "Model"],
      filter: model("event log")
    }))
    assert.deepStrictEqual(verdict.results.filter((r) => !r.passed), [])
  }, 60_000)
})

describe("the kit reports a failure for every broken variant", () => {
  it("a CAS that ignores the expectation", () =>
    caught(variant("CAS ignores the expectation", casIgnoresExpectation), { suites: ["RunStore", "Model"], filter: model("runs, ledgers") }, [
      "RunStore › casStatus is true iff the stored status was expected",
      "Model › runs, ledgers"
    ]), 60_000)

  it("append-once that forgets compacted ids", () =>
    caught(variant("append-once forgets compacted ids", withEvents({ forgetsCompactedIds: true }), { atomic: false }), { suites: ["Compaction", "Model"], filter: model("event log") }, [
      "Compaction › after compaction a pruned id keeps its seq",
      "Model › the event log"
    ]), 60_000)

  it("a seq reused after a failed append", () =>
    caught(variant("seq reused after a failed append", withEvents({ reusesSeqAfterFailedAppend: true }), { atomic: false }), { suites: ["EventLog", "Model"], filter: model("event log") }, [
      "EventLog › a seq is never reused after a failed append",
      "Model › the event log"
    ]), 60_000)

  it("a tenant filter dropped on list", () =>
    caught(variant("list drops the tenant filter", listDropsTenantFilter), { suites: ["Tenancy", "Model"], filter: model("runs, ledgers") }, [
      "Tenancy › a run of scope A is invisible under B and C",
      "Model › runs, ledgers"
    ]), 60_000)

  it("a batch append that is not all-or-nothing", () =>
    caught(variant("batch append not all-or-nothing", withEvents({ partialBatches: true }), { atomic: false }), { suites: ["EventLog", "Model"], filter: model("event log") }, [
      "EventLog › a batch where only some ids exist is EventConflict",
      "Model › the event log"
    ]), 60_000)

  it("a write-once output that overwrites", () =>
    caught(variant("output overwrites", outputOverwrites), { suites: ["RunStore", "Races", "Model"], filter: model("runs, ledgers") }, [
      "RunStore › outputs are write-once",
      "Races › 64 fibers putOutput of one step",
      "Model › runs, ledgers"
    ]), 60_000)

  it("a lease that does not fence", () =>
    caught(variant("lease does not fence", leaseDoesNotFence), { suites: ["Fencing", "Interleavings", "Model"], filter: model("runs, ledgers") }, [
      "Fencing › a write with an older token is Fenced",
      "Interleavings › a worker whose lease was taken over",
      "Model › runs, ledgers"
    ]), 60_000)

  it("a timer claimed twice (check, yield, fire)", () =>
    caught(variant("timer claimed twice", timerClaimRace), { suites: ["TimerStore", "Races"] }, [
      "Races › 16 fibers claim one due timer"
    ]), 60_000)

  it("a read-then-write race in appendOnce", () =>
    caught(variant("appendOnce reads, yields, writes", withEvents({ readThenWriteAppendOnce: true }), { atomic: false }), { suites: ["EventLog", "Races"] }, [
      "Races › 32 fibers appendOnce events drawn from 5 ids"
    ]), 60_000)

  it("a compaction that loses the next seq", () =>
    caught(variant("compaction loses the next seq", withEvents({ compactionLosesNextSeq: true }), { atomic: false }), { suites: ["Compaction", "Model"], filter: model("event log") }, [
      "Compaction › a whole log compacted away keeps lastSeq",
      "Model › the event log"
    ]), 60_000)

  it("a compaction that holds writers out for the whole log", () =>
    caught(variant("compaction in one step", withEvents({ compactsInOneStep: true }), { atomic: false }), { suites: ["Compaction"] }, [
      "Compaction › an append issued while a compaction runs commits before the compaction finishes"
    ]), 60_000)

  it("a compaction that stops after one page of streams", () =>
    caught(variant("compaction stops after a page", withEvents({ compactsOnePage: true }), { atomic: false }), { suites: ["Compaction"] }, [
      "Compaction › compaction reaches every stream of every scope, past a page"
    ]), 60_000)

  it("a history guard whose counts keep what compaction pruned", () =>
    caught(variant("guard forgets compaction", withEvents({ guardForgetsCompaction: true }), { atomic: false }), { suites: ["HistoryGuard"] }, [
      "HistoryGuard › the guard's counts follow a rejected batch, a compaction and clear exactly"
    ]), 60_000)

  it("lease tokens that do not increase on re-acquisition", () =>
    caught(variant("lease token reused", leaseTokenReused), { suites: ["LeaseStore", "Races", "Model"], filter: model("timers and leases") }, [
      "LeaseStore › tokens strictly increase",
      "Races › 16 owners acquire one lease",
      "Model › timers and leases"
    ]), 60_000)

  it("appendStepIfAbsent that appends duplicates", () =>
    caught(variant("appendStepIfAbsent duplicates", stepAppendedTwice), { suites: ["RunStore", "Faults"] }, [
      "RunStore › the step ledger appends in order",
      "Faults › lost acknowledgements on appendOnce, appendStepIfAbsent and putOutput"
    ]), 60_000)

  it("a RunTransition that writes status and event in two steps", () =>
    caught(variant("status and event not atomic", transitionNotAtomic), { suites: ["RunTransition"] }, [
      "RunTransition › every refusal writes neither status nor event"
    ]), 60_000)

  it("a backend that declares atomicStatusAndEvent without providing RunTransition", () =>
    caught(variant("capability without the service", () => ({ transition: undefined }), { atomic: true }), { suites: ["Capabilities", "RunTransition"] }, [
      "Capabilities › the declared capabilities match the layer",
      "RunTransition › casStatusWithEvent moves the status"
    ]), 60_000)
})
