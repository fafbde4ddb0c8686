import type { Errors } from "@runledger/core"
import { Lease } from "@runledger/core"
import type { Ctx } from "./context.js"
import { corrupt } from "./errors.js"
import { leaseFromRow } from "./rows.js"
import { fail, query } from "./script.js"
import type { RunKey } from "./statements.js"

/** The lease of a row, or what is wrong with it. */
const leaseOf = (operation: string, runId: string, row: { readonly [column: string]: unknown }): Lease.Lease | Errors.StoreCorrupt => {
  try {
    return leaseFromRow(row)
  } catch (cause) {
    return corrupt(operation, "Lease", runId, cause)
  }
}

/**
 * The fencing guard of a write, run inside the write's transaction: `Lease.checkFence` against the
 * run's lease as stored now (share-locked on Postgres, so no acquisition commits in between).
 */
export function* checkFence(ctx: Ctx, operation: string, key: RunKey, runId: string, token: number | undefined) {
  if (token === undefined) return
  const rows = yield* query(ctx.st.leaseShared, key)
  if (rows[0] === undefined) return
  const lease = leaseOf(operation, runId, rows[0])
  if (!(lease instanceof Lease.Lease)) return yield* fail(lease)
  const fenced = Lease.checkFence(lease, token)
  if (fenced !== undefined) return yield* fail(fenced)
}
