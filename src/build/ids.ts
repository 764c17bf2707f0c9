/**
 * Article ids come from file names, so two folders can yield the same id.
 * Both articles keep a page: later ones get a numeric suffix, with a notice.
 */
import { message } from '../messages.ts'
import type { ArticleRecord, Message } from '../model.ts'

export function uniqueIds(records: ArticleRecord[], messages: Message[]): ArticleRecord[] {
  const taken = new Set<string>()
  return records.map((record) => {
    let id = record.id
    for (let n = 2; taken.has(id); n++) id = `${record.id}-${n}`
    taken.add(id)
    if (id === record.id) return record
    messages.push(message(record.file, `another article already has the id "${record.id}"; this one is published as "${id}"`, 'duplicate-id', 'info'))
    return { ...record, id }
  })
}
