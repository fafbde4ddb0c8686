/**
 * Fault injection (contract §9): wrappers that make any store misbehave in the ways real stores
 * do, deterministically by seed, so a failing case can be replayed exactly.
 *
 * A wrapper sits around a service (or a backend) and intercepts each call:
 *
 * - `FailBeforeCommit` — the call fails with `StoreUnavailable` and the store is never reached:
 *   nothing is written.
 * - `FailAfterCommit` — the call reaches the store and commits, then the caller gets
 *   `StoreUnavailable` anyway: the lost acknowledgement. A correct caller retries, and the store's
 *   idempotency must make the retry harmless.
 * - `Latency` — the call is delayed (with the Effect clock), widening race windows.
 *
 * Which calls are hit is chosen by a {@link Trigger}: every call, every Nth, the Nth only, or with a
 * seeded probability. Every injected fault is recorded in a {@link FaultLog}; {@link describe} prints
 * the seed and the path of calls that replays it.
 *
 * @since 0.1.0
 */
import { Errors, RunCommit, RunTransition } from "@runledger/core"
import { Context, Duration, Effect, Layer } from "effect"
import { seededRandom } from "./internal/random.js"

/**
 * When a rule fires, counted over the calls its operations receive.
 *
 * @since 0.1.0
 */
export type Trigger =
  | { readonly _tag: "Always" }
  | { readonly _tag: "EveryNth"; readonly n: number }
  | { readonly _tag: "NthCall"; readonly n: number }
  | { readonly _tag: "Probability"; readonly p: number }

/**
 * What a rule does to a call it fires on.
 *
 * @since 0.1.0
 */
export type Mode =
  | { readonly _tag: "FailBeforeCommit" }
  | { readonly _tag: "FailAfterCommit" }
  | { readonly _tag: "Latency"; readonly duration: Duration.DurationInput }

/**
 * One rule: the operations it watches (method names such as `"appendOnce"`; all methods when
 * omitted), when it fires, and what it does.
 *
 * @since 0.1.0
 */
export interface Rule {
  readonly operations?: ReadonlyArray<string>
  readonly trigger: Trigger
  readonly mode: Mode
}

/**
 * A fault plan: a seed (for `Probability` triggers) and rules, applied in order; the first failing
 * rule that fires decides the call's fate, and latency rules add up.
 *
 * @since 0.1.0
 */
export interface Plan {
  readonly seed: number
  readonly rules: ReadonlyArray<Rule>
}

/** @since 0.1.0 */
export const always: Trigger = { _tag: "Always" }
/** @since 0.1.0 */
export const everyNth = (n: number): Trigger => ({ _tag: "EveryNth", n })
/** @since 0.1.0 */
export const nthCall = (n: number): Trigger => ({ _tag: "NthCall", n })
/** @since 0.1.0 */
export const probability = (p: number): Trigger => ({ _tag: "Probability", p })
/** @since 0.1.0 */
export const failBeforeCommit: Mode = { _tag: "FailBeforeCommit" }
/** @since 0.1.0 */
export const failAfterCommit: Mode = { _tag: "FailAfterCommit" }
/** @since 0.1.0 */
export const latency = (duration: Duration.DurationInput): Mode => ({ _tag: "Latency", duration })

/**
 * One injected fault: which call (its global index, the service and operation) and what was done.
 *
 * @since 0.1.0
 */
export interface Injected {
  readonly call: number
  readonly service: string
  readonly operation: string
  readonly mode: Mode["_tag"]
}

/**
 * The record of a wrapper's activity: every call seen, and every fault injected.
 *
 * @since 0.1.0
 */
export interface FaultLog {
  readonly seed: number
  readonly calls: number
  readonly injected: ReadonlyArray<Injected>
}

/**
 * A live fault injector: wrap as many services as you like with one injector, and they share its
 * call counter, its random sequence and its log — so the whole run replays from the seed.
 *
 * @since 0.1.0
 */
export interface Injector {
  readonly plan: Plan
  /** Wrap every Effect-returning method of `service`, naming it `name` in the log. */
  readonly wrap: <S extends object>(name: string, service: S) => S
  /** The log so far. */
  readonly log: () => FaultLog
}

const fires = (trigger: Trigger, count: number, random: () => number): boolean => {
  switch (trigger._tag) {
    case "Always":
      return true
    case "EveryNth":
      return count % trigger.n === 0
    case "NthCall":
      return count === trigger.n
    case "Probability":
      return random() < trigger.p
  }
}

/**
 * A new injector for `plan`.
 *
 * @since 0.1.0
 */
