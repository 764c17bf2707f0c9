/**
 * A content-addressed cache of extraction results under `.cache/`.
 *
 * The key covers everything `extract(ingest(file))` depends on: the input
 * bytes, the path (ids and messages name it), the extractor version and the
 * user's knowledge files. An entry that does not parse or validate is
 * recomputed, never trusted, so a torn or edited file cannot corrupt a build.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ArticleRecord, Message } from '../model.ts'
import { z } from 'zod'

const Entry = z.object({ record: ArticleRecord.nullable(), messages: z.array(Message) })
export type CacheEntry = z.infer<typeof Entry>

export function cacheKey(parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    hash.update(part)
    hash.update('\0')
  }
  return hash.digest('hex')
}

export class ExtractionCache {
  constructor(readonly dir: string | null) {}

  private file(key: string): string {
    return path.join(this.dir!, key.slice(0, 2), `${key}.json`)
  }

  async get(key: string): Promise<CacheEntry | null> {
    if (!this.dir) return null
    try {
      const parsed = Entry.safeParse(JSON.parse(await readFile(this.file(key), 'utf8')))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }

  async set(key: string, entry: CacheEntry): Promise<void> {
    if (!this.dir) return
    const target = this.file(key)
    // Write then rename, so a reader never sees half an entry. The cache only saves time:
    // a full disk or a read-only folder must not fail the build.
    const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`
    try {
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(temp, JSON.stringify(entry))
      await rename(temp, target)
    } catch {
      await rm(temp, { force: true }).catch(() => undefined)
    }
  }
}
