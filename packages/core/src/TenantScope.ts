/**
 * Tenancy (contract §1): every record belongs to exactly one scope, and a read under one scope
 * never sees another's records.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { IdString } from "./Identifiers.js"

/**
 * The owner of a record: an organisation, a workspace within it and, optionally, a deployment.
 *
 * @since 0.1.0
 */
export class TenantScope extends Schema.Class<TenantScope>("@runledger/TenantScope")({
  orgId: IdString,
  workspaceId: IdString,
  deploymentId: Schema.optional(IdString)
}) {}

/**
 * What callers pass for a scope: a plain object, decoded and checked by the store.
 *
 * @since 0.1.0
 */
export type Input = {
  readonly orgId: string
  readonly workspaceId: string
  readonly deploymentId?: string | undefined
}

/**
 * A string that identifies a scope and nothing else: the components joined by a separator that no
 * valid id contains (NUL is a control character), so two scopes never share a key. Backends use it
 * as the scope column and map key.
 *
 * @since 0.1.0
 */
export const key = (scope: Input): string =>
  scope.deploymentId === undefined
    ? `${scope.orgId}\u0000${scope.workspaceId}`
    : `${scope.orgId}\u0000${scope.workspaceId}\u0000${scope.deploymentId}`

/**
 * The scope a key was made from (the inverse of {@link key}).
 *
 * @since 0.1.0
 */
export const fromKey = (k: string): TenantScope => {
  const [orgId = "", workspaceId = "", deploymentId] = k.split("\u0000")
  return deploymentId === undefined
    ? TenantScope.make({ orgId, workspaceId })
    : TenantScope.make({ orgId, workspaceId, deploymentId })
}

/**
 * Human-readable form, `org/workspace[/deployment]`, as the CLI's `--tenant` takes it.
 *
 * @since 0.1.0
 */
export const format = (scope: Input): string =>
  [scope.orgId, scope.workspaceId, ...(scope.deploymentId === undefined ? [] : [scope.deploymentId])].join("/")
