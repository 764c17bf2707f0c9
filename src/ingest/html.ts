/**
 * `.html` input: the article's paragraphs by @mozilla/readability on a linkedom DOM, as plain
 * text (never markup, so nothing executable survives), and the page's own metadata.
 */
import { parseHTML } from 'linkedom'
import { Readability } from '@mozilla/readability'
import type { Message, RemovedLine, Span } from '../model.ts'
import { message } from '../messages.ts'
import { readMeta } from './html-meta.ts'
import { features, normalise, scriptCounts, dominantScript, splitLines, type Script } from './lines.ts'
import { insideReason, classify, isArticleEnd, type LineInfo } from './boilerplate.ts'
import { cleanOutletName, type SourceGuess } from './source.ts'
import { splitPageTitle } from './title.ts'
import type { Draft } from './draft.ts'

const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'TR', 'DIV', 'SECTION', 'ARTICLE', 'FIGURE', 'FIGCAPTION', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'FORM', 'HR', 'BR', 'ADDRESS', 'DETAILS', 'SUMMARY'])
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT'])

interface Block {
  text: string
  tag: string
}

/** Text blocks of an element, split at block-level elements; inline markup flattened to its text. */
export function blocksOf(root: Node): Block[] {
  const out: Block[] = []
  let buf = ''
  let tag = 'P'
  const flush = () => {
    const t = buf.replace(/[\s\u00a0]+/g, ' ').trim()
    if (t) out.push({ text: t, tag })
    buf = ''
  }
  const walk = (node: Node, blockTag: string) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if (!buf) tag = blockTag
        buf += c.nodeValue ?? ''
      } else if (c.nodeType === 1) {
        const name = (c as Element).tagName.toUpperCase()
        if (SKIP.has(name)) continue
        if (BLOCK.has(name)) {
          flush()
          walk(c, name)
          flush()
        } else {
          if (name === 'IMG') continue
          walk(c, blockTag)
        }
      }
    }
  }
  walk(root, 'P')
  flush()
  return out
}

/**
 * Where the article ends inside Readability's output: the first comment-thread or related-links
 * heading, or the first run of two share/subscribe widget lines, after most of the prose.
 */
function tailStart(lines: LineInfo[]): number {
  const total = lines.reduce((n, l) => n + (l.prose ? l.f.words : 0), 0)
  let seen = 0
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    if (l.prose) seen += l.f.words
    if (seen < total * 0.9) continue
    if (!l.prose && isArticleEnd(l.text)) return i
  }
  return lines.length
}

const MAX_NESTING = 256

class SkipReadability extends Error {}

/** Deepest element nesting, walked without recursion so no page can exhaust the stack. */
function nestingDepth(root: Node): number {
  let max = 0
  const stack: Array<[Node, number]> = [[root, 1]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (depth > max) max = depth
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1])
  }
  return max
}

export function fromHtml(file: string, html: string): Draft {
  const messages: Message[] = []
  const { document } = parseHTML(html)
  for (const el of document.querySelectorAll('style, noscript, template, iframe, object, embed')) el.remove()
  const meta = readMeta(document as unknown as Document)
  const pageTitleText = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
  for (const el of document.querySelectorAll('script')) el.remove()

  let blocks: Block[] = []
  let readTitle: string | null = null
  // Readability's cost grows with the square of the nesting depth; hostile pages nest thousands deep.
  const depth = nestingDepth(document.documentElement as unknown as Node)
  const tooDeep = depth > MAX_NESTING
  if (tooDeep) {
    messages.push(message(file, `markup is nested ${depth} levels deep; the article is taken from the page text without Readability`, 'ingest:deep-html', 'warning'))
  }
  try {
    if (tooDeep) throw new SkipReadability()
    const article = new Readability<Node>(document as unknown as Document, { serializer: (n) => n }).parse()
    if (article?.content) {
      blocks = blocksOf(article.content)
      readTitle = article.title ?? null
    }
  } catch (cause) {
    if (!(cause instanceof SkipReadability)) messages.push(message(file, `Readability failed (${cause instanceof Error ? cause.message : String(cause)}); using the page text`, 'ingest:readability', 'warning'))
  }

  const sources: SourceGuess[] = [...meta.sources]
  const page = pageTitleText ? splitPageTitle({ index: 0, start: 0, end: pageTitleText.length, text: pageTitleText }) : null
  if (page?.site) sources.push({ name: cleanOutletName(page.site), basis: 'title-suffix', evidence: [{ reason: 'site name at the end of the page <title>', quote: pageTitleText }] })
  const titleValue = meta.title?.value ?? page?.headline ?? readTitle ?? null
  const titleBasis = meta.title?.basis ?? (page ? 'page-title' : 'readability')

  if (!blocks.length) {
    // Readability found no article: fall back to the line rules over the visible page text.
    const root = document.body ?? document.documentElement
    const visible = tooDeep ? (root.textContent ?? '') : blocksOf(root).map((b) => b.text).join('\n')
    const c = classify(visible, splitLines(visible))
    blocks = c.kept.map((l) => ({ text: l.text, tag: 'P' }))
    if (blocks.length) messages.push(message(file, 'Readability found no article; body taken from the page text by the line rules', 'ingest:readability', 'info'))
  }

  // Text = every block, "\n\n" between; spans follow by construction.
  const texts = blocks.map((b) => b.text)
  const text = texts.join('\n\n')
  const spans: Span[] = []
  let at = 0
  for (const t of texts) {
    spans.push({ start: at, end: at + t.length })
    at += t.length + 2
  }
  const counts = new Map<Script, number>()
  for (const t of texts) for (const [k, v] of scriptCounts(t.slice(0, 300))) counts.set(k, (counts.get(k) ?? 0) + v)
  const docScript = dominantScript(counts)
  const titleKey = titleValue ? normalise(titleValue) : null
  const paragraphs: Span[] = []
  const removed: RemovedLine[] = []
  let title: Draft['title'] = titleValue ? { value: titleValue, basis: titleBasis, start: null, end: null } : null
  const lines = blocks.map((b, i) => {
    const f = features(b.text)
    return { index: i, start: spans[i].start, end: spans[i].end, text: b.text, f, prose: (f.words >= 8 && f.terminal) || f.words >= 30 }
  })
  const tail = tailStart(lines)
  const seenBlocks = new Set<string>()
  blocks.forEach((b, i) => {
    const span = spans[i]
    if (i >= tail) {
      removed.push({ ...span, reason: 'footer' })
      return
    }
    // A block printed twice (a caption repeated by a slideshow, a pull quote) is kept once.
    const key = normalise(b.text)
    if (lines[i].f.words >= 4 && seenBlocks.has(key)) {
      removed.push({ ...span, reason: 'repeated-block' })
      return
    }
    seenBlocks.add(key)
    if (i === 0 && titleKey && normalise(b.text) === titleKey && title) {
      title = { ...title, start: span.start, end: span.end }
      return
    }
    // Readability keeps what its container holds; the line rules drop the clear furniture inside it
    // (captions, widget labels, credits, cookie notices). Short fragments stay: measured on the
    // benchmark, they are mostly list items and subheadings of the article.
    const reason =
      b.tag === 'FIGCAPTION'
        ? 'caption'
        : insideReason(lines[i], docScript, titleKey)
    if (reason) removed.push({ ...span, reason })
    else paragraphs.push(span)
  })
  return {
    text,
    format: 'html',
    title,
    sources,
    stated: meta.dates,
    url: meta.url,
    paragraphs,
    removed,
    language: meta.language,
    messages,
  }
}
