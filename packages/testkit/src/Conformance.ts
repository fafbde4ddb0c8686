/**
 * The conformance kit (contract §9): prove a backend keeps every promise of the runledger contract
 * with one call.
 *
 * ```ts
 * // test/Conformance.test.ts of a backend package
 * import { Conformance } from "@runledger/testkit"
 * import { MyStore } from "../src/index.js"
 *
 * Conformance.conformance({
 *   name: "my-store",
 *   layer: MyStore.layer({ ... }), // a FRESH, EMPTY store each time it is built
 *   capabilities: { atomicStatusAndEvent: true }
 * })
 * ```
 *
 * The suite checks behaviour, not shape: a scenario per promise of every store (results, error tags,
 * versions, timestamps from a controlled clock), tenant isolation for every method, compaction, bad
 * input for every method, real races between fibers, `fc.scheduler` interleavings (in-process
 * backends), lost acknowledgements and latency injected with `Faults`, the status-and-event paths,
 * and model-based command sequences whose oracle is the core reducers. Capabilities choose which
 * scenarios apply; none turns a check off.
 *
 * Every scenario is also a plain Effect: {@link run} returns a {@link Verdict} instead of
 * registering tests, for tools (the kit's own tests run it against deliberately broken backends).
 *
 * @since 0.1.0
 */
import type { EventStream } from "@runledger/core"
import { Cause, Effect, Exit } from "effect"
import type {
  Capabilities as Caps,
  Env,
  Initializer as Init,
  Scenario as Scen,
  Settings,
  Store as StoreHandle,
  Stores as AllStores
} from "./internal/harness.js"
import { badInputScenarios } from "./suites/BadInput.js"
import { commitScenarios } from "./suites/Commit.js"
import { compactionScenarios } from "./suites/Compaction.js"
import { driverFaultScenarios } from "./suites/DriverFaults.js"
import { eventLogScenarios } from "./suites/Events.js"
import { faultScenarios } from "./suites/FaultScenarios.js"
import { historyScenarios } from "./suites/History.js"
import { idScenarios } from "./suites/Ids.js"
import { interleavingScenarios } from "./suites/Interleavings.js"
import { keyReuseScenarios } from "./suites/KeyReuse.js"
import { modelScenarios } from "./suites/Model.js"
import { raceScenarios, recoverySweepRace as sweepRace } from "./suites/Races.js"
import { leaseScenarios, snapshotScenarios, specScenarios, timerScenarios } from "./suites/Records.js"
import { runStoreScenarios } from "./suites/Runs.js"
import { tenancyScenarios } from "./suites/Tenancy.js"
import { transitionScenarios } from "./suites/Transitions.js"

// vitest refuses to be imported outside a vitest run. Everything here but `conformance` (which
// registers tests) works without it — `run` is for tools and scripts — so it is loaded on demand.
const vitest: typeof import("@effect/vitest") | undefined = await import("@effect/vitest").catch(() => undefined)

/**
 * Every store service a backend's layer provides.
 *
 * @since 0.1.0
 */
export type Stores = AllStores

/**
 * What a backend declares about itself (see each field). Capabilities select scenarios; they never
 * switch an invariant off.
 *
 * @since 0.1.0
 */
export type Capabilities = Caps

/**
 * How the kit brings a backend up: a name, a `Layer` providing every store (a FRESH, EMPTY store
 * each time it is built — the kit builds it once per scenario and once per property run), optional
 * setup and teardown run once around the suite, the capabilities it declares, and the input limits
 * its stores were made with when not the defaults.
 *
 * @since 0.1.0
 */
export type Initializer = Init

/**
 * One check of the kit: its suite, its name, whether it applies to a backend, and its body.
 *
 * @since 0.1.0
 */
export type Scenario = Scen

/**
 * How big and how reproducible a kit run is. Every field is optional.
 *
 * @since 0.1.0
 */
