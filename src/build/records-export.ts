/**
 * The `records.json` export, put together on a worker thread while the main
 * thread builds the site.
 *
 * Every record read from (or just written to) the extraction cache is
 * already on disk as JSON: the tail of its cache entry. The export is those
 * bytes joined into an array, so the main thread no longer serialises some
 * 70 MB of records on every build (half a second at 4,000 articles), and the
 * copying runs on another core. Records without an entry (no cache, a
 * renamed id) are serialised here; if the worker fails for any reason the
 * whole file is serialised here, as before.
 */
import { Worker } from 'node:worker_threads'
import { writeFile } from 'node:fs/promises'
import type { ArticleRecord } from '../model.ts'

/** Where one record's JSON comes from: the tail of a cache entry, or a string. */
export type RecordSource = { entry: string } | { json: string }

export async function writeRecordsJson(
  target: string,
  records: ArticleRecord[],
  entryOf: (record: ArticleRecord) => string | undefined,
): Promise<void> {
  const serialise = () => writeFile(target, `${JSON.stringify(records)}\n`)
  if (!records.some((record) => entryOf(record))) return serialise()
  const sources: RecordSource[] = records.map((record) => {
    const entry = entryOf(record)
    return entry ? { entry } : { json: JSON.stringify(record) }
  })
  try {
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./records-export-worker.mjs', import.meta.url), { workerData: { target, sources } })
      worker.once('message', () => resolve())
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`records export stopped (exit code ${code})`)))
    })
  } catch {
    await serialise()
  }
}
