/**
 * The record model: the single source of truth for every stage.
 *
 * Each type is a zod schema, so records can be validated at run time and the
 * JSON Schema published with the site is generated from the same definitions.
 * Every span is `{start, end}` into the `text` of the article it came from,
 * with `text.slice(start, end)` equal to the span's text.
 */
import { z } from 'zod'

/** A half-open character range into `Article.text` (UTF-16 code units, as JS strings index). */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
export type Span = z.infer<typeof Span>

/** A span that also carries its text, so a reader of the JSON needs no slicing. */
export const TextSpan = Span.extend({ text: z.string() })
export type TextSpan = z.infer<typeof TextSpan>

/** A vfile-style diagnostic: `file:line:column: reason [ruleId]`. */
export const Message = z.object({
  file: z.string(),
  line: z.number().int().positive().nullable(),
  column: z.number().int().positive().nullable(),
  reason: z.string(),
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
})
export type Message = z.infer<typeof Message>

/** Why a piece of metadata is believed: a reason, and where in the text it was seen. */
export const Evidence = z.object({
  reason: z.string(),
  quote: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
})
export type Evidence = z.infer<typeof Evidence>

export const DateBasis = z.enum(['front-matter', 'html-meta', 'url', 'dateline', 'inferred', 'none'])
export type DateBasis = z.infer<typeof DateBasis>

/** A publication date with the reasoning behind it. `value` is null when nothing fits or several candidates remain. */
export const DateInfo = z.object({
  value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  basis: DateBasis,
  /** 0..1: 1 for a stated date, lower for inference. */
  confidence: z.number().min(0).max(1),
  evidence: z.array(Evidence),
  /** Every date the constraints left open, when more than one remains. */
  candidates: z.array(z.string()).default([]),
})
export type DateInfo = z.infer<typeof DateInfo>

export const SourceInfo = z.object({
  name: z.string().nullable(),
  /** Where the name came from: front-matter, json-ld, og:site_name, title-suffix, footer, url-host, none. */
  basis: z.string(),
  evidence: z.array(Evidence).default([]),
  url: z.string().nullable().default(null),
  /** Agencies the text says it relays ("TASS reports"). */
  relayedFrom: z.array(z.string()).default([]),
})
export type SourceInfo = z.infer<typeof SourceInfo>

export const TitleInfo = z.object({
  value: z.string(),
  basis: z.string(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
})
export type TitleInfo = z.infer<typeof TitleInfo>

export const RemovedLine = Span.extend({ reason: z.string() })
export type RemovedLine = z.infer<typeof RemovedLine>

export const InputFormat = z.enum(['txt', 'md', 'html'])
export type InputFormat = z.infer<typeof InputFormat>

/** What `ingest` makes of one file: the text, its body and boilerplate, and its metadata. */
export const Article = z.object({
  /** Stable, URL-safe id, unique within a corpus (derived from the file name). */
  id: z.string(),
  /** The input path as given (relative to the working directory when possible). */
  file: z.string(),
  format: InputFormat,
  /** sha256 of the input bytes, hex. */
  hash: z.string(),
  /** The exact text every offset indexes into. For .txt it is the decoded file; for .md/.html the plain text of the body. */
  text: z.string(),
  title: TitleInfo,
  source: SourceInfo,
  date: DateInfo,
  /** ISO 639-1 code, or "und" when undetermined. */
  language: z.string(),
  url: z.string().nullable(),
  /** The body kept, one span per paragraph, in order. */
  paragraphs: z.array(Span),
  /** Boilerplate lines taken out, with the reason for each. */
  removed: z.array(RemovedLine),
  /** Front-matter keys that `add` inferred rather than read (shown as guesses on the site). */
  inferred: z.array(z.string()).default([]),
  messages: z.array(Message).default([]),
})
export type Article = z.infer<typeof Article>

export const Person = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  mentions: z.array(TextSpan),
})
export type Person = z.infer<typeof Person>

export const Organization = z.object({
  id: z.string(),
  name: z.string(),
  /** e.g. government, agency, news, party, company, document, group. */
  kind: z.string().default('organization'),
  mentions: z.array(TextSpan),
})
export type Organization = z.infer<typeof Organization>

/** Who a quote or claim is attributed to: a person or organization of the record, or a text-only actor. */
export const SpeakerRef = z.object({
  /** id in `people` or `organizations`, or null for an actor that is neither (e.g. "analysts"). */
  id: z.string().nullable(),
  name: z.string(),
  /** The mention in the text that carried the attribution ("he", "Smith", "the ministry"). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(['person', 'organization', 'group']).default('person'),
})
export type SpeakerRef = z.infer<typeof SpeakerRef>

export const QuoteKind = z.enum(['direct', 'indirect', 'partial'])
export type QuoteKind = z.infer<typeof QuoteKind>

export const Quote = z.object({
  id: z.string(),
  kind: QuoteKind,
  /** Content only: quotation marks and the cue are outside the span. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  speaker: SpeakerRef.nullable(),
  cue: TextSpan.nullable(),
  /** Quotes split around one cue, or continued without a cue, share a statement id. */
  statement: z.string(),
  /** A relaying source kept apart from the speaker ("TASS reports", "quoted by Reuters"). */
  relay: TextSpan.nullable().default(null),
  /** Date the statement was made, when the text places it ("on Wednesday"), else null. */
  date: z.string().nullable().default(null),
})
export type Quote = z.infer<typeof Quote>

