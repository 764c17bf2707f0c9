/**
 * extract: Article -> ArticleRecord. Pure, synchronous and deterministic.
 *
 * The body paragraphs are scanned for quotation marks, segmented into units
 * that never break inside a quote, and each unit is searched for names and
 * for cues (reporting verb + speaker). Each cue's content becomes a direct,
 * partial or indirect quote; quotes without a cue continue the previous
 * speaker; short embedded quotations without a cue become terms.
 */
import type { Article, ArticleRecord } from '../model.ts'
import { articleFromText } from '../ingest/index.ts'
import { buildClaims } from './claims.ts'
import { runUnits } from './run.ts'
import { toRecord } from './record.ts'

import { EXTRACTOR_VERSION } from './version.ts'

export { EXTRACTOR_VERSION }

/** Function words frequent in English and rare in other languages written in Latin script. */
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'said', 'he', 'she', 'it', 'by', 'as', 'at', 'from', 'his', 'her', 'have', 'has', 'are', 'were', 'this', 'they', 'will', 'would', 'not', 'we', 'be', 'been', 'who', 'which'])

/**
 * A trigram guess on a short body can call English text French; a body where
 * English function words make up a fifth of the words is English whatever the guess.
 */
function plainlyEnglish(article: Article): boolean {
  let words = 0
  let english = 0
  for (const p of article.paragraphs) {
    for (const m of article.text.slice(p.start, p.end).matchAll(/\p{L}+/gu)) {
      words++
      if (ENGLISH.has(m[0].toLowerCase())) english++
      if (words >= 400) return english / words >= 0.2
    }
  }
  return words >= 8 && english / words >= 0.2
}

export interface ExtractOptions {
  /** File name used when `input` is a string. */
  file?: string
}

export function extract(input: Article | string, options: ExtractOptions = {}): ArticleRecord {
  const article = typeof input === 'string' ? articleFromText(input, options.file) : input
  const lang = (article.language || 'und').toLowerCase()
  if (lang !== 'en' && lang !== 'und' && !lang.startsWith('en-') && !plainlyEnglish(article)) {
    return {
      ...article,
      extractionSupported: false,
      people: [],
      organizations: [],
      quotes: [],
      claims: [],
      terms: [],
      extractorVersion: EXTRACTOR_VERSION,
    }
  }
  const run = runUnits(article)
  const record = toRecord(article, run)
  record.claims = buildClaims(article, run, record)
  return { ...article, extractionSupported: true, ...record, extractorVersion: EXTRACTOR_VERSION }
}
