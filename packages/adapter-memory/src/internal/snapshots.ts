import type { SnapshotStore } from "@runledger/core"
import { Errors, Snapshot } from "@runledger/core"
import { Effect, Either, HashMap, Option, Ref } from "effect"
import type { MemoryState } from "./state.js"
import { lookup, read, scopedKey, scopePrefix, transact } from "./state.js"

// Snapshots are kept in their stored (encoded, versioned) form and decoded on every read, exactly
// as a durable backend reads its rows: a record of an older version is upgraded by the core
// decoder, and one that does not decode is reported as `StoreCorrupt`, never skipped.
const decode = (operation: string, id: string, stored: Snapshot.Stored): Either.Either<Snapshot.Snapshot, Errors.StoreCorrupt> =>
  Either.mapLeft(
    Snapshot.decodeStored(stored),
    (reason) => new Errors.StoreCorrupt({ operation, entity: "Snapshot", id, reason })
  )

/** The snapshot-store backend over the shared memory state, applying the `Snapshot` reducers. */
export const makeSnapshotBackend = (ref: Ref.Ref<MemoryState>): SnapshotStore.Backend => ({
  put: (snapshot) =>
    transact<Snapshot.Snapshot, Errors.AlreadyExists | Errors.StoreCorrupt>(ref, (state) => {
      const key = scopedKey(snapshot.scope, snapshot.snapshotId)
      const stored = lookup(state.snapshots, key)
      const current = stored === undefined ? Either.right(undefined) : decode("SnapshotStore.put", snapshot.snapshotId, stored)
      if (Either.isLeft(current)) return [Either.left(current.left), undefined]
      return Either.match(Snapshot.put(current.right, snapshot), {
        onLeft: (conflict) => [Either.left(conflict), undefined],
        onRight: ({ snapshot: result, write }) => [
          Either.right(result),
          write ? { ...state, snapshots: HashMap.set(state.snapshots, key, Snapshot.encode(result)) } : undefined
        ]
      })
    }),
  get: (scope, runId, snapshotId) =>
    Effect.flatMap(read(ref, (state) => lookup(state.snapshots, scopedKey(scope, snapshotId))), (stored) =>
      // The run id is read before decoding, as a durable backend filters on its run column.
      stored === undefined || stored.runId !== runId
        ? Effect.succeed(Option.none())
        : Effect.map(decode("SnapshotStore.get", snapshotId, stored), Option.some)),
  list: (scope, runId, limit) =>
    Effect.flatMap(
      read(ref, (state) => {
        const prefix = scopePrefix(scope)
        const found: Array<readonly [string, Snapshot.Stored]> = []
        for (const [key, stored] of state.snapshots) {
          if (key.startsWith(prefix) && stored.runId === runId) found.push([key.slice(prefix.length), stored])
        }
        return found
      }),
      (found) =>
        Effect.map(
          Effect.forEach(found, ([id, stored]) => decode("SnapshotStore.list", id, stored)),
          (snapshots) => Snapshot.latest(snapshots, limit)
        )
    )
})
