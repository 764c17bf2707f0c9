/** Topic, story, outlet and statement-family pages: groups of articles and statements. */
import type { Alignment, CorpusEntity, Family } from '../../model.ts'
import type { Catalog, Link, StatementView } from '../catalog.ts'
import { findStatement, pairKey } from '../catalog.ts'
import { diffWords, type DiffPiece } from '../diff.ts'
import { count, displayDay, excerpt, isoDay } from '../format.ts'
import { collectionJsonLd } from '../jsonld.ts'
import { articleIndex } from './by-article.ts'
import { card, type StatementCard } from './card.ts'
import { pagePath, type PageBase } from './page.ts'
import { ARTICLES_SHOWN, STATEMENTS_SHOWN } from './paging.ts'
import { sharedDigest } from '../reuse.ts'

export interface ArticleItem {
  title: string
  url: string
  outlet: Link
  published: string
  /** "2 quotes" */
  quotesLabel: string
}

export interface GroupView extends PageBase {
  kindLabel: string
  heading: string
  dateLabel: string | null
  summary: string
  articles: ArticleItem[]
  speakers: (Link & { note: string })[]
  /** Statements grouped by article, in date order. */
  statements: { article: Link; outlet: string; items: StatementCard[] }[]
  compares: Link[]
  stances: { stance: string; label: string; n: number }[]
  timelineUrl: string | null
  related: Link[]
  /** Set when only the latest statements or articles are shown. */
  shownNote: string | null
}

export interface FamilyView extends PageBase {
  speaker: Link | { label: string; url: null }
  dateLabel: string
  members: { article: Link; outlet: string; published: string; href: string | null; pieces: DiffPiece[]; reference: boolean }[]
}

export function articleItem(cat: Catalog, id: string): ArticleItem {
  const r = cat.record.get(id)!
  const o = cat.outletOf.get(id)!
  const quotes = (cat.byArticle.get(id) ?? []).filter((s) => s.kind !== 'claim').length
  return {
    title: cat.articleTitle.get(id)!,
    url: cat.articleUrl.get(id)!,
    outlet: { label: o.name, url: o.url },
    published: displayDay(r.date?.value),
    quotesLabel: count(quotes, 'quote'),
  }
}

/** An article as person and family pages list it. */
export interface ArticleLine {
  label: string
  url: string
  outlet: string
  published: string
}

const lineCache = new WeakMap<Catalog, Map<string, ArticleLine>>()

/** One object per article, shared by the pages listing it (and standing in their keys as one digest, see `sharedDigest`). */
export function articleLine(cat: Catalog, id: string): ArticleLine {
  let lines = lineCache.get(cat)
  if (!lines) lineCache.set(cat, (lines = new Map()))
  let line = lines.get(id)
  if (!line) {
    line = {
      label: cat.articleTitle.get(id)!,
      url: cat.articleUrl.get(id)!,
      outlet: cat.outletOf.get(id)!.name,
      published: displayDay(cat.record.get(id)!.date?.value),
    }
    lines.set(id, line)
  }
  return line
}

const dayCache = new WeakMap<Catalog, Map<string, string>>()

/** Articles by date, undated last. Each article's day is read once per catalog, not at every comparison. */
export function byDate(cat: Catalog, ids: string[]): string[] {
  let days = dayCache.get(cat)
  if (!days) {
    days = new Map(cat.records.map((r) => [r.id, isoDay(r.date?.value) ?? '9999-99-99']))
    dayCache.set(cat, days)
  }
  const day = days
  return [...new Set(ids)].filter((id) => day.has(id)).sort((a, b) => (day.get(a)! < day.get(b)! ? -1 : day.get(a)! > day.get(b)! ? 1 : 0))
}

const alignmentOrder = new WeakMap<Catalog, Map<Alignment, number>>()

/**
 * Comparisons between two of `ids`, in corpus order: found through each
 * article's own alignments (a scan of every alignment per topic, story and
 * outlet grew with both counts).
 */
