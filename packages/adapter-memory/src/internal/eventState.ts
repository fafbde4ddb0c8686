import type { EventStream } from "@runledger/core"
import { HashMap, Order, RedBlackTree } from "effect"

/** The log of one `(scope, runId)` and where its retained events sit in the change feed. */
export interface StreamRecord {
  readonly stream: EventStream.EventStream
  /** The feed position of each retained event, by seq (compaction and `clear` remove them by it). */
  readonly positions: HashMap.HashMap<number, number>
}

/** Where a feed position points: a stream (by its scoped key) and a seq in it. */
export interface FeedRef {
  readonly key: string
  readonly seq: number
}

/**
 * The event section of the memory state. Feed positions come from one counter for the whole store,
 * bumped in the same `Ref.modify` that commits the event: commit order is position order, so a
 * reader whose cursor passed a position can never see a later commit appear below it. That is what
 * makes a plain counter a safe change-feed cursor here, where a SQL backend with concurrent
 * transactions needs more care.
 */
export interface EventsState {
  readonly streams: HashMap.HashMap<string, StreamRecord>
  /** Every retained event by feed position. */
  readonly feed: RedBlackTree.RedBlackTree<number, FeedRef>
  /** The last position handed out (0 before the first event); never reused, not even after `clear`. */
  readonly lastPosition: number
}

export const emptyEvents: EventsState = {
  streams: HashMap.empty(),
  feed: RedBlackTree.empty(Order.number),
  lastPosition: 0
}