export interface Options {
  /** Runs per fast-check property (model-based sequences, scheduler interleavings). Default 40. */
  readonly numRuns?: number
  /** fast-check seed (printed with every counterexample), also the seed of the fault plans. */
  readonly seed?: number
  /** fast-check path printed with a counterexample; with `seed`, replays it directly. */
  readonly path?: string
  /** Rounds of every real race. Default 20. */
  readonly rounds?: number
  /** Faults the ambiguous-commit scenario must inject at least. Default 1000. */
  readonly faults?: number
  /** Shrink counterexamples (default true; off makes a failing run faster, its report longer). */
  readonly shrink?: boolean
  /** Only the scenarios whose suite is listed ("RunStore", "Model", "Races", …). */
  readonly suites?: ReadonlyArray<string>
  /** Only the scenarios this accepts. */
  readonly filter?: (scenario: Scenario) => boolean
  /** Per-test timeout in milliseconds for {@link conformance}. Default 120 000. */
  readonly timeout?: number
}

/**
 * A small history guard and compaction chunk for a backend under test: build the layer with them
 * and declare them in the initializer (`{ ...Conformance.small, layer: MyStore.layer({ ...Conformance.small }) }`),
 * and the kit's guard and compaction scenarios append thousands of events, not the default guard's
 * fifty thousand. Large enough for every other scenario of the kit.
 *
 * @since 0.1.0
 */
export const small: { readonly history: EventStream.HistoryGuard; readonly compactionChunkSize: number } = {
  history: { warnEvents: 1500, maxEvents: 3000, warnBytes: 256 * 1024, maxBytes: 1024 * 1024 },
  compactionChunkSize: 50
}

/**
 * The resolved settings for `options`.
 *
 * @since 0.1.0
 */
export const settings = (options: Options = {}): Settings => ({
  numRuns: options.numRuns ?? 40,
  seed: options.seed,
  path: options.path,
  rounds: options.rounds ?? 20,
  faults: options.faults ?? 1000,
  shrink: options.shrink ?? true
})

/**
 * Every scenario of the kit, before capabilities and options select among them.
 *
 * @since 0.1.0
 */
export const all: ReadonlyArray<Scenario> = [
  ...runStoreScenarios,
  ...eventLogScenarios,
  ...compactionScenarios,
  ...historyScenarios,
  ...keyReuseScenarios,
  ...snapshotScenarios,
  ...specScenarios,
  ...timerScenarios,
  ...leaseScenarios,
  ...tenancyScenarios,
  ...idScenarios,
  ...badInputScenarios,
  ...raceScenarios,
  ...interleavingScenarios,
  ...faultScenarios,
  ...driverFaultScenarios,
  ...transitionScenarios,
  ...commitScenarios,
  ...modelScenarios
]

/**
 * A race of 8 concurrent recovery sweeps over `ContinuedAsNew` runs without successors: each must
 * end with exactly one successor. The kit already runs it with `Recovery.sweep` of
 * `@runledger/core`; pass another sweep (an orchestrator's own, wrapping it) to check that too.
 *
 * @since 0.1.0
 */
export const recoverySweepRace: (sweep: (store: Store) => Effect.Effect<unknown, unknown>) => Scenario = sweepRace

/**
 * The services of one fresh store as a scenario sees them, with the clock its timestamps come from.
 *
 * @since 0.1.0
 */
export type Store = StoreHandle

/**
 * The scenarios that apply to `initializer` under `options`.
 *
 * @since 0.1.0
 */
export const scenarios = (initializer: Initializer, options: Options = {}): ReadonlyArray<Scenario> =>
  all.filter((s) =>
    (s.applies === undefined || s.applies(initializer.capabilities, initializer)) &&
    (options.suites === undefined || options.suites.includes(s.suite)) &&
    (options.filter === undefined || options.filter(s))
  )

/**
 * The result of one scenario.
 *
 * @since 0.1.0
 */
export interface ScenarioResult {
  readonly suite: string
  readonly name: string
  readonly passed: boolean
  /** Why it failed: the broken promise, with the seed and path that replay it where there is one. */
  readonly failure?: string
  readonly millis: number
}

/**
 * The result of a kit run: `passed` iff every scenario passed.
 *
 * @since 0.1.0
 */
export interface Verdict {
  readonly backend: string
  readonly passed: boolean
  readonly results: ReadonlyArray<ScenarioResult>
}

