/**
 * The extraction worker as one bundled JavaScript file.
 *
 * Loaded through the TypeScript loader, module by module, a worker took
 * 0.75–0.95 s to return its first article; bundled, 0.3 s. An add-one
 * rebuild waits for that worker, so the bundle is made with esbuild (the
 * compiler tsx itself uses) under `node_modules/.cache/newscompare/`, shared
 * by every build of this installation. It records the files it was made from
 * with their sizes and modification times: when any of them changed (the code
 * was edited, a package updated), or there is no bundle yet, workers load
 * through the TypeScript loader and a new bundle is made in the background,
 * for the next build.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const folder = path.join(root, 'node_modules', '.cache', 'newscompare')
const bundle = path.join(folder, 'extract-worker.mjs')
const sources = path.join(folder, 'extract-worker.json')

/** The files a bundle was made from: path (from the project root), size, modification time. */
type Sources = Array<[string, number, number]>

let ready: string | null | undefined
let making: Promise<void> | null = null

/** The bundled worker's path when it is up to date with the code, else null (and a new one is made in the background). */
export function workerBundle(): string | null {
  if (ready === undefined) {
    ready = upToDate() ? bundle : null
    // Once made, the next call looks again (a long-running `serve` uses it from its next build).
    if (ready === null) making = makeBundle().then(() => void (ready = undefined), () => undefined)
  }
  return ready
}

/** Resolves once a bundle started by `workerBundle` is written (or failed); for tests and short-lived tools. */
export function bundleMade(): Promise<void> {
  return making ?? Promise.resolve()
}

function upToDate(): boolean {
  try {
    if (!existsSync(bundle)) return false
    const made = JSON.parse(readFileSync(sources, 'utf8')) as Sources
    return made.every(([file, size, mtime]) => {
      const s = statSync(path.join(root, file))
      return s.size === size && s.mtimeMs === mtime
    })
  } catch {
    return false
  }
}

async function makeBundle(): Promise<void> {
  // Loaded only here: most builds find the bundle made.
  const { build } = await import('esbuild')
  mkdirSync(folder, { recursive: true })
  const temp = `${bundle}.${process.pid}.tmp`
  const result = await build({
    entryPoints: [path.join(root, 'src', 'build', 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: temp,
    metafile: true,
    absWorkingDir: root,
    logLevel: 'silent',
    // Bundled CommonJS packages call require(), which an ES module lacks.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  })
  const made: Sources = Object.keys(result.metafile.inputs).map((input) => {
    const file = path.resolve(root, input)
    const s = statSync(file)
    return [path.relative(root, file), s.size, s.mtimeMs]
  })
  // The bundle first, then its list: a new bundle beside an old list is not used (and made again),
  // while an old bundle is never named up to date by a new list.
  renameSync(temp, bundle)
  writeFileSync(`${sources}.${process.pid}.tmp`, JSON.stringify(made))
  renameSync(`${sources}.${process.pid}.tmp`, sources)
}
