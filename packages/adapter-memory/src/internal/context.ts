import type { ContextStore } from "@runledger/core"
import { StepOutput } from "@runledger/core"
import { Either, HashMap, Option, Ref } from "effect"
import type { MemoryState } from "./state.js"
import { lookup, read, scopedKey, transact } from "./state.js"

/** The context-store backend over the shared memory state. */
export const makeContextBackend = (ref: Ref.Ref<MemoryState>): ContextStore.Backend => ({
  putGlobal: (scope, value) =>
    transact(ref, (state) => {
      const key = scopedKey(scope, value.key)
      const stored = lookup(state.globals, key)
      return stored === undefined
        ? [Either.right(undefined), { ...state, globals: HashMap.set(state.globals, key, value) }]
        : [Either.left(StepOutput.conflict("GlobalValue", value.key, stored.fingerprint, value.value)), undefined]
    }),
  upsertGlobal: (scope, value) =>
    Ref.update(ref, (state) => ({ ...state, globals: HashMap.set(state.globals, scopedKey(scope, value.key), value) })),
  getGlobal: (scope, key) => read(ref, (state) => Option.fromNullable(lookup(state.globals, scopedKey(scope, key))))
})
