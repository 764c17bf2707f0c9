/**
 * `.md` input: YAML front matter (gray-matter, parsed with `yaml` for exact error places and
 * validated with zod) and a body read by remark-parse. The article text is the plain text of
 * the body blocks (headings, paragraphs, list items, block quotes) joined by blank lines.
 */
import matter from 'gray-matter'
import YAML from 'yaml'
import { z } from 'zod'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Root, RootContent } from 'mdast'
import type { Evidence, Message, Span } from '../model.ts'
import { message } from '../messages.ts'
import { parseIso } from './day.ts'
import type { Draft, StatedDate } from './draft.ts'

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v, ctx) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s)
    if (!m || parseIso(m[1]) === null) {
      ctx.addIssue({ code: 'custom', message: `expected a date as YYYY-MM-DD, got "${s}"` })
      return z.NEVER
    }
    return m[1]
  })

export const FrontMatter = z
  .object({
    title: z.string().min(1, 'title is empty').optional(),
    source: z.string().min(1, 'source is empty').optional(),
    date: isoDate.optional(),
    url: z.url({ message: 'url is not a valid absolute URL' }).optional(),
    language: z.string().regex(/^[a-z]{2,3}$|^und$/, 'language must be an ISO 639-1 code such as "en"').optional(),
    /** Keys that `add` guessed rather than read. */
    inferred: z.array(z.string()).optional(),
    /** The evidence `add` found for an inferred date. */
    dateEvidence: z.array(z.string()).optional(),
  })
  .loose()
export type FrontMatter = z.infer<typeof FrontMatter>

/** 1-based line and column of `key`'s value in the front matter, or of the key itself. */
function placeOfKey(raw: string, key: string): { line: number; column: number } {
  const lines = raw.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = new RegExp(`^(\\s*)(${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\s*:\\s*`).exec(lines[i])
    if (m) return { line: i + 2, column: m[0].length + 1 }
  }
  return { line: 1, column: 1 }
}

export function fromMarkdown(file: string, source: string): Draft {
  const messages: Message[] = []
  let data: Record<string, unknown> = {}
  let content = source
  let raw = ''
  // gray-matter hands the engine the text after the opening "---", usually starting with its newline:
  // the engine's line 1 is then the delimiter's line. Track that so places are file lines.
  let firstYamlLine = 2
  try {
    // Options object on purpose: gray-matter caches by content only when called without options.
    const parsed = matter(source, {
      engines: {
        yaml: (s: string) => {
          firstYamlLine = /^\r?\n/.test(s) ? 1 : 2
          return (YAML.parse(s) ?? {}) as object
        },
      },
    })
    data = parsed.data
    content = parsed.content
    raw = parsed.matter.replace(/^\r?\n/, '')
  } catch (cause) {
    const err = cause as { linePos?: Array<{ line: number; col: number }>; message?: string; code?: string }
    const pos = err.linePos?.[0]
    const reason = (err.message ?? String(cause)).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    // The YAML starts on line 2, after the opening "---".
    messages.push(message(file, `broken YAML front matter: ${reason}`, 'ingest:yaml', 'error', pos ? { line: pos.line + firstYamlLine - 1, column: pos.col } : { line: 1, column: 1 }))
    return emptyDraft(source, messages)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    messages.push(message(file, 'front matter must be a mapping of keys to values', 'ingest:front-matter', 'error', { line: 2, column: 1 }))
    return emptyDraft(source, messages)
  }
  const checked = FrontMatter.safeParse(data)
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = String(issue.path[0] ?? '')
      const value = key ? (data as Record<string, unknown>)[key] : undefined
      messages.push(
        message(file, `front matter field "${key}": ${issue.message}${value !== undefined && typeof value !== 'object' ? ` (got ${JSON.stringify(value)})` : ''}`, 'ingest:front-matter', 'error', key ? placeOfKey(raw, key) : { line: 1, column: 1 }),
      )
    }
    return emptyDraft(source, messages)
  }
  const fm = checked.data
  const { text, blocks, firstHeading } = plainText(content)

  let title: Draft['title'] = null
  let paragraphs: Span[] = blocks
  if (fm.title) title = { value: fm.title, basis: 'front-matter', start: null, end: null }
  if (firstHeading && (!fm.title || normaliseTitle(firstHeading.text) === normaliseTitle(fm.title))) {
    if (!title) title = { value: firstHeading.text, basis: 'heading', start: firstHeading.start, end: firstHeading.end }
    else title = { ...title, start: firstHeading.start, end: firstHeading.end }
    paragraphs = blocks.filter((b) => b.start !== firstHeading.start)
  }
  const stated: StatedDate[] = []
  if (fm.date) {
    const inferred = fm.inferred?.includes('date')
    const evidence: Evidence[] = [{ reason: inferred ? 'front matter (a date inferred at import)' : 'front matter', quote: `date: ${fm.date}` }]
    for (const e of fm.dateEvidence ?? []) evidence.push({ reason: e })
    stated.push({ value: fm.date, basis: 'front-matter', evidence })
  }
  return {
    text,
    format: 'md',
    title,
    sources: fm.source ? [{ name: fm.source, basis: 'front-matter', evidence: [{ reason: 'front matter', quote: `source: ${fm.source}` }] }] : [],
    stated,
    url: fm.url ?? null,
    paragraphs,
    removed: [],
    language: fm.language ?? null,
    inferred: fm.inferred ?? [],
    messages,
  }
}

