/**
 * The timeline: one entry per statement or article, grouped by year and month.
 * Filters by person, topic and outlet are pre-rendered pages, so they work
 * without JavaScript; the optional script filters the current page instantly.
 */
import type { Catalog, Link, SpeakerLink, StatementView } from '../catalog.ts'
import { count, displayDay, monthName, parseDay } from '../format.ts'
import { collectionLd, embedJson } from '../jsonld.ts'
import { articleIndex } from './by-article.ts'
import { type PageBase } from './page.ts'
import { chunk, pagerFor, pageUrl, type Pager } from './paging.ts'

/** One entry as the timeline template prints it: only what it prints, as each entry is on four pages (all, person, topic, outlet). */
export interface TimelineEntry {
  kind: 'article' | 'statement'
  date: string | null
  dateLabel: string
  /** Publication date, shown only when it differs from the statement date. */
  publishedLabel: string | null
  text: string
  kindLabel: string
  /** False when the entry before it in the same month has the same date, so the date is not repeated. */
  showDate: boolean
  /** Direct quotes are printed inside quotation marks. */
  direct: boolean
  speaker: SpeakerLink | null
  href: string
  /** The article page (for a statement, the article it is in). */
  articleUrl: string
  outlet: string
  stance: string | null
  stanceLabel: string | null
  /** Space-separated filter keys for the optional script. */
  filterPeople: string
  filterTopics: string
  filterOutlet: string
}

/** An entry while pages are cut: with the catalog key of its statement, for the page's JSON-LD. */
interface KeyedEntry extends TimelineEntry {
  key: string
}

export interface TimelineMonth {
  id: string
  label: string
  entries: TimelineEntry[]
}

export interface TimelineYear {
  id: string
  label: string
  months: TimelineMonth[]
}

export interface FilterOption extends Link {
  key: string
  current: boolean
}

export interface TimelineView extends PageBase {
  heading: string
  filterLabel: string | null
  years: TimelineYear[]
  total: number
  /** "11 entries" */
  totalLabel: string
  /** Links to the pre-rendered filter pages, the busiest first, capped so pages stay light. */
  filterGroups: { label: string; items: FilterOption[]; more: Link | null; open: boolean }[]
  /** Options for the instant filter: only keys that occur on this page. */
  choices: { people: FilterOption[]; topics: FilterOption[]; outlets: FilterOption[] }
  pager: Pager | null
}

/** Entries per page, so a large corpus keeps each page light. */
const PER_PAGE = 80

function lastSegment(url: string): string {
  return url.split('/').filter(Boolean).pop() ?? ''
}

function statementEntry(cat: Catalog, s: StatementView, text: string): KeyedEntry {
  const outlet = cat.outletOf.get(s.articleId)!
  return {
    kind: 'statement',
    key: s.key,
    date: s.date,
    dateLabel: s.dateLabel,
    publishedLabel: s.differsFromPublished ? s.article.publishedLabel : null,
    text,
    kindLabel: s.kindLabel,
    showDate: true,
    direct: s.kind === 'direct',
    speaker: s.speaker,
    href: s.href,
    articleUrl: s.article.url,
    outlet: outlet.name,
    stance: s.stance,
    stanceLabel: s.stanceLabel,
    filterPeople: s.speakerEntity ? lastSegment(cat.entityUrl.get(s.speakerEntity)!) : '',
    filterTopics: s.topics.map((t) => lastSegment(t.url)).join(' '),
    filterOutlet: outlet.slug,
  }
}

