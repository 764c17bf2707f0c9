/** Side-by-side comparison of two articles, rows aligned by topic. */
import type { Alignment, Message } from '../../model.ts'
import { message } from '../../messages.ts'
import type { Catalog, Link, StatementView } from '../catalog.ts'
import { asQuoted, findStatement, pairKey } from '../catalog.ts'
import { count, displayDay, excerpt, isoDay, RELATION_LABEL } from '../format.ts'
import { collectionJsonLd, embedJson } from '../jsonld.ts'
import { card, type StatementCard } from './card.ts'
import { pagePath, type PageBase, type PageJudge } from './page.ts'
import { stablePaginate, type Pager } from './paging.ts'
import { lastSegment } from './lists.ts'
import { sharedDigest } from '../reuse.ts'

export interface SideView {
  title: string
  url: string
  outlet: Link
  published: string
}

export interface OnlyItem {
  statement: StatementCard | null
  /** Shown when the corpus names a topic or text rather than a statement. */
  label: string
}

export interface CompareRow {
  topic: { label: string; url: string | null }
  relation: string
  relationLabel: string
  a: StatementCard[]
  b: StatementCard[]
}

export interface CompareView extends PageBase {
  a: SideView
  b: SideView
  reason: string
  rows: CompareRow[]
  onlyA: OnlyItem[]
  onlyB: OnlyItem[]
  /** Other comparisons of article A, then of article B, each naming only the article on the other side. */
  others: OtherComparisons[]
  summary: string
  heading: string
}

/** Where compare index pages end: about 80 pairs (each entry carries two titles), at most 130. */
const PAIR_BREAKS = { min: 20, target: 115, max: 130, every: 80 }
/**
 * Other comparisons listed per article of a compare page. Each article's page
 * lists all of its comparisons; repeating long lists on every one of its
 * compare pages made them the heaviest part of the site.
 */
const OTHERS_SHOWN = 10

export interface OtherComparisons {
  /** "Also compared with A (Outlet)" */
  label: string
  items: Link[]
  /** The article page's full list, when there are more than `items`. */
  more: Link | null
}

export interface CompareIndexView extends PageBase {
  pager: Pager | null
  pairs: { url: string; a: string; b: string; reason: string; rows: string }[]
}

const sides = new WeakMap<Catalog, Map<string, SideView>>()

/**
 * An article as compare pages show it, as a side or in another comparison's
 * label: one object per article, shared by those pages (and one digest in their keys).
 */
function side(cat: Catalog, id: string): SideView {
  let made = sides.get(cat)
  if (!made) sides.set(cat, (made = new Map()))
  let view = made.get(id)
  if (!view) {
    const o = cat.outletOf.get(id)!
    const r = cat.record.get(id)!
    view = {
      title: cat.articleTitle.get(id)!,
      url: cat.articleUrl.get(id)!,
      outlet: { label: o.name, url: o.url },
      published: displayDay(isoDay(r.date?.value)),
    }
    made.set(id, view)
  }
  return view
}

/** A statement named by an alignment: as found (its key names it), and as shown (see `asQuoted`). */
interface Found {
  found: StatementView
  shown: StatementView
}

function resolve(cat: Catalog, refs: string[], articleId: string, file: string, messages: Message[]): Found[] {
  const out: Found[] = []
  for (const ref of refs) {
    const s = findStatement(cat, ref, articleId)
    // Two claims from one quote show as that quote once.
    if (s) {
      const shown = asQuoted(cat, s)
      if (!out.some((o) => o.shown.key === shown.key)) out.push({ found: s, shown })
    }
    else messages.push(message(file, `alignment names unknown statement "${ref}"`, 'site:unknown-statement', 'warning'))
  }
  return out
}

/** What an alignment lists as only in one article: a statement, or a topic or text named by the corpus. */
type OnlyFound = Found | { label: string }

function onlyFound(cat: Catalog, refs: string[], articleId: string): OnlyFound[] {
  const seen = new Set<string>()
  const out: OnlyFound[] = []
  for (const ref of refs) {
    const found = findStatement(cat, ref, articleId)
    const s = found ? asQuoted(cat, found) : undefined
    const key = s?.key ?? `topic:${ref}`
    if (seen.has(key)) continue
    seen.add(key)
    if (found && s) out.push({ found, shown: s })
    else {
      const t = cat.topic.get(ref)
      out.push({ label: t ? t.label : ref })
    }
  }
  return out
}

const onlyItem = (x: OnlyFound): OnlyItem => ('shown' in x ? { statement: card(x.shown), label: '' } : { statement: null, label: x.label })

/**
 * The comparison pages to render (as `judge` says) and their index; when
 * `statementsOf` gives both articles' statements a key, a page is judged
 * before it is made.
 */
