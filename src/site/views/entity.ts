/** A page per person or organization: roles over time, statements on a timeline, stance per topic. */
import type { CorpusEntity } from '../../model.ts'
import type { Catalog, Link, StatementView } from '../catalog.ts'
import { findStatement, pairKey } from '../catalog.ts'
import { stanceChart } from '../chart.ts'
import { count, displayDay } from '../format.ts'
import { embedJson, personLd } from '../jsonld.ts'
import { card, type StatementCard } from './card.ts'
import { pagePath, type PageBase } from './page.ts'
import { ARTICLES_SHOWN, INDEX_BREAKS, stablePaginate, STATEMENTS_SHOWN, type Pager } from './paging.ts'
import { labelRange, lastSegment } from './lists.ts'
import { articleLine, byDate, type ArticleLine } from './collections.ts'
import { sharedDigest } from '../reuse.ts'

export interface EntityView extends PageBase {
  kindLabel: string
  name: string
  country: string | null
  roles: { role: string; span: string }[]
  /** The latest articles naming this entity, newest first. */
  articles: ArticleLine[]
  articleCount: number
  /** Statements grouped by year, oldest first. */
  /** `showDate` is false when the statement before it has the same date. */
  years: { label: string; items: { statement: StatementCard; dateLabel: string; showDate: boolean }[] }[]
  /** "6 statements in 3 articles. Also named: …" */
  summary: string
  /** Set when only the latest statements are shown. */
  shownNote: string | null
  /** Inline SVG from `stanceChart`; its text went through the DOM and is escaped. */
  chart: string | null
  chartRows: { date: string; topic: string; stance: string }[]
  timelineUrl: string | null
  wikidata: string | null
  /** This person's earliest and latest statements side by side, when quoted on two days or more. */
  twoTimes: Link | null
  /** Compare pages whose aligned rows hold this entity's words: the same voice at two times or in two outlets. */
  compares: Link[]
}

export interface EntityIndexView extends PageBase {
  pager: Pager | null
  groups: { label: string; items: { label: string; url: string; note: string }[] }[]
}

function roleSpan(first: string | null, last: string | null): string {
  if (!first && !last) return 'date not known'
  if (first === last || !last) return `seen ${displayDay(first)}`
  if (!first) return `seen ${displayDay(last)}`
  return `${displayDay(first)} – ${displayDay(last)}`
}

/**
 * Everything an entity page takes from the catalog. The page is
 * `entityView(context)`, so with digests of the articles its statements come
 * from, `entityKey` decides whether the page changed without building it.
 */
export interface EntityContext {
  url: string
  entity: CorpusEntity & { kind: 'person' | 'organization' }
  /** Its own statements, oldest first. Not part of the key: named there by their keys and their articles' digests. */
  statements: StatementView[]
  /** Articles naming it that are in the corpus. */
  articleCount: number
  /** The latest of those articles, newest first. */
  articles: ArticleLine[]
  compares: Link[]
}

export function entityContext(cat: Catalog, id: string): EntityContext {
  const e = cat.entity.get(id)!
  const known = e.articles.filter((a) => cat.record.has(a))
  return {
    url: cat.entityUrl.get(id)!,
    entity: e,
    statements: wordsOf(cat).get(id) ?? [],
    articleCount: known.length,
    articles: byDate(cat, known)
      .slice(-ARTICLES_SHOWN)
      .reverse()
      .map((a) => articleLine(cat, a)),
    compares: comparesWith(cat, id),
  }
}

/**
 * The page's key: its context with each statement named by its key, and each
 * article they come from by the digest of its statements; null when one has
 * none. The entity's `local` ids only tie mentions to it, which those digests
 * cover. An article line is shared by every page listing it: it stands in the
 * key as its digest.
 */
export function entityKey(context: EntityContext, statementsOf: (articleId: string) => string | undefined): unknown {
  const digests: [string, string][] = []
  for (const id of new Set(context.statements.map((s) => s.articleId))) {
    const d = statementsOf(id)
    if (!d) return null
    digests.push([id, d])
  }
  const { local: _, ...entity } = context.entity
  return {
    ...context,
    entity,
    statements: context.statements.map((s) => s.key),
    digests,
    articles: context.articles.map(sharedDigest),
  }
}

