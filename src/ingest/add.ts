/**
 * `newscompare add FILE|URL|-`: imports articles into the content folder as Markdown with front
 * matter, keeps the original under `originals/` for provenance, and imports the same text once.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import path from 'node:path'
import matter from 'gray-matter'
import type { Article, Message } from '../model.ts'
import { message } from '../messages.ts'
import { ingest, formatOf, type IngestOptions } from './index.ts'
import { articleId } from './id.ts'
import { bodyFingerprint, findDuplicates } from './duplicates.ts'

export interface AddOptions {
  /** Reads all of standard input (for `-`). */
  stdin?: () => Promise<Uint8Array>
  /** Replaces the global fetch (tests). */
  fetch?: typeof fetch
  /** Per-URL time limit; default 20 s. */
  timeoutMs?: number
  /** Passed to ingest (extra office holders). */
  ingest?: IngestOptions
}

interface Input {
  /** Name used for the format and the id. */
  name: string
  bytes: Uint8Array
  url?: string
}

/** Keys whose value `add` guessed, by the basis ingest reports. */
function inferredKeys(a: Article): string[] {
  const keys: string[] = []
  if (!['front-matter', 'json-ld', 'og:title'].includes(a.title.basis)) keys.push('title')
  if (a.source.name && !['front-matter', 'json-ld', 'og:site_name'].includes(a.source.basis)) keys.push('source')
  if (a.date.value && a.date.basis === 'inferred') keys.push('date')
  if (!a.inferred.includes('language')) keys.push('language')
  return [...new Set([...a.inferred, ...keys])]
}

/** Escapes what Markdown would read as markup, so re-reading the file gives back the same text. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>&|~]/g, (c) => '\\' + c)
    .replace(/^(\s*)([#+=-]|\d+[.)])(?=\s|$)/, (_m, sp: string, mark: string) => sp + mark.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#+=-])$/, '\\$1'))
}

function toMarkdown(a: Article, original: string, nearDuplicateOf: Array<{ file: string; similarity: number }> = []): string {
  const fm: Record<string, unknown> = { title: a.title.value }
  if (a.source.name) fm.source = a.source.name
  if (a.date.value) fm.date = a.date.value
  if (a.url) fm.url = a.url
  fm.language = a.language
  fm.inferred = inferredKeys(a)
  if (a.date.basis !== 'front-matter') {
    fm.dateBasis = a.date.basis
    fm.dateEvidence = a.date.evidence.map((e) => (e.quote && !e.reason.includes(e.quote) ? `${e.reason} — "${e.quote}"` : e.reason))
  }
  if (!a.date.value && a.date.candidates.length) fm.dateCandidates = a.date.candidates
  if (a.source.relayedFrom.length) fm.relayedFrom = a.source.relayedFrom
  if (nearDuplicateOf.length) fm.nearDuplicateOf = nearDuplicateOf
  fm.original = original
  fm.sha256 = a.hash
  fm.bodyFingerprint = bodyFingerprint(a)
  const body = a.paragraphs.map((p) => escapeMarkdown(a.text.slice(p.start, p.end).replace(/[ \t\r]*\n[ \t\r]*/g, ' '))).join('\n\n')
  return matter.stringify(body + '\n', fm)
}

async function fetchInput(url: string, opts: AddOptions, messages: Message[]): Promise<Input | null> {
  const doFetch = opts.fetch ?? fetch
  const timeout = opts.timeoutMs ?? 20_000
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeout)
  try {
    const res = await doFetch(url, { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' } })
    if (!res.ok) {
      messages.push(message(url, `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}: nothing imported`, 'add:http-status'))
      return null
    }
    const bytes = new Uint8Array(await res.arrayBuffer())
    const finalUrl = res.url || url
    const slug = new URL(finalUrl).pathname.split('/').filter(Boolean).pop()?.replace(/\.[a-z0-9]+$/i, '') || new URL(finalUrl).hostname
    return { name: `${slug}.html`, bytes, url: finalUrl }
  } catch (cause) {
    if (controller.signal.aborted) {
      messages.push(message(url, `no answer within ${timeout} ms: timed out, nothing imported`, 'add:timeout'))
    } else {
      const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause)
      messages.push(message(url, `could not fetch: ${reason}`, 'add:fetch'))
    }
    return null
  } finally {
    clearTimeout(timer)
  }
}

