/**
 * One person across the corpus: the people of every record, merged.
 *
 * Union-find over the records' people, in four passes:
 * 1. the user's `people.yaml` entries (aliases merge; "not the same as" forbids);
 * 2. equal full-name keys (transliteration-tolerant, see names.ts), unless the
 *    middle names or the countries of their roles contradict each other;
 * 3. surname-only and initial mentions ("Smith", "J. Smith") join the one
 *    compatible full-named person with that surname: first in the same
 *    article, else in the corpus, preferring shared role nouns, then people in
 *    the news within a month of it. With two or more candidates left the
 *    mention stays apart: a wrong merge is worse than a missed one;
 *    A lone name that is the first token of one full name with the same role
 *    noun joins it too (surname-first names: "President Xi");
 * 4. people known only by surname in several articles join when their roles agree.
 */
import type { ArticleRecord, CorpusEntity, RoleSeen } from '../model.ts'
import type { PeopleConfig } from './config.ts'
import { firstNamesCompatible, fullKey, middlesCompatible, parseName, type ParsedName } from './names.ts'
import { countriesConflict, roleCore, roleCountries, roleKey } from './roles.ts'
import { slug } from '../knowledge/topics.ts'
import { UnionFind } from './union-find.ts'
import { LocalIds } from './local-ids.ts'
import { dayNumber } from './blocking.ts'

const NEAR_DAYS = 30

interface Node {
  article: string
  date: string | null
  local: string
  name: string
  parsed: ParsedName
  /** `fullKey(parsed)`: null for surname-only and initial names. */
  full: string | null
  roles: string[]
  /** Countries the roles name (shared between nodes: never changed). */
  countries: readonly string[]
  /** Core nouns of the roles (shared between nodes: never changed). */
  cores: ReadonlySet<string>
}

export interface MergedPeople {
  entities: CorpusEntity[]
  /** Global id of a record's person: `globalId.get(articleId, localId)`. */
  globalId: LocalIds
  /** Countries named by each global person's roles (codes), for "our relations". */
  countries: Map<string, string[]>
}

/** Whether two sets share an element. */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string> | undefined): boolean {
  if (b) for (const x of a) if (b.has(x)) return true
  return false
}

function normalName(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ')
}

/** `f(key)`, computed once per distinct key: one person's name and roles recur in every article about them. */
function memo<T>(f: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>()
  return (key) => {
    let v = seen.get(key)
    if (v === undefined) {
      v = f(key)
      seen.set(key, v)
    }
    return v
  }
}

// The passes are functions of their own: the engine compiles each when it is hot, where one
// long function compiled mid-loop is compiled again as each later pass is first reached.
export function mergePeople(records: ArticleRecord[], config: PeopleConfig): MergedPeople {
  const nodes = peopleNodes(records)
  const uf = new UnionFind(nodes.length)
  const entryOf = applyConfig(nodes, uf, config)
  mergeFullNames(nodes, uf)
  const leftovers = mergeShortNames(nodes, uf)
  mergeSurnamesOnly(nodes, uf, leftovers)
  return buildEntities(nodes, uf, config, entryOf)
}

function peopleNodes(records: ArticleRecord[]): Node[] {
  const nodes: Node[] = []
  const parsedOf = memo(parseName)
  const countriesOf = memo(roleCountries)
  const coreOf = memo(roleCore)
  // What a list of roles says, once per distinct list (shared, never changed): most people keep their roles.
  const roleFactsOf = (roles: string[]) => ({
    countries: roles.length === 1 ? countriesOf(roles[0]!) : [...new Set(roles.flatMap(countriesOf))].sort(),
    cores: new Set(roles.map(coreOf).filter(Boolean)),
  })
  const roleFacts = memo((key: string) => roleFactsOf(key === '' ? [] : key.split('\u0000')))
  for (const r of records) {
    for (const p of r.people) {
      const parsed = parsedOf(p.name)
      // (A role holding the separator itself is read on its own.)
      const key = p.roles.length === 1 ? p.roles[0]! : p.roles.join('\u0000')
      const facts = p.roles.some((x) => x.includes('\u0000')) ? roleFactsOf(p.roles) : roleFacts(key)
      nodes.push({
        article: r.id,
        date: r.date.value,
        local: p.id,
        name: p.name,
        parsed,
        full: fullKey(parsed),
        roles: p.roles,
        countries: facts.countries,
        cores: facts.cores,
      })
    }
  }
  return nodes
}

