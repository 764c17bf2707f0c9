/**
 * The command as users run it: `bin/newscompare.js`, which loads the bundled
 * code when it is up to date (src/build/launch.mjs, src/build/bundle.ts).
 */
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { bundled, bundlesMade } from '../../src/build/bundle.ts'
import { cli, tree } from './helpers.ts'

const run = promisify(execFile)
const bin = path.resolve('bin/newscompare.js')
const launch = pathToFileURL(path.resolve('src/build/launch.mjs')).href
const quotes = path.resolve('tests/fixtures/quotes')
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000', CI: '1' }

describe('bin/newscompare.js', () => {
  let tmp: string
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'nc-launcher-'))
    // As after the command's first run: the bundle of the current code is made.
    bundled('main')
    await bundlesMade()
    expect(bundled('main')).not.toBeNull()
  }, 120_000)

  it('loads the bundle without the TypeScript loader', async () => {
    // Without the loader, Node refuses a .ts module: proof that nothing came from the sources.
    const probe = `const { loadEntry } = await import(${JSON.stringify(launch)}); const cli = await loadEntry('cli');
      let ts = 'loaded'; try { await import(${JSON.stringify(pathToFileURL(path.resolve('src/messages.ts')).href)}) } catch (e) { ts = e.code }
      console.log(typeof cli.main, ts)`
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probe], { cwd: tmp, env })
    expect(stdout.trim()).toBe('function ERR_UNKNOWN_FILE_EXTENSION')
  })

  it('builds from another folder the same site as the sources do', async () => {
    const fromBundle = path.join(tmp, 'bundled')
    await run(process.execPath, [bin, 'build', '-c', quotes, '-o', fromBundle, '--no-cache', '--no-search', '-q'], { cwd: tmp, env })
    const fromSources = path.join(tmp, 'sources')
    const before = process.env.SOURCE_DATE_EPOCH
    process.env.SOURCE_DATE_EPOCH = env.SOURCE_DATE_EPOCH
    try {
      const { code } = await cli('build', '-c', quotes, '-o', fromSources, '--no-cache', '--no-search', '-q')
      expect(code).toBe(0)
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH
      else process.env.SOURCE_DATE_EPOCH = before
    }
    const bundledTree = await tree(fromBundle)
    expect(Object.keys(bundledTree).length).toBeGreaterThan(20)
    expect(bundledTree).toEqual(await tree(fromSources))
  }, 120_000)

  it('loads the sources, and makes the bundle again, when a file of the bundle is gone', async () => {
    // A bundle folder of its own, so that the one every other test loads stays whole.
    const own = { ...env, NEWSCOMPARE_BUNDLES: path.join(tmp, 'bundles') }
    const bundle = pathToFileURL(path.resolve('src/build/bundle.ts')).href
    const make = `const b = await import(${JSON.stringify(bundle)}); b.bundled('main'); await b.bundlesMade(); console.log(b.bundled('main'))`
    const made = async () => (await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', make], { cwd: process.cwd(), env: own })).stdout.trim()
    const folder = await made()
    expect(folder.startsWith(own.NEWSCOMPARE_BUNDLES)).toBe(true)
    const chunk = (await readdir(folder)).find((f) => f.startsWith('chunk-'))!
    await rm(path.join(folder, chunk))
    const { stdout } = await run(process.execPath, [bin, 'extract', '--json', path.join(quotes, '098bb3e9.txt')], { cwd: tmp, env: own })
    expect(JSON.parse(stdout).quotes.length).toBeGreaterThan(0)
    // Made again, whole, in the same place (named by the same sources).
    expect(await made()).toBe(folder)
    expect(await readdir(folder)).toContain(chunk)
  }, 120_000)

  it('ends quietly, with success, when the reader closes the pipe early (| head)', async () => {
    const child = spawn(process.execPath, [bin, 'extract', '--json', quotes], { cwd: tmp, env })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => void (stderr += d))
    // Read one chunk of the JSON Lines (far more than a pipe holds follows), then hang up.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|Error/)
    expect(code).toBe(0)
  }, 60_000)
})
