/**
 * Pagefind search, indexed during the build through its Node API. Its binary
 * ships in the installed platform package, so nothing is downloaded.
 */
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import type { Message } from '../model.ts'
import { message } from '../messages.ts'

export async function indexSite(outDir: string): Promise<Message[]> {
  const messages: Message[] = []
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' })
  if (!index) {
    return [message(outDir, `search index not built: ${errors.join('; ')}`, 'site:search', 'warning')]
  }
  try {
    const added = await index.addDirectory({ path: outDir })
    for (const e of added.errors) messages.push(message(outDir, `search: ${e}`, 'site:search', 'warning'))
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') })
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
