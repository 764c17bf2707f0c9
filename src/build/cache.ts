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
 *
 * Layout: the checksum line, then the messages as JSON on one line, then the
 * record as JSON (`null` when the file yielded none). The record's JSON is the
 * file's tail, so the `records.json` export is put together from the entries'
 * bytes instead of serialising every record again (see records-export.ts).
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
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

const checksum = (body: string | Uint8Array) => createHash('sha256').update(body).digest('hex')
const CHECKSUM_LENGTH = 64
const NEWLINE = 0x0a

export class ExtractionCache {
  /** Folders already made in this build: one mkdir per folder, not per entry. */
  private readonly made = new Set<string>()

  constructor(readonly dir: string | null) {}

  private file(key: string): string {
    return path.join(this.dir!, key.slice(0, 2), `${key}.json`)
  }

  get(key: string): CacheEntry | null {
    const bytes = this.read(key)
    return bytes && this.decode(bytes)
  }

  /**
   * The entry's bytes when it exists and its checksum matches, else null.
   * Synchronous on purpose: a rebuild reads thousands of entries the page
   * cache still holds, and at 4,000 entries promise-based reads cost this
   * thread 0.7–1.0 s (queued behind a starting worker's module loads on the
   * thread pool) against 0.25–0.35 s read one after another.
   */
  read(key: string): Buffer | null {
    if (!this.dir) return null
    try {
      const bytes = readFileSync(this.file(key))
      const newline = bytes.indexOf(NEWLINE)
      const body = bytes.subarray(newline + 1)
      return newline === CHECKSUM_LENGTH && bytes.toString('latin1', 0, newline) === checksum(body) ? bytes : null
    } catch {
      return null
    }
  }

  /** The entry in bytes from `read`, decoded part by part (no string copy of the whole); null if it holds none. */
  decode(bytes: Buffer): CacheEntry | null {
    try {
      const body = bytes.subarray(CHECKSUM_LENGTH + 1)
      const split = body.indexOf(NEWLINE)
      if (split < 0) return null
      const messages = JSON.parse(body.toString('utf8', 0, split)) as unknown
      const record = JSON.parse(body.toString('utf8', split + 1)) as unknown
      if (!Array.isArray(messages) || typeof record !== 'object') return null
      return { record, messages } as CacheEntry
    } catch {
      return null
    }
  }

  /** Whether an entry for `key` is stored (unchecked). */
  has(key: string): boolean {
    return this.dir !== null && existsSync(this.file(key))
  }

  /** Where the entry for `key` lives (it may not exist). */
  path(key: string): string | null {
    return this.dir ? this.file(key) : null
  }

  /** Stores an entry; false when it could not be written (the build goes on without it). */
  async set(key: string, entry: CacheEntry): Promise<boolean> {
    if (!this.dir) return false
    const target = this.file(key)
    // Write then rename, so a reader never sees half an entry. The cache only saves time:
    // a full disk or a read-only folder must not fail the build.
    const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`
    try {
      const folder = path.dirname(target)
      if (!this.made.has(folder)) {
        await mkdir(folder, { recursive: true })
        this.made.add(folder)
      }
      const { record, messages } = Entry.parse(entry)
      // JSON.stringify escapes every newline inside strings, so each part is one line.
      const body = `${JSON.stringify(messages)}\n${JSON.stringify(record)}`
      await writeFile(temp, `${checksum(body)}\n${body}`)
      await rename(temp, target)
      return true
    } catch {
      await rm(temp, { force: true }).catch(() => undefined)
      return false
    }
  }
}