/** Pass 1: the user's corrections; returns the entry each matched node belongs to. */
function applyConfig(nodes: Node[], uf: UnionFind, config: PeopleConfig): Map<number, number> {
  const entryOf = new Map<number, number>()
  config.people.forEach((entry, e) => {
    const names = [entry.name, ...entry.aliases]
    const exact = new Set(names.map(normalName))
    const keys = new Set(names.map((n) => fullKey(parseName(n))).filter((k): k is string => k !== null))
    const matched: number[] = []
    nodes.forEach((n, i) => {
      if (entry.articles && !entry.articles.includes(n.article)) return
      const k = n.full
      if (exact.has(normalName(n.name)) || (k !== null && keys.has(k))) matched.push(i)
    })
    for (const i of matched) {
      uf.tag(i, `entry:${e}`)
      if (!entryOf.has(i)) entryOf.set(i, e)
    }
    for (const other of entry.notSameAs) {
      const tag = `not:${e}:${normalName(other)}`
      const ok = fullKey(parseName(other))
      nodes.forEach((n, i) => {
        if (matched.includes(i)) return
        const k = n.full
        if (normalName(n.name) === normalName(other) || (k !== null && k === ok)) uf.tag(i, tag)
      })
      uf.forbid(`entry:${e}`, tag)
    }
    for (let j = 1; j < matched.length; j++) uf.union(matched[0]!, matched[j]!)
  })

  return entryOf
}

function mergeFullNames(nodes: Node[], uf: UnionFind): void {
  // Pass 2: equal full-name keys.
  const byFull = new Map<string, number[]>()
  nodes.forEach((n, i) => {
    const k = n.full
    if (k) (byFull.get(k) ?? byFull.set(k, []).get(k)!).push(i)
  })
  for (const members of byFull.values()) {
    for (let j = 1; j < members.length; j++) {
      const b = nodes[members[j]!]!
      // Join the first earlier member it agrees with; disagreeing namesakes stay apart.
      for (let i = 0; i < j; i++) {
        const a = nodes[members[i]!]!
        if (middlesCompatible(a.parsed, b.parsed) && !countriesConflict(a.countries, b.countries) && uf.union(members[i]!, members[j]!)) break
      }
    }
  }
}

