/** Parsing of option values: tenants, durations, dates, status lists. */
import { Identifiers, RunStatus } from "@runledger/core"
import type { TenantScope } from "@runledger/core"
import { Duration, Effect } from "effect"
import { UsageError } from "../CliError.js"

/** `org/workspace` or `org/workspace/deployment`. */
export const tenant = (text: string): Effect.Effect<TenantScope.Input, UsageError> => {
  const parts = text.split("/")
  if (parts.length < 2 || parts.length > 3) {
    return Effect.fail(new UsageError({ message: `--tenant must be org/workspace or org/workspace/deployment, got ${JSON.stringify(text)}` }))
  }
  for (const part of parts) {
    const problem = Identifiers.idProblem(part)
    if (problem !== undefined) return Effect.fail(new UsageError({ message: `--tenant ${JSON.stringify(text)}: ${problem}` }))
  }
  return Effect.succeed(
    parts.length === 3 ? { orgId: parts[0]!, workspaceId: parts[1]!, deploymentId: parts[2]! } : { orgId: parts[0]!, workspaceId: parts[1]! }
  )
}

const units: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000
}

/** `30d`, `12h`, `90m`, `45s`, `500ms`, `2w`, `0`, or Effect's `"7 days"`. */
export const duration = (option: string, text: string): Effect.Effect<Duration.Duration, UsageError> => {
  const trimmed = text.trim()
  if (trimmed === "0") return Effect.succeed(Duration.zero)
  const short = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|h|d|w)$/i.exec(trimmed)
  if (short !== null) return Effect.succeed(Duration.millis(Number(short[1]) * units[short[2]!.toLowerCase()]!))
  const decoded = Duration.decodeUnknown(trimmed)
  if (decoded._tag === "Some") return Effect.succeed(decoded.value)
  return Effect.fail(new UsageError({ message: `${option} must be a duration such as 30d, 12h, 15m, 10s or 500ms, got ${JSON.stringify(text)}` }))
}

/** An ISO 8601 date (or anything `Date.parse` reads). */
export const date = (option: string, text: string): Effect.Effect<Date, UsageError> => {
  const ms = Date.parse(text)
  if (Number.isNaN(ms)) return Effect.fail(new UsageError({ message: `${option} must be a date such as 2026-01-31T12:00:00Z, got ${JSON.stringify(text)}` }))
  return Effect.succeed(new Date(ms))
}

/** A comma-separated list of run statuses. */
export const statuses = (text: string): Effect.Effect<ReadonlyArray<RunStatus.RunStatus>, UsageError> => {
  const list = text.split(",").map((s) => s.trim()).filter((s) => s.length > 0)
  const bad = list.filter((s) => !(RunStatus.all as ReadonlyArray<string>).includes(s))
  if (bad.length > 0 || list.length === 0) {
    return Effect.fail(new UsageError({ message: `--status takes ${RunStatus.all.join(", ")} (comma-separated), got ${JSON.stringify(text)}` }))
  }
  return Effect.succeed(list as ReadonlyArray<RunStatus.RunStatus>)
}

/** A positive page size within the store's limit. */
export const limit = (value: number, max = 1000): Effect.Effect<number, UsageError> =>
  Number.isInteger(value) && value >= 1 && value <= max
    ? Effect.succeed(value)
    : Effect.fail(new UsageError({ message: `--limit must be between 1 and ${max}, got ${value}` }))
