/**
 * What every backend of the SQL store shares: the client, the table names, the transaction runner
 * and the dialect fragments.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { Connection } from "@effect/sql/SqlConnection"
import type { Fragment } from "@effect/sql/Statement"
import type { SqlError } from "@effect/sql/SqlError"
import type { Errors, TenantScope } from "@runledger/core"
import { Effect } from "effect"
import type { Subject } from "./errors.js"
import { refail } from "./errors.js"
import { enc, scopeColumns } from "./codec.js"
import type { TableNames } from "./schema.js"
import type { Statements } from "./statements.js"
import type { ErrorOf, Script, ValueOf } from "./script.js"
import { runEffect } from "./script.js"
import type { Body, Transactions } from "./tx.js"

/** The shared handle of one SQL store. */
export interface Ctx {
  readonly sql: SqlClient.SqlClient
  /** Whether the dialect is Postgres (row locks, the conditional-UPDATE CAS, the numbered feed). */
  readonly pg: boolean
  readonly names: TableNames
  /** Table identifiers, for statements. */
  readonly t: { readonly [K in keyof TableNames]: Fragment }
  readonly tx: Transactions
  /** Row lock of the row a write reads before it decides (Postgres); SQLite's write lock covers it. */
  readonly forUpdate: Fragment
  /** Shared row lock of a row a write depends on but does not change (the lease it is fenced by). */
  readonly forShare: Fragment
  /** The hot statements, compiled once. */
  readonly st: Statements
  /** Whether every statement is traced (`traceStatements`). */
  readonly trace: boolean
  /** Wrap a store operation: tracing of its SQL statements on or off. */
  readonly instrument: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
}

/** `org_id = … AND workspace_id = … AND deployment_id = …` for `scope`. */
export const inScope = (ctx: Ctx, scope: TenantScope.Input): Fragment => {
  const c = scopeColumns(scope)
  return ctx.sql`org_id = ${c.org_id} AND workspace_id = ${c.workspace_id} AND deployment_id = ${c.deployment_id}`
}

/** The scope condition plus `run_id = …`. */
export const inRun = (ctx: Ctx, scope: TenantScope.Input, runId: string): Fragment =>
  ctx.sql`${inScope(ctx, scope)} AND run_id = ${enc(runId)}`

/** Run a statement script on `conn` inside an Effect body (its statements traced with `traceStatements`). */
export const runScriptOn = <S extends Script<any, any>>(
  ctx: Ctx,
  conn: Connection,
  script: S
): Effect.Effect<ValueOf<S>, ErrorOf<S> | SqlError> => runEffect(conn, script, ctx.trace)

/** The connection of the transaction a store body runs in. */
export const transactionConnection: Effect.Effect<Connection, never, SqlClient.TransactionConnection> = Effect.map(
  SqlClient.TransactionConnection,
  ([conn]) => conn
)

/**
 * A body written with `@effect/sql` templates: its statements go to the connection of its
 * transaction (provided as the `TransactionConnection`), and are traced only with `traceStatements`
 * (the body may run on the fiber of another write, under group commit: the switch goes with it).
 */
const templated = <A, E>(ctx: Ctx, body: Effect.Effect<A, E, SqlClient.TransactionConnection>): Body<A, E> => (conn) =>
  Effect.provideService(ctx.instrument(body), SqlClient.TransactionConnection, [conn, 0] as const)

/** A store operation that writes: one write transaction, driver failures mapped to typed errors. */
export const writing = (ctx: Ctx, operation: string, subject?: Subject) =>
<A, E>(body: Effect.Effect<A, E, SqlClient.TransactionConnection>): Effect.Effect<A, Exclude<E, SqlError> | Errors.StoreError> =>
  refail(operation, subject)(ctx.tx.write(templated(ctx, body)))

/** A store operation that reads with several statements: one read transaction (one snapshot). */
export const reading = (ctx: Ctx, operation: string, subject?: Subject) =>
<A, E>(body: Effect.Effect<A, E, SqlClient.TransactionConnection>): Effect.Effect<A, Exclude<E, SqlError> | Errors.StoreError> =>
  refail(operation, subject)(ctx.tx.read(templated(ctx, body)))

/** A store operation whose statements need no common snapshot. */
export const querying = (ctx: Ctx, operation: string, subject?: Subject) =>
<A, E>(body: Effect.Effect<A, E, SqlClient.TransactionConnection>): Effect.Effect<A, Exclude<E, SqlError> | Errors.StoreError> =>
  refail(operation, subject)(ctx.tx.single(templated(ctx, body)))

// The hot operations run only the store's prepared statements (`ctx.st`), on the connection their
// body is given: no `TransactionConnection` to provide, no tracer to switch (prepared statements
// trace themselves when `traceStatements` is on). Such a body must not run templates: they would
// not go to its connection.

/** {@link writing} for a body of prepared statements only. */
export const writingPrepared = (ctx: Ctx, operation: string, subject?: Subject) =>
<A, E>(body: Body<A, E>): Effect.Effect<A, Exclude<E, SqlError> | Errors.StoreError> =>
  refail(operation, subject)(ctx.tx.write(body))

/** {@link reading} for a body of prepared statements only. */
export const readingPrepared = (ctx: Ctx, operation: string, subject?: Subject) =>
<A, E>(body: Body<A, E>): Effect.Effect<A, Exclude<E, SqlError> | Errors.StoreError> =>
  refail(operation, subject)(ctx.tx.read(body))

/** {@link querying} for a body of prepared statements only. */
export const queryingPrepared = (ctx: Ctx, operation: string, subject?: Subject) =>
<A, E>(body: Body<A, E>): Effect.Effect<A, Exclude<E, SqlError> | Errors.StoreError> =>
  refail(operation, subject)(ctx.tx.single(body))
