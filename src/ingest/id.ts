/** Article ids: URL-safe slugs from file names. */
import { createHash } from 'node:crypto'

/** `000_c9e9bc13044556f0.txt` → `000-c9e9bc13044556f0`; never empty, only [a-z0-9-]. */
export function articleId(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? ''
  const stem = base.replace(/\.[^.]*$/, '') || base
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  if (slug) return slug
  // A name with no Latin letters or digits (e.g. all Cyrillic): a stable short hash of it.
  return 'article-' + createHash('sha256').update(base).digest('hex').slice(0, 12)
}
