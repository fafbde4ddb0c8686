import * as path from "node:path"
import { defineConfig } from "vitest/config"

// Tests run against the workspace sources: `@runledger/x` resolves to `packages/x/src`, so a
// test run needs no build (the build is for the CLI binary and for publishing).
const packagesDir = path.join(import.meta.dirname, "packages")

export default defineConfig({
  resolve: {
    alias: [{ find: /^@runledger\/([^/]+)$/, replacement: path.join(packagesDir, "$1", "src", "index.ts") }]
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "examples/**/*.test.ts"],
    fakeTimers: { toFake: undefined },
    sequence: { concurrent: false },
    // Guards against a hang, not windows a test must fit in: on a busy 2-core machine a test (or a
    // beforeAll that bundles a worker, seeds a store, creates a schema) can take minutes.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } }
  }
})