/** Pass 3 (see the top of this file); returns the mentions no full name took. */
function mergeShortNames(nodes: Node[], uf: UnionFind): number[] {
  // Cluster facts for passes 3 and 4.
  const clusterCountries = new Map<number, Set<string>>()
  const clusterCores = new Map<number, Set<string>>()
  nodes.forEach((n, i) => {
    const r = uf.find(i)
    const cc = clusterCountries.get(r) ?? new Set<string>()
    n.countries.forEach((c) => cc.add(c))
    clusterCountries.set(r, cc)
    const co = clusterCores.get(r) ?? new Set<string>()
    n.cores.forEach((c) => co.add(c))
    clusterCores.set(r, co)
  })

  // Pass 3: surname-only and initial mentions join a unique compatible full-named person.
  // Full-named people are final after pass 2, so each surname's clusters are listed once,
  // with the given names seen in each (many mentions of one person cost one check).
  const clustersBySurname = new Map<string, Map<number, { firsts: ParsedName[]; articles: Set<string>; sample: number; days: number[] }>>()
  nodes.forEach((n, i) => {
    if (!n.full) return
    const r = uf.find(i)
    const bySurname = clustersBySurname.get(n.parsed.last) ?? clustersBySurname.set(n.parsed.last, new Map()).get(n.parsed.last)!
    const slot = bySurname.get(r) ?? bySurname.set(r, { firsts: [], articles: new Set(), sample: i, days: [] }).get(r)!
    if (!slot.firsts.some((f) => f.first === n.parsed.first)) slot.firsts.push(n.parsed)
    slot.articles.add(n.article)
    const day = dayNumber(n.date)
    if (day !== null) slot.days.push(day)
  })
  const clustersByFirst = new Map<string, Set<number>>()
  nodes.forEach((n, i) => {
    if (n.full && n.parsed.first) (clustersByFirst.get(n.parsed.first) ?? clustersByFirst.set(n.parsed.first, new Set()).get(n.parsed.first)!).add(uf.find(i))
  })
  const leftovers: number[] = []
  nodes.forEach((n, i) => {
    if (n.full || !n.parsed.last) return // a name with no letters to compare stays alone
    const clusters = clustersBySurname.get(n.parsed.last)
    let chosen: number[] = []
    for (const [r, info] of clusters ?? []) {
      if (!info.firsts.some((f) => firstNamesCompatible(n.parsed, f))) continue
      if (countriesConflict(n.countries, clusterCountries.get(r) ?? [])) continue
      if (!uf.canUnion(i, info.sample)) continue
      chosen.push(r)
    }
    const sameArticle = chosen.filter((r) => clusters!.get(r)!.articles.has(n.article))
    if (sameArticle.length) chosen = sameArticle
    if (chosen.length > 1 && n.cores.size) {
      const byRole = chosen.filter((r) => sharesAny(n.cores, clusterCores.get(r)))
      if (byRole.length) chosen = byRole
    }
    const day = dayNumber(n.date)
    if (chosen.length > 1 && day !== null) {
      // Still several: the one in the news around the same days.
      const near = chosen.filter((r) => clusters!.get(r)!.days.some((d) => Math.abs(d - day) <= NEAR_DAYS))
      if (near.length) chosen = near
    }
    if (chosen.length === 0 && n.parsed.first === null && n.cores.size) {
      // Surname-first names ("Xi Jinping" → "President Xi"): the lone name may be the first token
      // of a full name; accepted only with a shared role noun and a single such person.
      const byFirst = [...(clustersByFirst.get(n.parsed.last) ?? [])].filter(
        (r) => sharesAny(n.cores, clusterCores.get(r)) && !countriesConflict(n.countries, clusterCountries.get(r) ?? []),
      )
      if (byFirst.length === 1) chosen = byFirst
    }
    if (chosen.length === 1) uf.union(chosen[0]!, i)
    else if (chosen.length === 0) leftovers.push(i)
  })
  return leftovers
}

/**
 * Roles that name a relation to someone else in the article ("Her son, Daniel"):
 * two sons called Daniel in two articles are not one person.
 */
const RELATIONAL = new Set(['son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'friend', 'neighbor', 'neighbour', 'colleague', 'partner', 'widow'])

/** Whether two people share a role core that says who they are, not whose relative they are. */
function sharesIdentity(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!RELATIONAL.has(x) && b.has(x)) return true
  return false
}

function mergeSurnamesOnly(nodes: Node[], uf: UnionFind, leftovers: number[]): void {
  // Pass 4: people known only by surname, in several articles, whose roles agree.
  const bySurname = new Map<string, number[]>()
  for (const i of leftovers) (bySurname.get(nodes[i]!.parsed.last) ?? bySurname.set(nodes[i]!.parsed.last, []).get(nodes[i]!.parsed.last)!).push(i)
  for (const members of bySurname.values()) {
    for (let j = 1; j < members.length; j++) {
      const b = nodes[members[j]!]!
      for (let i = 0; i < j; i++) {
        const a = nodes[members[i]!]!
        const shareRole = sharesIdentity(a.cores, b.cores)
        if (shareRole && !countriesConflict(a.countries, b.countries) && firstNamesCompatible(a.parsed, b.parsed) && uf.union(members[i]!, members[j]!)) break
      }
    }
  }
}

/** Every role of every member, with the date of the member's article. */
function rolesOf(members: Node[]): { role: string; date: string | null }[] {
  const out: { role: string; date: string | null }[] = []
  for (const m of members) for (const role of m.roles) out.push({ role, date: m.date })
  return out
}

function pickName(members: Node[]): string {
  const counts = new Map<string, { n: number; full: number }>()
  for (const m of members) {
    const c = counts.get(m.name)
    if (c) c.n++
    else counts.set(m.name, { n: 1, full: Number(m.full !== null) })
  }
  // Prefer full names, then the most frequent spelling, then the longest, then alphabetical (stable).
  return [...counts.entries()].sort(
    ([na, a], [nb, b]) => b.full - a.full || b.n - a.n || nb.length - na.length || na.localeCompare(nb),
  )[0]![0]
}

/** Grouping key of a role, or null for an honorific ("Mr.", "Ms": forms of address, not roles). Memoised, bounded. */
const roleKeys = new Map<string, string | null>()
function roleKeyOf(role: string): string | null {
  let k = roleKeys.get(role)
  if (k === undefined) {
    k = roleKey(role)
    if (!k || /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|madam)\.?$/.test(k)) k = null
    if (roleKeys.size > 50_000) roleKeys.clear()
    roleKeys.set(role, k)
  }
  return k
}

