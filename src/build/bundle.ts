/**
 * The code as bundled JavaScript, one bundle per kind of thread.
 *
 * Loaded through the TypeScript loader, module by module, an extraction
 * worker took 0.75–0.95 s to return its first article (0.3 s bundled), a
 * render worker 0.6–0.75 s to load Eleventy (0.3 s), and the command
 * 0.45–0.55 s to start (0.2 s). So each is bundled with esbuild (the
 * compiler tsx itself uses) under `node_modules/.cache/newscompare/`, shared
 * by every build of this installation: a folder per bundle, named by the
 * checkout and the files it was made from, and `<kind>.json` naming the
 * checkout, the current folder, those files' sizes and modification times,
 * and the size of every file in the folder (`bundle-files.mjs` checks them:
 * a bundle that lost a file is not loaded, and is made again).
 * When any of them changed (the code was edited, a package updated), or there
 * is no bundle yet, the code loads through the TypeScript loader and a new
 * bundle is made in the background, for the next time.
 *
 * In a bundle every module's `import.meta.url` is set to one file two levels
 * below the root, where every module that reads it lives (`src/build/`,
 * `src/site/`), and those URLs name their folder (`../site/x`), so they hold
 * in either place.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { folder, freshBundle, intact, listFile, MAIN_ENTRIES, root } from './bundle-files.mjs'

const BUNDLES = {
  /** Ingest and extract, with every package they use. */
  extract: { entries: { worker: 'src/build/worker.ts' }, packages: 'bundle' },
  /** The site code; Eleventy and its plugins stay packages (they read files of their own). */
  render: { entries: { 'render-worker': 'src/site/render-worker.ts' }, packages: 'external' },
  /** The command, and the build for the benchmark (`launch.mjs`); what they import lazily stays in chunks loaded lazily. */
  main: { entries: MAIN_ENTRIES, packages: 'external' },
} as const

export type BundleKind = keyof typeof BUNDLES

/** The files a bundle was made from: path (from the project root), size, modification time. */
type Sources = Array<[string, number, number]>

/** An old bundle may still be loading chunks in a long-running process: removed only once this old. */
const KEEP_OLD_MS = 24 * 3600 * 1000

const ready = new Map<BundleKind, string | null>()
const making = new Map<BundleKind, Promise<void>>()

/** The entry file of a worker's bundle when it is up to date with the code, else null (and a new one is made in the background). */
export function workerBundle(kind: 'extract' | 'render'): string | null {
  const dir = bundled(kind)
  return dir && path.join(dir, `${Object.keys(BUNDLES[kind].entries)[0]}.mjs`)
}

/** The folder of `kind`'s bundle when it is up to date with the code, else null (and a new one is made in the background). */
export function bundled(kind: BundleKind): string | null {
  if (!ready.has(kind)) {
    const fresh = freshBundle(kind)
    ready.set(kind, fresh)
    // Once made, the next call looks again (a long-running `serve` uses it from its next build).
    if (!fresh && !making.has(kind)) making.set(kind, makeBundle(kind).then(() => void ready.delete(kind), () => undefined))
  }
  return ready.get(kind)!
}

/** Resolves once the bundles being made are written (or failed); for tests and short-lived tools. */
export async function bundlesMade(): Promise<void> {
  await Promise.all(making.values())
}

async function makeBundle(kind: BundleKind): Promise<void> {
  // Loaded only here: most runs find the bundles made.
  const { build } = await import('esbuild')
  const { entries, packages } = BUNDLES[kind]
  mkdirSync(folder, { recursive: true })
  // Unique: test runners make bundles on several threads of one process at once.
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const temp = path.join(folder, `${kind}-${tag}`)
  const started = Date.now()
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(root, file)])),
    absWorkingDir: root,
    bundle: true,
    // Chunks keep what the code imports lazily lazy (a single file would load every package up front).
    splitting: true,
    packages: packages === 'external' ? 'external' : undefined,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: temp,
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'silent',
    ...(packages === 'external'
      ? { define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(root, 'src', 'build', 'bundle.ts')).href) } }
      : // Bundled CommonJS packages call require(), which an ES module lacks.
        { banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" } }),
  })
  const made: Sources = Object.keys(result.metafile.inputs).map((input) => {
    const file = path.resolve(root, input)
    const s = statSync(file)
    return [path.relative(root, file), s.size, s.mtimeMs]
  })
  // A file changed while it was bundled may be in the bundle as it was before: not trusted.
  if (made.some(([, , mtime]) => mtime >= started - 1000)) return void rmSync(temp, { recursive: true, force: true })
  // Each file the bundle is made of, with its size, so that a damaged bundle is never loaded (see `intact`).
  const outputs = Object.entries(result.metafile.outputs).map(([file, { bytes }]) => [path.relative(temp, path.resolve(root, file)), bytes])
  // Named by what it was made from: processes making the same bundle at once make the same folder.
  const dir = `${kind}-${createHash('sha256').update(JSON.stringify([root, made])).digest('hex').slice(0, 16)}`
  const target = path.join(folder, dir)
  // A folder of that name that lost files is replaced; one that is whole came from another process.
  if (existsSync(target) && !intact(target, outputs)) rmSync(target, { recursive: true, force: true })
  try {
    renameSync(temp, target)
  } catch {
    // Another process put the same bundle there first.
    rmSync(temp, { recursive: true, force: true })
  }
  // The folder first, then the list naming it: a list never names a folder not yet complete.
  writeFileSync(`${listFile(kind)}.${tag}`, JSON.stringify({ root, dir, sources: made, outputs }))
  renameSync(`${listFile(kind)}.${tag}`, listFile(kind))
  removeOld(kind, dir)
}

function removeOld(kind: BundleKind, current: string): void {
  for (const name of readdirSync(folder)) {
    if (name === current || !name.startsWith(`${kind}-`)) continue
    const file = path.join(folder, name)
    try {
      if (Date.now() - statSync(file).mtimeMs > KEEP_OLD_MS) rmSync(file, { recursive: true, force: true })
    } catch {
      // Removed by another process meanwhile.
    }
  }
}
