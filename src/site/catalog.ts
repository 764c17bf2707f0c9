/**
 * The catalog resolves everything pages refer to: a URL for every article,
 * person, topic, story, family and outlet, and a view of every statement
 * (quote or claim) keyed `${articleId}#${localId}` as the corpus names them.
 * Views read from it, so each page type stays a small pure function.
 */
import type { ArticleRecord, Claim, Corpus, CorpusEntity, CorpusTopic, Message, Quote, Stance } from '../model.ts'
import { message } from '../messages.ts'
import { displayDay, isoDay, KIND_LABEL, STANCE_LABEL } from './format.ts'
import { SlugAllocator, slugify } from './slug.ts'
import { PAGE_FOLDER } from './views/paging.ts'

export interface Link {
  label: string
  url: string
}

export interface SpeakerLink {
  name: string
  url: string | null
}

export interface StatementView {
  key: string
  articleId: string
  localId: string
  kind: 'direct' | 'indirect' | 'partial' | 'claim'
  kindLabel: string
  text: string
  start: number
  end: number
  speaker: SpeakerLink | null
  /** The statement's place in its article page. */
  href: string
  anchor: string
  article: { title: string; url: string; outlet: string; published: string | null; publishedLabel: string }
  /** When the statement was made, if the text says; else the publication date. */
  date: string | null
  dateLabel: string
  /** Shown only when the statement date differs from publication. */
  differsFromPublished: boolean
  stance: Stance | null
  stanceLabel: string | null
  topics: Link[]
  topicIds: string[]
  /** Corpus entity ids of the speaker, for filtering. */
  speakerEntity: string | null
  /** Quotes split around one cue share this; claims use their own id. */
  statementId: string
  /** A claim the outlet makes in its own voice, not attributed to anyone. */
  ownVoice: boolean
}

export interface OutletInfo {
  key: string
  name: string
  slug: string
  url: string
  articles: string[]
}

export interface Catalog {
  corpus: Corpus
  records: ArticleRecord[]
  record: Map<string, ArticleRecord>
  articleUrl: Map<string, string>
  articleTitle: Map<string, string>
  entityUrl: Map<string, string>
  entity: Map<string, CorpusEntity & { kind: 'person' | 'organization' }>
  /** `${articleId}\u0000${localId}` → corpus entity id. */
  localEntity: Map<string, string>
  topic: Map<string, CorpusTopic & { url: string; slug: string }>
  storyUrl: Map<string, string>
  familyUrl: Map<string, string>
  outlet: Map<string, OutletInfo>
  outletOf: Map<string, OutletInfo>
  statements: Map<string, StatementView>
  /**
   * `statements` by the two parts of each key around its last '#': the
   * article id and the local id, unless a local id holds a '#' itself (see `statementAt`).
   */
  statementParts: Map<string, Map<string, StatementView>>
  /** Statements of each article, in text order. */
  byArticle: Map<string, StatementView[]>
  /**
   * Everything each article's statements take from the corpus rather than
   * from the record: the article's title and address, then each distinct
   * speaker's link (when first looked up) and the topic links of each
   * statement naming topics, in the order they were made. With the record
   * (which decides what is looked up, in which order), it determines
   * `byArticle` (it is what a page's reuse is keyed by, instead of the
   * statements themselves, a tenth of a site's data).
   */
  statementInputs: Map<string, unknown[]>
  compareUrl: Map<string, string>
  /** A site path as published: with the base path, and the origin when one is known (for JSON-LD and exports). */
  publicUrl: (path: string) => string
  messages: Message[]
}

export const UNKNOWN_OUTLET = 'Unknown outlet'

export function outletName(record: ArticleRecord): string {
  const name = record.source?.name?.trim()
  return name ? name : UNKNOWN_OUTLET
}

/** Both ids of a pair, order-free, as a map key. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}

/** Clamp a span into the text; report a message when it had to. */
function checkSpan(record: ArticleRecord, what: string, start: number, end: number, messages: Message[]): { start: number; end: number } {
  const len = record.text.length
  const s = Math.min(Math.max(0, Math.floor(Number(start) || 0)), len)
  const e = Math.min(Math.max(s, Math.floor(Number(end) || 0)), len)
  if (s !== start || e !== end) {
    messages.push(message(record.file, `${what} has offsets ${start}-${end} outside the text; shown clipped`, 'site:span-out-of-range', 'warning'))
  }
  return { start: s, end: e }
}

/** A label to show: trimmed, or the fallback when nothing is left. */
function label(value: string | null | undefined, fallback: string): string {
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
  return text || fallback
}

