/**
 * schema.org JSON-LD embedded in each page. The JSON goes inside a
 * `<script type="application/ld+json">` element, so every character that
 * could end the element or start markup is written as a \u escape.
 */
import type { ArticleRecord, CorpusEntity } from '../model.ts'
import type { Catalog, StatementView } from './catalog.ts'

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g

/** JSON safe to place inside a script element: no `<`, `>`, `&`, U+2028 or U+2029 left raw. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A statement as a schema.org Quotation. */
function quotationLd(publicUrl: Catalog['publicUrl'], s: StatementView): Record<string, unknown> {
  return {
    '@type': 'Quotation',
    text: s.text,
    ...(s.speaker ? { spokenByCharacter: { '@type': 'Person', name: s.speaker.name } } : {}),
    ...(s.date ? { dateCreated: s.date } : {}),
    url: publicUrl(s.href),
  }
}

const quotationJsonCache = new WeakMap<StatementView, string>()

/** A statement's Quotation already embedded (`embedJson`), made once: it is cited on its article page and on several collection pages. */
function quotationJson(publicUrl: Catalog['publicUrl'], s: StatementView): string {
  let json = quotationJsonCache.get(s)
  if (json === undefined) {
    json = embedJson(quotationLd(publicUrl, s))
    quotationJsonCache.set(s, json)
  }
  return json
}

/**
 * `value` embedded with one more property, `key`, last: a list of values
 * already embedded. The same bytes as embedding the whole (escaping works
 * character by character), without writing each quotation again.
 */
function embedWithList(value: Record<string, unknown>, key: string, list: string[]): string {
  const shell = embedJson({ ...value, [key]: [] })
  return `${shell.slice(0, -2)}${list.join(',')}]}`
}

/**
 * A NewsArticle, embedded, from what its article page is made of (see
 * `articleView`): `people` are the corpus people named in the article, with
 * their pages.
 */
export function newsArticleJsonLd(
  publicUrl: Catalog['publicUrl'],
  r: ArticleRecord,
  page: { title: string; sourceLink: string | null; people: { name: string; url: string }[]; statements: StatementView[] },
): string {
  const head = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: page.title,
    ...(r.date?.value ? { datePublished: r.date.value } : {}),
    inLanguage: r.language,
    ...(r.source?.name ? { publisher: { '@type': 'Organization', name: r.source.name } } : {}),
    ...(page.sourceLink ? { isBasedOn: page.sourceLink } : {}),
    mentions: page.people.map((p) => ({ '@type': 'Person', name: p.name, url: publicUrl(p.url) })),
  }
  const quotes = page.statements.filter((s) => s.kind !== 'claim')
  return embedWithList(head, 'citation', quotes.map((s) => quotationJson(publicUrl, s)))
}

/** A person or organization, `url` its page as published. */
export function personLd(e: CorpusEntity & { kind: 'person' | 'organization' }, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': e.kind === 'person' ? 'Person' : 'Organization',
    name: e.name,
    ...(e.aliases.length ? { alternateName: e.aliases } : {}),
    ...(e.kind === 'person' && e.roles.length ? { jobTitle: e.roles.map((r) => r.role) } : {}),
    ...(e.wikidata && /^Q\d+$/.test(e.wikidata) ? { sameAs: `https://www.wikidata.org/wiki/${e.wikidata}` } : {}),
    url,
  }
}

/**
 * Quotations named in a collection page's JSON-LD. Every quotation is in full
 * in its article page's JSON-LD; fifty on every compare and timeline page
 * repeated the visible text a second time and were a sixth of those pages.
 */
const COLLECTION_PARTS = 10

/** A CollectionPage naming the first quotations among `statements`, embedded. */
export function collectionJsonLd(publicUrl: Catalog['publicUrl'], name: string, statements: StatementView[]): string {
  const parts: string[] = []
  for (const s of statements) {
    if (parts.length === COLLECTION_PARTS) break
    if (s.kind !== 'claim') parts.push(quotationJson(publicUrl, s))
  }
  return embedWithList({ '@context': 'https://schema.org', '@type': 'CollectionPage', name }, 'hasPart', parts)
}
