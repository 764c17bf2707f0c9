/**
 * Pagefind search, indexed during the build through its Node API. Its binary
 * ships in the installed platform package, so nothing is downloaded.
 */
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import type { Message } from '../model.ts'
import { message } from '../messages.ts'

/**
 * Indexes the pages under `folders` (top-level folders of the site) into
 * `outputPath` (by default the site's `pagefind/`). Only
 * pages marked `data-pagefind-body` are searchable, so reading the rest
 * (lists, comparisons, timelines: most of the site) would only cost time.
 */
export async function indexSite(outDir: string, folders: string[], outputPath = join(outDir, 'pagefind')): Promise<Message[]> {
  const messages: Message[] = []
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' })
  if (!index) {
    return [message(outDir, `search index not built: ${errors.join('; ')}`, 'site:search', 'warning')]
  }
  try {
    const safe = folders.filter((f) => /^[\w-]+$/.test(f))
    const glob = safe.length === 1 ? `${safe[0]}/**/*.html` : `{${safe.join(',')}}/**/*.html`
    const added = await index.addDirectory({ path: outDir, glob })
    for (const e of added.errors) messages.push(message(outDir, `search: ${e}`, 'site:search', 'warning'))
    const written = await index.writeFiles({ outputPath })
    for (const e of written.errors) messages.push(message(outDir, `search: ${e}`, 'site:search', 'warning'))
  } finally {
    await index.deleteIndex().catch(() => undefined)
  }
  return messages
}

/** Stop Pagefind's helper process so the caller's process can exit. */
export async function closeSearch(): Promise<void> {
  await pagefind.close()
}

/**
 * `indexSite` for a build: a failure is a warning (the site works without
 * search), and Pagefind's helper process is stopped afterwards. True when
 * an index was written.
 */
export async function searchIndex(outDir: string, folders: string[], outputPath?: string): Promise<{ ok: boolean; messages: Message[] }> {
  try {
    const messages = await indexSite(outDir, folders, outputPath)
    return { ok: !messages.some((m) => m.reason.startsWith('search index not built')), messages }
  } catch (error) {
    return { ok: false, messages: [message(outDir, `search index not built: ${(error as Error).message}`, 'site:search', 'warning')] }
  } finally {
    await closeSearch().catch(() => undefined)
  }
}
