/** Per-article lookups over the corpus, computed once per catalog. */
import type { Catalog } from '../catalog.ts'

type Of<T> = T extends Map<string, infer V> ? V : T extends (infer V)[] ? V : never
export interface ArticleIndex {
  people: Map<string, Of<Catalog['entity']>[]>
  topics: Map<string, Of<Catalog['topic']>[]>
  alignments: Map<string, Catalog['corpus']['alignments']>
  stories: Map<string, Catalog['corpus']['stories']>
  families: Map<string, Catalog['corpus']['families']>
}

const indexCache = new WeakMap<Catalog, ArticleIndex>()

/**
 * What each article belongs to (people, topics, comparisons, stories, families),
 * found in one pass over the corpus instead of one scan per article: the scans
 * made the article views quadratic in the corpus size. Lists keep corpus order.
 */
export function articleIndex(cat: Catalog): ArticleIndex {
  const known = indexCache.get(cat)
  if (known) return known
  const add = <V>(map: Map<string, V[]>, key: string, value: V) => {
    const list = map.get(key)
    if (list) list.push(value)
    else map.set(key, [value])
  }
  const index: ArticleIndex = { people: new Map(), topics: new Map(), alignments: new Map(), stories: new Map(), families: new Map() }
  for (const e of cat.entity.values()) if (e.kind === 'person') for (const a of new Set(e.articles)) add(index.people, a, e)
  for (const t of cat.topic.values()) for (const a of new Set(t.articles)) add(index.topics, a, t)
  for (const al of cat.corpus.alignments) {
    add(index.alignments, al.a, al)
    if (al.b !== al.a) add(index.alignments, al.b, al)
  }
  for (const st of cat.corpus.stories) for (const a of new Set(st.articles)) add(index.stories, a, st)
  for (const f of cat.corpus.families) for (const a of new Set(f.members.map((m) => m.article))) add(index.families, a, f)
  indexCache.set(cat, index)
  return index
}