export function compareViews(
  cat: Catalog,
  messages: Message[],
  judge: PageJudge<CompareView>,
  statementsOf: (articleId: string) => unknown,
): { pages: CompareView[]; index: CompareIndexView[] } {
  const pages: CompareView[] = []
  const pairs: Array<{ url: string; a: string; b: string; reason: string; rows: CompareView['summary'] }> = []
  const seen = new Set<string>()
  const usable = cat.corpus.alignments.filter((al) => cat.record.has(al.a) && cat.record.has(al.b) && al.a !== al.b)
  const usableSet = new Set(usable)
  for (const al of cat.corpus.alignments) {
    if (!usableSet.has(al)) {
      messages.push(message('corpus', `alignment ${al.a} / ${al.b} names a missing article; no compare page`, 'site:bad-alignment', 'warning'))
    }
  }
  for (const al of usable) {
    const key = pairKey(al.a, al.b)
    if (seen.has(key)) continue
    seen.add(key)
    const context = compareContext(cat, al, usable, messages)
    const { a, b } = context
    pairs.push({ url: context.url, a: `${a.title} (${a.outlet.label})`, b: `${b.title} (${b.outlet.label})`, reason: context.reason, rows: compareSummary(context) })
    const statementsA = statementsOf(al.a)
    const statementsB = statementsOf(al.b)
    const inputs = statementsA && statementsB ? compareKey(context, [al.a, al.b]) : null
    const page = judge.page(context.url, inputs && [statementsA, statementsB, inputs], () => compareView(context, cat.publicUrl))
    if (page) pages.push(page)
  }
  const head: PageBase = {
    path: 'compare/index.html',
    url: '/compare/',
    title: 'Compare coverage',
    description: 'Every pair of related articles, side by side, with statements aligned by topic.',
    jsonLd: embedJson({ '@context': 'https://schema.org', '@type': 'CollectionPage', name: 'Compare coverage' }),
    section: 'compare',
    crumbs: [],
    scripts: [],
  }
  const index = stablePaginate(
    pairs,
    head,
    PAIR_BREAKS,
    (p) => p.url,
    (first) => lastSegment(first.url),
    (part) => `${count(part.length, 'pair')} from ${excerpt(part[0]!.a, 60)}`,
    (part, page, pager) => ({ ...page, pairs: part, pager }),
  )
  return { pages, index }
}

const labelCache = new WeakMap<Catalog, Map<string, { label: string; url: string }>>()

/** Topics by label, the first in catalog order winning (a row may name its topic by label; a scan per row was linear in the topics). */
function topicByLabel(cat: Catalog): Map<string, { label: string; url: string }> {
  let map = labelCache.get(cat)
  if (!map) {
    map = new Map()
    for (const t of cat.topic.values()) if (!map.has(t.label)) map.set(t.label, t)
    labelCache.set(cat, map)
  }
  return map
}

/** "Title (Outlet, 6 November 2018)": an article as named in other pages' lists. */
function otherLabel(article: SideView): string {
  return `${article.title} (${article.outlet.label}, ${article.published})`
}

const hrefCache = new WeakMap<Catalog, Map<Alignment, string>>()

/** The compare page of an alignment, found once: it is listed on the pages of its articles' other comparisons. */
function compareHref(cat: Catalog, al: Alignment): string {
  let hrefs = hrefCache.get(cat)
  if (!hrefs) hrefCache.set(cat, (hrefs = new Map()))
  let href = hrefs.get(al)
  if (href === undefined) hrefs.set(al, (href = cat.compareUrl.get(pairKey(al.a, al.b))!))
  return href
}

/** Other comparisons of one side's article, as a page's context holds them: each by the third article and its page. */
interface OtherContext {
  label: string
  items: { article: SideView; url: string }[]
  more: Link | null
}

/** For each side, the comparisons of its article with a third one, labelled by that third article. */
function otherComparisons(cat: Catalog, touching: Alignment[], url: string, sides: { id: string; name: string; side: SideView }[]): OtherContext[] {
  const seen = new Set([url])
  return sides.flatMap(({ id, name, side: own }) => {
    const items: OtherContext['items'] = []
    for (const x of touching) {
      if (x.a !== id && x.b !== id) continue
      const href = compareHref(cat, x)
      if (seen.has(href)) continue
      seen.add(href)
      items.push({ article: side(cat, x.a === id ? x.b : x.a), url: href })
    }
    if (items.length === 0) return []
    return [{
      label: `Also compared with ${name} (${own.outlet.label})`,
      items: items.slice(0, OTHERS_SHOWN),
      more: items.length > OTHERS_SHOWN ? { label: `All comparisons with ${name}`, url: `${own.url}#compare-with` } : null,
    }]
  })
}

const touchCache = new WeakMap<Alignment[], Map<string, number[]>>()

/** The other alignments sharing an article with `al`, in list order, from an index built once per list (a scan per page was quadratic). */
function touching(all: Alignment[], al: Alignment): Alignment[] {
  let byArticle = touchCache.get(all)
  if (!byArticle) {
    byArticle = new Map()
    all.forEach((x, i) => {
      for (const id of new Set([x.a, x.b])) {
        const list = byArticle!.get(id)
        if (list) list.push(i)
        else byArticle!.set(id, [i])
      }
    })
    touchCache.set(all, byArticle)
  }
  const at = mergeSorted(byArticle.get(al.a) ?? [], byArticle.get(al.b) ?? [])
  return at.map((i) => all[i]!).filter((x) => x !== al)
}

