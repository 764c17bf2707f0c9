// Loads an entry of the code ('cli', or 'build' for the benchmark) for a process started without the TypeScript
// loader, as the command is: from the bundle when it is up to date, else from the TypeScript
// sources through tsx (and a bundle is made in the background, for the next run). The bundle
// loads in about 0.14 s; the sources took 0.45-0.55 s with the loader's start.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { freshBundle, MAIN_ENTRIES, root } from './bundle-files.mjs'

export async function loadEntry(entry) {
  const bundle = freshBundle('main')
  if (bundle) return import(pathToFileURL(path.join(bundle, `${entry}.mjs`)).href)
  const { register } = await import('tsx/esm/api')
  register()
  const module = await import(pathToFileURL(path.join(root, MAIN_ENTRIES[entry])).href)
  const { bundled } = await import(pathToFileURL(path.join(root, 'src', 'build', 'bundle.ts')).href)
  bundled('main')
  return module
}
