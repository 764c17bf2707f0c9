/** The article page: clean text with every quote and claim marked, metadata with its evidence. */
import type { ArticleRecord, Family, Span } from '../../model.ts'
import type { Catalog, Link, StatementView } from '../catalog.ts'
import { pairKey } from '../catalog.ts'
import { count, displayDay, excerpt, isoDay } from '../format.ts'
import { segmentParagraph, type Mark, type Segment } from '../highlight.ts'
import { newsArticleJsonLd } from '../jsonld.ts'
import { safeExternalUrl } from '../safe-url.ts'
import { articleIndex } from './by-article.ts'
import { card, type StatementCard } from './card.ts'
import { lineOf } from './lines.ts'
import { pagePath, type PageBase } from './page.ts'
import { sharedDigest } from '../reuse.ts'

export interface EvidenceView {
  reason: string
  quote: string | null
  line: number | null
}

export interface ArticleView extends PageBase {
  outlet: Link
  relayedFrom: string[]
  published: {
    value: string | null
    label: string
    basis: string
    confidence: number
    inferred: boolean
    evidence: EvidenceView[]
    candidates: string[]
  }
  language: string
  /** The text's language as an HTML lang value, when it is a known ISO 639 code. */
  lang: string | null
  file: string
  format: string
  sourceLink: string | null
  extractionNote: string | null
  /** A paragraph with nothing marked is its `text`; one with quotes, claims or speakers is cut into `segments`. */
  paragraphs: ({ text: string } | { segments: Segment[] })[]
  /** Statements whose words lie outside every kept paragraph, listed so their anchors exist. */
  outside: { anchor: string; statement: StatementCard }[]
  /** Removed lines, neighbouring lines with the same reason in one row: "12" or "12–18", their text one line each. */
  removed: { lines: string; text: string; reason: string }[]
  people: { name: string; url: string | null; roles: string[] }[]
  /** Who is quoted, with a jump link to each of their quotes in the text. */
  speakers: { name: string; url: string | null; quotes: { n: number; href: string; label: string }[] }[]
  topics: Link[]
  compares: Link[]
  stories: Link[]
  families: Link[]
  /** The counts as words: "2 quotes", "1 claim", "3 lines". */
  countLabels: { quotes: string; claims: string; removed: string }
}

const BASIS_LABEL: Record<string, string> = {
  'front-matter': 'stated in the front matter',
  'html-meta': 'read from the page metadata',
  url: 'read from the address',
  dateline: 'read from the dateline',
  inferred: 'inferred from the text',
  none: 'not known',
}

/** Paragraph spans checked against the text, in order and without overlap. */
function cleanParagraphs(r: ArticleRecord): Span[] {
  const len = r.text.length
  const spans = r.paragraphs
    .map((p) => ({ start: Math.max(0, Math.min(p.start, len)), end: Math.max(0, Math.min(p.end, len)) }))
    .filter((p) => p.start < p.end)
    .sort((a, b) => a.start - b.start)
  const out: Span[] = []
  for (const p of spans) {
    const last = out[out.length - 1]
    if (last && p.start < last.end) last.end = Math.max(last.end, p.end)
    else out.push({ ...p })
  }
  return out
}

function marksFor(r: ArticleRecord, statements: StatementView[]): Mark[] {
  const marks: Mark[] = []
  for (const s of statements) {
    if (s.kind === 'claim') {
      marks.push({
        kind: 'claim',
        start: s.start,
        end: s.end,
        classes: s.stance ? `claim claim-${s.stance}` : 'claim',
        anchor: s.anchor,
        title: `Claim by ${s.speaker?.name ?? 'the outlet'}${s.stanceLabel ? ` · ${s.stanceLabel}` : ''}`,
        label: null,
      })
    } else {
      marks.push({
        kind: 'quote',
        start: s.start,
        end: s.end,
        classes: `q q-${s.kind}`,
        anchor: s.anchor,
        title: `${s.kindLabel}${s.speaker ? ` · ${s.speaker.name}` : ''}`,
        label: s.speaker ?? { name: 'Unattributed', url: null },
      })
    }
  }
  for (const q of r.quotes) {
    const sp = q.speaker
    if (sp && sp.start < sp.end && sp.end <= r.text.length) {
      marks.push({ kind: 'speaker', start: sp.start, end: sp.end, classes: 'spk', anchor: null, title: `Speaker: ${sp.name}`, label: null })
    }
  }
  return marks
}

const NO_MARKS: Mark[] = []

/**
 * The marks overlapping each paragraph, in their original order (which decides
 * ties when segmenting). Paragraphs are in text order; passing every mark of
 * the article to every paragraph was quadratic in long, quote-dense articles.
 */
