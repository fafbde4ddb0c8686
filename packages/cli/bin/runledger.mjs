#!/usr/bin/env node
// The compiled CLI (Node 20 cannot run TypeScript): build with `npm run build` first.
import { Main } from "../dist/index.js"

Main.main(process.argv)
