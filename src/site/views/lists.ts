/** The home page and the index pages (articles, topics, stories, outlets, families), plus search, data and 404. */
import type { Catalog, Link } from '../catalog.ts'
import { count, dayRange, displayDay, excerpt, isoDay } from '../format.ts'
import { embedJson } from '../jsonld.ts'
import { articleItem, byDate, type ArticleItem } from './collections.ts'
import type { PageBase } from './page.ts'
import { INDEX_BREAKS, stablePaginate, type Pager } from './paging.ts'

export interface ListView extends PageBase {
  intro: string
  items: { label: string; url: string; note: string }[]
  pager: Pager | null
}

export interface ArticlesIndexView extends PageBase {
  articles: ArticleItem[]
  pager: Pager | null
}

export interface HomeView extends PageBase {
  figures: { value: string; label: string }[]
  span: string | null
  stories: { label: string; url: string; note: string; articles: ArticleItem[] }[]
  compares: Link[]
  people: (Link & { note: string })[]
  topics: (Link & { note: string })[]
  latest: ArticleItem[]
}

export type SimpleView = PageBase & { intro: string }

function collection(name: string): string {
  return embedJson({ '@context': 'https://schema.org', '@type': 'CollectionPage', name })
}

function base(url: string, title: string, description: string, section: PageBase['section']): PageBase {
  return { path: `${url.slice(1)}index.html`, url, title, description, jsonLd: collection(title), section, crumbs: [], scripts: [] }
}

export function homeView(cat: Catalog): HomeView {
  const statements = [...cat.statements.values()]
  const quotes = statements.filter((s) => s.kind !== 'claim').length
  const claims = statements.length - quotes
  const days = cat.records.map((r) => isoDay(r.date?.value)).filter((d): d is string => d !== null).sort()
  // Quotes per speaker, counted in one pass (a scan of every statement per person was quadratic).
  const quoteCount = new Map<string, number>()
  for (const s of statements) if (s.kind !== 'claim' && s.speakerEntity) quoteCount.set(s.speakerEntity, (quoteCount.get(s.speakerEntity) ?? 0) + 1)
  const words = (id: string) => quoteCount.get(id) ?? 0
  const people = [...cat.entity.values()]
    .filter((e) => e.kind === 'person')
    .map((e) => ({ label: e.name, url: cat.entityUrl.get(e.id)!, n: words(e.id), a: e.articles.length }))
    .sort((a, b) => b.n - a.n || b.a - a.a || a.label.localeCompare(b.label, 'en'))
    .slice(0, 12)
    .map((p) => ({ label: p.label, url: p.url, note: `${count(p.n, 'quote')} · ${count(p.a, 'article')}` }))
  const topics = [...cat.topic.values()]
    .sort((a, b) => b.articles.length - a.articles.length || a.label.localeCompare(b.label, 'en'))
    .slice(0, 16)
    .map((t) => ({ label: t.label, url: t.url, note: count(t.articles.length, 'article') }))
  const latest = byDate(cat, cat.records.map((r) => r.id)).reverse().slice(0, 8).map((id) => articleItem(cat, id))
  const stories = cat.corpus.stories.slice(0, 8).map((s) => ({
    label: s.label,
    url: cat.storyUrl.get(s.id)!,
    note: `${count(s.articles.length, 'report')}${s.date ? ` · ${displayDay(s.date)}` : ''}`,
    articles: byDate(cat, s.articles).slice(0, 4).map((id) => articleItem(cat, id)),
  }))
  const compares = [...cat.compareUrl.entries()].slice(0, 6).map(([key, url]) => {
    const [a, b] = key.split('\u0000') as [string, string]
    return { label: `${cat.articleTitle.get(a)} ↔ ${cat.articleTitle.get(b)}`, url }
  })
  return {
    ...base('/', 'newscompare', 'Who said what, when, and how each outlet reported it.', 'home'),
    path: 'index.html',
    figures: [
      { value: String(cat.records.length), label: cat.records.length === 1 ? 'article' : 'articles' },
      { value: String(cat.outlet.size), label: cat.outlet.size === 1 ? 'outlet' : 'outlets' },
      { value: String(cat.corpus.people.length), label: cat.corpus.people.length === 1 ? 'person' : 'people' },
      { value: String(quotes), label: quotes === 1 ? 'quote' : 'quotes' },
      { value: String(claims), label: claims === 1 ? 'claim' : 'claims' },
      { value: String(cat.topic.size), label: cat.topic.size === 1 ? 'topic' : 'topics' },
      { value: String(cat.compareUrl.size), label: cat.compareUrl.size === 1 ? 'compared pair' : 'compared pairs' },
    ],
    span: days.length ? (days[0] === days[days.length - 1] ? displayDay(days[0]) : `${displayDay(days[0])} – ${displayDay(days[days.length - 1])}`) : null,
    stories,
    compares,
    people,
    topics,
    latest,
  }
}