const describeCause = (cause: Cause.Cause<unknown>): string => {
  const failures = [...Cause.failures(cause), ...Cause.defects(cause)]
  const first = failures[0]
  if (first instanceof Error) return first.message
  if (first !== undefined) return typeof first === "object" ? JSON.stringify(first) : String(first)
  return Cause.pretty(cause)
}

/**
 * Run one scenario against the initializer: its result, never a failure.
 *
 * @since 0.1.0
 */
export const runScenario = (initializer: Initializer, scenario: Scenario, options: Options = {}): Effect.Effect<ScenarioResult> => {
  const env: Env = { initializer, settings: settings(options) }
  return Effect.suspend(() => {
    const start = Date.now()
    return Effect.map(Effect.exit(scenario.run(env)), (exit): ScenarioResult => ({
      suite: scenario.suite,
      name: scenario.name,
      passed: Exit.isSuccess(exit),
      ...(Exit.isFailure(exit) ? { failure: describeCause(exit.cause) } : {}),
      millis: Date.now() - start
    }))
  })
}

/**
 * Run the kit (or the part `options` selects) against a backend as a plain Effect: setup, every
 * applicable scenario one after the other, teardown. Never fails: a broken promise — or a failing
 * setup — is a failed result in the verdict.
 *
 * @since 0.1.0
 */
export const run = (initializer: Initializer, options: Options = {}): Effect.Effect<Verdict> =>
  Effect.gen(function*() {
    const setup = yield* Effect.exit(initializer.setup ?? Effect.void)
    const results: Array<ScenarioResult> = []
    if (Exit.isFailure(setup)) {
      results.push({ suite: "Setup", name: "setup", passed: false, failure: describeCause(setup.cause), millis: 0 })
    } else {
      for (const scenario of scenarios(initializer, options)) results.push(yield* runScenario(initializer, scenario, options))
    }
    const teardown = yield* Effect.exit(initializer.teardown ?? Effect.void)
    if (Exit.isFailure(teardown)) {
      results.push({ suite: "Setup", name: "teardown", passed: false, failure: describeCause(teardown.cause), millis: 0 })
    }
    return { backend: initializer.name, passed: results.every((r) => r.passed), results }
  })

/**
 * A verdict as text: one line per scenario, failures with their reason.
 *
 * @since 0.1.0
 */
export const report = (verdict: Verdict): string =>
  [
    `runledger conformance: ${verdict.backend}: ${verdict.passed ? "passed" : "FAILED"} (${verdict.results.filter((r) => r.passed).length}/${verdict.results.length})`,
    ...verdict.results.map((r) =>
      `${r.passed ? "  ok  " : "  FAIL"} ${r.suite} › ${r.name} (${r.millis} ms)${r.passed ? "" : `\n${(r.failure ?? "").replace(/^/gm, "        ")}`}`
    )
  ].join("\n")

/**
 * Register the whole kit with vitest: one `describe` per suite, one test per scenario. Call it once
 * at the top level of a backend's test file. A failing test prints the broken promise and, for
 * properties, the seed and path that replay it (pass them back as `options.seed` / `options.path`).
 *
 * @since 0.1.0
 */
export const conformance = (initializer: Initializer, options: Options = {}): void => {
  if (vitest === undefined) {
    throw new Error("Conformance.conformance registers vitest tests: call it from a test file vitest runs (or use Conformance.run)")
  }
  const { afterAll, beforeAll, describe, it } = vitest
  const selected = scenarios(initializer, options)
  const suites = [...new Set(selected.map((s) => s.suite))]
  const timeout = options.timeout ?? 120_000
  describe(`runledger conformance: ${initializer.name}`, () => {
    if (initializer.setup !== undefined) {
      const setup = initializer.setup
      beforeAll(() => Effect.runPromise(setup))
    }
    if (initializer.teardown !== undefined) {
      const teardown = initializer.teardown
      afterAll(() => Effect.runPromise(teardown))
    }
    for (const suite of suites) {
      describe(suite, () => {
        for (const scenario of selected.filter((s) => s.suite === suite)) {
          it(scenario.name, async () => {
            const result = await Effect.runPromise(runScenario(initializer, scenario, options))
            if (!result.passed) throw new Error(`[${initializer.name}] ${scenario.suite} › ${scenario.name}\n${result.failure}`)
          }, timeout)
        }
      })
    }
  })
}
