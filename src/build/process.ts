/**
 * One input file through the per-article stages: ingest, then extract.
 * Pure given its inputs, so the result can be cached and computed in a worker.
 */
import { ingest, type IngestOptions } from '../ingest/index.ts'
import { extract } from '../extract/index.ts'
import { formatMessage, message } from '../messages.ts'
import type { Message } from '../model.ts'
import type { CacheEntry } from './cache.ts'

export function processFile(file: string, bytes: Uint8Array, options: IngestOptions = {}): CacheEntry {
  try {
    const { article, messages } = ingest(file, bytes, options)
    if (!article) return { record: null, messages }
    const record = extract(article)
    return { record, messages: uniqueMessages([...messages, ...record.messages]) }
  } catch (error) {
    // A bug in a stage must cost one article, not the corpus; report it with the file.
    const reason = error instanceof Error ? error.message : String(error)
    return { record: null, messages: [message(file, `could not process this file: ${reason}`, 'internal-error', 'error')] }
  }
}

/** Ingest's messages may also ride on the article into the record; report each once. */
function uniqueMessages(messages: Message[]): Message[] {
  const seen = new Set<string>()
  return messages.filter((m) => {
    const key = formatMessage(m)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
