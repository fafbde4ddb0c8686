/**
 * The run status machine (contract §2) as data and pure functions.
 *
 * ```
 * Pending -> Running -> Completed | Failed | Canceled | ContinuedAsNew
 * Pending -> Completed | Failed | Canceled
 * ```
 *
 * Terminal statuses are absorbing. `Pending -> Running` happens only when a caller asks for it.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/** @since 0.1.0 */
export const RunStatus = Schema.Literal("Pending", "Running", "Completed", "Failed", "Canceled", "ContinuedAsNew")
/** @since 0.1.0 */
export type RunStatus = typeof RunStatus.Type

/**
 * Every status, in the order of the machine.
 *
 * @since 0.1.0
 */
export const all: ReadonlyArray<RunStatus> = RunStatus.literals

/**
 * The absorbing statuses: once there, a run never changes status again.
 *
 * @since 0.1.0
 */
export const terminal: ReadonlyArray<RunStatus> = ["Completed", "Failed", "Canceled", "ContinuedAsNew"]

/**
 * The statuses of a run that is still going (`listActive`).
 *
 * @since 0.1.0
 */
export const active: ReadonlyArray<RunStatus> = ["Pending", "Running"]

/** @since 0.1.0 */
export const isTerminal = (status: RunStatus): boolean => terminal.includes(status)

const transitions: Readonly<Record<RunStatus, ReadonlyArray<RunStatus>>> = {
  Pending: ["Running", "Completed", "Failed", "Canceled"],
  Running: ["Completed", "Failed", "Canceled", "ContinuedAsNew"],
  Completed: [],
  Failed: [],
  Canceled: [],
  ContinuedAsNew: []
}

/**
 * Whether the machine allows `from -> to`. A status never transitions to itself.
 *
 * @since 0.1.0
 */
export const canTransition = (from: RunStatus, to: RunStatus): boolean => transitions[from].includes(to)

/**
 * The statuses `to` may be reached from.
 *
 * @since 0.1.0
 */
export const sources = (to: RunStatus): ReadonlyArray<RunStatus> => all.filter((from) => canTransition(from, to))
