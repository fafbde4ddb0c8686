/**
 * The lease store (contract §7): which worker drives a run, with fencing tokens.
 *
 * Time comes from the store's Effect `Clock`, never from the caller: one clock decides expiry, so a
 * worker with a skewed clock cannot take over a live lease early. (The pure reducers in `Lease` take
 * an explicit `now`.)
 *
 * @since 0.1.0
 */
import { Context, Duration, Effect, Option, ParseResult, Schema } from "effect"
import type { Fenced, InvalidInput, LeaseHeld, NotFound, StoreError } from "./Errors.js"
import { OwnerId, RunId } from "./Identifiers.js"
import { now, traced } from "./internal/operation.js"
import type { Lease } from "./Lease.js"
import { MaxTtlMillis, Token } from "./Lease.js"
import { TenantScope } from "./TenantScope.js"
import type * as Scope from "./TenantScope.js"

/**
 * The lease store as callers use it. `ttl` is any `Duration.DurationInput` (`"30 seconds"`, a number
 * of milliseconds, a `Duration`): positive and at most `Lease.MaxTtlMillis`.
 *
 * @since 0.1.0
 */
export interface Service {
  /**
   * Take the run's lease for `ttl`. The result's `token` is greater than every token issued for the
   * run before — including to the same owner, which fences its earlier incarnation. `LeaseHeld` when
   * another owner holds an unexpired lease.
   */
  readonly acquire: (
    scope: Scope.Input,
    runId: string,
    owner: string,
    ttl: Duration.DurationInput
  ) => Effect.Effect<Lease, LeaseHeld | InvalidInput | StoreError>
  /**
   * Extend a live lease by `ttl` from now, keeping its token. `Fenced` when a newer token exists;
   * `NotFound` when the caller holds no live lease under `token` (acquire again).
   */
  readonly renew: (
    scope: Scope.Input,
    runId: string,
    owner: string,
    token: number,
    ttl: Duration.DurationInput
  ) => Effect.Effect<Lease, Fenced | NotFound | InvalidInput | StoreError>
  /** Give the lease up now. `true` iff a live lease under `token` was released; idempotent. */
  readonly release: (
    scope: Scope.Input,
    runId: string,
    owner: string,
    token: number
  ) => Effect.Effect<boolean, InvalidInput | StoreError>
  /** The run's lease record (also expired or released: its token is still the last issued), if any. */
  readonly get: (scope: Scope.Input, runId: string) => Effect.Effect<Option.Option<Lease>, InvalidInput | StoreError>
}

/**
 * The lease store service.
 *
 * @since 0.1.0
 */
export class LeaseStore extends Context.Tag("@runledger/LeaseStore")<LeaseStore, Service>() {}

/**
 * What a backend implements, over decoded input, applying the `Lease` reducers atomically. The
 * lease must live where the fenced writes can read it in their own transaction.
 *
 * @since 0.1.0
 */
export interface Backend {
  readonly acquire: (
    scope: TenantScope,
    runId: RunId,
    owner: OwnerId,
    ttlMillis: number,
    now: Date
  ) => Effect.Effect<Lease, LeaseHeld | StoreError>
  readonly renew: (
    scope: TenantScope,
    runId: RunId,
    owner: OwnerId,
    token: number,
    ttlMillis: number,
    now: Date
  ) => Effect.Effect<Lease, Fenced | NotFound | StoreError>
  readonly release: (
    scope: TenantScope,
    runId: RunId,
    owner: OwnerId,
    token: number,
    now: Date
  ) => Effect.Effect<boolean, StoreError>
  readonly get: (scope: TenantScope, runId: RunId) => Effect.Effect<Option.Option<Lease>, StoreError>
}

// A lease duration as whole milliseconds (rounded up, so a sub-millisecond ttl never becomes 0).
const Ttl = Schema.transformOrFail(
  Schema.Unknown,
  Schema.Number,
  {
    strict: true,
    decode: (input, _, ast) =>
      Option.match(Duration.decodeUnknown(input), {
        onNone: () => ParseResult.fail(new ParseResult.Type(ast, input, "is not a duration")),
        onSome: (duration) => {
          const millis = Duration.isFinite(duration) ? Math.ceil(Duration.toMillis(duration)) : Infinity
          return millis >= 1 && millis <= MaxTtlMillis
            ? ParseResult.succeed(millis)
            : ParseResult.fail(
              new ParseResult.Type(ast, input, `must be a positive duration of at most ${MaxTtlMillis} ms`)
            )
        }
      }),
    encode: (millis) => ParseResult.succeed(millis)
  }
)

/**
 * The lease store over a backend: decoding, clock and tracing in one place.
 *
 * @since 0.1.0
 */
export const make = (backend: Backend): Service => {
  const RunRef = Schema.Struct({ scope: TenantScope, runId: RunId })
  const Held = Schema.Struct({ ...RunRef.fields, owner: OwnerId, token: Token })
  const op = {
    acquire: traced("LeaseStore.acquire", Schema.Struct({ ...RunRef.fields, owner: OwnerId, ttl: Ttl })),
    renew: traced("LeaseStore.renew", Schema.Struct({ ...Held.fields, ttl: Ttl })),
    release: traced("LeaseStore.release", Held),
    get: traced("LeaseStore.get", RunRef)
  }
  return {
    acquire: (scope, runId, owner, ttl) =>
      op.acquire({ scope, runId, owner, ttl }, ({ owner, runId, scope, ttl }) =>
        Effect.flatMap(now, (at) => backend.acquire(scope, runId, owner, ttl, at))),
    renew: (scope, runId, owner, token, ttl) =>
      op.renew({ scope, runId, owner, token, ttl }, ({ owner, runId, scope, token, ttl }) =>
        Effect.flatMap(now, (at) => backend.renew(scope, runId, owner, token, ttl, at))),
    release: (scope, runId, owner, token) =>
      op.release({ scope, runId, owner, token }, ({ owner, runId, scope, token }) =>
        Effect.flatMap(now, (at) => backend.release(scope, runId, owner, token, at))),
    get: (scope, runId) => op.get({ scope, runId }, ({ runId, scope }) => backend.get(scope, runId))
  }
}
