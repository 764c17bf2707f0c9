/**
 * ingest: one file → one Article (text, body paragraphs, removed boilerplate, title, source,
 * date, language), plus messages. Pure and synchronous; `ingestFile` is the thin async wrapper.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Article, InputFormat, Message } from '../model.ts'
import { message } from '../messages.ts'
import { decode } from './decode.ts'
import { fromText } from './text.ts'
import { fromMarkdown } from './markdown.ts'
import { fromHtml } from './html.ts'
import { articleId } from './id.ts'
import { detectLanguage } from './language.ts'
import { relaysIn } from './source.ts'
import { splitLines } from './lines.ts'
import { resolveDate } from './dates.ts'
import { dateInUrl } from './html-meta.ts'
import type { OfficeHolder } from './office-holders.ts'
import type { Draft } from './draft.ts'

export type { OfficeHolder } from './office-holders.ts'
export { resolveRelativeDate } from './relative.ts'
export { MAX_BYTES } from './decode.ts'

/** Markdown is parsed by remark, much slower than the line rules: its own, lower limit. */
export const MAX_MARKDOWN_BYTES = 1024 * 1024

export interface IngestOptions {
  /** User extensions of the office-holder table, merged with the shipped one. */
  officeHolders?: OfficeHolder[]
  /** Where the document came from, when known (a URL given to `add`); used when the page states none. */
  url?: string
}

export interface IngestResult {
  article: Article | null
  messages: Message[]
}

const FORMATS: Record<string, InputFormat> = { txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html' }

export function formatOf(file: string): InputFormat | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(file)
  return m ? (FORMATS[m[1].toLowerCase()] ?? null) : null
}

export function ingest(file: string, bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  const format = formatOf(file)
  if (!format) {
    return {
      article: null,
      messages: [message(file, 'unknown file type; expected .txt, .md/.markdown or .html/.htm', 'ingest:unknown-extension')],
    }
  }
  if (format === 'md' && bytes.length > MAX_MARKDOWN_BYTES) {
    // remark parses a few hundred kB per second at best: a news article in Markdown is never this long.
    return {
      article: null,
      messages: [message(file, `Markdown file is ${(bytes.length / 1048576).toFixed(1)} MB, above the ${MAX_MARKDOWN_BYTES / 1048576} MB limit for one article`, 'ingest:too-large')],
    }
  }
  const decoded = decode(file, bytes)
  if (decoded.text === null) return { article: null, messages: decoded.messages }
  let draft: Draft | null
  try {
    draft = format === 'txt' ? fromText(decoded.text) : format === 'md' ? fromMarkdown(file, decoded.text) : fromHtml(file, decoded.text)
  } catch (cause) {
    // A reader bug must not take the whole build down: report it against this file.
    const reason = cause instanceof Error ? cause.message : String(cause)
    return { article: null, messages: [...decoded.messages, message(file, `could not read ${format}: ${reason}`, 'ingest:read-failed')] }
  }
  if (options.url && !draft.url) {
    draft.url = options.url
    const fromUrl = dateInUrl(options.url)
    if (fromUrl) draft.stated.push(fromUrl)
  }
  const messages = [...decoded.messages, ...draft.messages, ...suspiciousCharacters(file, draft.text)]
  if (draft.url && !/^https?:\/\//i.test(draft.url)) {
    // Only web links are ever published; a javascript: or data: URL is dropped, loudly.
    messages.push(message(file, `url "${draft.url.slice(0, 60)}" is not an http(s) link; it is ignored`, 'ingest:unsafe-url', 'warning', { text: decoded.text, offset: Math.max(0, decoded.text.indexOf(draft.url)) }))
    draft.url = null
  }
  if (draft.format === 'md' && draft.messages.some((m) => m.severity === 'error')) return { article: null, messages }
  const article = assemble(file, bytes, draft, options, messages)
  return { article, messages }
}

// Bidirectional controls can make shown text read differently from what it is ("Trojan Source");
// zero-width characters hide inside names and defeat matching. Both are kept (offsets stay exact) but reported.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/
const ZERO_WIDTH = /[\u200B-\u200D\u2060]/

