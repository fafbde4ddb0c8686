/**
 * Behaviour of the run store and the context store (contract §2–§3), one scenario per promise:
 * results, error tags, versions and timestamps, on a fresh store with a controlled clock.
 */
import type { Errors } from "@runledger/core"
import { RunStatus, StepLedger } from "@runledger/core"
import { Effect, Option } from "effect"
import { ensure, equal } from "../internal/check.js"
import { Epoch } from "../internal/clock.js"
import { A, B, expectError } from "../internal/fixtures.js"
import type { Scenario, Store } from "../internal/harness.js"
import { scenario } from "../internal/harness.js"

const suite = "RunStore"

/** Bring a new run to `status` along the shortest path of the machine. */
export const reach = (
  store: Store,
  runId: string,
  status: RunStatus.RunStatus,
  scope: typeof A | typeof B = A
): Effect.Effect<void, Errors.RunLedgerError> =>
  Effect.gen(function*() {
    yield* store.runs.create({ runId, scope, flowId: "f", input: { n: 1 } })
    if (status === "Pending") return
    if (status === "Running" || status === "ContinuedAsNew") {
      ensure(yield* store.runs.casStatus(scope, runId, "Pending", "Running"), `${runId}: Pending -> Running`)
      if (status === "ContinuedAsNew") {
        ensure(yield* store.runs.casStatus(scope, runId, "Running", "ContinuedAsNew"), `${runId}: -> ContinuedAsNew`)
      }
      return
    }
    ensure(yield* store.runs.casStatus(scope, runId, "Pending", status), `${runId}: Pending -> ${status}`)
  })

