// Where the bundles of the code live, and whether one is up to date (see bundle.ts).
// Plain JavaScript: the launcher asks before any TypeScript can be loaded.
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root (this file is two levels below it, as is every module that reads `import.meta.url`). */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** Where the bundles go: NEWSCOMPARE_BUNDLES when set (say, where node_modules cannot be written), else node_modules' cache. */
export const folder = process.env.NEWSCOMPARE_BUNDLES ? path.resolve(process.env.NEWSCOMPARE_BUNDLES) : path.join(root, 'node_modules', '.cache', 'newscompare')

/** The entries of the main bundle (the command, and the build for the benchmark) and their sources. */
export const MAIN_ENTRIES = { cli: 'src/cli.ts', build: 'src/build/index.ts' }

/** The file naming a kind's current bundle folder and the files it was made from. */
export const listFile = (kind) => path.join(folder, `${kind}.json`)

/** The folder of `kind`'s bundle when every file it was made from is as it was then, else null. */
export function freshBundle(kind) {
  try {
    const { root: madeIn, dir, sources, outputs } = JSON.parse(readFileSync(listFile(kind), 'utf8'))
    // A bundle holds the paths of the checkout it was made in: another one (sharing this folder
    // through a link) must not use it. And a list that names nothing vouches for nothing.
    if (madeIn !== root || typeof dir !== 'string' || path.basename(dir) !== dir || !Array.isArray(sources) || sources.length === 0) return null
    const bundle = path.join(folder, dir)
    if (!intact(bundle, outputs)) return null
    const same = sources.every(([file, size, mtime]) => {
      const s = statSync(path.join(root, file))
      return s.size === size && s.mtimeMs === mtime
    })
    return same ? bundle : null
  } catch {
    return null
  }
}

/**
 * Whether the bundle folder holds every file it was made with, at its size:
 * one deleted or cut short (by hand, or a tool pruning caches) would fail an
 * import halfway through a run, so the sources are loaded instead.
 */
export function intact(bundle, outputs) {
  if (!Array.isArray(outputs) || outputs.length === 0) return false
  try {
    return outputs.every(([file, size]) => statSync(path.join(bundle, file)).size === size)
  } catch {
    return false
  }
}