function comparesAmong(cat: Catalog, ids: string[]): Link[] {
  let order = alignmentOrder.get(cat)
  if (!order) {
    order = new Map(cat.corpus.alignments.map((al, i) => [al, i]))
    alignmentOrder.set(cat, order)
  }
  const set = new Set(ids)
  const index = articleIndex(cat)
  const found = new Set<Alignment>()
  for (const id of set) for (const al of index.alignments.get(id) ?? []) if (set.has(al.a) && set.has(al.b)) found.add(al)
  const out: Link[] = []
  const listed = new Set<string>()
  for (const al of [...found].sort((x, y) => order.get(x)! - order.get(y)!)) {
    const url = cat.compareUrl.get(pairKey(al.a, al.b))
    if (!url || listed.has(url)) continue
    listed.add(url)
    out.push({ label: `${cat.articleTitle.get(al.a)} ↔ ${cat.articleTitle.get(al.b)}`, url })
  }
  return out
}

type GroupBase = Omit<PageBase, 'jsonLd' | 'scripts' | 'path'> & {
  kindLabel: string
  heading: string
  dateLabel: string | null
  timelineUrl: string | null
  related: Link[]
}

/**
 * Everything a topic, story or outlet page takes from the catalog but its
 * articles' statements. The page is `groupView(cat, context)`; `groupKey`
 * decides whether it changed without building it.
 */
export interface GroupContext {
  base: GroupBase
  /** Its articles by date (see `byDate`). */
  ids: string[]
  /** Which of their statements the page lists: `keep`, as the key names it (`shows`). */
  keep: (s: StatementView) => boolean
  shows: string
  compares: Link[]
}

function groupContext(cat: Catalog, base: GroupBase, articleIds: string[], keep: GroupContext['keep'], shows: string): GroupContext {
  const ids = byDate(cat, articleIds)
  return { base, ids, keep, shows, compares: comparesAmong(cat, ids).slice(-30) }
}

/**
 * The page's key: its context with, for each article, the digest of its
 * statements (which covers its title and address, see
 * `Catalog#statementInputs`) and its outlet; null when one has no digest.
 */
export function groupKey(cat: Catalog, context: GroupContext, statementsOf: (articleId: string) => string | undefined): unknown {
  const articles: [string, string, string][] = []
  for (const id of context.ids) {
    const d = statementsOf(id)
    if (!d) return null
    const o = cat.outletOf.get(id)!
    articles.push([d, o.name, o.url])
  }
  const { keep: _, ...key } = context
  return { ...key, articles }
}

export function groupView(cat: Catalog, context: GroupContext): GroupView {
  const { base, ids, keep } = context
  const statements = ids
    .map((id) => ({
      article: { label: cat.articleTitle.get(id)!, url: cat.articleUrl.get(id)! },
      outlet: cat.outletOf.get(id)!.name,
      items: (cat.byArticle.get(id) ?? []).filter((s) => keep(s) && !(s.kind === 'claim' && s.statementId !== s.localId)),
    }))
    .filter((g) => g.items.length > 0)
  const flat = statements.flatMap((g) => g.items)
  // Only the latest statements and articles are listed, so the page stays light; the timeline has the rest.
  const shownGroups: GroupView['statements'] = []
  let shownCount = 0
  for (const g of [...statements].reverse()) {
    if (shownCount >= STATEMENTS_SHOWN) break
    const items = g.items.slice(-(STATEMENTS_SHOWN - shownCount))
    shownGroups.unshift({ ...g, items: items.map(card) })
    shownCount += items.length
  }
  const shownIds = ids.slice(-ARTICLES_SHOWN)
  const notes = [
    shownCount < flat.length ? `the latest ${shownCount} of ${flat.length} statements` : '',
    shownIds.length < ids.length ? `the latest ${shownIds.length} of ${ids.length} articles` : '',
  ].filter(Boolean)
  const bySpeaker = new Map<string, { label: string; url: string; n: number }>()
  for (const s of flat) {
    if (!s.speaker?.url) continue
    const cur = bySpeaker.get(s.speaker.url) ?? { label: s.speaker.name, url: s.speaker.url, n: 0 }
    cur.n++
    bySpeaker.set(s.speaker.url, cur)
  }
  const stances = (['negative', 'neutral', 'positive'] as const)
    .map((st) => ({ stance: st, label: st[0]!.toUpperCase() + st.slice(1), n: flat.filter((s) => s.stance === st).length }))
    .filter((x) => x.n > 0)
  return {
    ...base,
    path: pagePath(base.url),
    jsonLd: collectionJsonLd(cat.publicUrl, base.heading, flat),
    scripts: [],
    summary: `${count(ids.length, 'article')}, ${count(flat.length, 'statement')}`,
    articles: shownIds.map((id) => articleItem(cat, id)),
    speakers: [...bySpeaker.values()].sort((a, b) => b.n - a.n).slice(0, 30).map((s) => ({ label: s.label, url: s.url, note: count(s.n, 'statement') })),
    statements: shownGroups,
    compares: context.compares,
    stances,
    shownNote: notes.length ? `Showing ${notes.join(' and ')}.` : null,
  }
}

