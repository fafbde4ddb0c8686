/**
 * @runledger/adapter-sqlite — the embedded runledger backend: one SQLite file.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as SqliteStore from "./SqliteStore.js"
