/**
 * The date a statement was made, when its sentence places it ("on Wednesday",
 * "yesterday") relative to the article's publication date.
 */
import type { Article } from '../model.ts'
import { resolveRelativeDate } from '../ingest/index.ts'

export function resolveDate(article: Article, offset: number): string | null {
  return resolveRelativeDate(article.text, offset, article.date.value)?.value ?? null
}
