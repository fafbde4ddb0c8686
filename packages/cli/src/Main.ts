/**
 * The entry point of the `runledger` binary: runs the command, prints any failure as one line on
 * stderr (passwords redacted, no stack trace for a user's mistake) and exits with the code of its
 * class (see `ExitCode`).
 *
 * @since 0.1.0
 */
import { ValidationError } from "@effect/cli"
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Cause, Effect, Exit, Option } from "effect"
import * as Cli from "./Cli.js"
import * as ExitCode from "./ExitCode.js"
import * as Redact from "./Redact.js"

/**
 * A failure's exit code and the line that explains it (none when it was printed already).
 *
 * @since 0.1.0
 */
export const classify = (error: unknown): { readonly code: number; readonly message: Option.Option<string> } => {
  if (ValidationError.isValidationError(error)) {
    // @effect/cli printed the problem and the usage already.
    return { code: ExitCode.Usage, message: Option.none() }
  }
  const tag = typeof error === "object" && error !== null && "_tag" in error ? String((error as { _tag: unknown })._tag) : ""
  const message = error instanceof Error ? error.message : String(error)
  const line = (prefix: string) => Option.some(`${prefix}${message}`)
  switch (tag) {
    case "VerifyFailed":
      return { code: ExitCode.Findings, message: line("") }
    case "UsageError":
    case "InvalidInput":
    case "InvalidTransition":
      return { code: ExitCode.Usage, message: line("") }
    case "NotFoundError":
    case "NotFound":
      return { code: ExitCode.NotFound, message: line("") }
    case "AlreadyExists":
    case "RevisionConflict":
    case "SequenceConflict":
    case "EventConflict":
    case "LeaseHeld":
    case "Fenced":
    case "StoreNotEmpty":
      return { code: ExitCode.Conflict, message: line("conflict: ") }
    case "UnavailableError":
    case "StoreUnavailable":
    case "SchemaTooNew":
    case "HistoryLimit":
      return { code: ExitCode.Unavailable, message: line("") }
    case "StoreCorrupt":
      return { code: ExitCode.Corrupt, message: line("") }
    case "ImportRejected":
      return { code: ExitCode.Corrupt, message: line("import rejected: ") }
    default:
      return { code: ExitCode.Internal, message: line("internal error: ") }
  }
}

const report = (cause: Cause.Cause<unknown>): Effect.Effect<number> =>
  Effect.sync(() => {
    if (Cause.isInterruptedOnly(cause)) return ExitCode.Interrupted
    const failure = Cause.failureOption(cause)
    const debug = process.env.RUNLEDGER_DEBUG === "1"
    if (Option.isSome(failure)) {
      const { code, message } = classify(failure.value)
      if (Option.isSome(message)) process.stderr.write(`runledger: ${Redact.text(message.value)}\n`)
      if (debug || code === ExitCode.Internal) {
        if (debug) process.stderr.write(`${Redact.text(Cause.pretty(cause))}\n`)
        else process.stderr.write("runledger: set RUNLEDGER_DEBUG=1 for the details\n")
      }
      return code
    }
    // A defect: a bug, not the user's mistake.
    const defect = Cause.squash(cause)
    process.stderr.write(`runledger: internal error: ${Redact.text(defect instanceof Error ? defect.message : String(defect))}\n`)
    process.stderr.write(debug ? `${Redact.text(Cause.pretty(cause))}\n` : "runledger: set RUNLEDGER_DEBUG=1 for the stack trace\n")
    return ExitCode.Internal
  })

/**
 * Run `runledger` with `argv` (`process.argv`) and exit with the code of the outcome.
 *
 * @since 0.1.0
 */
export const main = (argv: ReadonlyArray<string>): void => {
  const program = Cli.run(argv).pipe(
    Effect.as(ExitCode.Ok),
    Effect.catchAllCause(report),
    Effect.provide(NodeContext.layer)
  )
  NodeRuntime.runMain(program, {
    disableErrorReporting: true,
    disablePrettyLogger: true,
    teardown: (exit, onExit) => {
      onExit(Exit.isSuccess(exit) ? (exit.value as number) : ExitCode.Interrupted)
    }
  })
}
