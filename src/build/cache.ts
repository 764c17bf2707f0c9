/**
 * A content-addressed cache of extraction results under `.cache/`.
 *
 * The key covers everything `extract(ingest(file))` depends on: the input
 * bytes, the path (ids and messages name it), the extractor version and the
 * user's knowledge files. Each entry starts with a checksum of its body; an
 * entry whose body does not match it, or does not parse, is recomputed, never
 * trusted, so a torn or edited file cannot corrupt a build. (The checksum
 * replaces validating every record against the schema on each read, which
 * cost seconds at a few thousand articles: an entry is only ever written by
 * the code version its key names, from a record that was valid then.)
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

const checksum = (body: string) => createHash('sha256').update(body).digest('hex')
const CHECKSUM_LENGTH = 64

export class ExtractionCache {
  constructor(readonly dir: string | null) {}

  private file(key: string): string {
    return path.join(this.dir!, key.slice(0, 2), `${key}.json`)
  }

  async get(key: string): Promise<CacheEntry | null> {
    if (!this.dir) return null
    try {
      const text = await readFile(this.file(key), 'utf8')
      const newline = text.indexOf('\n')
      const body = text.slice(newline + 1)
      if (newline !== CHECKSUM_LENGTH || text.slice(0, newline) !== checksum(body)) return null
      const entry = JSON.parse(body) as CacheEntry
      return entry && typeof entry === 'object' && Array.isArray(entry.messages) ? entry : null
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
      const body = JSON.stringify(Entry.parse(entry))
      await writeFile(temp, `${checksum(body)}\n${body}`)
      await rename(temp, target)
    } catch {
      await rm(temp, { force: true }).catch(() => undefined)
    }
  }
}