/** The corpus with every shown label non-empty (the input is left untouched). */
function tidy(corpus: Corpus): Corpus {
  const entity = (e: CorpusEntity) => ({ ...e, name: label(e.name, label(e.id, 'Unnamed')) })
  return {
    ...corpus,
    people: corpus.people.map(entity),
    organizations: corpus.organizations.map(entity),
    topics: corpus.topics.map((t) => ({ ...t, label: label(t.label, label(t.id, 'Untitled topic')) })),
    stories: corpus.stories.map((s) => ({ ...s, label: label(s.label, label(s.id, 'Untitled story')) })),
    families: corpus.families.map((f) => ({ ...f, speaker: label(f.speaker, 'Unknown speaker') })),
  }
}

const PLAIN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Anchors of one article page: what `SlugAllocator('s')` hands out, without
 * slugifying an id that is already a slug (`q-q3`, `c-c12`: nearly all of
 * them; slugify normalises and runs four patterns on each of the corpus's
 * statements).
 */
class AnchorAllocator {
  private readonly taken = new Set<string>()
  private readonly byKey = new Map<string, string>()

  take(key: string, wanted: string): string {
    const known = this.byKey.get(key)
    if (known !== undefined) return known
    const base = wanted.length <= 64 && PLAIN_SLUG.test(wanted) ? wanted : slugify(wanted, 's')
    let slug = base
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`
    this.taken.add(slug)
    this.byKey.set(key, slug)
    return slug
  }
}

/** A slug allocator for one URL folder, with the later pages of the folder's index kept out of it. */
function folderSlugs(fallback: string): SlugAllocator {
  const slugs = new SlugAllocator(fallback)
  slugs.take('\u0000index pages', PAGE_FOLDER)
  return slugs
}

/** `Catalog#publicUrl`: the prefix is made once (it is asked for a statement's address at every CSV row and quotation). */
function publicUrlOf(where: { base?: string; origin?: string }): (path: string) => string {
  const prefix = `${where.origin ?? ''}${(where.base ?? '/').replace(/\/$/, '')}`
  return (path) => `${prefix}${path}`
}

export function buildCatalog(input: Corpus, records: ArticleRecord[], where: { base?: string; origin?: string } = {}): Catalog {
  const corpus = tidy(input)
  const messages: Message[] = []
  const record = new Map<string, ArticleRecord>()
  for (const r of records) {
    if (record.has(r.id)) {
      messages.push(message(r.file, `duplicate article id "${r.id}"; only the first is published`, 'site:duplicate-article', 'warning'))
      continue
    }
    record.set(r.id, r)
  }
  const unique = [...record.values()]

  const articleSlugs = folderSlugs('article')
  const articleUrl = new Map<string, string>()
  const articleTitle = new Map<string, string>()
  for (const r of unique) {
    articleUrl.set(r.id, `/articles/${articleSlugs.take(r.id)}/`)
    articleTitle.set(r.id, r.title?.value?.trim() || r.file || r.id)
  }

  const entitySlugs = folderSlugs('person')
  const entityUrl = new Map<string, string>()
  const entity = new Map<string, CorpusEntity & { kind: 'person' | 'organization' }>()
  const localEntity = new Map<string, string>()
  const addEntities = (list: CorpusEntity[], kind: 'person' | 'organization', folder: string) => {
    for (const e of list) {
      if (entity.has(e.id)) continue
      entity.set(e.id, { ...e, kind })
      entityUrl.set(e.id, `/${folder}/${entitySlugs.take(e.id, e.name)}/`)
      for (const [articleId, locals] of Object.entries(e.local ?? {})) {
        for (const local of locals) localEntity.set(`${articleId}\u0000${local}`, e.id)
      }
    }
  }
  addEntities(corpus.people, 'person', 'people')
  addEntities(corpus.organizations, 'organization', 'organizations')

  const topicSlugs = folderSlugs('topic')
  const topic = new Map<string, CorpusTopic & { url: string; slug: string }>()
  for (const t of corpus.topics) {
    if (topic.has(t.id)) continue
    const slug = topicSlugs.take(t.id, t.label || t.id)
    topic.set(t.id, { ...t, slug, url: `/topics/${slug}/` })
  }
  const topicByLabel = new Map([...topic.values()].map((t) => [t.label.toLowerCase(), t]))

  const storySlugs = folderSlugs('story')
  const storyUrl = new Map(corpus.stories.map((s) => [s.id, `/stories/${storySlugs.take(s.id, s.label || s.id)}/`]))
  const familySlugs = folderSlugs('family')
  const familyUrl = new Map(corpus.families.map((f) => [f.id, `/families/${familySlugs.take(f.id)}/`]))

  const outletSlugs = folderSlugs('outlet')
  const outlet = new Map<string, OutletInfo>()
  const outletOf = new Map<string, OutletInfo>()
  for (const r of unique) {
    const name = outletName(r)
    const key = name.toLowerCase()
    let info = outlet.get(key)
    if (!info) {
      const slug = outletSlugs.take(key, name)
      info = { key, name, slug, url: `/outlets/${slug}/`, articles: [] }
      outlet.set(key, info)
    }
    info.articles.push(r.id)
    outletOf.set(r.id, info)
  }

  const compareSlugs = folderSlugs('pair')
  const compareUrl = new Map<string, string>()
  for (const al of corpus.alignments) {
    const key = pairKey(al.a, al.b)
    if (compareUrl.has(key) || !record.has(al.a) || !record.has(al.b)) continue
    const slugA = articleUrl.get(al.a)!.split('/')[2]!
    const slugB = articleUrl.get(al.b)!.split('/')[2]!
    compareUrl.set(key, `/compare/${compareSlugs.take(key, `${slugA}-vs-${slugB}`)}/`)
  }

  const speakerLink = (articleId: string, id: string | null, name: string): { link: SpeakerLink; entity: string | null } => {
    const ent = id === null ? undefined : localEntity.get(`${articleId}\u0000${id}`) ?? (entity.has(id) ? id : undefined)
    const known = ent ? entity.get(ent) : undefined
    return { link: { name: known?.name ?? name, url: ent ? entityUrl.get(ent)! : null }, entity: ent ?? null }
  }
  const topicLinks = (refs: { id: string; label: string }[]): { links: Link[]; ids: string[] } => {
    const links: Link[] = []
    const ids: string[] = []
    for (const ref of refs) {
      const t = topic.get(ref.id) ?? topicByLabel.get(ref.label.toLowerCase())
      if (t && !ids.includes(t.id)) {
        ids.push(t.id)
        links.push({ label: t.label, url: t.url })
      }
    }
    return { links, ids }
  }

  const statements = new Map<string, StatementView>()
  const statementParts = new Map<string, Map<string, StatementView>>()
  const byArticle = new Map<string, StatementView[]>()
  const statementInputs = new Map<string, unknown[]>()
  for (const r of unique) {
    const anchors = new AnchorAllocator()
    const url = articleUrl.get(r.id)!
    const published = isoDay(r.date?.value)
    const art = {
      title: articleTitle.get(r.id)!,
      url,
      outlet: outletName(r),
      published,
      publishedLabel: displayDay(published),
    }
    const list: StatementView[] = []
    // Whatever `make` below looks up in the corpus must be added here.
    const inputs: unknown[] = [art.title, art.url]
    statementInputs.set(r.id, inputs)
    // The first claim drawn from each quote, from one pass (a scan of the claims per quote was quadratic).
    const claimByQuote = new Map<string, Claim>()
    for (const c of r.claims) if (c.quote != null && !claimByQuote.has(c.quote)) claimByQuote.set(c.quote, c)
    const claimOf = (q: Quote): Claim | undefined =>
      claimByQuote.get(q.id) ?? r.claims.find((c) => c.start < q.end && q.start < c.end)
    // A speaker is looked up once per article (most are quoted several times), so `inputs` holds it once.
    const speakers = new Map<string | null, Map<string, ReturnType<typeof speakerLink>>>()
    const speakerOf = (who: { id: string | null; name: string }) => {
      let byName = speakers.get(who.id)
      if (!byName) speakers.set(who.id, (byName = new Map()))
      let found = byName.get(who.name)
      if (!found) {
        byName.set(who.name, (found = speakerLink(r.id, who.id, who.name)))
        inputs.push(found)
      }
      return found
    }
    const make = (
      local: string,
      kind: StatementView['kind'],
      rawStart: number,
      rawEnd: number,
      text: string,
      who: { id: string | null; name: string } | null,
      stance: Stance | null,
      topics: { id: string; label: string }[],
      date: string | null,
      statementId: string,
      ownVoice = false,
    ) => {
      const { start, end } = checkSpan(r, `${kind} ${local}`, rawStart, rawEnd, messages)
      const anchor = anchors.take(local, `${kind === 'claim' ? 'c' : 'q'}-${local}`)
      const speaker = who ? speakerOf(who) : null
      const t = topicLinks(topics)
      if (topics.length > 0) inputs.push(t)
      const day = isoDay(date) ?? published
      const view: StatementView = {
        key: `${r.id}#${local}`,
        articleId: r.id,
        localId: local,
        kind,
        kindLabel: KIND_LABEL[kind] ?? kind,
        text: typeof text === 'string' && text !== '' ? text : r.text.slice(start, end),
        start,
        end,
        speaker: speaker?.link ?? null,
        href: `${url}#${anchor}`,
        anchor,
        article: art,
        date: day,
        dateLabel: displayDay(day),
        differsFromPublished: day !== published,
        stance,
        stanceLabel: stance ? STANCE_LABEL[stance] : null,
        topics: t.links,
        topicIds: t.ids,
        speakerEntity: speaker?.entity ?? null,
        statementId,
        ownVoice,
      }
      if (statements.has(view.key)) {
        messages.push(message(r.file, `duplicate statement id "${local}"; only the first is linked`, 'site:duplicate-statement', 'warning'))
        return
      }
      statements.set(view.key, view)
      addPart(statementParts, view)
      list.push(view)
    }
    for (const q of r.quotes) {
      const c = claimOf(q)
      make(q.id, q.kind, q.start, q.end, q.text, q.speaker, c?.stance ?? null, c?.topics ?? [], q.date, q.statement || q.id)
    }
    for (const c of r.claims) {
      make(c.id, 'claim', c.start, c.end, c.text, c.by, c.stance, c.topics, null, c.quote ?? c.id, c.by?.kind === 'outlet')
    }
    list.sort((x, y) => x.start - y.start || x.end - y.end)
    byArticle.set(r.id, list)
  }

  return {
    corpus,
    records: unique,
    record,
    articleUrl,
    articleTitle,
    entityUrl,
    entity,
    localEntity,
    topic,
    storyUrl,
    familyUrl,
    outlet,
    outletOf,
    statements,
    statementParts,
    byArticle,
    statementInputs,
    compareUrl,
    publicUrl: publicUrlOf(where),
    messages,
  }
}

/** Files `view` under its key's parts around the last '#' (see `Catalog#statementParts`). */
function addPart(parts: Catalog['statementParts'], view: StatementView): void {
  let head = view.articleId
  let tail = view.localId
  if (tail.includes('#')) {
    const cut = view.key.lastIndexOf('#')
    head = view.key.slice(0, cut)
    tail = view.key.slice(cut + 1)
  }
  let inArticle = parts.get(head)
  if (!inArticle) parts.set(head, (inArticle = new Map()))
  inArticle.set(tail, view)
}

/**
 * `cat.statements.get(`${articleId}#${local}`)`, without building the key when
 * `local` holds no '#': that key's last '#' is then the one before `local`.
 * (Statements are looked up this way about a hundred thousand times a build,
 * and a new key string is hashed at each lookup.)
 */
export function statementAt(cat: Catalog, articleId: string, local: string): StatementView | undefined {
  if (local.includes('#')) return cat.statements.get(`${articleId}#${local}`)
  return cat.statementParts.get(articleId)?.get(local)
}

/**
 * A statement named in the corpus: `${articleId}#${localId}`, or a bare local id
 * read against `articleId` (alignments sometimes list ids of their own article).
 */
export function findStatement(cat: Catalog, ref: string, articleId?: string): StatementView | undefined {
  // Every key holds a '#': most refs, bare local ids, are not keys.
  const direct = ref.includes('#') ? cat.statements.get(ref) : undefined
  if (direct) return direct
  if (articleId) return statementAt(cat, articleId, ref)
  return undefined
}

/**
 * A claim drawn from a quote is shown as that quote (its exact words, kind and
 * anchor), carrying the claim's stance and topics; anything else as it is.
 */
const quotedCache = new WeakMap<Catalog, Map<StatementView, StatementView>>()

export function asQuoted(cat: Catalog, s: StatementView): StatementView {
  if (s.kind !== 'claim' || s.statementId === s.localId) return s
  // One object per claim, so pages listing it share its card and JSON-LD. (A Map per catalog: a
  // WeakMap keyed by each of tens of thousands of fresh statements was several times slower.)
  let quoted = quotedCache.get(cat)
  if (!quoted) quotedCache.set(cat, (quoted = new Map()))
  const known = quoted.get(s)
  if (known) return known
  const q = statementAt(cat, s.articleId, s.statementId)
  if (!q || q.kind === 'claim') return s
  const shown: StatementView = {
    ...q,
    stance: s.stance ?? q.stance,
    stanceLabel: s.stanceLabel ?? q.stanceLabel,
    topics: s.topics.length ? s.topics : q.topics,
    topicIds: s.topicIds.length ? s.topicIds : q.topicIds,
  }
  quoted.set(s, shown)
  return shown
}

export { slugify }
