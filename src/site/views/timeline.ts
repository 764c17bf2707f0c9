/**
 * The timeline: one entry per statement or article, grouped by year and month.
 * Filters by person, topic and outlet are pre-rendered pages, so they work
 * without JavaScript; the optional script filters the current page instantly.
 */
import type { Catalog, Link, SpeakerLink, StatementView } from '../catalog.ts'
import { count, dayRange, displayDay, monthName, parseDay } from '../format.ts'
import { collectionJsonLd } from '../jsonld.ts'
import { articleIndex } from './by-article.ts'
import { type PageBase, type PageJudge } from './page.ts'
import { digest, sharedDigest } from '../reuse.ts'
import { stableChunks, stablePager, stableUrls, type Pager } from './paging.ts'

/**
 * One entry as the timeline template prints it: only what it prints, as each
 * entry is on up to four timelines (all, person, topic, outlet) and every
 * page's view is hashed. Empty fields are left out (Nunjucks prints nothing
 * for them), as most entries have no stance, publication note or repeat.
 */
export interface TimelineEntry {
  kind: 'article' | 'statement'
  date?: string
  dateLabel: string
  /** Publication date, shown only when it differs from the statement date. */
  publishedLabel?: string
  text: string
  kindLabel: string
  /** Set when the entry before it in the same month has the same date, so the date is not repeated. */
  repeat?: true
  /** Direct quotes are printed inside quotation marks. */
  direct?: true
  /** Who spoke (statements only; left out when unattributed). */
  speaker?: SpeakerLink
  href: string
  /** The article page (statements only: an article entry's `href` is its page). */
  articleUrl?: string
  outlet: string
  stance?: string
  stanceLabel?: string
  /** Space-separated filter keys for the optional script. */
  filterPeople?: string
  filterTopics?: string
  filterOutlet: string
}

