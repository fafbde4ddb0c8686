/**
 * Key reuse (contract §3, §4): an event id or a step output re-sent with different content is a
 * caller bug to surface, never to hide — and never to store. Over 1,000 generated pairs of values
 * that differ (fast-check, from the kit's seed): the answer says the content differs, the stored
 * value is the first one, and nothing is written.
 */
import { Json, Limits } from "@runledger/core"
import { Effect, Either } from "effect"
import * as fc from "fast-check"
import * as Arbitraries from "../Arbitraries.js"
import { equal, show } from "../internal/check.js"
import { A, ev } from "../internal/fixtures.js"
import type { Env, Scenario, Store } from "../internal/harness.js"
import { scenario } from "../internal/harness.js"
import { faultSeed } from "./FaultScenarios.js"

const suite = "KeyReuse"
const Pairs = 1000
const Runs = 20

const runOf = (i: number) => `k${i % Runs}`
const runIds = Array.from({ length: Runs }, (_, r) => `k${r}`)

/** 1,000 pairs of JSON values with different canonical texts, from the kit's seed. */
const pairs = (env: Env): { readonly seed: number; readonly values: ReadonlyArray<readonly [Json.Json, Json.Json]> } => {
  const seed = faultSeed(env.settings.seed)
  const payload = Arbitraries.jsonPayloadWith({
    maxStringLength: 256,
    maxBytes: env.initializer.limits?.maxValueBytes ?? Limits.defaults.maxValueBytes
  })
  const different = fc.tuple(payload, payload).filter(([a, b]) => Json.canonicalize(a) !== Json.canonicalize(b))
  return { seed, values: fc.sample(different, { seed, numRuns: Pairs }) }
}

/** Everything the scenarios' writes could have touched, as text. */
const picture = (store: Store) =>
  Effect.forEach(runIds, (runId) =>
    Effect.all([
      Effect.either(store.runs.get(A, runId)),
      store.events.lastSeq(A, runId),
      Effect.map(store.events.read(A, runId, { limit: 1000 }), (r) => r.events.map((e) => [e.seq, e.eventId, e.type, Json.canonicalize(e.payload)])),
      Effect.either(store.runs.listOutputKeys(A, runId)),
      Effect.either(store.runs.listSteps(A, runId))
    ])).pipe(Effect.map(show))

/** The key reuse scenarios. */
export const keyReuseScenarios: ReadonlyArray<Scenario> = [
  scenario(suite, `an event id re-sent with different content (${Pairs} generated pairs): not appended, sameFingerprint false, its seq; the stored event unchanged, nothing written`, (store, env) =>
    Effect.gen(function*() {
      const { seed, values } = pairs(env)
      const seqs = new Map<number, number>()
      for (const runId of runIds) {
        const mine = values.flatMap((_, i) => (runOf(i) === runId ? [i] : []))
        const result = yield* store.events.append(A, runId, mine.map((i) => ev(`e${i}`, values[i]![0])))
        mine.forEach((i, k) => seqs.set(i, result.seqs[k]!))
      }
      const before = yield* picture(store)
      const wrong: Array<string> = []
      yield* Effect.forEach(values, ([, other], i) =>
        Effect.map(Effect.either(store.events.appendOnce(A, runOf(i), ev(`e${i}`, other))), (result) => {
          const answer = Either.map(result, (r) => [r.appended, r.seq, r.appended ? undefined : r.sameFingerprint])
          if (show(answer) !== show(Either.right([false, seqs.get(i), false]))) wrong.push(`e${i} re-sent with ${show(other)}: ${show(answer)}`)
        }), { concurrency: 8, discard: true })
      equal(wrong.slice(0, 5), [], `appendOnce of a stored id with other content must say so (${wrong.length} of ${Pairs} did not; seed ${seed})`)
      for (const runId of runIds) {
        const mine = values.flatMap((_, i) => (runOf(i) === runId ? [i] : []))
        const batch = yield* store.events.append(A, runId, mine.map((i) => ev(`e${i}`, values[i]![1])))
        equal(
          [batch.appended, batch.seqs, batch.appended ? [] : batch.sameFingerprint],
          [false, mine.map((i) => seqs.get(i)), mine.map(() => false)],
          `${runId}: a batch re-sending stored ids with other content is not appended and says which differ (seed ${seed})`
        )
      }
      equal(yield* picture(store), before, `nothing is written by a re-sent id (seed ${seed})`)
      for (const runId of runIds) {
        const { events } = yield* store.events.read(A, runId, { limit: 1000 })
        const expected = values.flatMap(([first], i) => (runOf(i) === runId ? [Json.canonicalize(first)] : []))
        equal(events.map((e) => Json.canonicalize(e.payload)), expected, `${runId}: every stored event keeps its first payload (seed ${seed})`)
      }
    })),

  scenario(suite, `a step output re-sent with different content (${Pairs} generated pairs): AlreadyExists with sameFingerprint false; the stored output unchanged, nothing written`, (store, env) =>
    Effect.gen(function*() {
      const { seed, values } = pairs(env)
      for (const runId of runIds) yield* store.runs.create({ runId, scope: A, flowId: "f" })
      yield* Effect.forEach(values, ([first], i) => store.runs.putOutput(A, runOf(i), `s${i}`, first), { concurrency: 8, discard: true })
      const before = yield* picture(store)
      const wrong: Array<string> = []
      yield* Effect.forEach(values, ([, other], i) =>
        Effect.map(Effect.either(store.runs.putOutput(A, runOf(i), `s${i}`, other)), (result) => {
          const answer = Either.isRight(result)
            ? "stored"
            : result.left._tag === "AlreadyExists"
            ? `AlreadyExists sameFingerprint=${String(result.left.sameFingerprint)}`
            : result.left._tag
          if (answer !== "AlreadyExists sameFingerprint=false") wrong.push(`s${i} re-sent with ${show(other)}: ${answer}`)
        }), { concurrency: 8, discard: true })
      equal(wrong.slice(0, 5), [], `putOutput over a stored output with other content must say so (${wrong.length} of ${Pairs} did not; seed ${seed})`)
      equal(yield* picture(store), before, `nothing is written by a re-sent output (seed ${seed})`)
      const changed: Array<string> = []
      yield* Effect.forEach(values, ([first], i) =>
        Effect.map(store.runs.getOutput(A, runOf(i), `s${i}`), (output) => {
          const stored = output._tag === "Some" ? Json.canonicalize(output.value.value) : "none"
          if (stored !== Json.canonicalize(first)) changed.push(`s${i}: ${stored}`)
        }), { concurrency: 8, discard: true })
      equal(changed.slice(0, 5), [], `every stored output keeps its first value (${changed.length} changed; seed ${seed})`)
    }))
]
