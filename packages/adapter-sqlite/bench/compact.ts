/**
 * The compaction row of the benchmark, run in a process of its own: compacts every event of the
 * given file older than a day and prints `{ compacted, seconds, peakRssMb, baseRssMb }`.
 */
import { SqliteStore } from "@runledger/adapter-sqlite"
import { EventLog } from "@runledger/core"
import { Context, Effect, Layer } from "effect"
import * as fs from "node:fs"

const peakRss = () => {
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"))
  return match === null ? process.memoryUsage().rss / 1024 / 1024 : Number(match[1]) / 1024
}

const main = async () => {
  const file = process.argv[2]!
  const baseRssMb = peakRss()
  const t = performance.now()
  const compacted = await Effect.runPromise(
    Effect.scoped(
      Effect.gen(function*() {
        const context = yield* Layer.build(SqliteStore.layer({ filename: file }))
        return yield* Context.get(context, EventLog.EventLog).compact({ retention: "1 day" })
      })
    )
  )
  console.log(JSON.stringify({ compacted, seconds: (performance.now() - t) / 1000, peakRssMb: peakRss(), baseRssMb }))
}

main().then(() => process.exit(0), (error) => {
  console.error(error)
  process.exit(1)
})
