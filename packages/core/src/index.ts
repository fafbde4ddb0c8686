/**
 * @runledger/core — the pure heart of runledger: the Schema domain, the reducers that decide every
 * change, the typed errors, and the store services as `Context.Tag`s. No I/O.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Compaction from "./Compaction.js"
/** @since 0.1.0 */
export * as ContextStore from "./ContextStore.js"
/** @since 0.1.0 */
export * as Errors from "./Errors.js"
/** @since 0.1.0 */
export * as Event from "./Event.js"
/** @since 0.1.0 */
export * as EventLog from "./EventLog.js"
/** @since 0.1.0 */
export * as EventStream from "./EventStream.js"
/** @since 0.1.0 */
export * as Identifiers from "./Identifiers.js"
/** @since 0.1.0 */
export * as Json from "./Json.js"
/** @since 0.1.0 */
export * as Lease from "./Lease.js"
/** @since 0.1.0 */
export * as LeaseStore from "./LeaseStore.js"
/** @since 0.1.0 */
export * as Limits from "./Limits.js"
/** @since 0.1.0 */
export * as PathSegment from "./PathSegment.js"
/** @since 0.1.0 */
export * as Recovery from "./Recovery.js"
/** @since 0.1.0 */
export * as Run from "./Run.js"
/** @since 0.1.0 */
export * as RunCommit from "./RunCommit.js"
/** @since 0.1.0 */
export * as RunStatus from "./RunStatus.js"
/** @since 0.1.0 */
export * as RunStore from "./RunStore.js"
/** @since 0.1.0 */
export * as RunTransition from "./RunTransition.js"
/** @since 0.1.0 */
export * as Snapshot from "./Snapshot.js"
/** @since 0.1.0 */
export * as SnapshotStore from "./SnapshotStore.js"
/** @since 0.1.0 */
export * as Spec from "./Spec.js"
/** @since 0.1.0 */
export * as SpecStore from "./SpecStore.js"
/** @since 0.1.0 */
export * as StepLedger from "./StepLedger.js"
/** @since 0.1.0 */
export * as StepOutput from "./StepOutput.js"
/** @since 0.1.0 */
export * as Stores from "./Stores.js"
/** @since 0.1.0 */
export * as TenantScope from "./TenantScope.js"
/** @since 0.1.0 */
export * as Terminalize from "./Terminalize.js"
/** @since 0.1.0 */
export * as Timer from "./Timer.js"
/** @since 0.1.0 */
export * as TimerStore from "./TimerStore.js"
/** @since 0.1.0 */
export * as WriteBeforeComplete from "./WriteBeforeComplete.js"