function marksByParagraph(paragraphs: Span[], marks: Mark[]): Mark[][] {
  if (marks.length === 0) return paragraphs.map(() => NO_MARKS)
  const byStart = marks.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || a.i - b.i)
  let next = 0
  let open: typeof byStart = []
  return paragraphs.map((p) => {
    while (next < byStart.length && byStart[next]!.m.start < p.end) open.push(byStart[next++]!)
    open = open.filter((x) => x.m.end > p.start)
    return open.length === 0 ? NO_MARKS : [...open].sort((a, b) => a.i - b.i).map((x) => x.m)
  })
}

const familyLinks = new WeakMap<Family, Link>()

/** A family as its members' article pages list it: one object per family, shared by those pages. */
function familyLink(cat: Catalog, f: Family): Link {
  let made = familyLinks.get(f)
  if (!made) {
    made = { label: `${cat.entity.get(f.speaker)?.name ?? f.speaker}: “${excerpt(f.members[0]?.text ?? '', 60)}”`, url: cat.familyUrl.get(f.id)! }
    familyLinks.set(f, made)
  }
  return made
}

/**
 * Everything an article page takes from the corpus rather than from its own
 * record. The page is `articleView(record, context)`, so with a digest of the
 * record this decides whether the page changed, without building the page or
 * hashing its text (most of what a site holds).
 */
export interface ArticleContext {
  url: string
  title: string
  description: string
  outlet: { name: string; url: string }
  /** Not part of the key: the record's digest and its `statementInputs` in the catalog determine them. */
  statements: StatementView[]
  sourceLink: string | null
  people: ArticleView['people']
  topics: Link[]
  compares: Link[]
  stories: Link[]
  families: Link[]
}

/** The article's people by local id, in the record's order. */
function peopleById(r: ArticleRecord): Map<string, ArticleRecord['people']> {
  const byId = new Map<string, ArticleRecord['people']>()
  for (const p of r.people) {
    const list = byId.get(p.id)
    if (list) list.push(p)
    else byId.set(p.id, [p])
  }
  return byId
}

export function articleContext(cat: Catalog, r: ArticleRecord): ArticleContext {
  const url = cat.articleUrl.get(r.id)!
  const title = cat.articleTitle.get(r.id)!
  const first = firstParagraph(r)
  // A relative article address is read against the outlet's own address.
  const sourceLink = safeExternalUrl(r.url, r.source?.url ?? null) ?? safeExternalUrl(r.source?.url ?? null)

  // Roles as this article gives them; people the linker left out are listed without a page.
  const people: ArticleView['people'] = []
  const linked = new Set<string>()
  const index = articleIndex(cat)
  const byId = peopleById(r)
  for (const e of index.people.get(r.id) ?? []) {
    const locals = e.local?.[r.id] ?? []
    locals.forEach((l) => linked.add(l))
    // One local id (nearly always): its mentions from the index, not a scan of the article's people per person.
    const mentions = locals.length === 1 ? byId.get(locals[0]!) ?? [] : r.people.filter((p) => locals.includes(p.id))
    const roles = mentions.flatMap((p) => p.roles)
    people.push({ name: e.name, url: cat.entityUrl.get(e.id)!, roles: roles.length ? [...new Set(roles)] : e.roles.map((x) => x.role) })
  }
  for (const p of r.people) {
    if (!linked.has(p.id) && !cat.localEntity.has(`${r.id}\u0000${p.id}`)) people.push({ name: p.name, url: null, roles: p.roles })
  }

  const compares: Link[] = []
  const listed = new Set<string>()
  for (const al of index.alignments.get(r.id) ?? []) {
    const other = al.a === r.id ? al.b : al.a
    const href = cat.compareUrl.get(pairKey(al.a, al.b))
    if (href && !listed.has(href)) {
      listed.add(href)
      compares.push({ label: `Compare with “${cat.articleTitle.get(other)}”`, url: href })
    }
  }
  const outlet = cat.outletOf.get(r.id)!
  return {
    url,
    title,
    description: excerpt(first || title),
    outlet: { name: outlet.name, url: outlet.url },
    statements: cat.byArticle.get(r.id) ?? [],
    sourceLink,
    people,
    topics: (index.topics.get(r.id) ?? []).map((t) => ({ label: t.label, url: t.url })),
    compares,
    stories: (index.stories.get(r.id) ?? []).map((s) => ({ label: s.label, url: cat.storyUrl.get(s.id)! })),
    families: (index.families.get(r.id) ?? []).map((f) => familyLink(cat, f)),
  }
}

/**
 * What an article page's reuse is keyed by, beside what determines its
 * statements. A family link is shared by its members' pages: it stands in the
 * key as its digest.
 */
export function articleKey(context: ArticleContext): unknown {
  const { statements: _, ...key } = context
  return { ...key, families: key.families.map(sharedDigest) }
}