/** The entity page, from its context alone (`publicUrl` is the same for every page). */
export function entityView(context: EntityContext, publicUrl: Catalog['publicUrl']): EntityView {
  const { url, entity: e, statements } = context
  // The page shows the latest statements; the timeline filter page (paginated) has them all.
  const shown = statements.slice(-STATEMENTS_SHOWN)
  const years: EntityView['years'] = []
  let previous: StatementView | null = null
  for (const s of shown) {
    const label = s.date ? s.date.slice(0, 4) : 'Undated'
    let y = years.find((x) => x.label === label)
    if (!y) years.push((y = { label, items: [] }))
    // The date is printed once per run of statements from the same day within a year.
    y.items.push({ statement: card(s), dateLabel: s.dateLabel, showDate: y.items.length === 0 || previous?.date !== s.date })
    previous = s
  }
  const points = statements.flatMap((s) =>
    s.stance && s.date ? (s.topics.length ? s.topics : [{ label: 'No topic', url: '' }]).map((t) => ({ date: s.date!, topic: t.label, stance: s.stance! })) : [],
  )
  const seenPoints = new Set<string>()
  const distinct = points.filter((p) => {
    const k = `${p.date}|${p.topic}|${p.stance}`
    return seenPoints.has(k) ? false : (seenPoints.add(k), true)
  })
  // A readable, light chart: the topics spoken about most, and the latest points.
  const topicCount = new Map<string, number>()
  for (const p of distinct) topicCount.set(p.topic, (topicCount.get(p.topic) ?? 0) + 1)
  const topTopics = new Set([...topicCount].sort((a, b) => b[1] - a[1]).slice(0, CHART_TOPICS).map(([t]) => t))
  const uniquePoints = distinct.filter((p) => topTopics.has(p.topic)).slice(-CHART_POINTS)
  const articleCount = context.articleCount
  const kindLabel = e.kind === 'person' ? 'Person' : 'Organization'
  const folder = e.kind === 'person' ? 'people' : 'organizations'
  return {
    path: pagePath(url),
    url,
    title: e.name,
    description: `${e.name}: ${count(statements.length, 'statement')} in ${count(articleCount, 'article')}.`,
    jsonLd: embedJson(personLd(e, publicUrl(url))),
    section: 'people',
    crumbs: [{ label: e.kind === 'person' ? 'People' : 'Organizations', url: `/${folder}/` }],
    scripts: [],
    kindLabel,
    name: e.name,
    country: e.country,
    roles: e.roles.map((r) => ({ role: r.role, span: roleSpan(r.firstSeen, r.lastSeen) })),
    articles: context.articles,
    articleCount,
    years,
    summary: `${count(statements.length, 'statement')} in ${count(articleCount, 'article')}${
      e.aliases.some((a) => a !== e.name) ? `. Also named: ${e.aliases.filter((a) => a !== e.name).join(', ')}` : ''
    }.`,
    shownNote: shown.length < statements.length ? `The latest ${shown.length} of ${statements.length} statements.` : null,
    chart: stanceChart(uniquePoints, `Stance of ${e.name} per topic over time`),
    chartRows: uniquePoints.map((p) => ({ date: displayDay(p.date), topic: p.topic, stance: p.stance })),
    timelineUrl: statements.length ? `/timeline/${e.kind === 'person' ? 'person' : 'organization'}/${url.split('/')[2]}/` : null,
    wikidata: e.wikidata && /^Q\d+$/.test(e.wikidata) ? `https://www.wikidata.org/wiki/${e.wikidata}` : null,
    compares: context.compares,
    twoTimes: twoTimes(e.kind, url, statements),
  }
}

function twoTimes(kind: 'person' | 'organization', url: string, statements: StatementView[]): Link | null {
  const days = [...new Set(statements.map((s) => s.date).filter((d): d is string => d !== null))].sort()
  if (kind !== 'person' || days.length < 2) return null
  return { label: `${displayDay(days[0])} and ${displayDay(days[days.length - 1])}, side by side`, url: `${url}compare/` }
}

const comparesCache = new WeakMap<Catalog, Map<string, Link[]>>()

