import { assert, describe, it } from "@effect/vitest"
import { Errors, Terminalize } from "@runledger/core"
import { Data, Effect, Either, Exit } from "effect"

/** A driver-like error whose cause leads back to the error wrapping it (an Effect error: its toJSON copies the cause). */
class DriverError extends Data.TaggedError("DriverError")<{ readonly message: string; cause?: unknown }> {}

const cyclicUnavailable = () => {
  const driver = new DriverError({ message: "connection reset" })
  const error = new Errors.StoreUnavailable({ operation: "EventLog.append", reason: "connection lost", cause: driver })
  driver.cause = error
  return error
}

const circularPlain = () => {
  const cause: Error & { self?: unknown } = new Error("socket closed")
  cause.self = cause
  return new Errors.StoreUnavailable({ operation: "RunStore.get", reason: "gone", cause })
}

const everyError = (): ReadonlyArray<{ readonly _tag: string; readonly message: string }> => [
  new Errors.NotFound({ entity: "Run", id: "r1" }),
  new Errors.AlreadyExists({ entity: "StepOutput", id: "s", sameFingerprint: false }),
  new Errors.InvalidTransition({ runId: "r1", from: ["Completed"], to: "Running" }),
  new Errors.SequenceConflict({ runId: "r1", expected: 3, actual: 4 }),
  new Errors.RevisionConflict({ specId: "sp", expected: null, actual: 2 }),
  new Errors.EventConflict({ runId: "r1", eventIds: ["e1", "e2"], reason: "some exist" }),
  new Errors.HistoryLimit({ runId: "r1", limit: "events", max: 10, actual: 11 }),
  new Errors.LeaseHeld({ runId: "r1", owner: "w", expiresAt: new Date(0) }),
  new Errors.Fenced({ runId: "r1", token: 1, currentToken: 2 }),
  new Errors.InvalidInput({ operation: "RunStore.get", detail: "runId: must not be empty" }),
  cyclicUnavailable(),
  circularPlain(),
  new Errors.StoreCorrupt({ operation: "RunStore.get", entity: "Run", id: "r1", reason: "not an id" }),
  new Terminalize.TerminalEventNotRecorded({ runId: "r1", status: "Completed", event: "FlowCompleted", cause: "boom" })
]

describe("Errors", () => {
  it("every error serializes to a small JSON object: its tag, message and fields, a cause as its message", () => {
    for (const error of everyError()) {
      const text = JSON.stringify(error)
      const parsed = JSON.parse(text) as Record<string, unknown>
      assert.strictEqual(parsed._tag, error._tag)
      assert.strictEqual(parsed.message, error.message)
      assert.isBelow(text.length, 1000, error._tag)
    }
    const unavailable = JSON.parse(JSON.stringify(cyclicUnavailable())) as Record<string, unknown>
    assert.deepStrictEqual(unavailable, {
      _tag: "StoreUnavailable",
      message: "EventLog.append: store unavailable: connection lost",
      operation: "EventLog.append",
      reason: "connection lost",
      cause: "connection reset",
      retryable: true
    })
    assert.deepStrictEqual(JSON.parse(JSON.stringify(new Errors.LeaseHeld({ runId: "r", owner: "w", expiresAt: new Date(0) }))), {
      _tag: "LeaseHeld",
      message: "run \"r\": lease held by \"w\" until 1970-01-01T00:00:00.000Z",
      runId: "r",
      owner: "w",
      expiresAt: "1970-01-01T00:00:00.000Z"
    })
  })

  it("an Either or Exit holding one stringifies too (how a test prints a result)", () => {
    const error = cyclicUnavailable()
    assert.include(JSON.stringify(Either.left(error)), "\"_tag\":\"StoreUnavailable\"")
    assert.include(JSON.stringify(Effect.runSyncExit(Effect.fail(error))), "connection lost")
    assert.include(JSON.stringify(Exit.fail(circularPlain())), "socket closed")
  })

  it("a long field is cut short", () => {
    const error = new Errors.InvalidInput({ operation: "op", detail: "x".repeat(100_000) })
    assert.isBelow(JSON.stringify(error).length, 5000)
  })
})
