import type { Connection } from "@effect/sql/SqlConnection"
import type { SqlError } from "@effect/sql/SqlError"
import type { Errors } from "@runledger/core"
import { Lease } from "@runledger/core"
import { Effect } from "effect"
import type { Ctx } from "./context.js"
import type { RunKey } from "./statements.js"
import { decodeRow } from "./errors.js"
import { leaseFromRow } from "./rows.js"

/**
 * The fencing guard of a write, run inside the write's transaction: `Lease.checkFence` against the
 * run's lease as stored now (share-locked on Postgres, so no acquisition commits in between).
 */
export const checkFence = (
  ctx: Ctx,
  conn: Connection,
  operation: string,
  key: RunKey,
  runId: string,
  token: number | undefined
): Effect.Effect<void, Errors.Fenced | Errors.StoreCorrupt | SqlError> =>
  token === undefined
    ? Effect.void
    : Effect.flatMap(
      ctx.st.leaseShared.on(conn, key),
      (rows) =>
        rows[0] === undefined
          ? Effect.void
          : Effect.flatMap(decodeRow(operation, "Lease", runId, () => leaseFromRow(rows[0]!)), (lease) => {
            const fenced = Lease.checkFence(lease, token)
            return fenced === undefined ? Effect.void : Effect.fail(fenced)
          })
    )