/** Stdin has no name: HTML if it looks like markup, text otherwise. */
function stdinName(bytes: Uint8Array): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart().toLowerCase()
  if (/^(?:<!doctype html|<html|<head|<body|<article|<meta)/.test(head)) return 'stdin.html'
  if (/^---\r?\n/.test(head)) return 'stdin.md'
  return 'stdin.txt'
}

interface Known {
  /** Body fingerprint → file name, for exact duplicates. */
  prints: Map<string, string>
  /** The articles already imported, for near duplicates. */
  articles: Article[]
}

/** The articles already in `contentDir` (the Markdown that `add` and users put there). */
async function existing(contentDir: string): Promise<Known> {
  const prints = new Map<string, string>()
  const articles: Article[] = []
  const names = await readdir(contentDir).catch(() => [] as string[])
  for (const n of names.sort()) {
    if (!n.endsWith('.md')) continue
    const bytes = await readFile(path.join(contentDir, n)).catch(() => null)
    if (!bytes) continue
    const { article } = ingest(n, bytes)
    if (!article || !article.paragraphs.length) continue
    prints.set(bodyFingerprint(article), n)
    articles.push({ ...article, id: n })
  }
  return { prints, articles }
}

export async function addArticles(inputs: string[], contentDir: string, options: AddOptions = {}): Promise<{ written: string[]; messages: Message[] }> {
  const messages: Message[] = []
  const written: string[] = []
  await mkdir(path.join(contentDir, 'originals'), { recursive: true })
  const known = await existing(contentDir)
  for (const spec of inputs) {
    let input: Input | null = null
    if (spec === '-') {
      if (!options.stdin) {
        messages.push(message('-', 'standard input is not available', 'add:stdin'))
        continue
      }
      const bytes = await options.stdin()
      input = { name: stdinName(bytes), bytes }
    } else if (/^https?:\/\//i.test(spec)) {
      input = await fetchInput(spec, options, messages)
    } else {
      try {
        input = { name: path.basename(spec), bytes: await readFile(spec) }
      } catch (cause) {
        messages.push(message(spec, `cannot read file (${(cause as NodeJS.ErrnoException).code ?? 'EIO'})`, 'add:unreadable'))
      }
    }
    if (!input) continue
    const label = spec === '-' ? 'stdin' : spec
    const name = input.url ? input.name : formatOf(input.name) ? input.name : input.name
    const result = ingest(name, input.bytes, { ...options.ingest, ...(input.url ? { url: input.url } : {}) })
    messages.push(...result.messages.map((m) => ({ ...m, file: label })))
    const article = result.article
    if (!article) continue
    if (!article.paragraphs.length) {
      messages.push(message(label, 'not imported: no article body was found', 'add:empty-body', 'warning'))
      continue
    }
    const fp = bodyFingerprint(article)
    const already = known.prints.get(fp)
    if (already) {
      messages.push(message(label, `already imported as ${already}; not imported again`, 'add:duplicate', 'info'))
      continue
    }
    // A near duplicate (the same wire story from another outlet) is imported, and linked to its twin.
    const near = findDuplicates([...known.articles, { ...article, id: '\u0000new' }]).near.filter((p) => p.a === '\u0000new' || p.b === '\u0000new')
    const nearDuplicateOf = near.map((p) => ({ file: p.a === '\u0000new' ? p.b : p.a, similarity: p.similarity }))
    for (const n of nearDuplicateOf) messages.push(message(label, `near duplicate of ${n.file} (similarity ${n.similarity}); imported and linked`, 'add:near-duplicate', 'info'))
    // Standard input has no name: the headline's first words make a readable one.
    const baseId = spec === '-' && article.title.value ? articleId(article.title.value.split(/\s+/).slice(0, 8).join(' ') + '.txt') : articleId(name)
    let id = baseId
    const taken = new Set(await readdir(contentDir).catch(() => [] as string[]))
    for (let n = 2; taken.has(`${id}.md`); n++) id = `${baseId}-${n}`
    const ext = path.extname(name) || '.txt'
    const originalRel = `originals/${id}${ext}`
    await writeFile(path.join(contentDir, originalRel), input.bytes)
    const target = path.join(contentDir, `${id}.md`)
    await writeFile(target, toMarkdown({ ...article, id }, originalRel, nearDuplicateOf))
    known.prints.set(fp, `${id}.md`)
    known.articles.push({ ...article, id: `${id}.md` })
    written.push(target)
  }
  return { written, messages }
}

/** sha256 of bytes, hex (exported for tests of provenance). */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
