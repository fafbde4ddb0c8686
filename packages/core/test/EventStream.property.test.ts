import { Either, FastCheck as fc, Option, RedBlackTree } from "effect"
import { assert, describe, it } from "@effect/vitest"
import { Compaction, Event, EventStream, Identifiers, TenantScope } from "@runledger/core"

const scope = TenantScope.TenantScope.make({ orgId: "acme", workspaceId: "ops" })
const runId = Identifiers.RunId.make("run-1")
const guard = EventStream.defaultGuard
const ids = ["a", "b", "c", "d", "e", "f", "g", "h"] as const

type Command =
  | { readonly _tag: "appendOnce"; readonly id: string; readonly payload: number }
  | {
    readonly _tag: "append"
    readonly ids: ReadonlyArray<string>
    readonly payload: number
    readonly expected: "none" | "current" | "stale"
  }
  | { readonly _tag: "tick"; readonly ms: number }
  | { readonly _tag: "compact"; readonly retention: number; readonly chunk: number }
  | { readonly _tag: "compactAll"; readonly chunk: number }

const id = fc.constantFrom(...ids)
// Two payloads only, so re-appends with the same and with different content both happen.
const payload = fc.integer({ min: 0, max: 1 })
const chunk = fc.integer({ min: 1, max: 4 })
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ _tag: fc.constant("appendOnce" as const), id, payload }) },
  {
    weight: 3,
    arbitrary: fc.record({
      _tag: fc.constant("append" as const),
      ids: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
      payload,
      expected: fc.constantFrom("none" as const, "current" as const, "stale" as const)
    })
  },
  { weight: 2, arbitrary: fc.record({ _tag: fc.constant("tick" as const), ms: fc.integer({ min: 1, max: 100 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({ _tag: fc.constant("compact" as const), retention: fc.integer({ min: 0, max: 300 }), chunk })
  },
  { weight: 1, arbitrary: fc.record({ _tag: fc.constant("compactAll" as const), chunk }) }
)

interface Model {
  /** Every id ever appended: its seq and the payload it was first appended with. */
  readonly assigned: Map<string, { readonly seq: number; readonly payload: number }>
  clock: number
}

const draft = (eventId: string, value: number, clock: number): Event.Draft => ({
  eventId: Identifiers.EventId.make(eventId),
  type: "Happened",
  payload: { value },
  occurredAt: new Date(clock),
  schemaVersion: 1
})

/** The invariants that must hold after every command. */
const check = (stream: EventStream.EventStream, model: Model) => {
  // Every event id maps to the one seq it was first given, pruned or not.
  for (const [eventId, { seq }] of model.assigned) {
    assert.deepStrictEqual(EventStream.seqOf(stream, Identifiers.EventId.make(eventId)), Option.some(seq), eventId)
  }
  // Dense: the seqs handed out are exactly 1..lastSeq.
  const handedOut = [...model.assigned.values()].map((a) => a.seq).sort((x, y) => x - y)
  assert.deepStrictEqual(handedOut, Array.from({ length: stream.lastSeq }, (_, i) => i + 1))

  // The retained log plus the marker's list is the whole history, each seq once, ascending.
  const retained = Array.from(RedBlackTree.values(stream.events))
  const [head] = retained
  const marker = head !== undefined && Event.isMarker(head) ? Option.getOrThrow(Compaction.readMarker(head)) : undefined
  const callers = retained.filter((event) => !Event.isMarker(event))
  assert.strictEqual(retained.filter(Event.isMarker).length, marker === undefined ? 0 : 1, "at most one marker, first")
  assert.strictEqual(stream.compactedThroughSeq, marker?.compactedThroughSeq ?? 0)
  assert.strictEqual(head?.seq ?? 0, marker?.compactedThroughSeq ?? head?.seq ?? 0)
  const history = [
    ...(marker?.pruned ?? []).map((p) => [p.seq, p.eventId] as const),
    ...callers.map((event) => [event.seq, event.eventId] as const)
  ]
  assert.deepStrictEqual(history.map(([seq]) => seq), handedOut)
  for (const [seq, eventId] of history) assert.strictEqual(model.assigned.get(eventId)?.seq, seq)
  assert.strictEqual(marker?.prunedEvents ?? 0, marker?.pruned.length ?? 0)
  assert.strictEqual(stream.count, callers.length)
}

const run = (commands: ReadonlyArray<Command>) => {
  let stream = EventStream.empty(scope, runId)
  const model: Model = { assigned: new Map(), clock: 1_000 }
  const next = (): number => stream.lastSeq + 1

  for (const cmd of commands) {
    switch (cmd._tag) {
      case "appendOnce": {
        const expectedSeq = next()
        const [result, after] = Either.getOrThrow(
          EventStream.appendOnce(stream, draft(cmd.id, cmd.payload, model.clock), guard)
        )
        const known = model.assigned.get(cmd.id)
        if (known === undefined) {
          assert.deepStrictEqual([result.appended, result.seq], [true, expectedSeq], "a new id gets lastSeq + 1")
          model.assigned.set(cmd.id, { seq: result.seq, payload: cmd.payload })
        } else {
          assert.deepStrictEqual(result, {
            appended: false,
            seq: known.seq,
            sameFingerprint: known.payload === cmd.payload,
            warning: Option.none()
          })
          assert.strictEqual(after, stream)
        }
        stream = after
        break
      }
      case "append": {
        const expectedSeq = cmd.expected === "none"
          ? undefined
          : cmd.expected === "current"
          ? stream.lastSeq
          : stream.lastSeq + 1
        const outcome = EventStream.append(
          stream,
          cmd.ids.map((i) => draft(i, cmd.payload, model.clock)),
          { expectedSeq, guard }
        )
        const known = cmd.ids.filter((i) => model.assigned.has(i))
        if (known.length === cmd.ids.length) {
          const [result, after] = Either.getOrThrow(outcome)
          assert.isFalse(result.appended)
          assert.deepStrictEqual(result.seqs, cmd.ids.map((i) => model.assigned.get(i)!.seq))
          assert.strictEqual(after, stream)
        } else if (known.length > 0) {
          assert.isTrue(Either.isLeft(outcome) && outcome.left._tag === "EventConflict")
        } else if (cmd.expected === "stale") {
          assert.deepStrictEqual(
            Either.flip(outcome).pipe(Either.map((e) => e._tag === "SequenceConflict" && [e.expected, e.actual])),
            Either.right([stream.lastSeq + 1, stream.lastSeq])
          )
        } else {
          const [result, after] = Either.getOrThrow(outcome)
          const first = next()
          assert.deepStrictEqual(result.seqs, cmd.ids.map((_, k) => first + k))
          cmd.ids.forEach((i, k) => model.assigned.set(i, { seq: first + k, payload: cmd.payload }))
          stream = after
        }
        break
      }
      case "tick":
        model.clock += cmd.ms
        break
      case "compact":
      case "compactAll": {
        const now = new Date(model.clock)
        const cutoff = cmd._tag === "compact" ? new Date(model.clock - cmd.retention) : new Date(model.clock + 1)
        const before = stream.lastSeq
        stream = Either.getOrThrow(EventStream.compact(stream, { cutoff, now, maxEvents: cmd.chunk }))[1]
        assert.strictEqual(stream.lastSeq, before, "compaction never moves lastSeq")
        break
      }
    }
    check(stream, model)
  }

  // Finally compact the whole log away: the next new event still gets lastSeq + 1.
  const last = stream.lastSeq
  stream = Either.getOrThrow(
    EventStream.compact(stream, { cutoff: new Date(model.clock + 1), now: new Date(model.clock), maxEvents: 3 })
  )[1]
  assert.strictEqual(stream.count, 0)
  assert.strictEqual(stream.lastSeq, last)
  check(stream, model)
  const [fresh] = Either.getOrThrow(EventStream.appendOnce(stream, draft("fresh", 0, model.clock), guard))
  assert.deepStrictEqual([fresh.appended, fresh.seq], [true, last + 1])
}

describe("EventStream properties", () => {
  it("ids map to one seq forever, sequences stay dense and the next seq is lastSeq + 1, through compaction", () => {
    fc.assert(fc.property(fc.array(command, { maxLength: 60 }), run), { numRuns: 200 })
  })
})
