/**
 * The logical shape of every table, shared by export, import and the inspections: which columns a
 * record carries, how each is read and written, and the deterministic order records go out in.
 *
 * Generated row ids (`steps.id`, `failures.id`, `events.position`) are not part of a record: the
 * export lists those tables in row-id order, and the import inserts them in file order, so the ids a
 * database assigns keep the same relative order (append order of the ledgers, commit order of the
 * change feed) on any backend.
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import type { Fragment } from "@effect/sql/Statement"
import type { TableNames } from "../schema.js"

/**
 * How a column is carried:
 * - `id`: an id stored sortable (`codec.enc`); the record holds the id itself.
 * - `scope`: a scope column; `deployment_id` '' (no deployment) is `null` in the record.
 * - `text`, `int`: as stored; `?` allows null.
 * - `json`: a column holding JSON text; the record holds the JSON value (the store writes
 *   `JSON.stringify` output, so value → text is exact).
 */
export type ColumnKind = "id" | "scope" | "text" | "text?" | "int" | "int?" | "json" | "json?"

export interface TableSpec {
  /** The record kind in the export file. */
  readonly kind: string
  readonly table: keyof TableNames
  readonly columns: ReadonlyArray<readonly [name: string, kind: ColumnKind]>
  /** The export order: a generated row id, or the primary key columns. */
  readonly order: { readonly rowId: string } | { readonly key: ReadonlyArray<string> }
}

const scope = [["org_id", "scope"], ["workspace_id", "scope"], ["deployment_id", "scope"]] as const
const scopeKey = ["org_id", "workspace_id", "deployment_id"]

/** Every table, in the order an export lists them (and an import must meet them: parents first). */
export const specs: ReadonlyArray<TableSpec> = [
  {
    kind: "run",
    table: "runs",
    columns: [
      ...scope,
      ["run_id", "id"],
      ["flow_id", "text"],
      ["status", "text"],
      ["version", "int"],
      ["input", "json"],
      ["state", "json"],
      ["created_at", "int"],
      ["updated_at", "int"],
      ["completed_at", "int?"],
      ["chain_id", "text"],
      ["parent_run_id", "text?"],
      ["spec_id", "text?"],
      ["spec_revision", "int?"]
    ],
    order: { key: [...scopeKey, "run_id"] }
  },
  {
    kind: "step",
    table: "steps",
    columns: [...scope, ["run_id", "id"], ["step_id", "text"], ["kind", "text"], ["attempt", "int"], ["at", "int"], [
      "detail",
      "json?"
    ]],
    order: { rowId: "id" }
  },
  {
    kind: "failure",
    table: "failures",
    columns: [...scope, ["run_id", "id"], ["step_id", "text"], ["reason", "json"], ["at", "int"]],
    order: { rowId: "id" }
  },
  {
    kind: "output",
    table: "outputs",
    columns: [...scope, ["run_id", "id"], ["step_id", "id"], ["value", "json"], ["fingerprint", "text"], [
      "written_at",
      "int"
    ]],
    order: { key: [...scopeKey, "run_id", "step_id"] }
  },
  {
    kind: "global",
    table: "globals",
    columns: [...scope, ["key", "text"], ["value", "json"], ["fingerprint", "text"], ["updated_at", "int"]],
    order: { key: [...scopeKey, "key"] }
  },
  {
    kind: "stream",
    table: "streams",
    columns: [...scope, ["run_id", "id"], ["last_seq", "int"], ["event_count", "int"], ["event_bytes", "int"], [
      "compacted_through_seq",
      "int"
    ]],
    order: { key: [...scopeKey, "run_id"] }
  },
  {
    kind: "event",
    table: "events",
    columns: [
      ...scope,
      ["run_id", "id"],
      ["seq", "int"],
      ["event_id", "text"],
      ["type", "text"],
      ["occurred_at", "int"],
      ["payload", "json"],
      ["causation_id", "text?"],
      ["correlation_id", "text?"],
      ["actor", "text?"],
      ["schema_version", "int"],
      ["fingerprint", "text"],
      ["bytes", "int"]
    ],
    order: { rowId: "position" }
  },
  {
    kind: "prunedEvent",
    table: "prunedEvents",
    columns: [...scope, ["run_id", "id"], ["event_id", "text"], ["seq", "int"], ["fingerprint", "text"]],
    order: { key: [...scopeKey, "run_id", "event_id"] }
  },
  {
    kind: "snapshot",
    table: "snapshots",
    columns: [...scope, ["snapshot_id", "id"], ["run_id", "id"], ["seq", "int"], ["record", "json"]],
    order: { key: [...scopeKey, "snapshot_id"] }
  },
  {
    kind: "spec",
    table: "specs",
    columns: [...scope, ["spec_id", "id"], ["last_revision", "int"], ["current_revision", "int?"]],
    order: { key: [...scopeKey, "spec_id"] }
  },
  {
    kind: "specRevision",
    table: "specRevisions",
    columns: [...scope, ["spec_id", "id"], ["revision", "int"], ["definition", "json"], ["content_hash", "text"], [
      "created_at",
      "int"
    ]],
    order: { key: [...scopeKey, "spec_id", "revision"] }
  },
  {
    kind: "timer",
    table: "timers",
    columns: [
      ...scope,
      ["run_id", "id"],
      ["timer_id", "id"],
      ["fire_at", "int"],
      ["status", "text"],
      ["scheduled_at", "int"],
      ["fired_at", "int?"],
      ["canceled_at", "int?"]
    ],
    order: { key: [...scopeKey, "run_id", "timer_id"] }
  },
  {
    kind: "lease",
    table: "leases",
    columns: [...scope, ["run_id", "id"], ["owner", "text"], ["token", "int"], ["acquired_at", "int"], [
      "expires_at",
      "int"
    ], ["released_at", "int?"]],
    order: { key: [...scopeKey, "run_id"] }
  }
]

/** The spec of a record kind. */
export const specOf: ReadonlyMap<string, TableSpec> = new Map(specs.map((spec) => [spec.kind, spec]))

/** The handle admin operations share: the client (without name transforms) and the table names. */
export interface AdminCtx {
  readonly sql: SqlClient.SqlClient
  readonly names: TableNames
  readonly t: { readonly [K in keyof TableNames]: Fragment }
}

/** The columns a page is ordered and continued by. */
export const orderColumns = (spec: TableSpec): ReadonlyArray<string> =>
  "rowId" in spec.order ? [spec.order.rowId] : spec.order.key
