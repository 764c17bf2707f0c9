/** Side-by-side comparison of two articles, rows aligned by topic. */
import type { Alignment, Message } from '../../model.ts'
import { message } from '../../messages.ts'
import type { Catalog, Link, StatementView } from '../catalog.ts'
import { asQuoted, findStatement, pairKey } from '../catalog.ts'
import { count, displayDay, isoDay, RELATION_LABEL } from '../format.ts'
import { collectionLd, embedJson } from '../jsonld.ts'
import { pagePath, type PageBase } from './page.ts'
import { paginate, type Pager } from './paging.ts'

export interface SideView {
  title: string
  url: string
  outlet: Link
  published: string
}

export interface OnlyItem {
  statement: StatementView | null
  /** Shown when the corpus names a topic or text rather than a statement. */
  label: string
}

export interface CompareRow {
  topic: { label: string; url: string | null }
  relation: string
  relationLabel: string
  a: StatementView[]
  b: StatementView[]
}

export interface CompareView extends PageBase {
  a: SideView
  b: SideView
  reason: string
  rows: CompareRow[]
  onlyA: OnlyItem[]
  onlyB: OnlyItem[]
  others: Link[]
  summary: string
  heading: string
}

/** Pairs per page of the compare index; each entry carries two titles. */
const PAIRS_PER_PAGE = 100
/** Links to other comparisons of the same two articles shown on a compare page. */
const OTHERS_SHOWN = 30

export interface CompareIndexView extends PageBase {
  pager: Pager | null
  pairs: { url: string; a: string; b: string; reason: string; rows: string }[]
}

function side(cat: Catalog, id: string): SideView {
  const o = cat.outletOf.get(id)!
  const r = cat.record.get(id)!
  return {
    title: cat.articleTitle.get(id)!,
    url: cat.articleUrl.get(id)!,
    outlet: { label: o.name, url: o.url },
    published: displayDay(isoDay(r.date?.value)),
  }
}

function resolve(cat: Catalog, refs: string[], articleId: string, file: string, messages: Message[]): StatementView[] {
  const out: StatementView[] = []
  for (const ref of refs) {
    const s = findStatement(cat, ref, articleId)
    // Two claims from one quote show as that quote once.
    if (s) {
      const shown = asQuoted(cat, s)
      if (!out.some((o) => o.key === shown.key)) out.push(shown)
    }
    else messages.push(message(file, `alignment names unknown statement "${ref}"`, 'site:unknown-statement', 'warning'))
  }
  return out
}

function onlyItems(cat: Catalog, refs: string[], articleId: string): OnlyItem[] {
  const seen = new Set<string>()
  return refs.flatMap((ref): OnlyItem[] => {
    const found = findStatement(cat, ref, articleId)
    const s = found ? asQuoted(cat, found) : undefined
    const key = s?.key ?? `topic:${ref}`
    if (seen.has(key)) return []
    seen.add(key)
    if (s) return [{ statement: s, label: s.text }]
    const t = cat.topic.get(ref)
    return [{ statement: null, label: t ? t.label : ref }]
  })
}

export function compareViews(cat: Catalog, messages: Message[]): { pages: CompareView[]; index: CompareIndexView[] } {
  const pages: CompareView[] = []
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
    pages.push(comparePage(cat, al, usable, messages))
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
  const pairs = pages.map((p) => ({
    url: p.url,
    a: `${p.a.title} (${p.a.outlet.label})`,
    b: `${p.b.title} (${p.b.outlet.label})`,
    reason: p.reason,
    rows: p.summary,
  }))
  const index = paginate(pairs, head, PAIRS_PER_PAGE, (part, page, pager) => ({ ...page, pairs: part, pager }))
  return { pages, index }
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
  const at = [...new Set([...(byArticle.get(al.a) ?? []), ...(byArticle.get(al.b) ?? [])])].sort((x, y) => x - y)
  return at.map((i) => all[i]!).filter((x) => x !== al)
}

function comparePage(cat: Catalog, al: Alignment, all: Alignment[], messages: Message[]): CompareView {
  const url = cat.compareUrl.get(pairKey(al.a, al.b))!
  const file = cat.record.get(al.a)!.file
  const rows: CompareRow[] = al.rows.map((row) => {
    const t = cat.topic.get(row.topic) ?? [...cat.topic.values()].find((x) => x.label === row.topic)
    return {
      topic: t ? { label: t.label, url: t.url } : { label: row.topic || 'Other', url: null },
      relation: row.relation,
      relationLabel: RELATION_LABEL[row.relation] ?? row.relation,
      a: resolve(cat, row.a, al.a, file, messages),
      b: resolve(cat, row.b, al.b, cat.record.get(al.b)!.file, messages),
    }
  })
  const a = side(cat, al.a)
  const b = side(cat, al.b)
  const others = touching(all, al)
    .map((x) => ({ label: `${cat.articleTitle.get(x.a)} ↔ ${cat.articleTitle.get(x.b)}`, url: cat.compareUrl.get(pairKey(x.a, x.b))! }))
    .filter((l, i, list) => l.url !== url && list.findIndex((y) => y.url === l.url) === i)
    .slice(0, OTHERS_SHOWN)
  const heading =
    a.outlet.label !== b.outlet.label
      ? `${a.outlet.label} and ${b.outlet.label}, side by side`
      : `${a.outlet.label}: ${a.published} and ${b.published}, side by side`
  const onlyA = onlyItems(cat, al.onlyA, al.a)
  const onlyB = onlyItems(cat, al.onlyB, al.b)
  const summary = `${count(rows.length, 'aligned topic')}, ${onlyA.length} only in A, ${onlyB.length} only in B`
  return {
    path: pagePath(url),
    url,
    title: `${a.title} ↔ ${b.title}`,
    description: `How ${a.outlet.label} and ${b.outlet.label} reported it: ${summary}.`,
    jsonLd: embedJson(collectionLd(cat, `${a.title} compared with ${b.title}`, rows.flatMap((r) => [...r.a, ...r.b]))),
    section: 'compare',
    crumbs: [{ label: 'Compare', url: '/compare/' }],
    scripts: [],
    a,
    b,
    reason: al.reason,
    rows,
    onlyA,
    onlyB,
    others,
    summary,
    heading,
  }
}