function normaliseTitle(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

function emptyDraft(text: string, messages: Message[]): Draft {
  return { text, format: 'md', title: null, sources: [], stated: [], url: null, paragraphs: [], removed: [], language: null, messages }
}

type Node = Root | RootContent

/** Plain text of inline content: markup dropped, images by their alt text, breaks as spaces. */
function inline(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'break') return ' '
  if (node.type === 'image') return node.alt ?? ''
  if (node.type === 'html') return ''
  if ('children' in node) return (node.children as Node[]).map(inline).join('')
  return ''
}

/** Text cut into pieces of about this many characters, at blank lines outside fenced code. */
const CHUNK = 8_000

/**
 * Parsing a long document in one go is superlinear in remark (long runs of alternating headings and
 * lists take minutes); blocks never span a blank line outside a code fence, except loose lists,
 * whose items read the same parsed apart. So long bodies are parsed piece by piece.
 */
export function chunks(content: string): string[] {
  if (content.length <= CHUNK) return [content]
  const out: string[] = []
  let start = 0
  let fence: string | null = null
  const re = /^(?:(```+|~~~+).*|[ \t]*)$/gm
  for (const m of content.matchAll(re)) {
    if (m.index! - start < CHUNK && !m[1]) continue
    if (m[1]) {
      const marker = m[1][0]
      if (fence === null) fence = marker
      else if (fence === marker) fence = null
      continue
    }
    if (fence !== null || m[0].trim() !== '') continue
    out.push(content.slice(start, m.index!))
    start = m.index!
  }
  out.push(content.slice(start))
  return out
}

function plainText(content: string): { text: string; blocks: Span[]; firstHeading: (Span & { text: string }) | null } {
  const processor = unified().use(remarkParse)
  const tree: Root = { type: 'root', children: chunks(content).flatMap((c) => (processor.parse(c) as Root).children) }
  const parts: string[] = []
  const blocks: Span[] = []
  let firstHeading: (Span & { text: string }) | null = null
  let offset = 0
  const push = (s: string, heading: boolean) => {
    // Only line breaks and ASCII spacing collapse inside a block (no-break spaces are text); the ends are trimmed.
    const t = s.replace(/[ \t\r\n]+/g, ' ').trim()
    if (!t) return
    if (parts.length) offset += 2
    const span = { start: offset, end: offset + t.length }
    if (heading && !firstHeading && !blocks.length) firstHeading = { ...span, text: t }
    parts.push(t)
    blocks.push(span)
    offset += t.length
  }
  const walk = (node: Node) => {
    switch (node.type) {
      case 'paragraph':
        push(inline(node), false)
        return
      case 'heading':
        push(inline(node), true)
        return
      case 'table':
        for (const row of node.children) push(row.children.map(inline).join(' '), false)
        return
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return
      default:
        if ('children' in node) for (const c of node.children as Node[]) walk(c)
    }
  }
  walk(tree)
  return { text: parts.join('\n\n'), blocks, firstHeading }
}
