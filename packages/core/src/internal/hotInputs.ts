/**
 * The input Schemas of the hot operations (`EventLog.appendOnce`, `append`, `read`, `poll`,
 * `RunStore.casStatus`), each with its hand-written fast decoder (`fastDecode.ts`). They live here,
 * together, so the property test checks each fast decoder against the very Schema the store uses.
 */
import { Schema } from "effect"
import * as EventModel from "../Event.js"
import { RunId } from "../Identifiers.js"
import { FenceOptionsSchema, Token } from "../Lease.js"
import * as Limits from "../Limits.js"
import * as RunStatus from "../RunStatus.js"
import { TenantScope } from "../TenantScope.js"
import * as FastDecode from "./fastDecode.js"
import { decodeFeedCursor } from "./feedCursor.js"
import { boundedJson, PageLimit, Statuses } from "./operation.js"

const RunRef = Schema.Struct({ scope: TenantScope, runId: RunId })

const FeedCursor = Schema.String.pipe(
  Schema.filter((s) => decodeFeedCursor(s) !== undefined || "is not a cursor returned by this store's poll")
)

/** The event log's hot inputs under `limits`: each Schema with its fast decoder. */
export const eventLogInputs = (limits: Limits.Limits) => {
  const NewEventInput = Schema.Struct({ ...EventModel.NewEvent.fields, payload: Schema.optional(boundedJson(limits)) })
  const Batch = Schema.Array(NewEventInput).pipe(
    Schema.minItems(1),
    Schema.maxItems(Limits.MaxPageSize),
    Schema.filter((events) => {
      const ids = new Set(events.map((event) => event.eventId))
      return ids.size === events.length || "event ids within a batch must be distinct"
    })
  )
  return {
    NewEventInput,
    FeedCursor,
    appendOnce: {
      schema: Schema.Struct({ ...RunRef.fields, event: NewEventInput, options: Schema.optional(FenceOptionsSchema) }),
      fast: FastDecode.appendOnceInput(limits)
    },
    append: {
      schema: Schema.Struct({
        ...RunRef.fields,
        events: Batch,
        options: Schema.Struct({ expectedSeq: Schema.optional(EventModel.SeqBound), fencingToken: Schema.optional(Token) })
      }),
      fast: FastDecode.appendInput(limits)
    },
    read: {
      schema: Schema.Struct({
        ...RunRef.fields,
        window: Schema.Struct({
          afterSeq: Schema.optional(EventModel.SeqBound),
          beforeSeq: Schema.optional(EventModel.SeqBound),
          limit: Schema.optional(PageLimit),
          tail: Schema.optional(Schema.Boolean)
        })
      }),
      fast: FastDecode.readInput
    },
    poll: {
      schema: Schema.Struct({ scope: TenantScope, after: Schema.optional(FeedCursor), limit: Schema.optional(PageLimit) }),
      fast: FastDecode.pollInput
    }
  }
}

/** A run reference, `{ scope, runId }`: its Schema and fast decoder. */
export const runRefInput = { schema: RunRef, fast: FastDecode.runRefInput }

/** The run store's hot inputs under `limits`: each Schema with its fast decoder. */
export const runStoreInputs = (limits: Limits.Limits) => ({
  casState: {
    schema: Schema.Struct({
      ...RunRef.fields,
      expectedVersion: Schema.Int.pipe(Schema.positive()),
      patch: Schema.Struct({ status: Schema.optional(RunStatus.RunStatus), state: Schema.optional(boundedJson(limits)) }),
      options: Schema.optional(FenceOptionsSchema)
    }),
    fast: FastDecode.casStateInput(limits)
  }
})

/** `RunStore.casStatus`'s input: its Schema and fast decoder. */
export const casStatusInput = {
  schema: Schema.Struct({
    ...RunRef.fields,
    expected: Statuses,
    next: RunStatus.RunStatus,
    options: Schema.optional(FenceOptionsSchema)
  }),
  fast: FastDecode.casStatusInput
}
