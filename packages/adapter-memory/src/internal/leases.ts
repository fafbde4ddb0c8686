import type { LeaseStore } from "@runledger/core"
import { Lease } from "@runledger/core"
import { Either, HashMap, Option, Ref } from "effect"
import type { MemoryState } from "./state.js"
import { lookup, read, scopedKey, transact } from "./state.js"

/** The lease-store backend over the shared memory state, applying the `Lease` reducers. */
export const makeLeaseBackend = (ref: Ref.Ref<MemoryState>): LeaseStore.Backend => {
  const setLease = (state: MemoryState, key: string, lease: Lease.Lease): MemoryState => ({
    ...state,
    leases: HashMap.set(state.leases, key, lease)
  })
  return {
    acquire: (scope, runId, owner, ttlMillis, now) =>
      transact(ref, (state) => {
        const key = scopedKey(scope, runId)
        return Either.match(Lease.acquire(lookup(state.leases, key), { scope, runId, owner, ttlMillis }, now), {
          onLeft: (held) => [Either.left(held), undefined],
          onRight: (lease) => [Either.right(lease), setLease(state, key, lease)]
        })
      }),
    renew: (scope, runId, owner, token, ttlMillis, now) =>
      transact(ref, (state) => {
        const key = scopedKey(scope, runId)
        return Either.match(Lease.renew(lookup(state.leases, key), runId, owner, token, ttlMillis, now), {
          onLeft: (error) => [Either.left(error), undefined],
          onRight: (lease) => [Either.right(lease), setLease(state, key, lease)]
        })
      }),
    release: (scope, runId, owner, token, now) =>
      transact(ref, (state) => {
        const key = scopedKey(scope, runId)
        return Option.match(Lease.release(lookup(state.leases, key), owner, token, now), {
          onNone: () => [Either.right(false), undefined],
          onSome: (lease) => [Either.right(true), setLease(state, key, lease)]
        })
      }),
    get: (scope, runId) => read(ref, (state) => HashMap.get(state.leases, scopedKey(scope, runId)))
  }
}
