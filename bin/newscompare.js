#!/usr/bin/env node
// Thin launcher: loads the command (bundled, or the TypeScript sources; see src/build/launch.mjs).
import { loadEntry } from '../src/build/launch.mjs'

const { main } = await loadEntry('cli')
process.exitCode = await main(process.argv.slice(2))
