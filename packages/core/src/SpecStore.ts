/**
 * The definition store (contract §6): flow definitions with revision compare-and-set and content
 * hashes. The rules live in the `Spec` reducers; this module decodes input and calls a backend.
 *
 * @since 0.1.0
 */
import { Context, Effect, Option, Schema } from "effect"
import type { InvalidInput, RevisionConflict, StoreError } from "./Errors.js"
import { SpecId } from "./Identifiers.js"
import type { Json } from "./Json.js"
import * as Limits from "./Limits.js"
import { boundedJson, now, PageLimit, pageSize, traced } from "./internal/operation.js"
import type { SpecRevision } from "./Spec.js"
import { Revision } from "./Spec.js"
import { TenantScope } from "./TenantScope.js"
import type * as Scope from "./TenantScope.js"

/**
 * A page request for `list`: at most `limit` specs (default `Limits.DefaultPageSize`) whose id sorts
 * after `afterSpecId` — pass the last id of the previous page.
 *
 * @since 0.1.0
 */
export interface ListOptions {
  readonly limit?: number
  readonly afterSpecId?: string
}

/**
 * The definition store as callers use it.
 *
 * @since 0.1.0
 */
export interface Service {
  /**
   * Write the next revision of `specId`. `expectedRevision` omitted: unconditional; `null`: the spec
   * must not exist; a number: it must be the current revision. Otherwise `RevisionConflict
   * { expected, actual }` and nothing is written. Revision numbers are never reused, also not after
   * a delete.
   */
  readonly put: (
    scope: Scope.Input,
    specId: string,
    definition: Json,
    expectedRevision?: number | null
  ) => Effect.Effect<SpecRevision, RevisionConflict | InvalidInput | StoreError>
  /** The current revision (`definition`, `revision`, `contentHash`), if the spec exists. */
  readonly get: (scope: Scope.Input, specId: string) => Effect.Effect<Option.Option<SpecRevision>, InvalidInput | StoreError>
  /** A given revision, if it still exists (the spec is not deleted). */
  readonly getRevision: (
    scope: Scope.Input,
    specId: string,
    revision: number
  ) => Effect.Effect<Option.Option<SpecRevision>, InvalidInput | StoreError>
  /** Whether a given revision still exists: what the recovery sweep asks of a pinned run. */
  readonly hasRevision: (
    scope: Scope.Input,
    specId: string,
    revision: number
  ) => Effect.Effect<boolean, InvalidInput | StoreError>
  /** The current revisions of the scope's specs, ordered by spec id. */
  readonly list: (
    scope: Scope.Input,
    options?: ListOptions
  ) => Effect.Effect<ReadonlyArray<SpecRevision>, InvalidInput | StoreError>
  /**
   * Delete the spec with all its revisions. `true` iff it existed. With `expectedRevision`, the
   * current revision must equal it, otherwise `RevisionConflict` and nothing is deleted.
   */
  readonly delete: (
    scope: Scope.Input,
    specId: string,
    expectedRevision?: number
  ) => Effect.Effect<boolean, RevisionConflict | InvalidInput | StoreError>
}

/**
 * The definition store service.
 *
 * @since 0.1.0
 */
export class SpecStore extends Context.Tag("@runledger/SpecStore")<SpecStore, Service>() {}

/**
 * What a backend implements, over decoded input, applying the `Spec` reducers atomically.
 *
 * @since 0.1.0
 */
export interface Backend {
  readonly put: (
    scope: TenantScope,
    specId: SpecId,
    definition: Json,
    expectedRevision: number | null | undefined,
    now: Date
  ) => Effect.Effect<SpecRevision, RevisionConflict | StoreError>
  readonly get: (scope: TenantScope, specId: SpecId) => Effect.Effect<Option.Option<SpecRevision>, StoreError>
  readonly getRevision: (
    scope: TenantScope,
    specId: SpecId,
    revision: number
  ) => Effect.Effect<Option.Option<SpecRevision>, StoreError>
  /** Current revisions of specs whose id sorts after `after`, by id, at most `limit`. */
  readonly list: (
    scope: TenantScope,
    query: { readonly after?: SpecId; readonly limit: number }
  ) => Effect.Effect<ReadonlyArray<SpecRevision>, StoreError>
  readonly delete: (
    scope: TenantScope,
    specId: SpecId,
    expectedRevision: number | undefined
  ) => Effect.Effect<boolean, RevisionConflict | StoreError>
}

/**
 * Options of {@link make}.
 *
 * @since 0.1.0
 */
export interface Options {
  readonly limits?: Partial<Limits.Limits>
}

/**
 * The definition store over a backend: decoding, clock and tracing in one place.
 *
 * @since 0.1.0
 */
export const make = (backend: Backend, options: Options = {}): Service => {
  const limits: Limits.Limits = { ...Limits.defaults, ...options.limits }
  const SpecRef = Schema.Struct({ scope: TenantScope, specId: SpecId })
  const RevisionRef = Schema.Struct({ ...SpecRef.fields, revision: Revision })
  const op = {
    put: traced(
      "SpecStore.put",
      Schema.Struct({
        ...SpecRef.fields,
        definition: boundedJson(limits),
        expectedRevision: Schema.optional(Schema.NullOr(Revision))
      })
    ),
    get: traced("SpecStore.get", SpecRef),
    getRevision: traced("SpecStore.getRevision", RevisionRef),
    hasRevision: traced("SpecStore.hasRevision", RevisionRef),
    list: traced(
      "SpecStore.list",
      Schema.Struct({
        scope: TenantScope,
        options: Schema.Struct({ limit: Schema.optional(PageLimit), afterSpecId: Schema.optional(SpecId) })
      })
    ),
    delete: traced("SpecStore.delete", Schema.Struct({ ...SpecRef.fields, expectedRevision: Schema.optional(Revision) }))
  }
  return {
    put: (scope, specId, definition, expectedRevision) =>
      op.put({ scope, specId, definition, expectedRevision }, ({ definition, expectedRevision, scope, specId }) =>
        Effect.flatMap(now, (at) => backend.put(scope, specId, definition, expectedRevision, at))),
    get: (scope, specId) => op.get({ scope, specId }, ({ scope, specId }) => backend.get(scope, specId)),
    getRevision: (scope, specId, revision) =>
      op.getRevision({ scope, specId, revision }, ({ revision, scope, specId }) =>
        backend.getRevision(scope, specId, revision)),
    hasRevision: (scope, specId, revision) =>
      op.hasRevision({ scope, specId, revision }, ({ revision, scope, specId }) =>
        Effect.map(backend.getRevision(scope, specId, revision), Option.isSome)),
    list: (scope, options = {}) =>
      op.list({ scope, options }, ({ options, scope }) =>
        backend.list(scope, {
          limit: pageSize(options.limit),
          ...(options.afterSpecId === undefined ? {} : { after: options.afterSpecId })
        })),
    delete: (scope, specId, expectedRevision) =>
      op.delete({ scope, specId, expectedRevision }, ({ expectedRevision, scope, specId }) =>
        backend.delete(scope, specId, expectedRevision))
  }
}
