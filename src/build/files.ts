/**
 * Finds the article files in the content folders. Knowledge files
 * (people.yaml, office holders), READMEs, the originals that `add` keeps for
 * provenance, and hidden files are not articles.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm'])

/** Names in a content folder that are configuration, not articles. */
const NOT_ARTICLES = new Set(['readme.md', 'people.yaml', 'people.yml', 'office-holders.yaml', 'office-holders.yml', 'office-holders.json'])
const SKIPPED_FOLDERS = new Set(['originals', 'node_modules'])

export interface FoundFiles {
  /** Article candidates, sorted for a stable order. */
  articles: string[]
  /** Files with an extension no stage reads; reported, not silently dropped. */
  unknown: string[]
  /** Paths that were named but do not exist. */
  missing: string[]
}

export async function findContentFiles(dirs: string[]): Promise<FoundFiles> {
  const articles: string[] = []
  const unknown: string[] = []
  const missing: string[] = []
  for (const dir of dirs) {
    const info = await stat(dir).catch(() => null)
    if (!info) {
      missing.push(dir)
      continue
    }
    if (info.isFile()) {
      articles.push(dir)
      continue
    }
    await walk(dir, articles, unknown)
  }
  const sort = (list: string[]) => [...new Set(list)].sort()
  return { articles: sort(articles), unknown: sort(unknown), missing }
}

async function walk(dir: string, articles: string[], unknown: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(full, articles, unknown)
    } else if (entry.isFile()) {
      if (NOT_ARTICLES.has(entry.name.toLowerCase())) continue
      const ext = path.extname(entry.name).toLowerCase()
      ;(ARTICLE_EXTENSIONS.has(ext) ? articles : unknown).push(full)
    }
  }
}
