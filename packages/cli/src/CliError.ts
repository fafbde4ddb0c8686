/**
 * The errors of the CLI itself (besides the store's typed errors), each mapped to an exit code by
 * `Main`.
 *
 * @since 0.1.0
 */
import { Data } from "effect"

/** A malformed value or a missing option. @since 0.1.0 */
export class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {}

/** Something the user named does not exist. @since 0.1.0 */
export class NotFoundError extends Data.TaggedError("NotFoundError")<{ readonly message: string }> {}

/** The database file is not a runledger database, or it is damaged. @since 0.1.0 */
export class DamagedError extends Data.TaggedError("DamagedError")<{ readonly message: string }> {}

/** The store cannot be opened or reached. @since 0.1.0 */
export class UnavailableError extends Data.TaggedError("UnavailableError")<{ readonly message: string }> {}

/** `verify` found problems; they were printed already. @since 0.1.0 */
export class VerifyFailed extends Data.TaggedError("VerifyFailed")<{ readonly findings: number }> {
  override get message(): string {
    return `verify found ${this.findings} problem${this.findings === 1 ? "" : "s"}`
  }
}
