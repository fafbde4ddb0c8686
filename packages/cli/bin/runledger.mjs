#!/usr/bin/env node
// The CLI as one bundled script (dist/runledger.cjs, made by `npm run build`), compiled from V8's
// code cache beside it when there is one: a command then starts in a fraction of the time loading
// dist/ module by module takes (docs/BENCHMARKS.md, "CLI"). Without the bundle (a build with plain
// `tsc`), the modules of dist/ are loaded.
import * as fs from "node:fs"
import { createRequire } from "node:module"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as vm from "node:vm"

const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist", "runledger.cjs")
const cacheFile = `${bundle}.cache`

const read = (file, encoding) => {
  try {
    return fs.readFileSync(file, encoding)
  } catch {
    return undefined
  }
}

const source = read(bundle, "utf8")
if (source === undefined) {
  const { Main } = await import("../dist/index.js")
  Main.main(process.argv)
} else {
  // RUNLEDGER_CODE_CACHE: "off" neither reads nor writes the cache (to measure without it),
  // "write" writes it whatever there was (the build does, after a representative command).
  const mode = process.env.RUNLEDGER_CODE_CACHE
  const cachedData = mode === "off" ? undefined : read(cacheFile)
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`
  const script = new vm.Script(wrapped, { filename: bundle, cachedData })
  // A cache that is missing or was made by another Node is written anew when the command ends
  // (beside the bundle, atomically; a read-only install just runs without it).
  if (mode !== "off" && (cachedData === undefined || script.cachedDataRejected === true || mode === "write")) {
    process.once("exit", () => {
      try {
        const partial = `${cacheFile}.${process.pid}`
        fs.writeFileSync(partial, script.createCachedData())
        fs.renameSync(partial, cacheFile)
      } catch {
        // not writable: no cache
      }
    })
  }
  if (process.env.RUNLEDGER_DEBUG === "1") {
    const state = cachedData === undefined ? "none" : script.cachedDataRejected === true ? "rejected" : "used"
    process.stderr.write(`runledger: started from ${path.basename(bundle)} (code cache: ${state})\n`)
  }
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle))
}