function suspiciousCharacters(file: string, text: string): Message[] {
  const out: Message[] = []
  const bidi = BIDI_CONTROLS.exec(text)
  if (bidi) {
    const code = bidi[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    out.push(message(file, `bidirectional control character U+${code} in the text: it can make the text display in another order than it reads; kept as written`, 'ingest:bidi-control', 'warning', { text, offset: bidi.index }))
  }
  const zw = ZERO_WIDTH.exec(text)
  if (zw) out.push(message(file, 'zero-width character in the text; names containing it may not match other mentions', 'ingest:zero-width', 'info', { text, offset: zw.index }))
  return out
}

function assemble(file: string, bytes: Uint8Array, d: Draft, options: IngestOptions, messages: Message[]): Article {
  const text = d.text
  const body = d.paragraphs.map((p) => text.slice(p.start, p.end)).join('\n\n')
  if (d.paragraphs.length === 0) {
    const why = d.removed.length ? `all ${d.removed.length} lines look like boilerplate` : 'the document has no text blocks'
    messages.push(message(file, `no article body found: ${why}; the article is kept with no paragraphs`, 'ingest:only-boilerplate', 'warning'))
  }
  const detected = detectLanguage(body)
  const language = detected === 'und' && d.language ? d.language : detected

  const bodyLines = splitLinesOf(text, d.paragraphs)
  const relays = relaysIn(text, bodyLines)
  const first = d.sources[0]
  const source = {
    name: first?.name ?? null,
    basis: first?.basis ?? 'none',
    evidence: first?.evidence ?? [],
    url: d.url,
    relayedFrom: relays.map((r) => r.name).filter((n) => n !== first?.name),
  }
  if (!first && d.url) {
    try {
      const host = new URL(d.url).hostname.replace(/^www\./, '')
      source.name = host
      source.basis = 'url-host'
      source.evidence = [{ reason: 'host name of the article URL', quote: d.url }]
    } catch {
      /* an unparsable URL simply gives no host */
    }
  }
  const date = resolveDate(text, d, bodyLines, options.officeHolders ?? [])
  const lead = bodyLines[0] ? firstWords(bodyLines[0].text) : ''
  const fallbackTitle = bodyLines[0]
    ? { value: lead, basis: 'first-paragraph', start: bodyLines[0].start, end: bodyLines[0].start + lead.length }
    : { value: '', basis: 'none', start: null, end: null }
  return {
    id: articleId(file),
    file,
    format: d.format,
    hash: createHash('sha256').update(bytes).digest('hex'),
    text,
    title: d.title ?? fallbackTitle,
    source,
    date,
    language,
    url: d.url,
    paragraphs: d.paragraphs,
    removed: d.removed,
    inferred: d.inferred ?? [],
    messages,
  }
}

/** The kept paragraphs as lines, for the metadata rules that read the body. */
function splitLinesOf(text: string, paragraphs: Array<{ start: number; end: number }>) {
  return paragraphs.flatMap((p) => splitLines(text.slice(p.start, p.end)).map((l) => ({ index: l.index, start: l.start + p.start, end: l.end + p.start, text: l.text })))
}

/** The first twelve words of `s`, as a prefix of it (so the span is exact). */
function firstWords(s: string): string {
  const m = /^(?:\S+\s+){0,11}\S+/.exec(s)
  return m ? m[0] : s
}

/** Reads and ingests a file; a read error becomes a message, never a throw. */
export async function ingestFile(path: string, options: IngestOptions = {}): Promise<IngestResult> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'EIO'
    return { article: null, messages: [message(path, `cannot read file (${code})`, 'ingest:unreadable')] }
  }
  return ingest(path, bytes, options)
}

/** An article whose body is every non-empty line of `text`, with no boilerplate removal (for evaluations). */
export function articleFromText(text: string, file = 'text.txt'): Article {
  const lines = splitLines(text)
  const d: Draft = {
    text,
    format: 'txt',
    title: null,
    sources: [],
    stated: [],
    url: null,
    paragraphs: lines.map((l) => ({ start: l.start, end: l.end })),
    removed: [],
    language: null,
    messages: [],
  }
  return assemble(file, new TextEncoder().encode(text), d, {}, [])
}
