import { LeaseStore, RunStore, SnapshotStore, SpecStore, TimerStore } from "@runledger/core"
import { Effect, Ref } from "effect"
import { makeLeaseBackend } from "../src/internal/leases.js"
import { makeRunBackend } from "../src/internal/runs.js"
import { makeSnapshotBackend } from "../src/internal/snapshots.js"
import { makeSpecBackend } from "../src/internal/specs.js"
import { makeTimerBackend } from "../src/internal/timers.js"
import type { MemoryState } from "../src/internal/state.js"
import { emptyState } from "../src/internal/state.js"

/**
 * The memory services over a state the test can see: to seed records as an older release wrote them,
 * and to prove that a refused call wrote nothing (every write replaces the state value, so an
 * unchanged reference means an unchanged store).
 */
export const makeStores = (initial: (state: MemoryState) => MemoryState = (s) => s) =>
  Effect.gen(function*() {
    const ref = yield* Ref.make(initial(emptyState))
    return {
      ref,
      runs: RunStore.make(makeRunBackend(ref)),
      snapshots: SnapshotStore.make(makeSnapshotBackend(ref)),
      specs: SpecStore.make(makeSpecBackend(ref)),
      timers: TimerStore.make(makeTimerBackend(ref)),
      leases: LeaseStore.make(makeLeaseBackend(ref))
    } as const
  })
