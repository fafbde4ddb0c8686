/**
 * @runledger/adapter-memory — the reference backend, in process memory.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as MemoryStore from "./MemoryStore.js"