/** The union of two ascending lists of numbers, ascending, each number once. */
function mergeSorted(x: number[], y: number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < x.length || j < y.length) {
    const next = j >= y.length || (i < x.length && x[i]! <= y[j]!) ? x[i++]! : y[j++]!
    if (out[out.length - 1] !== next) out.push(next)
  }
  return out
}

/**
 * Everything a compare page takes from the corpus: the alignment with its
 * statements resolved, both sides and the other comparisons. The page is
 * `compareView(context)`, so with digests of both articles' statements this
 * decides whether the page changed without building it.
 */
export interface CompareContext {
  url: string
  reason: string
  a: SideView
  b: SideView
  others: OtherContext[]
  rows: { topic: CompareRow['topic']; relation: string; relationLabel: string; a: Found[]; b: Found[] }[]
  onlyA: OnlyFound[]
  onlyB: OnlyFound[]
}

function compareContext(cat: Catalog, al: Alignment, all: Alignment[], messages: Message[]): CompareContext {
  const url = cat.compareUrl.get(pairKey(al.a, al.b))!
  const fileA = cat.record.get(al.a)!.file
  const fileB = cat.record.get(al.b)!.file
  const a = side(cat, al.a)
  const b = side(cat, al.b)
  return {
    url,
    reason: al.reason,
    a,
    b,
    others: otherComparisons(cat, touching(all, al), url, [
      { id: al.a, name: 'A', side: a },
      { id: al.b, name: 'B', side: b },
    ]),
    rows: al.rows.map((row) => {
      const t = cat.topic.get(row.topic) ?? topicByLabel(cat).get(row.topic)
      return {
        topic: t ? { label: t.label, url: t.url } : { label: row.topic || 'Other', url: null },
        relation: row.relation,
        relationLabel: RELATION_LABEL[row.relation] ?? row.relation,
        a: resolve(cat, row.a, al.a, fileA, messages),
        b: resolve(cat, row.b, al.b, fileB, messages),
      }
    }),
    onlyA: onlyFound(cat, al.onlyA, al.a),
    onlyB: onlyFound(cat, al.onlyB, al.b),
  }
}

/**
 * The page's key beside the digests of its articles' statements: its context
 * with each statement named by its key, or null when a statement belongs to
 * neither article (then the whole view is hashed). Articles (sides and the
 * third articles of other comparisons) are shared by many pages: they stand in it as their digests.
 */
export function compareKey(context: CompareContext, articles: [string, string]): unknown {
  let foreign = false
  const name = (x: Found) => {
    if (!articles.includes(x.found.articleId) || !articles.includes(x.shown.articleId)) foreign = true
    return x.found.key
  }
  const only = (x: OnlyFound) => ('found' in x ? name(x) : { label: x.label })
  const key = {
    ...context,
    a: sharedDigest(context.a),
    b: sharedDigest(context.b),
    others: context.others.map((o) => ({ ...o, items: o.items.map((x) => [sharedDigest(x.article), x.url]) })),
    rows: context.rows.map((row) => ({ ...row, a: row.a.map(name), b: row.b.map(name) })),
    onlyA: context.onlyA.map(only),
    onlyB: context.onlyB.map(only),
  }
  return foreign ? null : key
}

function compareSummary(context: CompareContext): string {
  return `${count(context.rows.length, 'aligned topic')}, ${context.onlyA.length} only in A, ${context.onlyB.length} only in B`
}

/** The compare page, from its context alone (`publicUrl` is the same for every page). */
export function compareView(context: CompareContext, publicUrl: Catalog['publicUrl']): CompareView {
  const { url, a, b } = context
  const rows: CompareRow[] = context.rows.map((row) => ({
    topic: row.topic,
    relation: row.relation,
    relationLabel: row.relationLabel,
    a: row.a.map((x) => card(x.shown)),
    b: row.b.map((x) => card(x.shown)),
  }))
  const heading =
    a.outlet.label !== b.outlet.label
      ? `${a.outlet.label} and ${b.outlet.label}, side by side`
      : `${a.outlet.label}: ${a.published} and ${b.published}, side by side`
  const onlyA = context.onlyA.map(onlyItem)
  const onlyB = context.onlyB.map(onlyItem)
  const summary = compareSummary(context)
  return {
    path: pagePath(url),
    url,
    title: `${a.title} ↔ ${b.title}`,
    description: `How ${a.outlet.label} and ${b.outlet.label} reported it: ${summary}.`,
    jsonLd: collectionJsonLd(publicUrl, `${a.title} compared with ${b.title}`, context.rows.flatMap((r) => [...r.a, ...r.b].map((x) => x.shown))),
    section: 'compare',
    crumbs: [{ label: 'Compare', url: '/compare/' }],
    scripts: [],
    a,
    b,
    reason: context.reason,
    rows,
    onlyA,
    onlyB,
    others: context.others.map((o) => ({ ...o, items: o.items.map((x) => ({ label: otherLabel(x.article), url: x.url })) })),
    summary,
    heading,
  }
}