/** The topic, story and outlet pages, in site order. */
export function groupContexts(cat: Catalog): GroupContext[] {
  return [...topicGroups(cat), ...storyGroups(cat), ...outletGroups(cat)]
}

function topicGroups(cat: Catalog): GroupContext[] {
  return [...cat.topic.values()].map((t) =>
    groupContext(
      cat,
      {
        url: t.url,
        title: `Topic: ${t.label}`,
        description: `How the corpus covers ${t.label}: articles, statements and stances.`,
        section: 'topics',
        crumbs: [{ label: 'Topics', url: '/topics/' }],
        kindLabel: 'Topic',
        heading: t.label,
        dateLabel: t.date ? displayDay(t.date) : null,
        // The topic's timeline page exists when one of its articles is in the corpus.
        timelineUrl: t.articles.some((a) => cat.record.has(a)) ? `/timeline/topic/${t.slug}/` : null,
        related: cat.corpus.stories.filter((s) => sharesArticle(s.articles, t.articles)).map((s) => ({ label: s.label, url: cat.storyUrl.get(s.id)! })),
      },
      t.articles,
      (s) => s.topicIds.includes(t.id),
      `statements on topic ${t.id}`,
    ),
  )
}

function storyGroups(cat: Catalog): GroupContext[] {
  return cat.corpus.stories.map((st) => {
    const url = cat.storyUrl.get(st.id)!
    return groupContext(
      cat,
      {
        url,
        title: `Story: ${st.label}`,
        description: `Every report of ${st.label}, side by side.`,
        section: 'home',
        crumbs: [{ label: 'Stories', url: '/stories/' }],
        kindLabel: 'Story',
        heading: st.label,
        dateLabel: st.date ? displayDay(st.date) : null,
        timelineUrl: null,
        related: [...cat.topic.values()].filter((t) => sharesArticle(t.articles, st.articles)).map((t) => ({ label: t.label, url: t.url })),
      },
      st.articles,
      (s) => !s.ownVoice,
      'statements not in the outlet\'s own voice',
    )
  })
}

function outletGroups(cat: Catalog): GroupContext[] {
  return [...cat.outlet.values()].map((o) =>
    groupContext(
      cat,
      {
        url: o.url,
        title: `Outlet: ${o.name}`,
        description: `What ${o.name} reported, who it quoted, and how.`,
        section: 'outlets',
        crumbs: [{ label: 'Outlets', url: '/outlets/' }],
        kindLabel: 'Outlet',
        heading: o.name,
        dateLabel: null,
        timelineUrl: `/timeline/outlet/${o.slug}/`,
        related: [...cat.topic.values()].filter((t) => sharesArticle(t.articles, o.articles)).map((t) => ({ label: t.label, url: t.url })),
      },
      o.articles,
      () => true,
      'all statements',
    ),
  )
}

const setCache = new WeakMap<string[], Set<string>>()

/** Whether two article lists share an article; the second list's Set is kept, as it is asked about again and again. */
function sharesArticle(articles: string[], other: string[]): boolean {
  let set = setCache.get(other)
  if (!set) setCache.set(other, (set = new Set(other)))
  return articles.some((a) => set.has(a))
}

