/** The data files published with the site: records, corpus, statements as CSV, and the JSON Schema. */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleRecord, Corpus } from '../model.ts'
import { jsonSchemas } from '../model.ts'
import type { Catalog, StatementView } from './catalog.ts'
import { csvRow } from './csv.ts'

export const CSV_HEADER = ['article', 'outlet', 'date', 'speaker', 'kind', 'text', 'topics', 'stance', 'link']

/** One row per quote and claim, in article order; `link` is the statement's place on the site. */
export function statementsCsv(cat: Catalog): string {
  const rows = [csvRow(CSV_HEADER)]
  // An article's own cells are the same on each of its rows (its statements share one object): written once.
  let article: StatementView['article'] | null = null
  let articleCells = ''
  for (const r of cat.records) {
    for (const s of cat.byArticle.get(r.id) ?? []) {
      if (s.article !== article) {
        article = s.article
        articleCells = csvRow([article.title, article.outlet])
      }
      const cells = csvRow([
        s.date ?? '',
        s.speaker?.name ?? '',
        s.kind,
        s.text,
        s.topics.map((t) => t.label).join('; '),
        s.stance ?? '',
        cat.publicUrl(s.href),
      ])
      rows.push(`${articleCells},${cells}`)
    }
  }
  return `${rows.join('\r\n')}\r\n`
}

/** `records` null: the caller writes records.json itself (the build assembles it from the cache). */
export async function writeExports(outDir: string, corpus: Corpus, records: ArticleRecord[] | null, cat: Catalog): Promise<void> {
  await mkdir(join(outDir, 'data'), { recursive: true })
  // Compact: indentation made the two largest downloads a quarter bigger (23 MB instead of 18 at 1,000 articles).
  if (records) await writeFile(join(outDir, 'records.json'), `${JSON.stringify(records)}\n`)
  await writeFile(join(outDir, 'data', 'corpus.json'), `${JSON.stringify(corpus)}\n`)
  await writeFile(join(outDir, 'statements.csv'), statementsCsv(cat))
  await writeFile(join(outDir, 'schema.json'), `${JSON.stringify(jsonSchemas(), null, 1)}\n`)
}
