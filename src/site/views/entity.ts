/** A page per person or organization: roles over time, statements on a timeline, stance per topic. */
import type { Catalog, Link, StatementView } from '../catalog.ts'
import { stanceChart } from '../chart.ts'
import { count, displayDay } from '../format.ts'
import { embedJson, personLd } from '../jsonld.ts'
import { pagePath, type PageBase } from './page.ts'

export interface EntityView extends PageBase {
  kind: 'person' | 'organization'
  kindLabel: string
  name: string
  aliases: string[]
  country: string | null
  roles: { role: string; span: string }[]
  articles: { label: string; url: string; outlet: string; published: string }[]
  /** Statements grouped by year, oldest first. */
  years: { label: string; statements: StatementView[] }[]
  statementCount: number
  /** Inline SVG from `stanceChart`; its text went through the DOM and is escaped. */
  chart: string | null
  chartRows: { date: string; topic: string; stance: string }[]
  timelineUrl: string | null
  wikidata: string | null
}

export interface EntityIndexView extends PageBase {
  groups: { label: string; items: { label: string; url: string; note: string }[] }[]
}

function roleSpan(first: string | null, last: string | null): string {
  if (!first && !last) return 'date not known'
  if (first === last || !last) return `seen ${displayDay(first)}`
  if (!first) return `seen ${displayDay(last)}`
  return `${displayDay(first)} – ${displayDay(last)}`
}

export function entityView(cat: Catalog, id: string): EntityView {
  const e = cat.entity.get(id)!
  const url = cat.entityUrl.get(id)!
  const statements = [...cat.statements.values()]
    .filter((s) => s.speakerEntity === id && !(s.kind === 'claim' && s.statementId !== s.localId))
    .sort((a, b) => (a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1 : a.start - b.start)
  const years: EntityView['years'] = []
  for (const s of statements) {
    const label = s.date ? s.date.slice(0, 4) : 'Undated'
    let y = years.find((x) => x.label === label)
    if (!y) years.push((y = { label, statements: [] }))
    y.statements.push(s)
  }
  const points = statements.flatMap((s) =>
    s.stance && s.date ? (s.topics.length ? s.topics : [{ label: 'Other', url: '' }]).map((t) => ({ date: s.date!, topic: t.label, stance: s.stance! })) : [],
  )
  const seenPoints = new Set<string>()
  const uniquePoints = points.filter((p) => {
    const k = `${p.date}|${p.topic}|${p.stance}`
    return seenPoints.has(k) ? false : (seenPoints.add(k), true)
  })
  const articles = e.articles
    .filter((a) => cat.record.has(a))
    .map((a) => {
      const r = cat.record.get(a)!
      return { label: cat.articleTitle.get(a)!, url: cat.articleUrl.get(a)!, outlet: cat.outletOf.get(a)!.name, published: displayDay(r.date?.value) }
    })
  const kindLabel = e.kind === 'person' ? 'Person' : 'Organization'
  const folder = e.kind === 'person' ? 'people' : 'organizations'
  return {
    path: pagePath(url),
    url,
    title: e.name,
    description: `${e.name}: ${count(statements.length, 'statement')} in ${count(articles.length, 'article')}.`,
    jsonLd: embedJson(personLd(cat, id)),
    section: 'people',
    crumbs: [{ label: e.kind === 'person' ? 'People' : 'Organizations', url: `/${folder}/` }],
    scripts: [],
    kind: e.kind,
    kindLabel,
    name: e.name,
    aliases: e.aliases.filter((a) => a !== e.name),
    country: e.country,
    roles: e.roles.map((r) => ({ role: r.role, span: roleSpan(r.firstSeen, r.lastSeen) })),
    articles,
    years,
    statementCount: statements.length,
    chart: stanceChart(uniquePoints, `Stance of ${e.name} per topic over time`),
    chartRows: uniquePoints.map((p) => ({ date: displayDay(p.date), topic: p.topic, stance: p.stance })),
    timelineUrl: statements.length ? `/timeline/${e.kind === 'person' ? 'person' : 'organization'}/${url.split('/')[2]}/` : null,
    wikidata: e.wikidata && /^Q\d+$/.test(e.wikidata) ? `https://www.wikidata.org/wiki/${e.wikidata}` : null,
  }
}

export function entityIndex(cat: Catalog, kind: 'person' | 'organization'): EntityIndexView {
  const list = [...cat.entity.values()].filter((e) => e.kind === kind)
  const words = (id: string) => [...cat.statements.values()].filter((s) => s.speakerEntity === id && !(s.kind === 'claim' && s.statementId !== s.localId)).length
  const items = list
    .map((e) => ({ label: e.name, url: cat.entityUrl.get(e.id)!, n: words(e.id), note: '' }))
    .map((x) => ({ ...x, note: x.n ? count(x.n, 'statement') : 'mentioned' }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label, 'en'))
  const quoted = items.filter((i) => i.n > 0).map(({ n: _n, ...rest }) => rest)
  const mentioned = items.filter((i) => i.n === 0).map(({ n: _n, ...rest }) => rest)
  const title = kind === 'person' ? 'People' : 'Organizations'
  const folder = kind === 'person' ? 'people' : 'organizations'
  return {
    path: `${folder}/index.html`,
    url: `/${folder}/`,
    title,
    description: `Every ${kind} named in the corpus, with how often they are quoted.`,
    jsonLd: embedJson({ '@context': 'https://schema.org', '@type': 'CollectionPage', name: title }),
    section: 'people',
    crumbs: [],
    scripts: [],
    groups: [
      { label: 'Quoted', items: quoted },
      { label: 'Mentioned only', items: mentioned },
    ].filter((g) => g.items.length > 0),
  }
}

export type { Link }