export const Stance = z.enum(['negative', 'neutral', 'positive'])
export type Stance = z.infer<typeof Stance>

/** A topic label as extraction sees it: canonical id plus the words that evoked it. */
export const TopicRef = z.object({
  id: z.string(),
  label: z.string(),
})
export type TopicRef = z.infer<typeof TopicRef>

export const Claim = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Who makes the claim; the outlet itself for claims in its own voice. */
  by: z.object({
    id: z.string().nullable(),
    name: z.string(),
    kind: z.enum(['person', 'organization', 'group', 'outlet']),
  }),
  topics: z.array(TopicRef),
  stance: Stance,
  /** The quote the claim was taken from, if any. */
  quote: z.string().nullable().default(null),
})
export type Claim = z.infer<typeof Claim>

/** A quoted term that is not a statement (scare quotes, titles, nicknames). */
export const Term = TextSpan.extend({ attributedTo: z.string().nullable().default(null) })
export type Term = z.infer<typeof Term>

/** What `extract` makes of an article: the article plus everything found in it. */
export const ArticleRecord = Article.extend({
  /** False when the language is not supported: people, quotes and claims are then left empty. */
  extractionSupported: z.boolean(),
  people: z.array(Person),
  organizations: z.array(Organization),
  quotes: z.array(Quote),
  claims: z.array(Claim),
  terms: z.array(Term),
  extractorVersion: z.string(),
})
export type ArticleRecord = z.infer<typeof ArticleRecord>

// ---------------------------------------------------------------------------
// The linked corpus (output of `link`). Field names are a public contract.

export const CorpusArticle = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  date: z.string().nullable(),
})
export type CorpusArticle = z.infer<typeof CorpusArticle>

export const RoleSeen = z.object({
  role: z.string(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
})
export type RoleSeen = z.infer<typeof RoleSeen>

export const CorpusEntity = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(RoleSeen),
  articles: z.array(z.string()),
  /** For organizations and metonyms: the country they stand for, as a name, when known. */
  country: z.string().nullable().default(null),
  /** `{articleId: local id in that record}`, so pages can find the mentions. */
  local: z.record(z.string(), z.array(z.string())).default({}),
  wikidata: z.string().nullable().default(null),
})
export type CorpusEntity = z.infer<typeof CorpusEntity>

export const CorpusTopic = z.object({
  id: z.string(),
  label: z.string(),
  articles: z.array(z.string()),
  /** Set for events (e.g. an election) when a date is known. */
  date: z.string().nullable().default(null),
})
export type CorpusTopic = z.infer<typeof CorpusTopic>

export const Story = z.object({
  id: z.string(),
  label: z.string(),
  date: z.string().nullable(),
  articles: z.array(z.string()),
})
export type Story = z.infer<typeof Story>

/** Ids of statements in the corpus are `${articleId}#${quoteOrClaimId}`. */
export const FamilyMember = z.object({ article: z.string(), quote: z.string(), text: z.string() })
export const Family = z.object({
  id: z.string(),
  speaker: z.string(),
  date: z.string().nullable(),
  members: z.array(FamilyMember),
})
export type Family = z.infer<typeof Family>

export const Relation = z.enum(['same', 'shifted', 'opposite'])
export type Relation = z.infer<typeof Relation>

export const AlignmentRow = z.object({
  topic: z.string(),
  a: z.array(z.string()),
  b: z.array(z.string()),
  relation: Relation,
  /** Whose statements the row pairs: a person or organisation id, `outlet` for each outlet's own voice, or `group:<name>`. */
  speaker: z.string().optional(),
})
export type AlignmentRow = z.infer<typeof AlignmentRow>

export const Alignment = z.object({
  /** Article ids. */
  a: z.string(),
  b: z.string(),
  /** Why the pair is related: same story, or same speaker and topic. */
  reason: z.string().default(''),
  rows: z.array(AlignmentRow),
  onlyA: z.array(z.string()),
  onlyB: z.array(z.string()),
})
export type Alignment = z.infer<typeof Alignment>

export const Corpus = z.object({
  articles: z.array(CorpusArticle),
  people: z.array(CorpusEntity),
  organizations: z.array(CorpusEntity),
  topics: z.array(CorpusTopic),
  stories: z.array(Story),
  families: z.array(Family),
  alignments: z.array(Alignment),
})
export type Corpus = z.infer<typeof Corpus>

/** JSON Schema of the public records, published with the site. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    ArticleRecord: z.toJSONSchema(ArticleRecord, { io: 'output' }),
    Corpus: z.toJSONSchema(Corpus, { io: 'output' }),
  }
}