function firstParagraph(r: ArticleRecord): string {
  const [first] = cleanParagraphs(r)
  return first ? r.text.slice(first.start, first.end) : ''
}

/** The article page, from the record and its context alone (`publicUrl` is the same for every page). */
export function articleView(r: ArticleRecord, context: ArticleContext, publicUrl: Catalog['publicUrl']): ArticleView {
  const { url, title, statements, sourceLink, outlet } = context
  const paragraphs = cleanParagraphs(r)
  const anchored = new Set<string>()
  const marks = marksFor(r, statements)
  const paraMarks = marksByParagraph(paragraphs, marks)
  // A paragraph without marks (most of them) is its text alone: one object, not a list of one piece.
  const paraViews: ArticleView['paragraphs'] = paragraphs.map((p, i) =>
    paraMarks[i]!.length === 0 ? { text: r.text.slice(p.start, p.end) } : { segments: segmentParagraph(r.text, p, paraMarks[i]!, anchored) },
  )
  const outside = statements.filter((s) => !anchored.has(s.anchor)).map((s) => ({ anchor: s.anchor, statement: card(s) }))

  const value = isoDay(r.date?.value)
  const line = lineOf(r.text)
  const evidence = (r.date?.evidence ?? []).map((e) => ({
    reason: e.reason,
    quote: e.quote ? excerpt(e.quote, 240) : null,
    line: typeof e.start === 'number' && e.start <= r.text.length ? line(e.start) : null,
  }))

  const speakers: ArticleView['speakers'] = []
  const speakerEntries = new Map<string, ArticleView['speakers'][number]>()
  for (const st of statements) {
    if (st.kind === 'claim') continue
    const name = st.speaker?.name ?? 'Unattributed'
    const key = `${name}\u0000${st.speaker?.url ?? ''}`
    let entry = speakerEntries.get(key)
    if (!entry) {
      entry = { name, url: st.speaker?.url ?? null, quotes: [] }
      speakerEntries.set(key, entry)
      speakers.push(entry)
    }
    entry.quotes.push({ n: entry.quotes.length + 1, href: `#${st.anchor}`, label: `${st.kindLabel} ${entry.quotes.length + 1} by ${name}: ${excerpt(st.text, 60)}` })
  }

  // Lines removed for the same reason with only blank lines between them are one row (a footer or a
  // menu is a run of short lines): an article page listed about 70 rows, each an object in its view,
  // hashed and rendered.
  const removed: ArticleView['removed'] = []
  let removedLines = 0
  let first = 0
  let lastEnd = -1
  for (const x of r.removed) {
    if (!(x.start < x.end && x.end <= r.text.length)) continue
    removedLines++
    const at = line(x.start)
    const text = r.text.slice(x.start, x.end)
    const row = removed[removed.length - 1]
    if (row && row.reason === x.reason && lastEnd <= x.start && r.text.slice(lastEnd, x.start).trim() === '') {
      row.text += `\n${text}`
      row.lines = first === at ? String(at) : `${first}–${at}`
    } else {
      first = at
      removed.push({ lines: String(at), text, reason: x.reason })
    }
    lastEnd = x.end
  }

  return {
    path: pagePath(url),
    url,
    title,
    description: context.description,
    jsonLd: newsArticleJsonLd(publicUrl, r, { ...context, people: context.people.filter((p) => p.url !== null) as { name: string; url: string }[] }),
    section: 'articles',
    crumbs: [{ label: 'Articles', url: '/articles/' }, { label: outlet.name, url: outlet.url }],
    scripts: [],
    outlet: { label: outlet.name, url: outlet.url },
    relayedFrom: r.source?.relayedFrom ?? [],
    published: {
      value,
      label: displayDay(value),
      basis: BASIS_LABEL[r.date?.basis ?? 'none'] ?? String(r.date?.basis),
      confidence: Math.round((r.date?.confidence ?? 0) * 100),
      inferred: r.date?.basis === 'inferred' || (r.inferred ?? []).includes('date'),
      evidence,
      candidates: (r.date?.candidates ?? []).map((c) => displayDay(c)),
    },
    language: r.language,
    lang: /^[a-z]{2,3}$/.test(r.language) && r.language !== 'und' ? r.language : null,
    file: r.file,
    format: r.format,
    sourceLink,
    extractionNote: r.extractionSupported
      ? null
      : `Quotes and claims are not extracted for this language (${r.language}); the text is shown as kept.`,
    paragraphs: paraViews,
    outside,
    removed,
    people: context.people,
    speakers,
    topics: context.topics,
    compares: context.compares,
    stories: context.stories,
    families: context.families,
    countLabels: {
      quotes: count(statements.filter((s) => s.kind !== 'claim').length, 'quote'),
      claims: count(statements.filter((s) => s.kind === 'claim').length, 'claim'),
      removed: count(removedLines, 'line'),
    },
  }
}
