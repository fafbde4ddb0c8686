/**
 * The entry point of the `runledger` binary: runs the command, prints any failure as one line on
 * stderr — `runledger: <what went wrong>`, or with `--json` one JSON object `{"error":{"exitCode",
 * "kind","message","hint"?}}` — (passwords redacted, no stack trace for a user's mistake, a hint to
 * `--help` for arguments that do not parse) and exits with the code of its class (see `ExitCode`).
 *
 * @since 0.1.0
 */
import { ValidationError } from "@effect/cli"
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Cause, Console, Effect, Exit, Option } from "effect"
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
    // `main` prints what @effect/cli found in the arguments, with a hint to --help.
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
    case "DamagedError":
      return { code: ExitCode.Corrupt, message: line("") }
    case "ImportRejected":
      return { code: ExitCode.Corrupt, message: line("import rejected: ") }
    default:
      return { code: ExitCode.Internal, message: line("internal error: ") }
  }
}

/**
 * How this invocation prints, from its arguments and its terminal: `--json` makes every error one
 * JSON object on stderr; colour only on a terminal without `NO_COLOR`; help and version text is
 * tidied (its usage lines name the whole command).
 */
interface Conduct {
  readonly json: boolean
  readonly color: boolean
  readonly help: boolean
  /** The command the arguments name, e.g. `["runs", "show"]`. */
  readonly path: ReadonlyArray<string>
  /** What @effect/cli said about arguments it could not parse (it prints them with `Console.error`). */
  readonly parseErrors: Array<string>
}

const conductOf = (argv: ReadonlyArray<string>): Conduct => {
  const args = argv.slice(2)
  const path = Cli.commandPath(args)
  const words = args.filter((a) => !a.startsWith("-"))
  return {
    json: args.includes("--json"),
    color: process.stdout.isTTY === true && (process.env.NO_COLOR ?? "") === "",
    // What prints help or the version rather than run a command (a group given alone prints its help).
    help: args.some((a) => a === "--help" || a === "-h" || a === "--version") ||
      words.length === 0 || (words.length === 1 && path.length === 1 && Cli.isGroup(path[0]!)),
    path,
    parseErrors: []
  }
}

// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g

/** Help and version text: without colour off a terminal, usage lines naming the whole command. */
const shapeHelp = (conduct: Conduct, text: string): string => {
  const plain = conduct.color ? text : text.replace(ansi, "")
  if (!conduct.help) return plain
  // @effect/cli's usage of a sub-command starts at its own name (`$ list …`): prefix the path to it.
  const parents = conduct.path.slice(0, -1)
  return plain.replace(/^(\s*(?:\u001b\[[0-9;]*m)*)\$ (?!runledger\b)/gm, `$1$ ${["runledger", ...parents].join(" ")} `).trimEnd()
}

/**
 * The console @effect/cli prints through: standard output shaped by {@link shapeHelp}; its error
 * output (the problems it found in the arguments) kept for {@link report}, which prints them as one
 * line — or one JSON object — like every other error. The commands print to stderr directly.
 */
const consoleFor = (conduct: Conduct, base: Console.Console): Console.Console => ({
  ...base,
  log: (...args: ReadonlyArray<unknown>) =>
    Effect.sync(() => {
      process.stdout.write(`${shapeHelp(conduct, args.map(String).join(" "))}\n`)
    }),
  error: (...args: ReadonlyArray<unknown>) =>
    Effect.sync(() => {
      conduct.parseErrors.push(args.map(String).join(" ").replace(ansi, ""))
    })
})

const kinds: { readonly [code: number]: string } = {
  [ExitCode.Findings]: "findings",
  [ExitCode.Usage]: "usage",
  [ExitCode.NotFound]: "not-found",
  [ExitCode.Conflict]: "conflict",
  [ExitCode.Unavailable]: "unavailable",
  [ExitCode.Corrupt]: "corrupt",
  [ExitCode.Internal]: "internal"
}

/** Print one error: `runledger: <message>` (and a hint), or with `--json` one JSON object. */
const printError = (conduct: Conduct, code: number, message: string, hint?: string): void => {
  const shown = Redact.text(message)
  if (conduct.json) {
    process.stderr.write(`${JSON.stringify({ error: { exitCode: code, kind: kinds[code] ?? "error", message: shown, ...(hint === undefined ? {} : { hint }) } })}\n`)
  } else {
    process.stderr.write(`runledger: ${shown}${hint === undefined ? "" : `; ${hint}`}\n`)
  }
}

/** The problem @effect/cli found in the arguments, as one line. */
const parseProblem = (conduct: Conduct): string => {
  const lines = conduct.parseErrors.join("\n").split("\n").map((l) => l.trim()).filter((l) => l !== "")
  return lines.length === 0 ? "invalid arguments" : lines.join(" ")
}

const report = (conduct: Conduct) => (cause: Cause.Cause<unknown>): Effect.Effect<number> =>
  Effect.sync(() => {
    if (Cause.isInterruptedOnly(cause)) return ExitCode.Interrupted
    const failure = Cause.failureOption(cause)
    const debug = process.env.RUNLEDGER_DEBUG === "1"
    if (Option.isSome(failure)) {
      if (ValidationError.isValidationError(failure.value)) {
        printError(conduct, ExitCode.Usage, parseProblem(conduct), `see 'runledger ${conduct.path.join(" ")}${conduct.path.length === 0 ? "" : " "}--help'`)
        return ExitCode.Usage
      }
      const { code, message } = classify(failure.value)
      if (Option.isSome(message)) {
        printError(conduct, code, message.value, code === ExitCode.Internal && !debug ? "set RUNLEDGER_DEBUG=1 for the details" : undefined)
      }
      if (debug) process.stderr.write(`${Redact.text(Cause.pretty(cause))}\n`)
      return code
    }
    // A defect: a bug, not the user's mistake.
    const defect = Cause.squash(cause)
    printError(
      conduct,
      ExitCode.Internal,
      `internal error: ${defect instanceof Error ? defect.message : String(defect)}`,
      debug ? undefined : "set RUNLEDGER_DEBUG=1 for the stack trace"
    )
    if (debug) process.stderr.write(`${Redact.text(Cause.pretty(cause))}\n`)
    return ExitCode.Internal
  })

/**
 * Run `runledger` with `argv` (`process.argv`) and exit with the code of the outcome.
 *
 * @since 0.1.0
 */
export const main = (argv: ReadonlyArray<string>): void => {
  const conduct = conductOf(argv)
  const program = Console.consoleWith((base) => Effect.withConsole(Cli.run(argv), consoleFor(conduct, base))).pipe(
    Effect.as(ExitCode.Ok),
    Effect.catchAllCause(report(conduct)),
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
