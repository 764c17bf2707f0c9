/**
 * Linking time at 1,000 and 10,000 articles: records extracted once from the
 * real pages, then repeated under new ids and dates, so linking sees a corpus
 * of realistic size without re-extracting it.
 */
import { ingest } from '../../src/ingest/index.ts'
import { extract } from '../../src/extract/index.ts'
import { link } from '../../src/link/index.ts'
import type { ArticleRecord } from '../../src/model.ts'
import type { Source } from './corpus.ts'

export async function benchLink(sources: Source[]): Promise<string[]> {
  const base: ArticleRecord[] = []
  for (const s of sources) {
    const { article } = ingest(`${s.id}.txt`, new TextEncoder().encode(s.pageText))
    if (article) base.push(extract(article))
  }
  const lines: string[] = ['']
  for (const size of [1000, 10000]) {
    const records = Array.from({ length: size }, (_, i) => {
      const r = base[i % base.length]
      const day = new Date(Date.UTC(2012, 0, 1) + i * 43_200_000).toISOString().slice(0, 10)
      return { ...r, id: `${r.id}-${i}`, file: `${r.id}-${i}.txt`, date: { ...r.date, value: day } }
    })
    const started = performance.now()
    const corpus = link(records)
    const ms = performance.now() - started
    lines.push(`link ${size} articles: ${(ms / 1000).toFixed(2)} s (${corpus.people.length} people, ${corpus.stories.length} stories, ${corpus.families.length} families, ${corpus.alignments.length} alignments)`)
  }
  return lines
}
