/**
 * One organisation across the corpus. Names are compared after dropping a
 * leading article and a leading country ("the US Department of Justice" and
 * "Department of Justice" meet), with the country kept as a constraint; an
 * acronym ("DOJ") joins the organisation whose initials it spells, in the same
 * article first, else (three letters or more) when unique in the corpus. Metonyms ("the Kremlin") and organisations named after a country
 * ("Russian Security Council") record that country.
 */
import type { ArticleRecord, CorpusEntity } from '../model.ts'
import { countryInfo, findCountries, metonymCountry } from '../knowledge/gazetteer.ts'
import { LocalIds } from './local-ids.ts'
import { uniqueIds } from './people.ts'
import { UnionFind } from './union-find.ts'

interface Node {
  article: string
  local: string
  name: string
  kind: string
  key: string
  acronym: string | null
  initials: string
  country: string | null
}

const MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'de', 'du', 'des', 'la', 'le', '&'])

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, "'")
}

function analyse(name: string): { key: string; acronym: string | null; initials: string; country: string | null } {
  let rest = name.trim().replace(/^the\s+/i, '')
  const metonym = metonymCountry(rest)
  const lead = findCountries(rest)[0]
  let country = metonym
  if (lead && lead.start === 0 && lead.end < rest.length) {
    country ??= lead.code
    // "US Department of Justice" → "Department of Justice", but "US Embassy" stays whole:
    // a one-word remainder is generic, and the country is what tells such bodies apart.
    const remainder = rest.slice(lead.end).replace(/^(?:['’]s)?\s+/, '')
    if (/\s/.test(remainder.trim())) rest = remainder
  } else if (!country && lead) country = lead.code
  const acronym = /^[A-Z][A-Z.&]{1,9}$/.test(rest.replace(/\./g, '')) ? rest.replace(/[.]/g, '') : null
  const words = rest.split(/[\s-]+/).filter(Boolean)
  const initials = words
    .filter((w) => !MINOR.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('')
  return { key: fold(rest).replace(/[^a-z0-9']+/g, ' ').trim(), acronym, initials, country }
}

export interface MergedOrganizations {
  entities: CorpusEntity[]
  globalId: LocalIds
  /** Country code each organisation stands for, when known. */
  countries: Map<string, string | null>
}

/** `taken`: ids already used (the people's), so person and organisation ids never collide. */
export function mergeOrganizations(records: ArticleRecord[], taken: Set<string> = new Set()): MergedOrganizations {
  const nodes: Node[] = []
  // Analysed once per distinct name: one organisation is named alike in every article about it.
  const analysed = new Map<string, ReturnType<typeof analyse>>()
  for (const r of records) {
    for (const o of r.organizations) {
      let a = analysed.get(o.name)
      if (!a) analysed.set(o.name, (a = analyse(o.name)))
      nodes.push({ article: r.id, local: o.id, name: o.name, kind: o.kind, key: a.key, acronym: a.acronym, initials: a.initials, country: a.country })
    }
  }
  const uf = new UnionFind(nodes.length)
  // Equal keys merge per country: "India's Supreme Court" and "US Supreme Court" stay apart, and
  // a bare "Supreme Court" joins only when the corpus knows a single country for that name.
  const byKey = new Map<string, number[]>()
  nodes.forEach((n, i) => {
    if (!n.acronym) (byKey.get(n.key) ?? byKey.set(n.key, []).get(n.key)!).push(i)
  })
  for (const members of byKey.values()) {
    const countries = new Set(members.map((i) => nodes[i]!.country).filter((c) => c !== null))
    const firstOf = new Map<string, number>()
    for (const i of members) {
      const c = countries.size <= 1 ? '*' : (nodes[i]!.country ?? '?')
      const first = firstOf.get(c)
      if (first === undefined) firstOf.set(c, i)
      else uf.union(first, i)
    }
  }
  // Acronyms: same article first, else a unique expansion in the corpus, else other uses of the acronym.
  const byInitials = new Map<string, number[]>()
  nodes.forEach((n, i) => {
    if (!n.acronym && n.initials.length >= 2) (byInitials.get(n.initials) ?? byInitials.set(n.initials, []).get(n.initials)!).push(i)
  })
  const acronymFirst = new Map<string, number>()
  nodes.forEach((n, i) => {
    if (!n.acronym) return
    const expansions = byInitials.get(n.acronym) ?? []
    const local = expansions.filter((j) => nodes[j]!.article === n.article)
    // Two-letter acronyms ("DC", "SD") mean too many things to be expanded from another article.
    const pool = local.length ? local : n.acronym.length >= 3 ? expansions : []
    const roots = new Set(pool.map((j) => uf.find(j)))
    if (roots.size === 1) uf.union([...roots][0]!, i)
    else {
      const prev = acronymFirst.get(n.acronym)
      if (prev === undefined) acronymFirst.set(n.acronym, i)
      else uf.union(prev, i)
    }
  })

  const groups = uf.groups().map((g) => g.map((i) => nodes[i]!))
  const named = groups.map((members) => {
    const counts = new Map<string, number>()
    for (const m of members) counts.set(m.name, (counts.get(m.name) ?? 0) + 1)
    // The spelled-out form reads best as a page title; then frequency, then alphabetical.
    const name = [...counts.entries()].sort(
      (a, b) => Number(/\s/.test(b[0])) - Number(/\s/.test(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]),
    )[0]![0]
    return { members, name }
  })
  named.sort((a, b) => a.name.localeCompare(b.name) || a.members[0]!.article.localeCompare(b.members[0]!.article))
  const ids = uniqueIds(named.map((n) => n.name), new Set(taken))
  const globalId = new LocalIds()
  const countries = new Map<string, string | null>()
  const entities = named.map(({ members, name }, k) => {
    const id = ids[k]!
    const local = new Map<string, string[]>()
    for (const m of members) {
      globalId.set(m.article, m.local, id)
      const l = local.get(m.article)
      if (l) l.push(m.local)
      else local.set(m.article, [m.local])
    }
    const code = members.map((m) => m.country).find((c) => c !== null) ?? null
    countries.set(id, code)
    return {
      id,
      name,
      aliases: [...new Set(members.map((m) => m.name))].filter((n) => n !== name).sort(),
      roles: [],
      articles: [...local.keys()].sort(),
      country: code ? (countryInfo(code)?.name ?? null) : null,
      local: Object.fromEntries([...local].sort(([a], [b]) => a.localeCompare(b)).map(([a, l]) => [a, l.sort()])),
      wikidata: null,
    } satisfies CorpusEntity
  })
  return { entities, globalId, countries }
}