export function rolesSeen(entries: { role: string; date: string | null }[]): RoleSeen[] {
  const byKey = new Map<string, { forms: Map<string, number>; first: string | null; last: string | null }>()
  for (const { role, date } of entries) {
    const k = roleKeyOf(role)
    if (k === null) continue
    const slot = byKey.get(k) ?? { forms: new Map(), first: null, last: null }
    const form = role.trim()
    slot.forms.set(form, (slot.forms.get(form) ?? 0) + 1)
    if (date) {
      if (!slot.first || date < slot.first) slot.first = date
      if (!slot.last || date > slot.last) slot.last = date
    }
    byKey.set(k, slot)
  }
  return [...byKey.values()]
    .map((s) => ({
      role: [...s.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
      firstSeen: s.first,
      lastSeen: s.last,
    }))
    .sort((a, b) => (a.firstSeen ?? '9999').localeCompare(b.firstSeen ?? '9999') || a.role.localeCompare(b.role))
}

/** Unique, stable ids: the slug of the name, with -2, -3 for namesakes in order. */
export function uniqueIds(names: string[], taken: Set<string> = new Set()): string[] {
  const used = new Map<string, number>()
  return names.map((n) => {
    const base = slug(n) || 'unnamed'
    let k = used.get(base) ?? 0
    let id: string
    do {
      k++
      id = k === 1 ? base : `${base}-${k}`
    } while (taken.has(id))
    used.set(base, k)
    taken.add(id)
    return id
  })
}

function buildEntities(nodes: Node[], uf: UnionFind, config: PeopleConfig, entryOf: Map<number, number>): MergedPeople {
  const groupIdx = uf.groups()
  const named = groupIdx.map((idx) => {
    const members = idx.map((i) => nodes[i]!)
    const entryIdx = idx.map((i) => entryOf.get(i)).find((e) => e !== undefined)
    const entry = entryIdx === undefined ? undefined : config.people[entryIdx]
    return { members, entry, name: entry?.name ?? pickName(members) }
  })
  // Order by name, then by the first member's place, so ids are stable across runs.
  named.sort((a, b) => a.name.localeCompare(b.name) || a.members[0]!.article.localeCompare(b.members[0]!.article) || a.members[0]!.local.localeCompare(b.members[0]!.local))
  const ids = uniqueIds(named.map((n) => n.name))
  const globalId = new LocalIds()
  const countries = new Map<string, string[]>()
  const entities = named.map(({ members, entry, name }, k) => {
    const id = ids[k]!
    const local = new Map<string, string[]>()
    for (const m of members) {
      globalId.set(m.article, m.local, id)
      const l = local.get(m.article)
      if (l) l.push(m.local)
      else local.set(m.article, [m.local])
    }
    for (const l of local.values()) l.sort()
    const cs = new Set<string>()
    for (const m of members) for (const c of m.countries) cs.add(c)
    countries.set(id, [...cs].sort())
    const aliases = [...new Set([...members.map((m) => m.name), ...(entry?.aliases ?? [])])].filter((n) => n !== name).sort()
    return {
      id,
      name,
      aliases,
      roles: rolesSeen(rolesOf(members)),
      articles: [...local.keys()].sort(),
      country: null,
      local: Object.fromEntries([...local].sort(([a], [b]) => a.localeCompare(b))),
      wikidata: entry?.wikidata ?? null,
    } satisfies CorpusEntity
  })
  return { entities, globalId, countries }
}
