/**
 * Shared fixtures of the scenarios: the tenants, event builders, error expectations and the
 * observable dump that proves "nothing was written".
 */
import type { Errors, Json } from "@runledger/core"
import { Effect, Either } from "effect"
import { ensure, fail, show } from "./check.js"
import type { Store } from "./harness.js"

/** Tenant A. */
export const A = { orgId: "acme", workspaceId: "prod" } as const
/** Tenant B: same organisation, another workspace. */
export const B = { orgId: "acme", workspaceId: "staging" } as const
/** Tenant C: A's organisation and workspace plus a deployment — a different scope whose key has A's as a prefix. */
export const C = { orgId: "acme", workspaceId: "prod", deploymentId: "eu" } as const
/** Every tenant the scenarios use. */
export const tenants = [A, B, C] as const

/** A caller event. */
export const ev = (eventId: string, payload: Json.Json = { eventId }, type = "Happened") => ({ eventId, type, payload })

/** The member of the error union `E` tagged `T` (all of `E` when none is). */
export type Tagged<E, T extends string> = [Extract<E, { readonly _tag: T }>] extends [never] ? E : Extract<E, { readonly _tag: T }>

/** Fail unless `effect` fails with `tag`; the error. Defects propagate (the scenario fails). */
export const expectError = <A, E, const T extends string>(
  effect: Effect.Effect<A, E>,
  tag: T,
  label: string
): Effect.Effect<Tagged<E, T>> =>
  Effect.map(Effect.either(effect), (result) => {
    if (Either.isRight(result)) return fail(`${label}: expected ${tag}, but it succeeded with ${show(result.right)}`)
    const actual = (result.left as { readonly _tag?: unknown })._tag
    ensure(actual === tag, () => `${label}: expected ${tag}, got ${String(actual)}: ${show(result.left)}`)
    return result.left as Tagged<E, T>
  })

/** The `_tag` of a failure or "ok". */
export const tagOf = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<string> =>
  Effect.map(
    Effect.either(effect),
    (r) => Either.isRight(r) ? "ok" : String((r.left as { readonly _tag?: unknown })._tag ?? r.left)
  )

/** What a dump looks at besides what `list` calls find on their own. */
export interface Known {
  readonly runIds: ReadonlyArray<string>
  readonly globalKeys?: ReadonlyArray<string>
  readonly specIds?: ReadonlyArray<string>
  readonly timers?: ReadonlyArray<readonly [runId: string, timerId: string]>
  readonly snapshotIds?: ReadonlyArray<string>
}

const farFuture = new Date(Date.UTC(2100, 0, 1))

/**
 * Everything observable through the public API about `scopes` and `known`, as text: equal dumps mean
 * the store did not change in any way a caller can see.
 */
export const dump = (
  store: Store,
  scopes: ReadonlyArray<typeof A | typeof B | typeof C>,
  known: Known,
  options: { readonly acrossScopes?: boolean } = {}
): Effect.Effect<string, Errors.RunLedgerError> =>
  Effect.gen(function*() {
    const out: Array<unknown> = []
    const attempt = <X, E>(effect: Effect.Effect<X, E>) => Effect.either(effect)
    for (const scope of scopes) {
      const page = yield* store.runs.list(scope, { limit: 1000 })
      out.push(page.runs)
      const runIds = [...new Set([...page.runs.map((r) => r.runId as string), ...known.runIds])]
      for (const runId of runIds) {
        out.push(runId, yield* attempt(store.runs.get(scope, runId)))
        out.push(yield* attempt(store.runs.listSteps(scope, runId)))
        out.push(yield* attempt(store.runs.listFailures(scope, runId)))
        const keys = yield* attempt(store.runs.listOutputKeys(scope, runId))
        out.push(keys)
        if (Either.isRight(keys)) {
          for (const stepId of keys.right) out.push(yield* store.runs.getOutput(scope, runId, stepId))
        }
        out.push(yield* store.events.read(scope, runId, { limit: 1000 }), yield* store.events.lastSeq(scope, runId))
        out.push(yield* store.snapshots.list(scope, runId))
        out.push(yield* store.leases.get(scope, runId))
        out.push(yield* store.runs.chain(scope, runId))
      }
      for (const key of known.globalKeys ?? []) out.push(yield* store.globals.getGlobal(scope, key))
      out.push(yield* store.specs.list(scope, { limit: 1000 }))
      for (const specId of known.specIds ?? []) {
        for (let revision = 1; revision <= 4; revision++) out.push(yield* store.specs.getRevision(scope, specId, revision))
      }
      for (const [runId, timerId] of known.timers ?? []) out.push(yield* store.timers.get(scope, runId, timerId))
      for (const runId of known.runIds) {
        for (const snapshotId of known.snapshotIds ?? []) out.push(yield* store.snapshots.get(scope, runId, snapshotId))
      }
      out.push(yield* store.timers.due(scope, farFuture, { limit: 1000 }))
      out.push((yield* store.events.poll(scope, undefined, 1000)).events)
    }
    // The cross-scope views change with any scope's writes: left out when only `scopes` must be unchanged.
    if (options.acrossScopes !== false) {
      out.push((yield* store.events.pollAll(undefined, 1000)).events)
      out.push(yield* store.timers.dueAcrossScopes(farFuture, { limit: 1000 }))
    }
    return show(out)
  })
