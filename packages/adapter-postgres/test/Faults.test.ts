import { assert, it } from "@effect/vitest"
import { PgStore } from "@runledger/adapter-postgres"
import { EventLog, RunStore, RunTransition } from "@runledger/core"
import { Cause, Duration, Effect, Exit, Fiber, Redacted } from "effect"
import { admin, describePg, fileSchema, pgUrl } from "./support/pg.js"

// A write storm while another connection kills the store's backends mid-transaction
// (`pg_terminate_backend` on every connection of the store that is inside a transaction). Every
// caller must get a success or a typed error; every acknowledged write must be there; no write may
// be there in part (a batch is all or nothing, a status moves with its event).
const seconds = Number(process.env.RUNLEDGER_PG_FAULT_SECONDS ?? 8)
const schema = fileSchema("faults")
const scope = { orgId: "acme", workspaceId: "faults" }
const typed = new Set(["StoreUnavailable", "NotFound", "AlreadyExists", "SequenceConflict", "EventConflict"])

interface Ack {
  readonly run: string
  created?: boolean
  started?: boolean
  batch?: ReadonlyArray<number>
  single?: number
  completed?: number
}

describePg("connections killed mid-transaction", () => {
  it.live(`write storm for ${seconds}s with pg_terminate_backend: no acknowledged write lost, no partial write, only typed errors`, () =>
    Effect.gen(function*() {
      const applicationName = `runledger-faults-${process.pid}`
      const runs = yield* RunStore.RunStore
      const events = yield* EventLog.EventLog
      const transition = yield* RunTransition.RunTransition
      const acks: Array<Ack> = []
      const errors = new Map<string, number>()
      const untyped: Array<string> = []
      let killed = 0

      /** Run one call: its value, or undefined after recording its typed error. */
      const call = <A, E>(op: string, effect: Effect.Effect<A, E>) =>
        Effect.map(Effect.exit(effect), (exit) => {
          if (Exit.isSuccess(exit)) return exit.value
          const failure = Cause.failureOption(exit.cause)
          const tag = failure._tag === "Some" ? String((failure.value as { _tag?: unknown })._tag) : undefined
          if (tag === undefined || !typed.has(tag)) untyped.push(`${op}: ${Cause.pretty(exit.cause).slice(0, 400)}`)
          else errors.set(`${op}:${tag}`, (errors.get(`${op}:${tag}`) ?? 0) + 1)
          return undefined
        })

      // The storm lasts `seconds`, and on until 100 runs were created through the kills (a loaded
      // machine needs longer), but at most a minute.
      const until = Date.now() + seconds * 1000
      const cap = Date.now() + 60_000
      let writing = true
      const going = () => Date.now() < cap && (Date.now() < until || acks.filter((a) => a.created === true).length < 100)
      const writer = (f: number) =>
        Effect.gen(function*() {
          for (let i = 0; going(); i++) {
            const run = `w${f}-${i}`
            const ack: Ack = { run }
            acks.push(ack)
            if ((yield* call("create", runs.create({ runId: run, scope, flowId: "storm" }))) === undefined) continue
            ack.created = true
            if ((yield* call("casStatus", runs.casStatus(scope, run, "Pending", "Running"))) === true) ack.started = true
            const batch = yield* call("append", events.append(scope, run, [
              { eventId: "a", type: "A", payload: { i } },
              { eventId: "b", type: "B", payload: { i } },
              { eventId: "c", type: "C", payload: { i } }
            ]))
            if (batch !== undefined) ack.batch = batch.seqs
            const single = yield* call("appendOnce", events.appendOnce(scope, run, { eventId: "d", type: "D", payload: { i } }))
            if (single !== undefined) ack.single = single.seq
            const done = yield* call(
              "casStatusWithEvent",
              transition.casStatusWithEvent(scope, run, "Running", "Completed", { eventId: "done", type: "FlowCompleted" })
            )
            if (done?.transitioned === true) ack.completed = done.seq._tag === "Some" ? done.seq.value : -1
          }
        })

      // Kill the store's connections that are inside a transaction, every 60-180 ms.
      const killer = Effect.gen(function*() {
        while (writing) {
          const result = yield* Effect.promise(() =>
            admin<{ killed: boolean }>(
              `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
               WHERE application_name = $1 AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`,
              [applicationName]
            )
          )
          killed += result.rows.filter((r) => r.killed).length
          yield* Effect.sleep(Duration.millis(60 + Math.floor(Math.random() * 120)))
        }
      })

      const kill = yield* Effect.fork(killer)
      yield* Effect.forEach(Array.from({ length: 12 }, (_, f) => f), writer, { concurrency: "unbounded", discard: true })
      writing = false
      yield* Fiber.join(kill)

      // What the store holds now, read through a fresh store after the storm.
      const problems: Array<string> = []
      for (const ack of acks) {
        const run = yield* Effect.either(runs.get(scope, ack.run))
        if (run._tag === "Left") {
          if (ack.created === true) problems.push(`${ack.run}: create acknowledged, run missing`)
          continue
        }
        const read = yield* events.read(scope, ack.run, { limit: 100 })
        const seqOf = new Map(read.events.map((e) => [e.eventId as string, e.seq]))
        if (read.events.some((e, i) => e.seq !== i + 1)) problems.push(`${ack.run}: seqs not dense: ${read.events.map((e) => e.seq)}`)
        const batchIds = ["a", "b", "c"].filter((id) => seqOf.has(id))
        if (batchIds.length !== 0 && batchIds.length !== 3) problems.push(`${ack.run}: a partial batch is stored: ${batchIds}`)
        if (ack.batch !== undefined && ack.batch.join() !== ["a", "b", "c"].map((id) => seqOf.get(id)).join()) {
          problems.push(`${ack.run}: batch acknowledged at ${ack.batch}, stored at ${["a", "b", "c"].map((id) => seqOf.get(id))}`)
        }
        if (ack.single !== undefined && seqOf.get("d") !== ack.single) problems.push(`${ack.run}: appendOnce acknowledged at ${ack.single}, stored at ${seqOf.get("d")}`)
        if (ack.started === true && run.right.status === "Pending") problems.push(`${ack.run}: start acknowledged, run Pending`)
        // The status and its event commit together.
        if ((run.right.status === "Completed") !== seqOf.has("done")) {
          problems.push(`${ack.run}: status ${run.right.status} but the FlowCompleted event is ${seqOf.has("done") ? "" : "not "}there`)
        }
        if (ack.completed !== undefined && (run.right.status !== "Completed" || seqOf.get("done") !== ack.completed)) {
          problems.push(`${ack.run}: completion acknowledged at ${ack.completed}, stored ${run.right.status} / ${seqOf.get("done")}`)
        }
      }
      const acknowledged = acks.filter((a) => a.created === true).length
      console.log(
        `postgres faults (${seconds}s): ${killed} backends killed mid-transaction; ${acks.length} runs attempted, ${acknowledged} created; ` +
          `typed errors ${JSON.stringify(Object.fromEntries(errors))}`
      )
      assert.deepStrictEqual(untyped.slice(0, 5), [], "every caller gets a success or a typed error")
      assert.deepStrictEqual(problems.slice(0, 10), [], "no acknowledged write lost, no partial write")
      assert.isAtLeast(killed, 20, "connections were killed mid-transaction")
      assert.isAbove([...errors.keys()].filter((k) => k.endsWith(":StoreUnavailable")).length + acknowledged, 0)
      assert.isAbove(acknowledged, 50, "the storm made progress through the kills")
    }).pipe(
      Effect.provide(
        PgStore.layer({
          url: Redacted.make(pgUrl),
          schema,
          applicationName: `runledger-faults-${process.pid}`,
          busyRetry: Duration.seconds(2)
        })
      )
    ), 120_000 + seconds * 1000)
})