/** An entry while pages are cut: with the catalog key of its statement (for the page's JSON-LD and page breaks) and its weight in bytes. */
interface KeyedEntry {
  key: string
  /** The article it comes from. */
  article: string
  entry: TimelineEntry
  weight: number
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

export interface FilterOption {
  key: string
  label: string
}

export interface FilterLink extends Link {
  /** Set on the link to the timeline being shown. */
  current?: true
}

export interface TimelineView extends PageBase {
  heading: string
  filterLabel: string | null
  years: TimelineYear[]
  /** "11 entries": on the first page only, so an entry added elsewhere leaves the other pages as they were. */
  totalLabel: string | null
  /** The dates this page covers, "3–9 November 2019" (every page but a lone one). */
  rangeLabel: string | null
  /** First page of a long timeline: for each year, the page where each month starts. */
  months: { year: string; items: Link[] }[] | null
  /** Where the month index is, on the later pages of a long timeline. */
  startUrl: string | null
  /** Links to the pre-rendered filter pages, the busiest first, capped so pages stay light. */
  filterGroups: { label: string; items: FilterLink[]; more: Link | null; open: boolean }[]
  /** Options for the instant filter: only keys that occur on this page. */
  choices: { people: FilterOption[]; topics: FilterOption[]; outlets: FilterOption[] }
  pager: Pager | null
}

/**
 * Where timeline pages end (see `stableChunks`), by the estimated bytes of
 * their entries: about one entry in 80 ends a page once it holds 16 KB, and
 * none holds over 72 KB, so a page stays under 100 KB with the filters, the
 * JSON-LD and, on the first page, the month index (together under 20 KB on
 * the 4,000-article bench, whose heaviest page came to 85 KB). The low minimum is
 * what keeps a change local: a break counts only once a page holds the
 * minimum, so with a high one (38 KB) a page moved by an added article moved
 * the next breaks too, twenty pages on through a busy week of that bench.
 */
const BREAKS = { min: 16_000, target: 64_000, max: 72_000, every: 80 }

/** Bytes an entry adds to a page: its markup (measured on the bench: about 700 bytes for a statement, 450 for an article) plus what it prints (text in UTF-8). */
function weightOf(e: TimelineEntry): number {
  return (
    (e.kind === 'statement' ? 700 : 450) +
    Buffer.byteLength(e.text) +
    2 * e.href.length +
    (e.articleUrl ? e.articleUrl.length + (e.speaker?.url?.length ?? 0) + (e.speaker?.name.length ?? 0) : 0) +
    e.outlet.length +
    (e.filterPeople?.length ?? 0) +
    (e.filterTopics?.length ?? 0) +
    e.filterOutlet.length
  )
}

function lastSegment(url: string): string {
  return url.split('/').filter(Boolean).pop() ?? ''
}

function keyed(key: string, article: string, entry: TimelineEntry): KeyedEntry {
  return { key, article, entry, weight: weightOf(entry) }
}

/** `lastSegment`, remembered per address: entries ask for the same few thousand speakers and topics again and again. */
function segmentsOf(): (url: string) => string {
  const known = new Map<string, string>()
  return (url) => {
    let segment = known.get(url)
    if (segment === undefined) known.set(url, (segment = lastSegment(url)))
    return segment
  }
}

function statementEntry(cat: Catalog, s: StatementView, text: string, segment: (url: string) => string): KeyedEntry {
  const outlet = cat.outletOf.get(s.articleId)!
  const e: TimelineEntry = { kind: 'statement', dateLabel: s.dateLabel, text, kindLabel: s.kindLabel, href: s.href, articleUrl: s.article.url, outlet: outlet.name, filterOutlet: outlet.slug }
  if (s.date) e.date = s.date
  if (s.differsFromPublished) e.publishedLabel = s.article.publishedLabel
  if (s.kind === 'direct') e.direct = true
  if (s.speaker) e.speaker = s.speaker
  if (s.stance) {
    e.stance = s.stance
    e.stanceLabel = s.stanceLabel!
  }
  if (s.speakerEntity) e.filterPeople = segment(cat.entityUrl.get(s.speakerEntity)!)
  if (s.topics.length) e.filterTopics = s.topics.map((t) => segment(t.url)).join(' ')
  return keyed(s.key, s.articleId, e)
}

/** Every entry of the corpus, oldest first; undated entries last. */
export function timelineEntries(cat: Catalog): KeyedEntry[] {
  const entries: KeyedEntry[] = []
  const byArticle = articleIndex(cat)
  const segment = segmentsOf()
  for (const r of cat.records) {
    const outlet = cat.outletOf.get(r.id)!
    const statements = cat.byArticle.get(r.id) ?? []
    const topics = byArticle.topics.get(r.id) ?? []
    const published = statements[0]?.article ?? null
    const day = parseDay(r.date?.value) ? r.date.value : null
    const url = cat.articleUrl.get(r.id)!
    const article: TimelineEntry = {
      kind: 'article',
      dateLabel: published?.publishedLabel ?? displayDay(day),
      text: cat.articleTitle.get(r.id)!,
      kindLabel: 'Article published',
      href: url,
      outlet: outlet.name,
      // Filtering by person shows that person's words, not the articles they appear in.
      filterOutlet: outlet.slug,
    }
    if (day) article.date = day
    if (topics.length) article.filterTopics = topics.map((t) => t.slug).join(' ')
    entries.push(keyed(r.id, r.id, article))
    // Quotes split around one cue are one statement: the first piece stands for it, with all words.
    const byStatement = new Map<string, StatementView[]>()
    for (const s of statements) {
      if (s.kind === 'claim' && (s.statementId !== s.localId || s.ownVoice)) continue
      const group = byStatement.get(s.statementId)
      if (group) group.push(s)
      else byStatement.set(s.statementId, [s])
    }
    for (const group of byStatement.values()) {
      entries.push(statementEntry(cat, group[0]!, group.length === 1 ? group[0]!.text : group.map((s) => s.text).join(' … '), segment))
    }
  }
  return entries.sort((x, y) => {
    const a = x.entry.date
    const b = y.entry.date
    if (a === b) return x.entry.kind === y.entry.kind ? 0 : x.entry.kind === 'article' ? -1 : 1
    if (a === undefined) return 1
    if (b === undefined) return -1
    return a < b ? -1 : 1
  })
}

function group(entries: KeyedEntry[]): TimelineYear[] {
  const years: TimelineYear[] = []
  let year: TimelineYear | undefined
  let month: TimelineMonth | undefined
  let previous: TimelineEntry | undefined
  for (const { entry: e } of entries) {
    // Entries come in date order, so a new month or year is always the last one opened. An entry's
    // date is a checked YYYY-MM-DD (see timelineEntries), so its year and month are read by position.
    const d = e.date
    const yearId = d ? `y${d.slice(0, 4)}` : 'undated'
    const monthId = d ? `m${d.slice(0, 7)}` : 'undated-entries'
    if (year?.id !== yearId) {
      year = { id: yearId, label: d ? d.slice(0, 4) : 'Undated', months: [] }
      years.push(year)
      month = undefined
    }
    if (month?.id !== monthId) {
      month = { id: monthId, label: d ? `${monthName(Number(d.slice(5, 7)))} ${d.slice(0, 4)}` : 'Date not known', entries: [] }
      year.months.push(month)
      previous = undefined
    }
    const repeat = previous !== undefined && previous.date === e.date && previous.publishedLabel === e.publishedLabel
    month.entries.push(repeat ? { ...e, repeat: true } : e)
    previous = e
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

const NO_RANKS: number[] = []

/** Filter links shown per group; the index pages list everything. */
const NAV_MAX = 25
const GROUPS: { kind: FilterDef['kind']; label: string; more: Link }[] = [
  { kind: 'people', label: 'People', more: { label: 'All people', url: '/people/' } },
  { kind: 'topics', label: 'Topics', more: { label: 'All topics', url: '/topics/' } },
  { kind: 'outlets', label: 'Outlets', more: { label: 'All outlets', url: '/outlets/' } },
]

const folder = (kind: 'person' | 'organization') => (kind === 'person' ? 'person' : 'organization')

/** For each year, the page holding the first entry of each of its months. */
function monthIndex(pages: KeyedEntry[][], urls: string[]): TimelineView['months'] {
  const years: { year: string; items: Link[] }[] = []
  let last = ''
  pages.forEach((page, i) => {
    for (const { entry } of page) {
      // An entry's date is a checked day (see timelineEntries): only a new month's is read.
      const id = entry.date ? entry.date.slice(0, 7) : 'undated'
      if (id === last) continue
      last = id
      const d = entry.date ? parseDay(entry.date) : null
      const year = d ? String(d.year) : 'Undated'
      if (years[years.length - 1]?.year !== year) years.push({ year, items: [] })
      const label = d ? monthName(d.month) : 'Date not known'
      years[years.length - 1]!.items.push({ label, url: `${urls[i]}#${d ? `m${id}` : 'undated-entries'}` })
    }
  })
  return years
}

/**
 * A page's entries for its key: each run of entries from one article as that
 * article's entry digest followed by their keys (an article's entries mostly
 * come together, and its digest was written out for each); null when an
 * article has no digest.
 */
function entryKeys(part: KeyedEntry[], entryDigest: (article: string) => string | null): string[][] | null {
  const runs: string[][] = []
  let run: string[] | null = null
  let article: string | null = null
  for (const e of part) {
    if (e.article !== article) {
      const d = entryDigest(e.article)
      if (d === null) return null
      article = e.article
      runs.push((run = [d]))
    }
    run!.push(e.key)
  }
  return runs
}

/**
 * The timeline pages to render (as `judge` says). When `statementsOf` gives
 * the statements of every article on a page a key, the page is judged before
 * it is made, by that key, what the catalog gives each entry (`entryDigest`)
 * and the page's frame.
 */
export function timelineViews(
  cat: Catalog,
  judge: PageJudge<TimelineView>,
  statementsOf: (articleId: string) => unknown,
): TimelineView[] {
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
    if (x.entry.kind === 'statement' && x.entry.filterPeople) push(byPerson, x.entry.filterPeople, x)
    if (x.entry.filterTopics) for (const slug of new Set(x.entry.filterTopics.split(' '))) push(byTopic, slug, x)
    push(byOutlet, x.entry.filterOutlet, x)
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
  // Every filter ranked by label once (a collator sort per page was most of the timeline views' time);
  // ties keep corpus order, as the stable per-page sort of corpus-ordered filters did.
  const byLabel = new Intl.Collator('en').compare
  const order = new Map(defs.map((d, i) => [d, i]))
  const labelRank = new Map([...defs].sort((a, b) => byLabel(a.label, b.label) || order.get(a)! - order.get(b)!).map((d, i) => [d, i]))
  // Each group ranked once, the busiest first (a stable sort, so ties keep corpus order).
  const ranked = new Map(GROUPS.map((g) => [g.kind, defs.filter((d) => d.kind === g.kind).sort((a, b) => b.entries.length - a.entries.length)]))
  const link = (d: FilterDef): FilterLink => ({ label: d.label, url: urlOf(d) })
  const shared = new Map(GROUPS.map((g) => [g.kind, ranked.get(g.kind)!.slice(0, NAV_MAX)]))
  type NavGroup = TimelineView['filterGroups'][number]
  const navGroup = (g: (typeof GROUPS)[number], current: FilterDef | null): NavGroup => {
    const shown = [...shared.get(g.kind)!]
    if (current && current.kind === g.kind && !shown.includes(current)) shown.push(current)
    // Shown in label order: the busiest decide who is shown, but a count changing by one (an article
    // added) must not reorder the list, or every timeline page would change and be rendered again.
    shown.sort((a, b) => labelRank.get(a)! - labelRank.get(b)!)
    return {
      label: g.label,
      items: shown.map((d) => (d === current ? { ...link(d), current: true as const } : link(d))),
      more: ranked.get(g.kind)!.length > shown.length ? g.more : null,
      // Closed by default so the timeline comes first on a phone; the current filter's group stays open.
      open: current?.kind === g.kind,
    }
  }
  // A group holding no current filter is the same on every timeline: one object, and one digest in page keys.
  const idle = new Map(GROUPS.map((g) => [g.kind, navGroup(g, null)]))
  // The filter nav is the same on every page of a timeline: made once per timeline.
  const navGroups = (current: FilterDef | null): TimelineView['filterGroups'] =>
    GROUPS.map((g) => (current?.kind === g.kind ? navGroup(g, current) : idle.get(g.kind)!)).filter((g) => g.items.length > 0)
  // The filters each entry belongs to, by label rank, so a page's choices come from its own entries only.
  const inLabelOrder = [...labelRank.keys()]
  const ranksOf = new Map<KeyedEntry, number[]>()
  for (const d of defs) {
    const rank = labelRank.get(d)!
    for (const e of d.entries) {
      const list = ranksOf.get(e)
      if (list) list.push(rank)
      else ranksOf.set(e, [rank])
    }
  }
  const choiceOf = inLabelOrder.map((d) => ({ key: d.key, label: d.label }))
  // Filters by rank, so a page's are sorted as numbers (a sort by map look-ups per page was slow).
  const choices = (part: KeyedEntry[]) => {
    const on = new Set<number>()
    for (const e of part) for (const rank of ranksOf.get(e) ?? NO_RANKS) on.add(rank)
    const touched = [...on].sort((a, b) => a - b)
    const pick = (kind: FilterDef['kind']) => touched.filter((r) => inLabelOrder[r]!.kind === kind).map((r) => choiceOf[r]!)
    return { people: pick('people'), topics: pick('topics'), outlets: pick('outlets') }
  }

  const views: TimelineView[] = []
  // Each article's entries, made from its statements (which `statementsOf` determines) and what
  // `timelineEntries` takes from the catalog, as one digest; null when its statements have no key.
  const articleTopics = articleIndex(cat).topics
  const entryDigests = new Map<string, string | null>()
  const entryDigest = (id: string): string | null => {
    let d = entryDigests.get(id)
    if (d === undefined) {
      const statements = statementsOf(id)
      const outlet = cat.outletOf.get(id)!
      const topics = (articleTopics.get(id) ?? []).map((t) => t.slug)
      d = statements ? digest([statements, outlet.name, outlet.slug, topics]) : null
      entryDigests.set(id, d)
    }
    return d
  }
  const paged = (base: string, entries: KeyedEntry[], current: FilterDef | null) => {
    const pages = stableChunks(entries, (e) => e.key, BREAKS, (e) => e.weight)
    const urls = stableUrls(base, pages, (first) => first.entry.date ?? 'undated', (e) => e.key)
    const heading = current ? `Timeline: ${current.label}` : 'Timeline'
    const description = current
      ? `Statements and articles about ${current.label}, in date order.`
      : 'Every statement and article in the corpus, in date order.'
    const filterGroups = navGroups(current)
    // The same on every page of this timeline: in page keys as the digest of its groups' digests.
    let nav: string | null = null
    const crumbs = current ? [{ label: 'Timeline', url: '/timeline/' }] : []
    const long = pages.length > 1
    pages.forEach((part, i) => {
      const url = urls[i]!
      // A busy day fills several pages: the later ones say they continue it (not "part n", which a page added earlier that day would change).
      const continued = i > 0 && pages[i - 1]![pages[i - 1]!.length - 1]!.entry.date === part[0]!.entry.date
      const range = long ? `${dayRange(part[0]!.entry.date, part[part.length - 1]!.entry.date)}${continued ? ', continued' : ''}` : null
      const frame = {
        path: `${url.slice(1)}index.html`,
        url,
        title: i > 0 ? `${heading}, ${range}` : heading,
        description,
        section: 'timeline' as const,
        crumbs,
        scripts: ['timeline.js'],
        heading,
        filterLabel: current?.label ?? null,
        totalLabel: i === 0 ? count(entries.length, 'entry', 'entries') : null,
        rangeLabel: range,
        months: long && i === 0 ? monthIndex(pages, urls) : null,
        startUrl: i > 0 ? base : null,
        choices: choices(part),
        pager: stablePager(urls, i, range ?? ''),
      }
      const make = (): TimelineView => ({
        ...frame,
        jsonLd: collectionJsonLd(cat.publicUrl, heading, part.flatMap((e) => (e.entry.kind === 'statement' ? [cat.statements.get(e.key)!] : []))),
        years: group(part),
        filterGroups,
      })
      const keys = entryKeys(part, entryDigest)
      if (keys) nav ??= digest(filterGroups.map(sharedDigest))
      const view = judge.page(url, keys && [nav, frame, keys], make)
      if (view) views.push(view)
    })
  }
  paged('/timeline/', all, null)
  for (const d of defs) paged(urlOf(d), d.entries, d)
  return views
}
