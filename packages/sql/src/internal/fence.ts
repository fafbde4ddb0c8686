import type { Errors } from "@runledger/core"
import { Lease } from "@runledger/core"
import type { Ctx } from "./context.js"
import { decodeOne } from "./errors.js"
import { leaseFromRow } from "./rows.js"
import type { Script } from "./script.js"
import { fail, query } from "./script.js"
import type { RunKey } from "./statements.js"

/**
 * The fencing guard of a write, run inside the write's transaction: `Lease.checkFence` against the
 * run's lease as stored now (share-locked on Postgres, so no acquisition commits in between).
 */
export function* checkFence(
  ctx: Ctx,
  operation: string,
  key: RunKey,
  runId: string,
  token: number | undefined
): Script<void, Errors.Fenced | Errors.StoreCorrupt> {
  if (token === undefined) return
  const rows = yield* query(ctx.st.leaseShared, key)
  if (rows[0] === undefined) return
  const lease = decodeOne(operation, "Lease", runId, rows[0], leaseFromRow)
  if (!(lease instanceof Lease.Lease)) return yield* fail(lease)
  const fenced = Lease.checkFence(lease, token)
  if (fenced !== undefined) return yield* fail(fenced)
}