const speakerCache = new WeakMap<Catalog, { id: Map<string, number>; name: Map<string, number>; list: (CorpusEntity & { kind: 'person' | 'organization' })[] }>()

/** The first entity, in catalog order, whose id or name is `speaker`: the same answer as a scan, from two maps. */
function speakerEntity(cat: Catalog, speaker: string) {
  let known = speakerCache.get(cat)
  if (!known) {
    known = { id: new Map(), name: new Map(), list: [...cat.entity.values()] }
    known.list.forEach((e, i) => {
      if (!known!.id.has(e.id)) known!.id.set(e.id, i)
      if (!known!.name.has(e.name)) known!.name.set(e.name, i)
    })
    speakerCache.set(cat, known)
  }
  const at = Math.min(known.id.get(speaker) ?? Infinity, known.name.get(speaker) ?? Infinity)
  return Number.isFinite(at) ? known.list[at] : undefined
}

/**
 * Everything a family page takes from the corpus: the family, its speaker,
 * and each member's statement and outlet. The page is `familyView(context)`;
 * `familyKey` names the statements by what determines them.
 */
export interface FamilyContext {
  url: string
  family: Family
  members: Family['members']
  /** Not part of the key: each member's article's digest determines them. */
  found: (StatementView | undefined)[]
  speaker: Link | { label: string; url: null }
  articles: ArticleLine[]
}

export function familyContext(cat: Catalog, f: Family): FamilyContext {
  const members = f.members.filter((m) => cat.record.has(m.article))
  const entity = speakerEntity(cat, f.speaker)
  return {
    url: cat.familyUrl.get(f.id)!,
    family: f,
    members,
    // Each member's statement, looked up once for the JSON-LD and the link.
    found: members.map((m) => findStatement(cat, m.quote, m.article)),
    speaker: entity ? { label: entity.name, url: cat.entityUrl.get(entity.id)! } : { label: f.speaker, url: null },
    articles: members.map((m) => articleLine(cat, m.article)),
  }
}

/**
 * The page's key: its context with each statement named by its key and its
 * article's digest; null when one has none or is elsewhere. The members
 * shown are in it once (not again inside the family), each article line as
 * its digest.
 */
export function familyKey(context: FamilyContext, statementsOf: (articleId: string) => string | undefined): unknown {
  const found: Array<[string, string] | null> = []
  for (const [i, s] of context.found.entries()) {
    if (!s) {
      found.push(null)
      continue
    }
    const d = s.articleId === context.members[i]!.article ? statementsOf(s.articleId) : undefined
    if (!d) return null
    found.push([d, s.key])
  }
  return { ...context, family: { ...context.family, members: null }, articles: context.articles.map(sharedDigest), found }
}

/** The family page, from its context alone (`publicUrl` is the same for every page). */
export function familyView(context: FamilyContext, publicUrl: Catalog['publicUrl']): FamilyView {
  const { url, members, found, speaker } = context
  const reference = members[0]?.text ?? ''
  const speakerName = speaker.label
  return {
    path: pagePath(url),
    url,
    title: `${speakerName}: one statement, ${count(members.length, 'report')}`,
    description: excerpt(`${speakerName}: “${reference}”`),
    jsonLd: collectionJsonLd(publicUrl, `Reports of one statement by ${speakerName}`, found.filter((s): s is StatementView => s !== undefined)),
    section: 'people',
    crumbs: [{ label: 'Statement families', url: '/families/' }],
    scripts: [],
    speaker,
    dateLabel: displayDay(context.family.date),
    members: members.map((m, i) => {
      const s = found[i]
      const { label, url: articleUrl, outlet, published } = context.articles[i]!
      return {
        article: { label, url: articleUrl },
        outlet,
        published,
        href: s?.href ?? null,
        pieces: i === 0 ? [{ text: m.text, changed: false }] : diffWords(reference, m.text),
        reference: i === 0,
      }
    }),
  }
}
