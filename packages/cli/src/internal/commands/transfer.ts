/** `export` and `import` of the JSONL format (see `@runledger/sql` `SqlAdmin`). */
import { Args, Command, Options } from "@effect/cli"
import { SqlAdmin } from "@runledger/sql"
import { Console, Effect, Option, Stream } from "effect"
import * as fs from "node:fs"
import { NotFoundError, UnavailableError, UsageError } from "../../CliError.js"
import * as Render from "../../Render.js"
import { type AnyCommand, common, withStore } from "../common.js"

/** Write a chunk, waiting for the stream to drain when its buffer is full (bounded memory). */
const write = (out: NodeJS.WritableStream, chunk: string) =>
  Effect.async<void>((resume) => {
    if (out.write(chunk)) resume(Effect.void)
    else out.once("drain", () => resume(Effect.void))
  })

const closeFile = (out: fs.WriteStream) =>
  Effect.async<void, UnavailableError>((resume) => {
    out.end((error?: Error | null) =>
      resume(error == null ? Effect.void : Effect.fail(new UnavailableError({ message: `cannot write the export: ${error.message}` })))
    )
  })

const exportCommand = Command.make("export", {
  ...common,
  out: Options.text("out").pipe(Options.withAlias("o"), Options.withDescription("the file to write (default: standard output)"), Options.optional)
}, (o) =>
  Effect.gen(function*() {
    const lines = SqlAdmin.exportLines()
    let records = 0
    const counted = Stream.tap(lines, (chunk) => Effect.sync(() => (records += chunk.split("\n").length - 1)))
    if (Option.isNone(o.out)) {
      yield* withStore(o, "existing", Stream.runForEach(counted, (chunk) => write(process.stdout, chunk)))
      return
    }
    const file = o.out.value
    // Written beside the target and renamed when complete: a failed export never leaves a file that
    // looks whole.
    const partial = `${file}.partial`
    const out = yield* Effect.try({
      try: () => fs.createWriteStream(partial, { encoding: "utf8" }),
      catch: (e) => new UnavailableError({ message: `cannot write ${file}: ${e instanceof Error ? e.message : String(e)}` })
    })
    yield* withStore(o, "existing", Stream.runForEach(counted, (chunk) => write(out, chunk))).pipe(
      Effect.onExit(() => closeFile(out).pipe(Effect.ignore))
    )
    yield* closeFile(out).pipe(Effect.ignore)
    yield* Effect.try({
      try: () => fs.renameSync(partial, file),
      catch: (e) => new UnavailableError({ message: `cannot write ${file}: ${e instanceof Error ? e.message : String(e)}` })
    })
    const summary = { file, lines: records, records: records - 1 }
    if (o.json) yield* Render.json(summary)
    else yield* Render.text(`exported ${summary.records} records to ${file}`)
  })).pipe(Command.withDescription("write the whole store as JSONL (a header line, then every record in a deterministic order)"))

const importCommand = Command.make("import", {
  ...common,
  file: Args.text({ name: "file" }).pipe(Args.withDescription("the JSONL export to import (- for standard input)"))
}, (o) =>
  Effect.gen(function*() {
    if (o.file !== "-" && !fs.existsSync(o.file)) return yield* new NotFoundError({ message: `no file ${o.file}` })
    if (o.file !== "-" && fs.statSync(o.file).isDirectory()) return yield* new UsageError({ message: `${o.file} is a directory` })
    const input = o.file === "-" ? process.stdin : fs.createReadStream(o.file, { encoding: "utf8", highWaterMark: 1 << 16 })
    if (o.file === "-") process.stdin.setEncoding("utf8")
    const source = Stream.fromAsyncIterable(
      input as AsyncIterable<string>,
      (e) => new UnavailableError({ message: `cannot read ${o.file}: ${e instanceof Error ? e.message : String(e)}` })
    )
    const report = yield* withStore(o, "create", SqlAdmin.importText(source))
    const torn = Option.getOrUndefined(report.tornLine)
    if (o.json) {
      return yield* Render.json({ file: o.file, imported: report.total, records: report.records, lines: report.lines, tornLine: torn ?? null })
    }
    if (torn !== undefined) {
      yield* Console.error(
        `repaired: line ${torn.line} was torn (${torn.length} characters, no final newline, not a complete record) and was dropped`
      )
    }
    const kinds = Object.entries(report.records).map(([kind, n]) => `${n} ${kind}${n === 1 ? "" : "s"}`).join(", ")
    yield* Render.text(`imported ${report.total} records from ${o.file}${kinds === "" ? "" : ` (${kinds})`}`)
  })).pipe(Command.withDescription("import a JSONL export into an empty store (all or nothing; a torn last line is repaired)"))

export const commands: readonly [AnyCommand<"export">, AnyCommand<"import">] = [exportCommand, importCommand]
