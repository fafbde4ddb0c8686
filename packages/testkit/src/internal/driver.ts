/**
 * The kit's side of a backend's driver fault point: which COMMITs fail, chosen by a seeded plan, and
 * the log of every COMMIT the backend asked about — so a scenario can tell that a fault was injected
 * where it meant to, and print the seed that replays it.
 */
import type { CommitFault, DriverFaultPoint } from "../Faults.js"
import { seededRandom } from "./random.js"

/** Which COMMITs to fail while armed: the fault, and its probability for lone and shared commits. */
export interface DriverRule {
  readonly fault: CommitFault
  /** Probability for a COMMIT carrying one write. */
  readonly lone: number
  /** Probability for a COMMIT carrying several writes. */
  readonly shared: number
  /** Fire at most this many times (default: no bound). */
  readonly times?: number
}

/** One COMMIT the backend asked about while the point was armed. */
export interface Commit {
  readonly writes: number
  readonly fault: CommitFault | undefined
}

/** A driver fault point with its plan and log. */
export interface DriverPoint extends DriverFaultPoint {
  /** Apply `rule` to the COMMITs from now on (none: commit everything), and start a new log. */
  readonly arm: (rule: DriverRule | undefined) => void
  /** The COMMITs since the last `arm`. */
  readonly commits: () => ReadonlyArray<Commit>
  /** The seed and what the log holds, for a failure message. */
  readonly describe: () => string
}

/** A disarmed point whose draws come from `seed`. */
export const makeDriverPoint = (seed: number): DriverPoint => {
  const random = seededRandom(seed)
  let rule: DriverRule | undefined
  let fired = 0
  let log: Array<Commit> = []
  return {
    beforeCommit: (writes) => {
      if (rule === undefined) return undefined
      // Drawn for every COMMIT, so the plan depends only on the seed and the order of the COMMITs.
      const draw = random()
      const fault = draw < (writes > 1 ? rule.shared : rule.lone) && fired < (rule.times ?? Infinity) ? rule.fault : undefined
      if (fault !== undefined) fired++
      log.push({ writes, fault })
      return fault
    },
    arm: (next) => {
      rule = next
      fired = 0
      log = []
    },
    commits: () => log,
    describe: () => {
      const failed = log.filter((c) => c.fault !== undefined)
      return `driver fault seed ${seed}: ${log.length} COMMIT(s) asked, ${failed.length} failed ` +
        `(${failed.filter((c) => c.writes > 1).length} carrying several writes, largest ${Math.max(0, ...log.map((c) => c.writes))} writes)`
    }
  }
}
