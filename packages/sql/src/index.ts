/**
 * @runledger/sql — the runledger store over `@effect/sql`, shared by the SQLite and Postgres
 * backends.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as SqlStore from "./SqlStore.js"

/** @since 0.1.0 */
export * as SqlAdmin from "./SqlAdmin.js"

/** @since 0.1.0 */
export * as StoreConnection from "./StoreConnection.js"