/** Every entry of the corpus, oldest first; undated entries last. */
export function timelineEntries(cat: Catalog): KeyedEntry[] {
  const entries: KeyedEntry[] = []
  const byArticle = articleIndex(cat)
  for (const r of cat.records) {
    const outlet = cat.outletOf.get(r.id)!
    const statements = cat.byArticle.get(r.id) ?? []
    const topics = byArticle.topics.get(r.id) ?? []
    const published = statements[0]?.article ?? null
    const day = parseDay(r.date?.value) ? r.date.value : null
    entries.push({
      kind: 'article',
      key: r.id,
      date: day,
      dateLabel: published?.publishedLabel ?? displayDay(day),
      publishedLabel: null,
      text: cat.articleTitle.get(r.id)!,
      kindLabel: 'Article published',
      showDate: true,
      direct: false,
      speaker: null,
      href: cat.articleUrl.get(r.id)!,
      articleUrl: cat.articleUrl.get(r.id)!,
      outlet: outlet.name,
      stance: null,
      stanceLabel: null,
      // Filtering by person shows that person's words, not the articles they appear in.
      filterPeople: '',
      filterTopics: topics.map((t) => t.slug).join(' '),
      filterOutlet: outlet.slug,
    })
    // Quotes split around one cue are one statement: the first piece stands for it, with all words.
    const byStatement = new Map<string, StatementView[]>()
    for (const s of statements) {
      if (s.kind === 'claim' && (s.statementId !== s.localId || s.ownVoice)) continue
      const group = byStatement.get(s.statementId) ?? []
      group.push(s)
      byStatement.set(s.statementId, group)
    }
    for (const group of byStatement.values()) {
      entries.push(statementEntry(cat, group[0]!, group.map((s) => s.text).join(' … ')))
    }
  }
  return entries.sort((x, y) => {
    if (x.date === y.date) return x.kind === y.kind ? 0 : x.kind === 'article' ? -1 : 1
    if (x.date === null) return 1
    if (y.date === null) return -1
    return x.date < y.date ? -1 : 1
  })
}

function group(entries: KeyedEntry[]): TimelineYear[] {
  const years: TimelineYear[] = []
  for (const e of entries) {
    const d = parseDay(e.date)
    const yearId = d ? `y${d.year}` : 'undated'
    const monthId = d ? `m${d.year}-${String(d.month).padStart(2, '0')}` : 'undated-entries'
    let year = years.find((y) => y.id === yearId)
    if (!year) {
      year = { id: yearId, label: d ? String(d.year) : 'Undated', months: [] }
      years.push(year)
    }
    let month = year.months.find((m) => m.id === monthId)
    if (!month) {
      month = { id: monthId, label: d ? `${monthName(d.month)} ${d.year}` : 'Date not known', entries: [] }
      year.months.push(month)
    }
    const previous = month.entries[month.entries.length - 1]
    const { key: _key, ...shown } = e
    month.entries.push({ ...shown, showDate: !previous || previous.date !== e.date || previous.publishedLabel !== e.publishedLabel })
  }
  return years
}

interface FilterDef {
  kind: 'people' | 'topics' | 'outlets'
  key: string
  label: string
  folder: string
  entries: KeyedEntry[]
}

/** Filter links shown per group; the index pages list everything. */
const NAV_MAX = 25
const GROUPS: { kind: FilterDef['kind']; label: string; more: Link }[] = [
  { kind: 'people', label: 'People', more: { label: 'All people', url: '/people/' } },
  { kind: 'topics', label: 'Topics', more: { label: 'All topics', url: '/topics/' } },
  { kind: 'outlets', label: 'Outlets', more: { label: 'All outlets', url: '/outlets/' } },
]

const folder = (kind: 'person' | 'organization') => (kind === 'person' ? 'person' : 'organization')