/** Compare pages per speaking entity, found in one pass over the alignments. */
function comparesWith(cat: Catalog, id: string): Link[] {
  let byEntity = comparesCache.get(cat)
  if (!byEntity) {
    byEntity = new Map()
    const side = (a: string) => `${cat.outletOf.get(a)!.name}, ${displayDay(cat.record.get(a)!.date?.value)}`
    for (const al of cat.corpus.alignments) {
      const url = cat.compareUrl.get(pairKey(al.a, al.b))
      if (!url) continue
      const speakers = new Set<string>()
      for (const row of al.rows) {
        for (const ref of row.a) speakers.add(findStatement(cat, ref, al.a)?.speakerEntity ?? '')
        for (const ref of row.b) speakers.add(findStatement(cat, ref, al.b)?.speakerEntity ?? '')
      }
      speakers.delete('')
      for (const who of speakers) {
        const list = byEntity.get(who) ?? []
        // Only the first ones are shown: a full list, deduplicated by a scan, grew quadratically for busy speakers.
        if (list.length < COMPARES_SHOWN && !list.some((l) => l.url === url)) list.push({ label: `${side(al.a)} ↔ ${side(al.b)}`, url })
        byEntity.set(who, list)
      }
    }
    comparesCache.set(cat, byEntity)
  }
  return byEntity.get(id) ?? []
}

/** Comparisons holding an entity's words listed on its page. */
const COMPARES_SHOWN = 30

const CHART_TOPICS = 8
const CHART_POINTS = 150

const wordsCache = new WeakMap<Catalog, Map<string, StatementView[]>>()

/** Each entity's own statements (a claim drawn from a quote counts once, as the quote), oldest first. */
export function wordsOf(cat: Catalog): Map<string, StatementView[]> {
  let map = wordsCache.get(cat)
  if (!map) {
    map = new Map()
    for (const s of cat.statements.values()) {
      if (!s.speakerEntity || (s.kind === 'claim' && s.statementId !== s.localId)) continue
      const list = map.get(s.speakerEntity) ?? []
      list.push(s)
      map.set(s.speakerEntity, list)
    }
    const day = (s: StatementView) => s.date ?? '9999-99-99'
    for (const list of map.values()) list.sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : a.start - b.start))
    wordsCache.set(cat, map)
  }
  return map
}

/** Names on the first page of an index, the most quoted first. */
const MOST_QUOTED = 24

/**
 * The people (or organizations) index: the most quoted on the first page,
 * then everyone by name, the quoted before those only mentioned. Sorted by
 * name rather than by count, a count changing with one new article moves one
 * name on one page instead of reordering every page.
 */
export function entityIndex(cat: Catalog, kind: 'person' | 'organization'): EntityIndexView[] {
  const byName = new Intl.Collator('en').compare
  const words = wordsOf(cat)
  const items = [...cat.entity.values()]
    .filter((e) => e.kind === kind)
    .map((e) => {
      const n = words.get(e.id)?.length ?? 0
      return { label: e.name, url: cat.entityUrl.get(e.id)!, note: n ? count(n, 'statement') : 'mentioned', n }
    })
  const quoted = items.filter((i) => i.n > 0).sort((a, b) => byName(a.label, b.label))
  const mentioned = items.filter((i) => i.n === 0).sort((a, b) => byName(a.label, b.label))
  const top = [...quoted].sort((a, b) => b.n - a.n || byName(a.label, b.label)).slice(0, MOST_QUOTED)
  const shown = (list: typeof items) => list.map(({ n: _n, ...rest }) => rest)
  const title = kind === 'person' ? 'People' : 'Organizations'
  const folder = kind === 'person' ? 'people' : 'organizations'
  const head: PageBase = {
    path: `${folder}/index.html`,
    url: `/${folder}/`,
    title,
    description: `Every ${kind} named in the corpus, with how often they are quoted.`,
    jsonLd: embedJson({ '@context': 'https://schema.org', '@type': 'CollectionPage', name: title }),
    section: 'people',
    crumbs: [],
    scripts: [],
  }
  return stablePaginate([...quoted, ...mentioned], head, INDEX_BREAKS, (i) => i.url, (first) => lastSegment(first.url), labelRange, (part, page, pager, i) => ({
    ...page,
    pager,
    groups: [
      { label: 'Most quoted', items: i === 0 && quoted.length > MOST_QUOTED ? shown(top) : [] },
      { label: i === 0 ? 'Quoted, by name' : 'Quoted', items: shown(part.filter((x) => x.n > 0)) },
      { label: 'Mentioned only', items: shown(part.filter((x) => x.n === 0)) },
    ].filter((g) => g.items.length > 0),
  }))
}

export type { Link }
