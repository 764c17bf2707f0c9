/**
 * One person's statements at two times, side by side: the earliest and the
 * latest day they are quoted, in rows aligned by topic, with what was said
 * only then and only later.
 */
import type { Relation, Stance } from '../../model.ts'
import type { Catalog, Link, StatementView } from '../catalog.ts'
import { count, displayDay, RELATION_LABEL } from '../format.ts'
import { collectionJsonLd } from '../jsonld.ts'
import { card, type StatementCard } from './card.ts'
import { pagePath, type PageBase } from './page.ts'

export interface PersonCompareRow {
  topic: Link
  relation: Relation | null
  relationLabel: string | null
  a: StatementCard[]
  b: StatementCard[]
}

export interface PersonCompareView extends PageBase {
  person: Link
  a: { label: string; sources: Link[] }
  b: { label: string; sources: Link[] }
  rows: PersonCompareRow[]
  onlyA: StatementCard[]
  onlyB: StatementCard[]
  summary: string
  /** Set when a busy day had more statements than the page shows, with where to find them all. */
  shownNote: Link | null
}

/** Per side of a row, and per "only" list: a busy day must not make the page heavy. */
const PER_CELL = 8
const PER_ONLY = 20
const SOURCES = 8
const MAX_ROWS = 12

/** The stance most of the statements take, or null when none has one. */
function dominant(list: StatementView[]): Stance | null {
  const tally = new Map<Stance, number>()
  for (const s of list) if (s.stance) tally.set(s.stance, (tally.get(s.stance) ?? 0) + 1)
  const best = [...tally].sort((x, y) => y[1] - x[1])[0]
  return best ? best[0] : null
}

function relationOf(a: Stance | null, b: Stance | null): Relation | null {
  if (!a || !b) return null
  if (a === b) return 'same'
  return (a === 'negative' && b === 'positive') || (a === 'positive' && b === 'negative') ? 'opposite' : 'shifted'
}

function sources(cat: Catalog, list: StatementView[]): Link[] {
  const out: Link[] = []
  for (const s of list) if (!out.some((l) => l.url === s.article.url)) out.push({ label: `${s.article.outlet}: ${s.article.title}`, url: s.article.url })
  return out
}

/** A page for each person quoted on at least two different days. */
export function personCompareViews(cat: Catalog, words: Map<string, StatementView[]>): PersonCompareView[] {
  const views: PersonCompareView[] = []
  for (const [id, all] of words) {
    const e = cat.entity.get(id)
    if (!e || e.kind !== 'person') continue
    const dated = all.filter((s) => s.date)
    const days = [...new Set(dated.map((s) => s.date!))].sort()
    if (days.length < 2) continue
    const [first, last] = [days[0]!, days[days.length - 1]!]
    const then = dated.filter((s) => s.date === first)
    const later = dated.filter((s) => s.date === last)
    // Each statement sits in one row: the first of its topics that both days speak about.
    const thenTopics = new Set(then.flatMap((s) => s.topicIds))
    const shared = [...new Set(later.flatMap((s) => s.topicIds))].filter((t) => thenTopics.has(t))
    const rowOf = (s: StatementView) => s.topicIds.find((t) => shared.includes(t)) ?? null
    const grouped = shared.map((t) => ({ t, a: then.filter((s) => rowOf(s) === t), b: later.filter((s) => rowOf(s) === t) }))
    const kept = grouped.filter((g) => g.a.length > 0 && g.b.length > 0)
    const rows: PersonCompareRow[] = []
    let cut = kept.length > MAX_ROWS
    for (const { t, a, b } of kept.slice(0, MAX_ROWS)) {
      const topic = cat.topic.get(t)!
      const relation = relationOf(dominant(a), dominant(b))
      if (a.length > PER_CELL || b.length > PER_CELL) cut = true
      rows.push({
        topic: { label: topic.label, url: topic.url },
        relation,
        relationLabel: relation ? RELATION_LABEL[relation] : null,
        a: a.slice(0, PER_CELL).map(card),
        b: b.slice(0, PER_CELL).map(card),
      })
    }
    const keptTopics = new Set(kept.map((g) => g.t))
    const inRows = new Set([...then, ...later].filter((s) => {
      const row = rowOf(s)
      return row !== null && keptTopics.has(row)
    }))
    const personUrl = cat.entityUrl.get(id)!
    const url = `${personUrl}compare/`
    const allOnlyA = then.filter((s) => !inRows.has(s))
    const allOnlyB = later.filter((s) => !inRows.has(s))
    const onlyA = allOnlyA.slice(0, PER_ONLY)
    const onlyB = allOnlyB.slice(0, PER_ONLY)
    if (onlyA.length < allOnlyA.length || onlyB.length < allOnlyB.length) cut = true
    views.push({
      path: pagePath(url),
      url,
      title: `${e.name}: ${displayDay(first)} and ${displayDay(last)}`,
      description: `What ${e.name} said on ${displayDay(first)} and on ${displayDay(last)}, side by side by topic.`,
      jsonLd: collectionJsonLd(cat.publicUrl, `${e.name} at two times`, [...then, ...later]),
      section: 'people',
      crumbs: [{ label: 'People', url: '/people/' }, { label: e.name, url: personUrl }],
      scripts: [],
      person: { label: e.name, url: personUrl },
      a: { label: displayDay(first), sources: sources(cat, then).slice(0, SOURCES) },
      b: { label: displayDay(last), sources: sources(cat, later).slice(0, SOURCES) },
      rows,
      onlyA: onlyA.map(card),
      onlyB: onlyB.map(card),
      summary: `${count(rows.length, 'shared topic')}, ${allOnlyA.length} only then, ${allOnlyB.length} only later`,
      shownNote: cut ? { label: `Not every statement fits here; all of them are on ${e.name}’s timeline`, url: `/timeline/person/${personUrl.split('/')[2]}/` } : null,
    })
  }
  return views
}
