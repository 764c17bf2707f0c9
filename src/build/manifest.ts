/**
 * Remembers what the last successful build of an output folder was made
 * from, so a rebuild with nothing changed can stop before linking and
 * rendering. The fingerprint covers every input's cache key, the knowledge
 * files, the options that shape the output, and the code and templates.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { Message } from '../model.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

const Manifest = z.object({
  fingerprint: z.string(),
  articles: z.number(),
  quotes: z.number(),
  pages: z.number(),
  messages: z.array(Message),
  /** The site stage's page hashes, to render only changed pages next time. */
  site: z.object({ shared: z.string(), pages: z.record(z.string(), z.string()) }).nullable().optional(),
  /** Which output folder this describes: any other build replaces the folder and so changes this. */
  output: z.string().optional(),
})
export type Manifest = z.infer<typeof Manifest>

/**
 * Identity of the output folder as written. A full build swaps in a new
 * folder (a new inode); a build that updates it in place always moves new
 * exports into its top level (a new modification time). So a build made
 * without this manifest (say, with --no-cache or another cache) leaves a
 * folder this no longer matches.
 */
async function outputIdentity(outDir: string): Promise<string> {
  const [dir, home] = await Promise.all([stat(outDir), stat(path.join(outDir, 'index.html'))])
  return `${dir.dev}:${dir.ino}:${dir.mtimeMs}:${home.ino}:${home.mtimeMs}`
}

const codeVersions = new Map<string, Promise<string>>()

/** A hash of the given source folders, so upgrading newscompare invalidates what they produced. */
export function codeHash(dirs: string[] = ['src', 'templates']): Promise<string> {
  const key = dirs.join('\0')
  let version = codeVersions.get(key)
  if (!version) {
    version = (async () => {
      const hash = createHash('sha256')
      for (const dir of dirs) {
        const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true })
        const files = entries
          .filter((e) => e.isFile())
          .map((e) => path.join(e.parentPath, e.name))
          .sort()
        for (const file of files) hash.update(path.relative(root, file)).update(await readFile(file))
      }
      return hash.digest('hex')
    })()
    codeVersions.set(key, version)
  }
  return version
}

export async function fingerprint(parts: string[]): Promise<string> {
  const hash = createHash('sha256').update(await codeHash())
  for (const part of parts) hash.update('\0').update(part)
  return hash.digest('hex')
}

function manifestFile(stateDir: string, outDir: string): string {
  const id = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16)
  return path.join(stateDir, 'builds', `${id}.json`)
}

/** The manifest of the last build of `outDir`, if it is valid and the folder still holds a site. */
export async function readManifest(stateDir: string, outDir: string): Promise<Manifest | null> {
  try {
    const parsed = Manifest.safeParse(JSON.parse(await readFile(manifestFile(stateDir, outDir), 'utf8')))
    if (!parsed.success || parsed.data.output !== (await outputIdentity(outDir))) return null
    return parsed.data
  } catch {
    return null
  }
}

/** Forgets the last build of `outDir`: its next build renders everything. */
export async function forgetManifest(stateDir: string, outDir: string): Promise<void> {
  await rm(manifestFile(stateDir, outDir), { force: true })
}

export async function writeManifest(stateDir: string, outDir: string, manifest: Omit<Manifest, 'output'>): Promise<void> {
  const file = manifestFile(stateDir, outDir)
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, JSON.stringify({ ...manifest, output: await outputIdentity(outDir) }))
  } catch {
    // Without a manifest the next build simply does the work again; the site itself is written.
  }
}
