/** The names the engine gives its records, and what a suspension says it waits for. */
import { assert, describe, it } from "@effect/vitest"
import { WorkflowRecords } from "@runledger/workflow"

describe("WorkflowRecords", () => {
  it("waitingFor: the deferreds and clocks of the wake-up timers a suspended attempt waits on", () => {
    assert.deepStrictEqual(
      WorkflowRecords.waitingFor([
        WorkflowRecords.wakeTimer(WorkflowRecords.boundedId("deferred:", "approval")),
        WorkflowRecords.clockTimer("cool-down"),
        // A durable clock is also a deferred (upstream's DurableClock/<name>): it is listed once, as a clock.
        WorkflowRecords.wakeTimer(WorkflowRecords.boundedId("deferred:", "DurableClock/cool-down")),
        WorkflowRecords.wakeTimer(WorkflowRecords.boundedId("deferred:", "an/other"))
      ]),
      { deferreds: ["an/other", "approval"], clocks: ["cool-down"] }
    )
    assert.deepStrictEqual(WorkflowRecords.waitingFor([]), {})
    assert.deepStrictEqual(WorkflowRecords.waitingFor([WorkflowRecords.notifyParentTimer]), {})
  })

  it("ids stay within the id limit, and distinct long names stay distinct", () => {
    const long = "x".repeat(300)
    const a = WorkflowRecords.activityOutput(long, 1)
    const b = WorkflowRecords.activityOutput(`${long}y`, 1)
    assert.isAtMost(Array.from(a).length, 256)
    assert.notStrictEqual(a, b)
    assert.strictEqual(WorkflowRecords.timerKind(WorkflowRecords.clockTimer("c")), "clock")
    assert.strictEqual(WorkflowRecords.timerKind("other"), undefined)
  })
})
