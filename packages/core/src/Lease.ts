/**
 * Run leases with fencing tokens (contract §7), as a record and pure reducers.
 *
 * A lease says which worker (owner) drives a run until when. Every acquisition of a run's lease —
 * a first one, a takeover after expiry, a re-acquisition by the same owner — issues a token greater
 * than every token issued for that run before. A write that carries a token (`fencingToken`) is
 * refused with `Fenced` when a newer token exists: a worker that lost its lease (paused, partitioned,
 * restarted) cannot overwrite the work of its successor. {@link checkFence} is that rule, for every
 * store that fences its writes.
 *
 * @since 0.1.0
 */
import { Either, Option, Schema } from "effect"
import { Fenced, LeaseHeld, NotFound } from "./Errors.js"
import { OwnerId, RunId } from "./Identifiers.js"
import { TenantScope } from "./TenantScope.js"

/**
 * A fencing token: a whole number from 1, strictly increasing per `(scope, runId)`.
 *
 * @since 0.1.0
 */
export const Token = Schema.Int.pipe(Schema.positive(), Schema.annotations({ identifier: "FencingToken" }))

/**
 * The longest lease accepted: a lease that outlives a year is a lock nobody can recover, and the
 * bound keeps every `expiresAt` a valid date.
 *
 * @since 0.1.0
 */
export const MaxTtlMillis = 365 * 24 * 60 * 60 * 1000

/**
 * The lease of one run, as stored. The record outlives its holder: after a release or an expiry it
 * stays, so the next acquisition knows the last token issued. `releasedAt` is set by `release`.
 *
 * @since 0.1.0
 */
export class Lease extends Schema.Class<Lease>("@runledger/Lease")({
  scope: TenantScope,
  runId: RunId,
  owner: OwnerId,
  token: Token,
  acquiredAt: Schema.Date,
  expiresAt: Schema.Date,
  releasedAt: Schema.optional(Schema.Date)
}) {}

/**
 * Whether `lease` is held at `now`: not released, and `now` is before `expiresAt` (a lease expires
 * at `expiresAt` exactly).
 *
 * @since 0.1.0
 */
export const isHeld = (lease: Lease, now: Date): boolean =>
  lease.releasedAt === undefined && now.getTime() < lease.expiresAt.getTime()

/**
 * What an acquisition asks for. `ttlMillis` is a whole number of milliseconds, from 1 to
 * {@link MaxTtlMillis}.
 *
 * @since 0.1.0
 */
export interface AcquireRequest {
  readonly scope: TenantScope
  readonly runId: RunId
  readonly owner: OwnerId
  readonly ttlMillis: number
}

/**
 * Decide an `acquire` over the run's stored lease (`undefined` when it never had one).
 *
 * - Held by another owner: `LeaseHeld` with that owner and its expiry.
 * - Free, expired, released, or held by the same owner: a new lease with the next token. The same
 *   owner acquiring again gets a new token on purpose — a restarted worker that reuses its owner id
 *   must fence the writes its previous incarnation still has in flight. Use `renew` to extend a
 *   lease without changing its token.
 *
 * @since 0.1.0
 */
export const acquire = (current: Lease | undefined, request: AcquireRequest, now: Date): Either.Either<Lease, LeaseHeld> =>
  current !== undefined && isHeld(current, now) && current.owner !== request.owner
    ? Either.left(new LeaseHeld({ runId: current.runId, owner: current.owner, expiresAt: current.expiresAt }))
    : Either.right(
      Lease.make({
        scope: request.scope,
        runId: request.runId,
        owner: request.owner,
        token: (current?.token ?? 0) + 1,
        acquiredAt: now,
        expiresAt: new Date(now.getTime() + request.ttlMillis)
      })
    )

const noLease = (runId: string) => new NotFound({ entity: "Lease", id: runId })

/**
 * Decide a `renew`: the same lease (same token) expiring `ttlMillis` from `now`. `Fenced` when a
 * newer token was issued since; `NotFound` when the caller holds no live lease under this token
 * (never issued, released, expired, or another owner) — acquire again, which issues a new token and
 * so fences whatever the old one still has in flight.
 *
 * @since 0.1.0
 */
export const renew = (
  current: Lease | undefined,
  runId: RunId,
  owner: OwnerId,
  token: number,
  ttlMillis: number,
  now: Date
): Either.Either<Lease, Fenced | NotFound> => {
  if (current === undefined) return Either.left(noLease(runId))
  const fenced = checkFence(current, token)
  if (fenced !== undefined) return Either.left(fenced)
  if (current.token !== token || current.owner !== owner || !isHeld(current, now)) return Either.left(noLease(runId))
  return Either.right(Lease.make({ ...current, expiresAt: new Date(now.getTime() + ttlMillis) }))
}

/**
 * Decide a `release`: the released lease when `owner` holds it live under `token`, otherwise none
 * (already released, expired or superseded — releasing is idempotent cleanup, never an error).
 * The token counter survives the release.
 *
 * @since 0.1.0
 */
export const release = (
  current: Lease | undefined,
  owner: OwnerId,
  token: number,
  now: Date
): Option.Option<Lease> =>
  current !== undefined && current.token === token && current.owner === owner && isHeld(current, now)
    ? Option.some(Lease.make({ ...current, releasedAt: now }))
    : Option.none()

/**
 * The fencing rule: a write carrying `token` is refused when the run's lease has a newer one.
 * `undefined` means the write may proceed — also when the write carries no token (fencing is opt-in
 * per write) or the run never had a lease. The current token itself passes even after its lease
 * expired: nobody holds a newer one, so nothing can be overwritten.
 *
 * Check it in the same transaction as the write it guards.
 *
 * @since 0.1.0
 */
export const checkFence = (current: Lease | undefined, token: number | undefined): Fenced | undefined =>
  token !== undefined && current !== undefined && token < current.token
    ? new Fenced({ runId: current.runId, token, currentToken: current.token })
    : undefined

/**
 * The option every fenced write takes: the caller's lease token, when it holds one.
 *
 * @since 0.1.0
 */
export interface FenceOptions {
  readonly fencingToken?: number
}

/**
 * Schema of {@link FenceOptions} for store inputs.
 *
 * @since 0.1.0
 */
export const FenceOptionsSchema = Schema.Struct({ fencingToken: Schema.optional(Token) })
