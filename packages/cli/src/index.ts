/**
 * @runledger/cli — `runledger`, the ops tool over a SQLite file or a Postgres database.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Cli from "./Cli.js"
/** @since 0.1.0 */
export * as CliError from "./CliError.js"
/** @since 0.1.0 */
export * as Connection from "./Connection.js"
/** @since 0.1.0 */
export * as ExitCode from "./ExitCode.js"
/** @since 0.1.0 */
export * as Main from "./Main.js"
/** @since 0.1.0 */
export * as Redact from "./Redact.js"
/** @since 0.1.0 */
export * as Render from "./Render.js"
