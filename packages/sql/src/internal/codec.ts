/**
 * How values become columns and back: ids that sort like JavaScript strings, dates as epoch
 * milliseconds, JSON as text.
 */
import { Identifiers, Json, TenantScope } from "@runledger/core"

// ---------------------------------------------------------------------------------------------
// Sortable ids
// ---------------------------------------------------------------------------------------------

// The core orders ids as JavaScript compares strings: by UTF-16 code unit. SQLite (BINARY) and
// Postgres (COLLATE "C") compare UTF-8 bytes, which is code point order. The two disagree only when a
// character in U+E000..U+FFFF meets a supplementary one (stored as a surrogate pair, 0xD800..):
// "\u{FEFF}" sorts after "\u{1F600}" in JavaScript, before it in SQL. So id columns that take part in
// an ORDER BY or a keyset comparison store every code unit u >= 0xD800 as the code point u + 0x800
// (U+E000..U+107FF): code point order of the stored text is then code unit order of the id, the map
// is one-to-one, and ids without such characters — nearly all of them — are stored as they are.
const needsEncoding = /[\ud800-\uffff]/
const needsDecoding = /[\ue000-\uffff\ud800-\udbff]/

/** The stored form of an id that is compared in SQL. */
export const enc = (id: string): string => {
  if (!needsEncoding.test(id)) return id
  let out = ""
  for (let i = 0; i < id.length; i++) {
    const unit = id.charCodeAt(i)
    out += unit >= 0xd800 ? String.fromCodePoint(unit + 0x800) : id[i]
  }
  return out
}

/** The id a stored form stands for (the inverse of {@link enc}). */
export const dec = (stored: string): string => {
  if (!needsDecoding.test(stored)) return stored
  let out = ""
  for (const ch of stored) {
    const point = ch.codePointAt(0)!
    out += point >= 0xe000 ? String.fromCharCode(point - 0x800) : ch
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------------------------

/** The three scope columns of a scope; an absent deployment is the empty string (never a valid id). */
export interface ScopeColumns {
  readonly org_id: string
  readonly workspace_id: string
  readonly deployment_id: string
}

/** The scope columns of `scope`. */
export const scopeColumns = (scope: TenantScope.Input): ScopeColumns => ({
  org_id: enc(scope.orgId),
  workspace_id: enc(scope.workspaceId),
  deployment_id: scope.deploymentId === undefined ? "" : enc(scope.deploymentId)
})

const scopeId = (stored: unknown): string => {
  if (typeof stored !== "string") throw new Error(`not a scope id: ${String(stored)}`)
  const id = dec(stored)
  const problem = Identifiers.idProblem(id)
  if (problem !== undefined) throw new Error(`not a scope id (${problem}): ${JSON.stringify(id)}`)
  return id
}

// Rows read together nearly always share their scope: the last one decoded is reused.
let lastScope: { readonly org: string; readonly ws: string; readonly dep: string; readonly scope: TenantScope.TenantScope } | undefined

/** The scope stored in a row's scope columns (checked: the record is built without re-validation). */
export const scopeOf = (row: ScopeColumns): TenantScope.TenantScope => {
  const last = lastScope
  if (last !== undefined && last.org === row.org_id && last.ws === row.workspace_id && last.dep === row.deployment_id) {
    return last.scope
  }
  const scope = decodeScope(row)
  lastScope = { org: row.org_id, ws: row.workspace_id, dep: row.deployment_id, scope }
  return scope
}

const decodeScope = (row: ScopeColumns): TenantScope.TenantScope =>
  row.deployment_id === ""
    ? TenantScope.TenantScope.make({ orgId: scopeId(row.org_id), workspaceId: scopeId(row.workspace_id) }, true)
    : TenantScope.TenantScope.make({
      orgId: scopeId(row.org_id),
      workspaceId: scopeId(row.workspace_id),
      deploymentId: scopeId(row.deployment_id)
    }, true)

// ---------------------------------------------------------------------------------------------
// Numbers, dates, JSON, text
// ---------------------------------------------------------------------------------------------

/** A numeric column (Postgres returns BIGINT as text, SQLite as a number). */
export const num = (u: unknown): number => {
  const n = typeof u === "number" ? u : typeof u === "bigint" ? Number(u) : typeof u === "string" ? Number(u) : NaN
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${String(u)}`)
  return n
}

/** A nullable numeric column. */
export const numOrNull = (u: unknown): number | null => (u === null || u === undefined ? null : num(u))

/** A date column: epoch milliseconds. */
export const millis = (date: Date): number => date.getTime()

/** The date of an epoch-milliseconds column. */
export const date = (u: unknown): Date => {
  const d = new Date(num(u))
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${String(u)}`)
  return d
}

/** A text column. */
export const text = (u: unknown): string => {
  if (typeof u !== "string") throw new Error(`not text: ${String(u)}`)
  return u
}

/**
 * The stored text of a JSON value. Key order is kept, so a value reads back as written (computed
 * once for the values the store decoded, see `Json.text`).
 */
export const jsonText = (value: Json.Json): string => Json.text(value)

/** The JSON value of a stored text. */
export const json = (u: unknown): Json.Json => JSON.parse(text(u)) as Json.Json

// Free text (a failure reason) may hold any UTF-16, lone surrogates and NUL included, which neither
// SQLite's UTF-8 text nor Postgres text keeps: it is stored as a JSON string, which escapes them.

/** The stored form of free text. */
export const freeText = (s: string): string => JSON.stringify(s)

/** The free text of a stored form. */
export const fromFreeText = (u: unknown): string => {
  const parsed: unknown = JSON.parse(text(u))
  if (typeof parsed !== "string") throw new Error("not a JSON string")
  return parsed
}
