/**
 * @runledger/adapter-postgres — the runledger backend for many workers on many machines: one
 * PostgreSQL database.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as PgStore from "./PgStore.js"
