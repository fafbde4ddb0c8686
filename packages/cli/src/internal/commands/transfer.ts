/** `export` and `import` of the JSONL format (see `@runledger/sql` `SqlAdmin`). */
import { Args, Command, Options } from "@effect/cli"
import { SqlAdmin } from "@runledger/sql"
import { Effect, Option, Stream } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import { NotFoundError, UnavailableError, UsageError } from "../../CliError.js"
import * as Connection from "../../Connection.js"
import * as Render from "../../Render.js"
import { type AnyCommand, common, withStore } from "../common.js"

/**
 * Why `file` cannot be written: a missing directory, a read-only place, a directory in the way are
 * the user's to fix (usage); anything else (a full disk, an I/O error) is the store's environment.
 */
const writeError = (file: string, error: unknown): UsageError | UnavailableError => {
  const code = (error as { readonly code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  if (code === "ENOENT") return new UsageError({ message: `cannot write ${file}: no directory ${path.dirname(path.resolve(file))}` })
  if (code === "ENOTDIR" || code === "EISDIR" || code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return new UsageError({ message: `cannot write ${file}: ${message}` })
  }
  return new UnavailableError({ message: `cannot write ${file}: ${message}` })
}

/** A file being written: its stream, and the first error the stream reported (it reports them as events). */
interface Out {
  readonly stream: NodeJS.WritableStream
  failure: unknown
}

/** Write a chunk, waiting for the stream to drain when its buffer is full (bounded memory). */
const write = (out: Out, file: string, chunk: string) =>
  Effect.async<void, UsageError | UnavailableError>((resume) => {
    if (out.failure !== undefined) return resume(Effect.fail(writeError(file, out.failure)))
    if (out.stream.write(chunk)) return resume(Effect.void)
    const drained = () => {
      out.stream.off("error", failed)
      resume(Effect.void)
    }
    const failed = (error: unknown) => {
      out.stream.off("drain", drained)
      resume(Effect.fail(writeError(file, error)))
    }
    out.stream.once("drain", drained)
    out.stream.once("error", failed)
  })

const closeFile = (out: fs.WriteStream, file: string) =>
  Effect.async<void, UsageError | UnavailableError>((resume) => {
    out.end((error?: Error | null) => resume(error == null ? Effect.void : Effect.fail(writeError(file, error))))
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
      const stdout: Out = { stream: process.stdout, failure: undefined }
      yield* withStore(o, "existing", Stream.runForEach(counted, (chunk) => write(stdout, "standard output", chunk)))
      return
    }
    const file = o.out.value
    // Written beside the target and renamed when complete: a failed export never leaves a file that
    // looks whole. Opened first, synchronously: a path that cannot be written is said before the
    // store is opened.
    const partial = `${file}.partial`
    const fd = yield* Effect.try({ try: () => fs.openSync(partial, "w"), catch: (e) => writeError(file, e) })
    const stream = fs.createWriteStream(partial, { fd, encoding: "utf8" })
    const out: Out = { stream, failure: undefined }
    stream.on("error", (error) => (out.failure ??= error))
    yield* withStore(o, "existing", Stream.runForEach(counted, (chunk) => write(out, file, chunk))).pipe(
      Effect.zipRight(closeFile(stream, file)),
      Effect.zipRight(Effect.try({ try: () => fs.renameSync(partial, file), catch: (e) => writeError(file, e) })),
      Effect.onError(() =>
        Effect.sync(() => {
          stream.destroy()
          fs.rmSync(partial, { force: true })
        })
      )
    )
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
    // A rejected import leaves nothing behind: not even the database file it created to import into.
    const target = yield* Connection.target(o)
    const created = target._tag === "Sqlite" && target.filename !== ":memory:" && !fs.existsSync(target.filename)
    const report = yield* withStore(o, "create", SqlAdmin.importText(source)).pipe(
      Effect.onError(() =>
        Effect.sync(() => {
          if (!created || target._tag !== "Sqlite") return
          for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${target.filename}${suffix}`, { force: true })
        })
      )
    )
    const torn = Option.getOrUndefined(report.tornLine)
    if (o.json) {
      return yield* Render.json({ file: o.file, imported: report.total, records: report.records, lines: report.lines, tornLine: torn ?? null })
    }
    if (torn !== undefined) {
      yield* Render.note(
        `repaired: line ${torn.line} was torn (${torn.length} characters, no final newline, not a complete record) and was dropped`
      )
    }
    const kinds = Object.entries(report.records).map(([kind, n]) => `${n} ${kind}${n === 1 ? "" : "s"}`).join(", ")
    yield* Render.text(`imported ${report.total} records from ${o.file}${kinds === "" ? "" : ` (${kinds})`}`)
  })).pipe(Command.withDescription("import a JSONL export into an empty store (all or nothing; a torn last line is repaired)"))

export const commands: readonly [AnyCommand<"export">, AnyCommand<"import">] = [exportCommand, importCommand]
