/**
 * The store services as one type: what a backend's layer provides. Backends and the conformance kit
 * name these unions instead of listing the tags again.
 *
 * @since 0.1.0
 */
import type { ContextStore } from "./ContextStore.js"
import type { EventLog } from "./EventLog.js"
import type { LeaseStore } from "./LeaseStore.js"
import type { RunStore } from "./RunStore.js"
import type { RunTransition } from "./RunTransition.js"
import type { SnapshotStore } from "./SnapshotStore.js"
import type { SpecStore } from "./SpecStore.js"
import type { TimerStore } from "./TimerStore.js"

/**
 * Every store service a backend provides.
 *
 * @since 0.1.0
 */
export type Stores = RunStore | ContextStore | EventLog | SnapshotStore | SpecStore | TimerStore | LeaseStore

/**
 * Every store service plus the atomic status-and-event capability, as backends that commit both in
 * one transaction provide them.
 *
 * @since 0.1.0
 */
export type WithTransition = Stores | RunTransition
