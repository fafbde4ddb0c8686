/**
 * @runledger/core — the pure heart of runledger: the Schema domain, the reducers that decide every
 * change, the typed errors, and the store services as `Context.Tag`s. No I/O.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as ContextStore from "./ContextStore.js"
/** @since 0.1.0 */
export * as Errors from "./Errors.js"
/** @since 0.1.0 */
export * as Identifiers from "./Identifiers.js"
/** @since 0.1.0 */
export * as Json from "./Json.js"
/** @since 0.1.0 */
export * as Limits from "./Limits.js"
/** @since 0.1.0 */
export * as PathSegment from "./PathSegment.js"
/** @since 0.1.0 */
export * as Run from "./Run.js"
/** @since 0.1.0 */
export * as RunStatus from "./RunStatus.js"
/** @since 0.1.0 */
export * as RunStore from "./RunStore.js"
/** @since 0.1.0 */
export * as StepLedger from "./StepLedger.js"
/** @since 0.1.0 */
export * as StepOutput from "./StepOutput.js"
/** @since 0.1.0 */
export * as TenantScope from "./TenantScope.js"
