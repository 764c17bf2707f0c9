/** Builds a site into a fresh temporary folder for the tests. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSite, type SiteOptions } from '../../src/site/index.ts'
import type { ArticleRecord, Corpus, Message } from '../../src/model.ts'

export async function buildInto(
  corpus: Corpus,
  records: ArticleRecord[],
  options: Omit<SiteOptions, 'outDir'> = {},
): Promise<{ dir: string; messages: Message[]; pages: number }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'newscompare-site-')), 'dist')
  const result = await buildSite(corpus, records, { outDir: dir, buildDate: '2024-01-02T03:04:05Z', quiet: true, ...options })
  return { dir, ...result }
}
