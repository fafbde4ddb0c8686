/**
 * Running a test's worker as a separate OS process (the cross-process races and the crash test of
 * the SQL backends): the worker's TypeScript is bundled once per test file with esbuild — workspace
 * packages resolved to their sources, native and driver packages (`external`) left to Node, found in
 * the workspace's node_modules — so each process starts in a fraction of a second.
 */
import { build } from "esbuild"
import * as cp from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const rootDir = path.resolve(import.meta.dirname, "..")
const packagesDir = path.join(rootDir, "packages")
const nodeModules = path.join(rootDir, "node_modules")

/**
 * Bundle `entry` into a CommonJS file in a new temporary directory; its path. `external` are the
 * packages left to Node (a native addon, a driver with optional native parts).
 */
export const bundle = async (
  entry: string,
  external: ReadonlyArray<string>
): Promise<{ readonly file: string; readonly dispose: () => void }> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runledger-child-"))
  const file = path.join(dir, "child.cjs")
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: [...external],
    logLevel: "error",
    plugins: [{
      name: "runledger-workspace",
      setup(b) {
        b.onResolve({ filter: /^@runledger\/[^/]+$/ }, (args) => ({
          path: path.join(packagesDir, args.path.slice("@runledger/".length), "src", "index.ts")
        }))
      }
    }]
  })
  return { file, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/** Start the bundled worker with `args`; external packages resolve from the workspace's node_modules. */
export const spawn = (file: string, args: ReadonlyArray<string>): cp.ChildProcessWithoutNullStreams =>
  cp.spawn(process.execPath, [file, ...args], {
    env: { ...process.env, NODE_PATH: nodeModules },
    stdio: ["pipe", "pipe", "pipe"]
  })

/** Wait for a child to exit: its exit code and signal, and everything it wrote. */
export const completion = (child: cp.ChildProcessWithoutNullStreams) =>
  new Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string }>(
    (resolve) => {
      let stdout = ""
      let stderr = ""
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8")
      })
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString("utf8")
      })
      child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))
    }
  )