export function articlesIndex(cat: Catalog): ArticlesIndexView[] {
  // Newest first, then the undated ones (byDate puts those last).
  const sorted = byDate(cat, cat.records.map((r) => r.id))
  const day = new Map(cat.records.map((r) => [r.id, isoDay(r.date?.value)]))
  const undated = sorted.findIndex((id) => day.get(id) === null)
  const all = undated === -1 ? sorted.reverse() : [...sorted.slice(0, undated).reverse(), ...sorted.slice(undated)]
  const head = base('/articles/', 'Articles', 'Every article in the corpus, newest first.', 'articles')
  return stablePaginate(
    all,
    head,
    INDEX_BREAKS,
    (id) => id,
    (first) => day.get(first) ?? 'undated',
    (part) => {
      const newest = day.get(part[0]!)
      const oldest = day.get(part[part.length - 1]!)
      return newest ? dayRange(oldest ?? newest, newest) : 'Undated'
    },
    (part, page, pager) => ({ ...page, articles: part.map((id) => articleItem(cat, id)), pager }),
  )
}

export function listViews(cat: Catalog): ListView[] {
  const topics: Omit<ListView, 'pager'> = {
    ...base('/topics/', 'Topics', 'Subjects the articles share, and how each is covered.', 'topics'),
    intro: 'Subjects found across the articles. Each topic page gathers the statements about it.',
    items: [...cat.topic.values()]
      .sort((a, b) => a.label.localeCompare(b.label, 'en'))
      .map((t) => ({ label: t.label, url: t.url, note: count(t.articles.length, 'article') })),
  }
  const outlets: Omit<ListView, 'pager'> = {
    ...base('/outlets/', 'Outlets', 'The news outlets in the corpus.', 'outlets'),
    intro: 'Every outlet whose articles are in the corpus.',
    items: [...cat.outlet.values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((o) => ({ label: o.name, url: o.url, note: count(o.articles.length, 'article') })),
  }
  const stories: Omit<ListView, 'pager'> = {
    ...base('/stories/', 'Stories', 'Events reported by more than one article.', 'home'),
    intro: 'A story gathers the articles that report the same event.',
    items: cat.corpus.stories.map((s) => ({
      label: s.label,
      url: cat.storyUrl.get(s.id)!,
      note: `${count(s.articles.length, 'article')}${s.date ? ` · ${displayDay(s.date)}` : ''}`,
    })),
  }
  const families: Omit<ListView, 'pager'> = {
    ...base('/families/', 'Statement families', 'One statement as different outlets worded it.', 'people'),
    intro: 'When several articles report the same statement, their wordings are compared side by side.',
    items: cat.corpus.families.map((f) => ({
      label: `${cat.entity.get(f.speaker)?.name ?? f.speaker}: “${excerpt(f.members[0]?.text ?? '', 90)}”`,
      url: cat.familyUrl.get(f.id)!,
      note: count(f.members.length, 'report'),
    })),
  }
  return [topics, outlets, stories, families].flatMap((list) =>
    stablePaginate(list.items, list, INDEX_BREAKS, (i) => i.url, (first) => lastSegment(first.url), labelRange, (items, page, pager) => ({
      ...page,
      intro: list.intro,
      items,
      pager,
    })),
  )
}

/** The last path segment of a page URL: a slug, unique in its folder. */
export function lastSegment(url: string): string {
  return url.split('/').filter(Boolean).pop() ?? ''
}

/** "Abel – Brandt": what a page of a list sorted by name holds. */
export function labelRange(part: { label: string }[]): string {
  const first = excerpt(part[0]!.label, 40)
  const last = excerpt(part[part.length - 1]!.label, 40)
  return first === last ? first : `${first} – ${last}`
}

export function searchView(): SimpleView {
  return {
    ...base('/search/', 'Search', 'Search every article, person and statement.', 'search'),
    scripts: ['search.js'],
    intro: 'Search needs JavaScript. Without it, browse by person, topic, outlet or the timeline.',
  }
}

export function dataView(): SimpleView {
  return {
    ...base('/data/', 'Data', 'Download the records behind this site.', 'data'),
    intro: 'Everything on this site comes from these files. Offsets are UTF-16 positions into each article’s text.',
  }
}

export function notFoundView(): SimpleView {
  return {
    ...base('/404.html', 'Page not found', 'This page does not exist.', 'other'),
    path: '404.html',
    url: '/404.html',
    intro: 'There is no page at this address. It may have moved when the corpus was rebuilt.',
  }
}
