/**
 * The `runledger` command tree: every command, each with the store options (`--db`, `--pg`,
 * `--pg-schema`), `--tenant` and `--json`.
 *
 * @since 0.1.0
 */
import type { CliApp } from "@effect/cli"
import { Command } from "@effect/cli"
import type { Effect } from "effect"
import { HashMap } from "effect"
import type { AnyCommand } from "./internal/common.js"
import * as Events from "./internal/commands/events.js"
import * as Ops from "./internal/commands/ops.js"
import * as Records from "./internal/commands/records.js"
import * as Runs from "./internal/commands/runs.js"
import * as Transfer from "./internal/commands/transfer.js"

/**
 * The version `runledger --version` prints.
 *
 * @since 0.1.0
 */
export const version = "0.1.0"

/**
 * The root command.
 *
 * @since 0.1.0
 */
export const command: AnyCommand<"runledger"> = Command.make("runledger").pipe(
  Command.withDescription(
    "the runledger ops tool: inspect, verify, recover, compact, export and import a SQLite file (--db) or a Postgres database (--pg). " +
      "Exit codes: 0 ok, 1 verify findings, 2 usage, 3 not found, 4 conflict, 5 store unavailable, 6 corrupt data, 70 internal, 130 interrupted."
  ),
  Command.withSubcommands([
    Runs.command,
    Events.command,
    ...Ops.commands.slice(0, 1),
    Records.snapshots,
    Records.specs,
    Records.timers,
    Records.leases,
    ...Ops.commands.slice(1),
    ...Transfer.commands
  ])
)

const subcommandsOf = <N extends string>(group: AnyCommand<N>): ReadonlySet<string> =>
  new Set(HashMap.keys(Command.getSubcommands(group)))

/** The sub-commands of each command that has them. */
const groups = (): ReadonlyMap<string, ReadonlySet<string>> =>
  new Map([
    ["runs", subcommandsOf(Runs.command)],
    ["events", subcommandsOf(Events.command)],
    ["snapshots", subcommandsOf(Records.snapshots)],
    ["specs", subcommandsOf(Records.specs)],
    ["timers", subcommandsOf(Records.timers)],
    ["leases", subcommandsOf(Records.leases)]
  ])

/**
 * The command that leading `args` (the arguments after the executable) name — `["runs", "show"]`,
 * `["verify"]`, `[]` — for a hint to its `--help`.
 *
 * @since 0.1.0
 */
export const commandPath = (args: ReadonlyArray<string>): ReadonlyArray<string> => {
  const first = args[0]
  if (first === undefined || !HashMap.has(Command.getSubcommands(command), first)) return []
  const second = args[1]
  return second !== undefined && groups().get(first)?.has(second) === true ? [first, second] : [first]
}

/**
 * Whether `name` is a command that only groups others (`runs`, `events`, …): given alone, it prints
 * its help.
 *
 * @since 0.1.0
 */
export const isGroup = (name: string): boolean => groups().has(name)

/**
 * Parse `argv` (the arguments after the executable) and run the command.
 *
 * @since 0.1.0
 */
export const run: (argv: ReadonlyArray<string>) => Effect.Effect<void, unknown, CliApp.CliApp.Environment> = Command.run(command, {
  name: "runledger",
  version
})
