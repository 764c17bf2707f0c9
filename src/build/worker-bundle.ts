/**
 * The worker threads' code as one bundled JavaScript file per kind of worker.
 *
 * Loaded through the TypeScript loader, module by module, an extraction
 * worker took 0.75–0.95 s to return its first article (0.3 s bundled), and a
 * render worker 0.6–0.75 s to load Eleventy (0.3 s), on a core the main
 * thread needs meanwhile. So each is bundled with esbuild (the compiler tsx
 * itself uses) under `node_modules/.cache/newscompare/`, shared by every
 * build of this installation, with the list of files it was made from and
 * their sizes and modification times. When any of them changed (the code was
 * edited, a package updated), or there is no bundle yet, workers load through
 * the TypeScript loader and a new bundle is made in the background, for the
 * next build.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const folder = path.join(root, 'node_modules', '.cache', 'newscompare')

const WORKERS = {
  /** Ingest and extract, with every package they use. */
  extract: { entry: 'src/build/worker.ts', packages: 'bundle' },
  /**
   * Eleventy and its plugins stay packages (they read files of their own);
   * the site code is one file, and since all of it lives in src/site/, each
   * module's `import.meta.url` (the templates are found from it) is that
   * folder's.
   */
  render: { entry: 'src/site/render-worker.ts', packages: 'external' },
} as const

export type WorkerKind = keyof typeof WORKERS

/** The files a bundle was made from: path (from the project root), size, modification time. */
type Sources = Array<[string, number, number]>

const ready = new Map<WorkerKind, string | null>()
const making = new Map<WorkerKind, Promise<void>>()

const bundleFile = (kind: WorkerKind) => path.join(folder, `${kind}-worker.mjs`)
const sourcesFile = (kind: WorkerKind) => path.join(folder, `${kind}-worker.json`)

/** The bundled worker's path when it is up to date with the code, else null (and a new one is made in the background). */
export function workerBundle(kind: WorkerKind): string | null {
  if (!ready.has(kind)) {
    const fresh = upToDate(kind)
    ready.set(kind, fresh ? bundleFile(kind) : null)
    // Once made, the next call looks again (a long-running `serve` uses it from its next build).
    if (!fresh && !making.has(kind)) making.set(kind, makeBundle(kind).then(() => void ready.delete(kind), () => undefined))
  }
  return ready.get(kind)!
}

/** Resolves once the bundles being made are written (or failed); for tests and short-lived tools. */
export async function bundlesMade(): Promise<void> {
  await Promise.all(making.values())
}

function upToDate(kind: WorkerKind): boolean {
  try {
    if (!existsSync(bundleFile(kind))) return false
    const made = JSON.parse(readFileSync(sourcesFile(kind), 'utf8')) as Sources
    // A list that names nothing (emptied or edited by hand) vouches for nothing.
    if (!Array.isArray(made) || made.length === 0) return false
    return made.every(([file, size, mtime]) => {
      const s = statSync(path.join(root, file))
      return s.size === size && s.mtimeMs === mtime
    })
  } catch {
    return false
  }
}

async function makeBundle(kind: WorkerKind): Promise<void> {
  // Loaded only here: most builds find the bundles made.
  const { build } = await import('esbuild')
  const { entry, packages } = WORKERS[kind]
  mkdirSync(folder, { recursive: true })
  const bundle = bundleFile(kind)
  const temp = `${bundle}.${process.pid}.tmp`
  const started = Date.now()
  const result = await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    packages: packages === 'external' ? 'external' : undefined,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: temp,
    metafile: true,
    logLevel: 'silent',
    ...(packages === 'external'
      ? { define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(root, entry)).href) } }
      : // Bundled CommonJS packages call require(), which an ES module lacks.
        { banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" } }),
  })
  const made: Sources = Object.keys(result.metafile.inputs).map((input) => {
    const file = path.resolve(root, input)
    const s = statSync(file)
    return [path.relative(root, file), s.size, s.mtimeMs]
  })
  // A file changed while it was bundled may be in the bundle as it was before: not trusted.
  if (made.some(([, , mtime]) => mtime >= started - 1000)) return
  // The bundle first, then its list: a new bundle beside an old list is not used (and made again),
  // while an old bundle is never named up to date by a new list.
  renameSync(temp, bundle)
  writeFileSync(`${sourcesFile(kind)}.${process.pid}.tmp`, JSON.stringify(made))
  renameSync(`${sourcesFile(kind)}.${process.pid}.tmp`, sourcesFile(kind))
}
