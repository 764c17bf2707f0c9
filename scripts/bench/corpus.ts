/**
 * Synthetic corpora for the benchmark, made from the real news text of the
 * article-extraction set: each article is a real page (its full text as a
 * .txt, or its body as Markdown with front matter), rotated by paragraph and
 * given its own date so that no two files are the same.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface Source {
  id: string
  pageText: string
  body: string
  url: string
}

export async function loadSources(benchDir: string): Promise<Source[]> {
  const pages = JSON.parse(await readFile(path.join(benchDir, 'page-text.json'), 'utf8')) as Record<string, { text: string; url: string }>
  const truth = JSON.parse(await readFile(path.join(benchDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>
  return Object.keys(pages)
    .sort()
    .filter((id) => truth[id])
    .map((id) => ({ id, pageText: pages[id].text, body: truth[id].articleBody, url: pages[id].url }))
}

function rotate(text: string, by: number): string {
  const paragraphs = text.split(/\n+/).filter((p) => p.trim())
  if (paragraphs.length < 3) return text
  // Keep the first line (often the headline) in place; rotate the rest.
  const [first, ...rest] = paragraphs
  const k = by % rest.length
  return [first, ...rest.slice(k), ...rest.slice(0, k)].join('\n\n')
}

function dateFor(i: number): string {
  const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000 * 0.7)
  return day.toISOString().slice(0, 10)
}

export interface Corpus {
  ours: string
  peer: string
  count: number
}

/** Writes N articles twice: as newscompare input and as plain Markdown pages for the peer. */
export async function writeCorpus(root: string, sources: Source[], count: number): Promise<Corpus> {
  const ours = path.join(root, `ours-${count}`)
  const peer = path.join(root, `peer-${count}`)
  await rm(ours, { recursive: true, force: true })
  await rm(peer, { recursive: true, force: true })
  await mkdir(ours, { recursive: true })
  await mkdir(peer, { recursive: true })
  const writes: Promise<void>[] = []
  for (let i = 0; i < count; i++) {
    writes.push(...articleFiles(ours, peer, sources, i))
    if (writes.length > 256) await Promise.all(writes.splice(0))
  }
  await Promise.all(writes)
  return { ours, peer, count }
}

export function articleFiles(ours: string, peer: string, sources: Source[], i: number): Promise<void>[] {
  const source = sources[i % sources.length]
  const round = Math.floor(i / sources.length)
  const date = dateFor(i)
  const name = `a${String(i).padStart(5, '0')}`
  const body = rotate(source.body, round)
  const title = (body.split('\n')[0] ?? 'Untitled').slice(0, 90).replace(/"/g, "'")
  const frontMatter = `---\ntitle: "${title} (${i})"\ndate: ${date}\nsource: "Outlet ${i % 12}"\nurl: "${source.url}"\n---\n\n`
  const files: Promise<void>[] = [writeFile(path.join(peer, `${name}.md`), frontMatter + body + '\n')]
  files.push(
    i % 2 === 0
      ? writeFile(path.join(ours, `${name}.md`), frontMatter + body + '\n')
      : writeFile(path.join(ours, `${name}.txt`), rotate(source.pageText, round) + '\n'),
  )
  return files
}
