/**
 * @runledger/workflow — the durable engine for `@effect/workflow` on runledger's stores.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as EngineError from "./EngineError.js"
/** @since 0.1.0 */
export * as RunledgerEngine from "./RunledgerEngine.js"
/** @since 0.1.0 */
export * as WorkflowRecords from "./WorkflowRecords.js"