export const makeInjector = (plan: Plan): Injector => {
  const random = seededRandom(plan.seed)
  const counts = plan.rules.map(() => 0)
  const injected: Array<Injected> = []
  let calls = 0

  const intercept = (service: string, operation: string, run: () => Effect.Effect<unknown, unknown, unknown>) =>
    Effect.suspend(() => {
      const call = ++calls
      let delay = Duration.zero
      let failure: Mode["_tag"] | undefined
      plan.rules.forEach((rule, i) => {
        if (rule.operations !== undefined && !rule.operations.includes(operation)) return
        counts[i] = counts[i]! + 1
        // Draw for every watched call, fired or not, so the sequence depends only on the seed and the calls.
        if (!fires(rule.trigger, counts[i]!, random)) return
        if (rule.mode._tag === "Latency") {
          delay = Duration.sum(delay, Duration.decode(rule.mode.duration))
          injected.push({ call, service, operation, mode: "Latency" })
        } else if (failure === undefined) {
          failure = rule.mode._tag
          injected.push({ call, service, operation, mode: failure })
        }
      })
      const fault = (when: string) =>
        new Errors.StoreUnavailable({
          operation: `${service}.${operation}`,
          reason: `injected fault: ${when} (seed ${plan.seed}, call ${call})`
        })
      const body = failure === "FailBeforeCommit"
        ? Effect.fail(fault("failed before commit"))
        : failure === "FailAfterCommit"
        ? Effect.zipRight(run(), Effect.fail(fault("failed after commit: the write happened, the acknowledgement was lost")))
        : run()
      return Duration.greaterThan(delay, Duration.zero) ? Effect.zipRight(Effect.sleep(delay), body) : body
    })

  const wrap = <S extends object>(name: string, service: S): S => {
    const wrapped: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(service)) {
      wrapped[key] = typeof value === "function"
        ? (...args: ReadonlyArray<unknown>) => {
          const result = (value as (...a: ReadonlyArray<unknown>) => unknown)(...args)
          return Effect.isEffect(result)
            ? intercept(name, key, () => result as Effect.Effect<unknown, unknown, unknown>)
            : result
        }
        : value
    }
    return wrapped as S
  }

  return { plan, wrap, log: () => ({ seed: plan.seed, calls, injected: [...injected] }) }
}

/**
 * The line a failing test prints: the seed and the calls that were hit, enough to replay the run.
 *
 * @since 0.1.0
 */
export const describe = (log: FaultLog): string =>
  `fault plan seed ${log.seed}: ${log.injected.length} fault(s) over ${log.calls} call(s)` +
  (log.injected.length === 0
    ? ""
    : `; path: ${log.injected.slice(0, 50).map((i) => `#${i.call} ${i.service}.${i.operation} ${i.mode}`).join(", ")}` +
      (log.injected.length > 50 ? ", …" : ""))

/**
 * The service tags a fault layer wraps when they are present.
 *
 * @since 0.1.0
 */
export type Wrappable = Context.Tag<any, any>

/**
 * Wrap every store service that `context` holds with `injector`. Services not in the context are
 * left out; other entries pass through untouched.
 *
 * @since 0.1.0
 */
export const wrapContext = <R>(
  context: Context.Context<R>,
  injector: Injector,
  tags: ReadonlyArray<Wrappable>
): Context.Context<R> => {
  let out = context
  for (const tag of tags) {
    const service = Context.getOption(context, tag)
    if (service._tag === "Some") out = Context.add(out, tag, injector.wrap(tag.key, service.value as object)) as Context.Context<R>
  }
  return out
}

/**
 * Split the event log from the run store: the result no longer offers the one-transaction
 * capabilities (`RunTransition`, `RunCommit`), so a program must write status and event, or a step's
 * records, separately — and a fault on the event log then happens after the status persisted.
 *
 * @since 0.1.0
 */
export const split = <R>(
  context: Context.Context<R>
): Context.Context<Exclude<R, RunTransition.RunTransition | RunCommit.RunCommit>> =>
  Context.omit(RunTransition.RunTransition, RunCommit.RunCommit)(context) as Context.Context<
    Exclude<R, RunTransition.RunTransition | RunCommit.RunCommit>
  >

/**
 * A layer transformer: the services of `base`, those named in `tags` wrapped by `injector` (make it
 * with {@link makeInjector} and keep it to read its log). Use `tags` to choose which services
 * misbehave, e.g. only `EventLog.EventLog`.
 *
 * @since 0.1.0
 */
export const layer = <ROut, E, RIn>(
  base: Layer.Layer<ROut, E, RIn>,
  injector: Injector,
  tags: ReadonlyArray<Wrappable>
): Layer.Layer<ROut, E, RIn> =>
  Layer.scopedContext(Effect.map(Layer.build(base), (context) => wrapContext(context, injector, tags)))

/**
 * A fault the kit asks a backend's driver to apply at a COMMIT (see {@link DriverFaultPoint}):
 *
 * - `FailCommit` — the COMMIT fails with the error the database reports for a commit it could not
 *   write (a full disk, an I/O error) and the transaction is rolled back: none of its writes
 *   happened, and every caller whose write it carried must get a typed error.
 * - `LoseConnectionAfterCommit` — the COMMIT takes effect, then the connection is lost before its
 *   answer arrives: every write of it happened, and its callers may be told either way.
 *
 * @since 0.1.0
 */
export type CommitFault = "FailCommit" | "LoseConnectionAfterCommit"

/**
 * The driver-level fault point a backend declares it can take (`Conformance.Initializer`
 * `driverFaults`): the backend's driver asks `beforeCommit` just before it sends the COMMIT of a
 * write transaction, with the number of store writes the transaction carries (more than one when
 * concurrent writes are committed together), and applies the fault it answers — `undefined` means
 * commit normally. The kit decides (by its seed); the backend only applies. `@runledger/sql` takes
 * one as the `driverFaults` store option.
 *
 * @since 0.1.0
 */
export interface DriverFaultPoint {
  readonly beforeCommit: (writes: number) => CommitFault | undefined
}
