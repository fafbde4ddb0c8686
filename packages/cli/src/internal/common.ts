/** What every command shares: the store options, the tenant, `--json`, and running with the store. */
import type { Command } from "@effect/cli"
import { Options } from "@effect/cli"
import type * as SqlClient from "@effect/sql/SqlClient"
import type { TenantScope } from "@runledger/core"
import type { SqlStore } from "@runledger/sql"
import { Effect, Option } from "effect"
import { UsageError } from "../CliError.js"
import type * as CliError from "../CliError.js"
import * as Connection from "../Connection.js"
import * as Parse from "./parse.js"

export const common = {
  db: Options.text("db").pipe(
    Options.withDescription("the SQLite database file (default ./runledger.db)"),
    Options.optional
  ),
  pg: Options.text("pg").pipe(
    Options.withDescription("a Postgres URL (default: RUNLEDGER_PG_URL); the password is never printed"),
    Options.optional
  ),
  pgSchema: Options.text("pg-schema").pipe(
    Options.withDescription("the Postgres schema (default: RUNLEDGER_PG_SCHEMA, else the server's default)"),
    Options.optional
  ),
  tenant: Options.text("tenant").pipe(
    Options.withDescription("the scope: org/workspace or org/workspace/deployment (default: RUNLEDGER_TENANT)"),
    Options.optional
  ),
  json: Options.boolean("json").pipe(Options.withDescription("print JSON instead of tables"))
}

export interface Common {
  readonly db: Option.Option<string>
  readonly pg: Option.Option<string>
  readonly pgSchema: Option.Option<string>
  readonly tenant: Option.Option<string>
  readonly json: boolean
}

/** The tenant of `--tenant` or `RUNLEDGER_TENANT`, if any. */
export const scopeOption = (c: Common): Effect.Effect<Option.Option<TenantScope.Input>, UsageError> => {
  const text = Option.orElse(c.tenant, () => Option.fromNullable(process.env.RUNLEDGER_TENANT).pipe(Option.filter((s) => s !== "")))
  return Option.match(text, {
    onNone: () => Effect.succeed(Option.none()),
    onSome: (t) => Effect.map(Parse.tenant(t), Option.some)
  })
}

/** The tenant, required. */
export const scopeRequired = (c: Common, command: string): Effect.Effect<TenantScope.Input, UsageError> =>
  Effect.flatMap(scopeOption(c), Option.match({
    onNone: () => Effect.fail(new UsageError({ message: `${command} needs --tenant org/workspace[/deployment]` })),
    onSome: Effect.succeed
  }))

/** Run `body` with the store of the options provided. */
export const withStore = <A, E, R extends SqlStore.Stores | SqlClient.SqlClient>(
  c: Common,
  mode: Connection.Mode,
  body: Effect.Effect<A, E, R>
): Effect.Effect<
  A,
  E | UsageError | SqlStore.OpenError | CliError.NotFoundError | CliError.UnavailableError | CliError.DamagedError,
  Exclude<R, SqlStore.Stores | SqlClient.SqlClient>
> =>
  Effect.flatMap(Connection.target(c), (t) => Effect.provide(body, Connection.layer(t, mode)))

/** The type every command is exported at: its environment is provided inside, its errors are classified by `Main`. */
// The parsed arguments are `any`: a handler takes its own shape (the type is contravariant there).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand<Name extends string> = Command.Command<Name, never, unknown, any>
