import type { SpecStore } from "@runledger/core"
import { Spec } from "@runledger/core"
import { Either, HashMap, Option, Ref } from "effect"
import type { MemoryState } from "./state.js"
import { lookup, read, scopedKey, scopePrefix, transact } from "./state.js"

/** The spec-store backend over the shared memory state, applying the `Spec` reducers. */
export const makeSpecBackend = (ref: Ref.Ref<MemoryState>): SpecStore.Backend => {
  const history = (state: MemoryState, key: string): Spec.SpecHistory => lookup(state.specs, key) ?? Spec.emptyHistory
  return {
    put: (scope, specId, definition, expectedRevision, now) =>
      transact(ref, (state) => {
        const key = scopedKey(scope, specId)
        return Either.match(Spec.put(history(state, key), { scope, specId, definition }, expectedRevision, now), {
          onLeft: (conflict) => [Either.left(conflict), undefined],
          onRight: ({ history, revision }) => [
            Either.right(revision),
            { ...state, specs: HashMap.set(state.specs, key, history) }
          ]
        })
      }),
    get: (scope, specId) => read(ref, (state) => Spec.current(history(state, scopedKey(scope, specId)))),
    getRevision: (scope, specId, revision) =>
      read(ref, (state) => Spec.getRevision(history(state, scopedKey(scope, specId)), revision)),
    list: (scope, query) =>
      read(ref, (state) => {
        const prefix = scopePrefix(scope)
        const specs: Array<Spec.SpecRevision> = []
        for (const [key, entry] of state.specs) {
          if (!key.startsWith(prefix)) continue
          const current = Option.getOrUndefined(Spec.current(entry))
          if (current !== undefined && (query.after === undefined || current.specId > query.after)) specs.push(current)
        }
        return specs.sort((a, b) => (a.specId < b.specId ? -1 : a.specId > b.specId ? 1 : 0)).slice(0, query.limit)
      }),
    delete: (scope, specId, expectedRevision) =>
      transact(ref, (state) => {
        const key = scopedKey(scope, specId)
        return Either.match(Spec.remove(history(state, key), specId, expectedRevision), {
          onLeft: (conflict) => [Either.left(conflict), undefined],
          onRight: ({ deleted, history }) =>
            deleted
              ? [Either.right(true), { ...state, specs: HashMap.set(state.specs, key, history) }]
              : [Either.right(false), undefined]
        })
      })
  }
}