export function timelineViews(cat: Catalog): TimelineView[] {
  const all = timelineEntries(cat)
  // Entries per filter key, in one pass (a scan of every entry per person, topic and outlet was quadratic).
  const byPerson = new Map<string, KeyedEntry[]>()
  const byTopic = new Map<string, KeyedEntry[]>()
  const byOutlet = new Map<string, KeyedEntry[]>()
  const push = (map: Map<string, KeyedEntry[]>, key: string, e: KeyedEntry) => {
    const list = map.get(key)
    if (list) list.push(e)
    else map.set(key, [e])
  }
  for (const x of all) {
    // Only people with words of their own; an article entry lists its speakers too.
    if (x.kind === 'statement') push(byPerson, x.filterPeople, x)
    for (const slug of new Set(x.filterTopics.split(' '))) push(byTopic, slug, x)
    push(byOutlet, x.filterOutlet, x)
  }
  const defs: FilterDef[] = []
  const add = (kind: FilterDef['kind'], key: string, label: string, folder: string, entries: KeyedEntry[] | undefined) => {
    if (entries?.length) defs.push({ kind, key, label, folder, entries })
  }
  for (const [id, e] of cat.entity) {
    const key = lastSegment(cat.entityUrl.get(id)!)
    add('people', key, e.name, folder(e.kind), byPerson.get(key))
  }
  for (const t of cat.topic.values()) add('topics', t.slug, t.label, 'topic', byTopic.get(t.slug))
  for (const o of cat.outlet.values()) add('outlets', o.slug, o.name, 'outlet', byOutlet.get(o.slug))
  const urlOf = (d: FilterDef) => `/timeline/${d.folder}/${d.key}/`
  const option = (d: FilterDef, current: FilterDef | null): FilterOption => ({ key: d.key, label: d.label, url: urlOf(d), current: d === current })
  // Each group ranked once, the busiest first (a stable sort, so ties keep corpus order).
  const ranked = new Map(GROUPS.map((g) => [g.kind, defs.filter((d) => d.kind === g.kind).sort((a, b) => b.entries.length - a.entries.length)]))
  const navGroups = (current: FilterDef | null) =>
    GROUPS.map((g) => {
      const all = ranked.get(g.kind)!
      const shown = all.slice(0, NAV_MAX)
      if (current && current.kind === g.kind && !shown.includes(current)) shown.push(current)
      // Shown in label order: the busiest decide who is shown, but a count changing by one (an article
      // added) must not reorder the list, or every timeline page would change and be rendered again.
      shown.sort((a, b) => labelRank.get(a)! - labelRank.get(b)!)
      return {
        label: g.label,
        items: shown.map((d) => option(d, current)),
        more: all.length > shown.length ? g.more : null,
        // Closed by default so the timeline comes first on a phone; the current filter's group stays open.
        open: current?.kind === g.kind,
      }
    }).filter((g) => g.items.length > 0)
  // The filters each entry belongs to, so a page's choices come from its own entries only.
  const order = new Map(defs.map((d, i) => [d, i]))
  const defsOf = new Map<KeyedEntry, FilterDef[]>()
  for (const d of defs) {
    for (const e of d.entries) {
      const list = defsOf.get(e)
      if (list) list.push(d)
      else defsOf.set(e, [d])
    }
  }
  // Every filter ranked by label once (a collator sort per page was most of the timeline views' time);
  // ties keep corpus order, as the stable per-page sort of corpus-ordered filters did.
  const byLabel = new Intl.Collator('en').compare
  const labelRank = new Map([...defs].sort((a, b) => byLabel(a.label, b.label) || order.get(a)! - order.get(b)!).map((d, i) => [d, i]))
  const choices = (part: KeyedEntry[]) => {
    const on = new Set<FilterDef>()
    for (const e of part) for (const d of defsOf.get(e) ?? []) on.add(d)
    const touched = [...on].sort((a, b) => labelRank.get(a)! - labelRank.get(b)!)
    const pick = (kind: FilterDef['kind']) => touched.filter((d) => d.kind === kind).map((d) => option(d, null))
    return { people: pick('people'), topics: pick('topics'), outlets: pick('outlets') }
  }

  const views: TimelineView[] = []
  const paged = (base: string, entries: KeyedEntry[], current: FilterDef | null) => {
    const chunks = chunk(entries, PER_PAGE)
    chunks.forEach((part, i) => {
      const url = pageUrl(base, i)
      const heading = current ? `Timeline: ${current.label}` : 'Timeline'
      views.push({
        path: `${url.slice(1)}index.html`,
        url,
        title: chunks.length > 1 ? `${heading} (page ${i + 1} of ${chunks.length})` : heading,
        description: current
          ? `Statements and articles about ${current.label}, in date order.`
          : 'Every statement and article in the corpus, in date order.',
        jsonLd: embedJson(collectionLd(cat, heading, part.flatMap((e) => (e.kind === 'statement' ? [cat.statements.get(e.key)!] : [])))),
        section: 'timeline',
        crumbs: current ? [{ label: 'Timeline', url: '/timeline/' }] : [],
        scripts: ['timeline.js'],
        heading,
        filterLabel: current?.label ?? null,
        years: group(part),
        total: entries.length,
        totalLabel: count(entries.length, 'entry', 'entries'),
        filterGroups: navGroups(current),
        choices: choices(part),
        pager: pagerFor(base, i, chunks.length),
      })
    })
  }
  paged('/timeline/', all, null)
  for (const d of defs) paged(urlOf(d), d.entries, d)
  return views
}