/** The run store and context store scenarios. */
export const runStoreScenarios: ReadonlyArray<Scenario> = [
  scenario(suite, "create starts a Pending run at version 1 stamped by the store clock; a second create is AlreadyExists and keeps the first", (store) =>
    Effect.gen(function*() {
      const run = yield* store.runs.create({ runId: "r1", scope: A, flowId: "checkout", input: { cart: [1, 2] } })
      equal(
        [run.status, run.version, run.chainId, run.input, run.state, run.createdAt, run.updatedAt, run.completedAt, run.parentRunId],
        ["Pending", 1, "r1", { cart: [1, 2] }, null, new Date(Epoch), new Date(Epoch), undefined, undefined],
        "the created run"
      )
      equal(run.scope, A, "the run carries its scope")
      equal(yield* store.runs.get(A, "r1"), run, "get returns what create returned")
      store.clock.advance(1000)
      const error = yield* expectError(store.runs.create({ runId: "r1", scope: A, flowId: "other" }), "AlreadyExists", "second create")
      equal([error.entity, error.id], ["Run", "r1"], "the AlreadyExists names the run")
      equal(yield* store.runs.get(A, "r1"), run, "the first run is kept unchanged")
      const chained = yield* store.runs.create({ runId: "r2", scope: A, flowId: "f", chainId: "c9", state: { k: 1 } })
      equal([chained.chainId, chained.state], ["c9", { k: 1 }], "explicit chainId and state are kept")
    })),

  scenario(suite, "get of a missing run is NotFound naming the run", (store) =>
    Effect.gen(function*() {
      const error = yield* expectError(store.runs.get(A, "nope"), "NotFound", "get of a missing run")
      equal([error.entity, error.id], ["Run", "nope"], "the NotFound names the run")
    })),

  scenario(suite, "casStatus is true iff the stored status was expected; each success bumps version by 1, sets updatedAt, and a terminal status sets completedAt", (store) =>
    Effect.gen(function*() {
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      store.clock.advance(60_000)
      ensure(!(yield* store.runs.casStatus(A, "r1", "Running", "Completed")), "Running expected, Pending stored: false")
      equal((yield* store.runs.get(A, "r1")).version, 1, "a false CAS changes nothing")
      ensure(yield* store.runs.casStatus(A, "r1", "Pending", "Running"), "Pending -> Running")
      let run = yield* store.runs.get(A, "r1")
      equal([run.status, run.version, run.updatedAt, run.completedAt], ["Running", 2, new Date(Epoch + 60_000), undefined], "after Pending -> Running")
      store.clock.advance(60_000)
      ensure(yield* store.runs.casStatus(A, "r1", ["Pending", "Running"], "Completed"), "one of a set of expected statuses")
      run = yield* store.runs.get(A, "r1")
      equal(
        [run.status, run.version, run.updatedAt, run.completedAt, run.createdAt],
        ["Completed", 3, new Date(Epoch + 120_000), new Date(Epoch + 120_000), new Date(Epoch)],
        "after -> Completed"
      )
      ensure(!(yield* store.runs.casStatus(A, "r1", ["Pending", "Running"], "Failed")), "a terminal run does not move")
      equal((yield* store.runs.get(A, "r1")).version, 3, "nor does its version")
    })),

  scenario(suite, "casStatus to a status no expected one can reach is InvalidTransition before the store is touched; a missing run is NotFound", (store) =>
    Effect.gen(function*() {
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      yield* expectError(store.runs.casStatus(A, "r1", ["Completed", "Failed"], "Running"), "InvalidTransition", "terminal -> Running")
      yield* expectError(store.runs.casStatus(A, "r1", "Pending", "ContinuedAsNew"), "InvalidTransition", "Pending -> ContinuedAsNew")
      yield* expectError(store.runs.casStatus(A, "r1", "Pending", "Pending"), "InvalidTransition", "Pending -> Pending")
      // Checked before the store: even a run that does not exist gets InvalidTransition.
      yield* expectError(store.runs.casStatus(A, "ghost", "Canceled", "Running"), "InvalidTransition", "an impossible CAS on a missing run")
      equal((yield* store.runs.get(A, "r1")).version, 1, "nothing changed")
      yield* expectError(store.runs.casStatus(A, "ghost", "Pending", "Running"), "NotFound", "a possible CAS on a missing run")
    })),

  scenario(suite, "the status machine: every allowed transition succeeds once, every other is refused, terminal statuses are absorbing", (store) =>
    Effect.gen(function*() {
      let n = 0
      for (const from of RunStatus.all) {
        for (const to of RunStatus.all) {
          const runId = `m${n++}`
          yield* reach(store, runId, from)
          const before = yield* store.runs.get(A, runId)
          const label = `${from} -> ${to}`
          if (RunStatus.canTransition(from, to)) {
            ensure(yield* store.runs.casStatus(A, runId, from, to), `${label} must succeed`)
            const after = yield* store.runs.get(A, runId)
            equal([after.status, after.version], [to, before.version + 1], `${label}: status and version`)
            ensure((after.completedAt !== undefined) === RunStatus.isTerminal(to), `${label}: completedAt iff terminal`)
          } else {
            yield* expectError(store.runs.casStatus(A, runId, from, to), "InvalidTransition", label)
            // With a set that could move elsewhere, the CAS is legal but must not apply to a terminal run.
            const set = RunStatus.all.filter((s) => RunStatus.canTransition(s, to))
            if (RunStatus.isTerminal(from) && set.length > 0) {
              ensure(!(yield* store.runs.casStatus(A, runId, [...set, from], to)), `${label} via a set: terminal is absorbing`)
            }
            equal(yield* store.runs.get(A, runId), before, `${label}: nothing changed`)
          }
          if (RunStatus.isTerminal(from)) {
            yield* expectError(store.runs.casState(A, runId, before.version, { state: { changed: true } }), "InvalidTransition", `casState on ${from}`)
            yield* expectError(store.runs.casState(A, runId, before.version, { status: "Running" }), "InvalidTransition", `casState ${from} -> Running`)
          }
        }
      }
    })),

  scenario(suite, "a Pending run reaches a terminal status directly, never through Running (one version step)", (store) =>
    Effect.gen(function*() {
      for (const to of ["Completed", "Failed", "Canceled"] as const) {
        yield* store.runs.create({ runId: `p-${to}`, scope: A, flowId: "f" })
        ensure(yield* store.runs.casStatus(A, `p-${to}`, "Pending", to), `Pending -> ${to}`)
        const run = yield* store.runs.get(A, `p-${to}`)
        equal([run.status, run.version], [to, 2], `Pending -> ${to} is one mutation`)
      }
    })),

  // A shrunk counterexample of the model (seed 1923199170): a state of JSON null is a state like any
  // other, not "keep the state".
  scenario(suite, "casState to a state of null sets it to null; a patch without a state keeps it", (store) =>
    Effect.gen(function*() {
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      ensure(yield* store.runs.casState(A, "r1", 1, { state: [] }), "state []")
      ensure(yield* store.runs.casState(A, "r1", 2, { state: null }), "state null")
      equal((yield* store.runs.get(A, "r1")).state, null, "the state is null")
      ensure(yield* store.runs.casState(A, "r1", 3, { status: "Running" }), "status only")
      const run = yield* store.runs.get(A, "r1")
      equal([run.status, run.state, run.version], ["Running", null, 4], "a patch without a state keeps it")
    })),

  scenario(suite, "casState changes status and state together, only at the expected version", (store) =>
    Effect.gen(function*() {
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      ensure(yield* store.runs.casState(A, "r1", 1, { status: "Running", state: { cursor: 1 } }), "at version 1")
      ensure(!(yield* store.runs.casState(A, "r1", 1, { state: { cursor: 99 } })), "a stale version is false")
      ensure(!(yield* store.runs.casState(A, "r1", 7, { state: { cursor: 99 } })), "a future version is false")
      store.clock.advance(5)
      ensure(yield* store.runs.casState(A, "r1", 2, { state: { cursor: 2 } }), "state only")
      const run = yield* store.runs.get(A, "r1")
      equal([run.status, run.state, run.version, run.updatedAt], ["Running", { cursor: 2 }, 3, new Date(Epoch + 5)], "after two casState")
      yield* expectError(store.runs.casState(A, "r1", 3, { status: "Pending", state: { cursor: 3 } }), "InvalidTransition", "Running -> Pending")
      equal(yield* store.runs.get(A, "r1"), run, "a refused casState changes neither status nor state")
      ensure(yield* store.runs.casState(A, "r1", 3, { status: "Completed", state: { done: true } }), "to a terminal status")
      const done = yield* store.runs.get(A, "r1")
      equal([done.status, done.state, done.version, done.completedAt], ["Completed", { done: true }, 4, new Date(Epoch + 5)], "terminal via casState")
      yield* expectError(store.runs.casState(A, "ghost", 1, { state: 1 }), "NotFound", "casState of a missing run")
    })),

  scenario(suite, "list filters by flow, one or many statuses and creation time, pages by cursor; listActive lists the non-terminal runs", (store) =>
    Effect.gen(function*() {
      for (let i = 0; i < 7; i++) {
        yield* store.runs.create({ runId: `r${i}`, scope: A, flowId: i % 2 === 0 ? "even" : "odd" })
        store.clock.advance(1000)
      }
      // Same instant for two runs: the run id breaks the tie.
      store.clock.advance(-1000)
      yield* store.runs.create({ runId: "r6b", scope: A, flowId: "odd" })
      yield* store.runs.create({ runId: "other-scope", scope: B, flowId: "even" })
      yield* store.runs.casStatus(A, "r0", "Pending", "Running")
      yield* store.runs.casStatus(A, "r2", "Pending", "Completed")
      const ids = (page: { readonly runs: ReadonlyArray<{ readonly runId: string }> }) => page.runs.map((r) => r.runId)
      equal(ids(yield* store.runs.list(A)), ["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r6b"], "list, ordered by creation then id")
      equal(ids(yield* store.runs.list(A, { flowId: "even" })), ["r0", "r2", "r4", "r6"], "by flow")
      equal(ids(yield* store.runs.list(A, { status: ["Running", "Completed"] })), ["r0", "r2"], "by several statuses")
      equal(ids(yield* store.runs.list(A, { status: "Pending", flowId: "odd" })), ["r1", "r3", "r5", "r6b"], "by status and flow")
      equal(
        ids(yield* store.runs.list(A, { createdFrom: new Date(Epoch + 2000), createdBefore: new Date(Epoch + 4000) })),
        ["r2", "r3"],
        "createdFrom inclusive, createdBefore exclusive"
      )
      equal(ids(yield* store.runs.listActive(A)), ["r0", "r1", "r3", "r4", "r5", "r6", "r6b"], "listActive")
      for (const limit of [1, 3, 8, 9]) {
        const seen: Array<string> = []
        let cursor: string | undefined
        let pages = 0
        do {
          const page = yield* store.runs.list(A, { limit, ...(cursor === undefined ? {} : { cursor }) })
          ensure(page.runs.length <= limit, `a page holds at most ${limit}`)
          seen.push(...ids(page))
          cursor = Option.getOrUndefined(page.nextCursor)
          ensure(++pages <= 20, "paging terminates")
        } while (cursor !== undefined)
        equal(seen, ["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r6b"], `pages of ${limit} cover every run once`)
      }
      const active: Array<string> = []
      let cursor: string | undefined
      do {
        const page = yield* store.runs.listActive(A, { limit: 2, ...(cursor === undefined ? {} : { cursor }) })
        active.push(...ids(page))
        cursor = Option.getOrUndefined(page.nextCursor)
      } while (cursor !== undefined)
      equal(active, ["r0", "r1", "r3", "r4", "r5", "r6", "r6b"], "listActive pages")
    })),

  scenario(suite, "continueAsNew moves a Running run to ContinuedAsNew and creates its Pending successor on the same chain, in one step", (store) =>
    Effect.gen(function*() {
      yield* store.runs.create({ runId: "crawl", scope: A, flowId: "crawler", input: { page: 1 } })
      yield* store.runs.casStatus(A, "crawl", "Pending", "Running")
      store.clock.advance(60_000)
      const { created, previous, previousChanged, successor } = yield* store.runs.continueAsNew(A, "crawl", { page: 2 })
      ensure(created && previousChanged, "a first continueAsNew creates and changes")
      equal(yield* store.runs.get(A, "crawl"), previous, "the stored previous run")
      equal(yield* store.runs.get(A, successor.runId), successor, "the stored successor")
      equal(
        [previous.status, previous.version, previous.completedAt],
        ["ContinuedAsNew", 3, new Date(Epoch + 60_000)],
        "the previous run"
      )
      equal(
        [successor.runId, successor.status, successor.version, successor.chainId, successor.parentRunId, successor.flowId, successor.input, successor.createdAt],
        ["crawl~2", "Pending", 1, "crawl", "crawl", "crawler", { page: 2 }, new Date(Epoch + 60_000)],
        "the successor"
      )
    })),

  scenario(suite, "chain lists the runs of a chain root first, each after its parent, and only the scope's", (store) =>
    Effect.gen(function*() {
      for (const scope of [A, B]) {
        yield* store.runs.create({ runId: "crawl", scope, flowId: "f" })
        yield* store.runs.casStatus(scope, "crawl", "Pending", "Running")
      }
      yield* store.runs.create({ runId: "unrelated", scope: A, flowId: "f" })
      let current = "crawl"
      for (let page = 2; page <= 4; page++) {
        const { successor } = yield* store.runs.continueAsNew(A, current, { page })
        yield* store.runs.casStatus(A, successor.runId, "Pending", "Running")
        current = successor.runId
      }
      const chain = yield* store.runs.chain(A, "crawl")
      equal(chain.map((r) => [r.runId, r.status, r.parentRunId ?? null]), [
        ["crawl", "ContinuedAsNew", null],
        ["crawl~2", "ContinuedAsNew", "crawl"],
        ["crawl~3", "ContinuedAsNew", "crawl~2"],
        ["crawl~4", "Running", "crawl~3"]
      ], "the chain in order")
      equal((yield* store.runs.chain(B, "crawl")).map((r) => r.runId), ["crawl"], "the other scope's chain")
      equal(yield* store.runs.chain(A, "nope"), [], "an unknown chain is empty")
    })),

  scenario(suite, "a retried continueAsNew returns the same pair and creates nothing; other input is AlreadyExists with sameFingerprint false", (store) =>
    Effect.gen(function*() {
      yield* reach(store, "crawl", "Running")
      const first = yield* store.runs.continueAsNew(A, "crawl", { page: 2 })
      store.clock.advance(60_000)
      const retry = yield* store.runs.continueAsNew(A, "crawl", { page: 2 })
      equal([retry.created, retry.previousChanged], [false, false], "a retry writes nothing")
      equal([retry.previous, retry.successor], [first.previous, first.successor], "a retry returns the stored pair")
      equal((yield* store.runs.chain(A, "crawl")).length, 2, "one successor")
      const different = yield* expectError(store.runs.continueAsNew(A, "crawl", { page: 3 }), "AlreadyExists", "retry with other input")
      equal(different.sameFingerprint, false, "other input is surfaced as non-deterministic")
    })),

  scenario(suite, "only a Running run continues as new; a ContinuedAsNew run without successor gets one; a stranger holding the successor id is AlreadyExists", (store) =>
    Effect.gen(function*() {
      yield* reach(store, "pending", "Pending")
      yield* reach(store, "done", "Completed")
      for (const runId of ["pending", "done"]) {
        const before = yield* store.runs.get(A, runId)
        yield* expectError(store.runs.continueAsNew(A, runId, null), "InvalidTransition", `continueAsNew of ${before.status}`)
        equal(yield* store.runs.get(A, runId), before, "nothing changed")
        yield* expectError(store.runs.get(A, `${runId}~2`), "NotFound", "no successor")
      }
      yield* expectError(store.runs.continueAsNew(A, "missing", null), "NotFound", "continueAsNew of a missing run")
      yield* reach(store, "lost", "ContinuedAsNew")
      const repaired = yield* store.runs.continueAsNew(A, "lost", { resumed: true })
      equal([repaired.created, repaired.previousChanged, repaired.successor.parentRunId, repaired.previous.version], [true, false, "lost", 3], "repair")
      yield* reach(store, "taken", "Running")
      yield* store.runs.create({ runId: "taken~2", scope: A, flowId: "f" })
      const error = yield* expectError(store.runs.continueAsNew(A, "taken", null), "AlreadyExists", "successor id taken")
      equal(error.id, "taken~2", "names the successor id")
      equal((yield* store.runs.get(A, "taken")).status, "Running", "the run did not move")
    })),

  scenario(suite, "the step ledger appends in order; appendStepIfAbsent never duplicates (stepId, kind, attempt); neither bumps the version", (store) =>
    Effect.gen(function*() {
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      ensure(yield* store.runs.appendStepIfAbsent(A, "r1", { stepId: "s1", kind: "started", attempt: 1 }), "first")
      ensure(!(yield* store.runs.appendStepIfAbsent(A, "r1", { stepId: "s1", kind: "started", attempt: 1 })), "the same key again")
      ensure(!(yield* store.runs.appendStepIfAbsent(A, "r1", { stepId: "s1", kind: "started", attempt: 1, detail: { other: 1 } })), "same key, other detail")
      ensure(yield* store.runs.appendStepIfAbsent(A, "r1", { stepId: "s1", kind: "started", attempt: 2 }), "another attempt")
      ensure(yield* store.runs.appendStepIfAbsent(A, "r1", { stepId: "s1", kind: "completed", attempt: 2 }), "another kind")
      ensure(yield* store.runs.appendStepIfAbsent(A, "r1", { stepId: "s2", kind: "completed", attempt: 2 }), "another step")
      store.clock.advance(7)
      const entry = yield* store.runs.appendStep(A, "r1", { stepId: "s1", kind: "completed", attempt: 2, detail: { ms: 5 } })
      equal([entry.detail, entry.at], [{ ms: 5 }, new Date(Epoch + 7)], "appendStep returns the entry stamped by the clock")
      const at = new Date(Epoch - 1)
      yield* store.runs.appendStep(A, "r1", { stepId: "s3", kind: "skipped", attempt: 0, at })
      const steps = yield* store.runs.listSteps(A, "r1")
      equal(steps.map((s) => `${s.stepId}/${s.kind}/${s.attempt}`), [
        "s1/started/1",
        "s1/started/2",
        "s1/completed/2",
        "s2/completed/2",
        "s1/completed/2",
        "s3/skipped/0"
      ], "the ledger in append order (appendStep appends unconditionally)")
      equal(steps[0]!.detail, undefined, "the first entry kept its (absent) detail")
      equal(steps[5]!.at, at, "an explicit at is kept")
      equal((yield* store.runs.get(A, "r1")).version, 1, "ledger appends leave the version alone")
    })),

  scenario(suite, "the failure ledger is append-only and takes the reserved system step id", (store) =>
    Effect.gen(function*() {
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      const first = yield* store.runs.appendFailure(A, "r1", { stepId: "s1", reason: "timeout" })
      equal([first.stepId, first.reason, first.at], ["s1", "timeout", new Date(Epoch)], "the entry")
      yield* store.runs.appendFailure(A, "r1", { stepId: StepLedger.SystemStepId, reason: "flow failed" })
      yield* store.runs.appendFailure(A, "r1", { stepId: "s1", reason: "timeout" })
      equal((yield* store.runs.listFailures(A, "r1")).map((f) => [f.stepId, f.reason]), [
        ["s1", "timeout"],
        [StepLedger.SystemStepId, "flow failed"],
        ["s1", "timeout"]
      ], "every failure, in order, duplicates included")
      equal((yield* store.runs.get(A, "r1")).version, 1, "the version is untouched")
    })),

  scenario(suite, "outputs are write-once: a second put is AlreadyExists telling a retry (same fingerprint) from a non-deterministic step", (store) =>
    Effect.gen(function*() {
      yield* store.runs.create({ runId: "r1", scope: A, flowId: "f" })
      const written = yield* store.runs.putOutput(A, "r1", "s1", { b: 2, a: 1 })
      equal(written.writtenAt, new Date(Epoch), "writtenAt from the clock")
      store.clock.advance(10)
      const retry = yield* expectError(store.runs.putOutput(A, "r1", "s1", { a: 1, b: 2 }), "AlreadyExists", "same value, other key order")
      equal([retry.entity, retry.id, retry.sameFingerprint], ["StepOutput", "s1", true], "a retry")
      const drift = yield* expectError(store.runs.putOutput(A, "r1", "s1", { a: 1, b: 3 }), "AlreadyExists", "another value")
      equal(drift.sameFingerprint, false, "a non-deterministic step")
      yield* expectError(store.runs.putOutput(A, "r1", "s1", null), "AlreadyExists", "null over a value")
      equal(yield* store.runs.getOutput(A, "r1", "s1"), Option.some(written), "the first value stays")
      ensure(Option.isNone(yield* store.runs.getOutput(A, "r1", "s2")), "no output for s2")
      yield* store.runs.putOutput(A, "r1", "a0", null)
      yield* expectError(store.runs.putOutput(A, "r1", "a0", null), "AlreadyExists", "null is a value too")
      equal(yield* store.runs.listOutputKeys(A, "r1"), ["a0", "s1"], "keys, sorted")
      equal((yield* store.runs.get(A, "r1")).version, 1, "outputs leave the version alone")
    })),

  scenario(suite, "ledgers and outputs of a missing run are NotFound", (store) =>
    Effect.gen(function*() {
      const calls = [
        store.runs.appendStep(A, "x", { stepId: "s", kind: "started", attempt: 0 }),
        store.runs.appendStepIfAbsent(A, "x", { stepId: "s", kind: "started", attempt: 0 }),
        store.runs.listSteps(A, "x"),
        store.runs.appendFailure(A, "x", { stepId: "s", reason: "r" }),
        store.runs.listFailures(A, "x"),
        store.runs.putOutput(A, "x", "s", 1),
        store.runs.getOutput(A, "x", "s"),
        store.runs.listOutputKeys(A, "x")
      ] as const
      for (const [i, call] of calls.entries()) yield* expectError(call as Effect.Effect<unknown, { _tag: string }>, "NotFound", `call ${i}`)
      equal((yield* store.runs.list(A)).runs, [], "nothing was created")
    })),

  scenario("ContextStore", "putGlobal is write-once (AlreadyExists with sameFingerprint), upsertGlobal replaces, getGlobal reads", (store) =>
    Effect.gen(function*() {
      ensure(Option.isNone(yield* store.globals.getGlobal(A, "model")), "absent at first")
      const first = yield* store.globals.putGlobal(A, "model", { name: "m1" })
      equal([first.key, first.value, first.updatedAt], ["model", { name: "m1" }, new Date(Epoch)], "putGlobal")
      const again = yield* expectError(store.globals.putGlobal(A, "model", { name: "m1" }), "AlreadyExists", "same value")
      equal([again.entity, again.sameFingerprint], ["GlobalValue", true], "a retry")
      const other = yield* expectError(store.globals.putGlobal(A, "model", { name: "m2" }), "AlreadyExists", "other value")
      equal(other.sameFingerprint, false, "a different value")
      equal(Option.map(yield* store.globals.getGlobal(A, "model"), (g) => g.value), Option.some({ name: "m1" }), "the first value stays")
      store.clock.advance(3)
      yield* store.globals.upsertGlobal(A, "model", { name: "m3" })
      const got = yield* store.globals.getGlobal(A, "model")
      equal(Option.map(got, (g) => [g.value, g.updatedAt]), Option.some([{ name: "m3" }, new Date(Epoch + 3)]), "upsert replaces")
      yield* store.globals.upsertGlobal(A, "fresh", 1)
      equal(Option.map(yield* store.globals.getGlobal(A, "fresh"), (g) => g.value), Option.some(1), "upsert creates")
      ensure(Option.isNone(yield* store.globals.getGlobal(B, "model")), "another scope sees nothing")
    }))
]
