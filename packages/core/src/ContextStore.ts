/**
 * Global context values per scope (contract §3): configuration or shared facts an orchestrator
 * keeps beside its runs.
 *
 * @since 0.1.0
 */
import { Context, Effect, Schema } from "effect"
import type { Option } from "effect"
import type { AlreadyExists, InvalidInput, StoreError } from "./Errors.js"
import { GlobalKey } from "./Identifiers.js"
import type { Json } from "./Json.js"
import * as Limits from "./Limits.js"
import { boundedJson, now, traced } from "./internal/operation.js"
import * as StepOutput from "./StepOutput.js"
import type { GlobalValue } from "./StepOutput.js"
import { TenantScope } from "./TenantScope.js"
import type * as Scope from "./TenantScope.js"

/**
 * The context store as callers use it.
 *
 * @since 0.1.0
 */
export interface Service {
  /** Write a value once; `AlreadyExists` (with `sameFingerprint`) when the key is taken. */
  readonly putGlobal: (
    scope: Scope.Input,
    key: string,
    value: Json
  ) => Effect.Effect<GlobalValue, AlreadyExists | InvalidInput | StoreError>
  /** Write a value, replacing any stored one. */
  readonly upsertGlobal: (
    scope: Scope.Input,
    key: string,
    value: Json
  ) => Effect.Effect<GlobalValue, InvalidInput | StoreError>
  /** The value under `key`, if any. */
  readonly getGlobal: (
    scope: Scope.Input,
    key: string
  ) => Effect.Effect<Option.Option<GlobalValue>, InvalidInput | StoreError>
}

/**
 * The context store service.
 *
 * @since 0.1.0
 */
export class ContextStore extends Context.Tag("@runledger/ContextStore")<ContextStore, Service>() {}

/**
 * What a backend implements, over decoded input.
 *
 * @since 0.1.0
 */
export interface Backend {
  readonly putGlobal: (scope: TenantScope, value: GlobalValue) => Effect.Effect<void, AlreadyExists | StoreError>
  readonly upsertGlobal: (scope: TenantScope, value: GlobalValue) => Effect.Effect<void, StoreError>
  readonly getGlobal: (scope: TenantScope, key: GlobalKey) => Effect.Effect<Option.Option<GlobalValue>, StoreError>
}

/**
 * The context store over a backend, with decoding, clock and tracing.
 *
 * @since 0.1.0
 */
export const make = (backend: Backend, options: { readonly limits?: Partial<Limits.Limits> } = {}): Service => {
  const limits: Limits.Limits = { ...Limits.defaults, ...options.limits }
  const KeyRef = Schema.Struct({ scope: TenantScope, key: GlobalKey })
  const Write = Schema.Struct({ ...KeyRef.fields, value: boundedJson(limits) })
  const op = {
    putGlobal: traced("ContextStore.putGlobal", Write),
    upsertGlobal: traced("ContextStore.upsertGlobal", Write),
    getGlobal: traced("ContextStore.getGlobal", KeyRef)
  }
  const write = <E>(f: (scope: TenantScope, value: GlobalValue) => Effect.Effect<void, E>) =>
  ({ key, scope, value }: typeof Write.Type) =>
    Effect.flatMap(now, (at) => {
      const record = StepOutput.makeGlobal(key, value, at)
      return Effect.as(f(scope, record), record)
    })
  return {
    putGlobal: (scope, key, value) => op.putGlobal({ scope, key, value }, write(backend.putGlobal)),
    upsertGlobal: (scope, key, value) => op.upsertGlobal({ scope, key, value }, write(backend.upsertGlobal)),
    getGlobal: (scope, key) => op.getGlobal({ scope, key }, ({ key, scope }) => backend.getGlobal(scope, key))
  }
}
