/**
 * The pass over the units of an article: names, cues, and the quotes and
 * terms they give, in text order. Everything positional stays in offsets of
 * `article.text`.
 */
import type { Article, QuoteKind } from '../model.ts'
import { pronoun } from '../knowledge/pronouns.ts'
import { findCues, type Cue } from './attribution.ts'
import { Registry, type Entity } from './entities.ts'
import { toItems, type Item } from './items.ts'
import { findNames, isModifierToken, isRoleish, type NameHit } from './names.ts'
import { GROUP_NOUNS, WEAK_ROLE_NOUNS, nounGender } from '../knowledge/roles.ts'
import { scanQuotes, type QuoteSpan } from './quotes.ts'
import { Resolver } from './resolve.ts'
import { segment, type Unit } from './sentences.ts'
import { isPersonNoun, noteSubjectAppositives, type SpeakerContext, type SpeakerHit } from './speaker.ts'
import { tokenize, type Token } from './tokens.ts'
import { transcriptQuotes } from './transcript.ts'
import { isPlaceWord } from './places.ts'

export interface RawSpeaker {
  entity: Entity | null
  name: string
  kind: 'person' | 'organization' | 'group'
  start: number
  end: number
}

export interface RawQuote {
  kind: QuoteKind
  start: number
  end: number
  speaker: RawSpeaker | null
  cue: { start: number; end: number } | null
  statement: number
  relay: { start: number; end: number } | null
  unit: number
}

export interface RawTerm {
  start: number
  end: number
  attributedTo: string | null
}

export interface Run {
  registry: Registry
  quotes: RawQuote[]
  terms: RawTerm[]
  units: Unit[]
  /** Units that hold a cue or a quote: not in the outlet's own voice. */
  speech: boolean[]
}

/** Words before a quoted term that name it rather than quote a statement. */
const NAMING = new Set(['called', 'dubbed', 'termed', 'labeled', 'labelled', 'so-called', 'named', 'titled', 'entitled', 'nicknamed', 'branded', 'as', 'word', 'term', 'phrase', 'slogan', 'hashtag'])

export function runUnits(article: Article): Run {
  const text = article.text
  const quotes = scanQuotes(text, article.paragraphs)
  const units = segment(text, article.paragraphs, quotes)
  const registry = new Registry()
  const resolver = new Resolver(registry)
  const out: RawQuote[] = []
  const terms: RawTerm[] = []
  const speech: boolean[] = []
  let statements = 0
  let qi = 0
  let prevUnitCueless: RawQuote[] = []
  // The one person the previous unit named outside quotations, if it named exactly one.
  let prevUnitPerson: Entity | null = null
  let lastDirect: RawQuote | null = null
  let lastSaid: RawQuote | null = null
  // A cue that ended its paragraph with a colon ("Ann Hart wrote:"), for a quotation opening the next.
  let colonCue: { speaker: RawSpeaker; cue: { start: number; end: number }; statement: number; unit: number } | null = null

  units.forEach((unit, ui) => {
    const tokens = tokenize(text, unit.start, unit.end)
    while (qi < quotes.length && quotes[qi]!.open < unit.start) qi++
    const unitQuotes: QuoteSpan[] = []
    for (let k = qi; k < quotes.length && quotes[k]!.open < unit.end; k++) unitQuotes.push(quotes[k]!)
    const { items, inQuote } = toItems(tokens, unitQuotes)
    const hits = findNames({ text, unit: ui, tokens, inQuote, registry })
    const ctx = speakerContext(text, ui, tokens, items, hits, inQuote, resolver)
    noteDescriptions(text, ui, items, ctx.hitStarting, resolver)
    noteSubjectAppositives(ctx)
    learnGender(items, hits, inQuote)
    const cues = findCues(ctx)
    const used = new Set<QuoteSpan>()
    const produced: RawQuote[] = []
    let relay: { start: number; end: number } | null = null
    for (const c of cues) if (c.relay) relay = { start: items[c.from]!.start, end: items[c.to - 1]!.end }

    for (const c of cues) {
      if (c.relay || c.kind === 'bare') continue
      const statement = ++statements
      const speaker = rawSpeaker(c.speaker)
      const cueSpan = cueSpanOf(items, c)
      const ownRelay = c.relayAt ? { start: items[c.relayAt[0]]!.start, end: items[c.relayAt[1] - 1]!.end } : relay
      if (c.pre && c.pre[0] >= items.length && items[items.length - 1]?.tok?.text === ':') colonCue = { speaker, cue: cueSpan, statement, unit: ui }
      for (const region of [c.post, c.pre]) {
        if (!region) continue
        for (const r of contentOf(text, items, region[0], region[1])) {
          for (const q of r.quotes) used.add(q)
          produced.push({ kind: r.kind, start: r.start, end: r.end, speaker, cue: cueSpan, statement, relay: ownRelay, unit: ui })
        }
      }
      if (c.speaker.entity && c.speaker.entity.kind === 'person') {
        resolver.lastSpeaker = { entity: c.speaker.entity, unit: ui }
        // Someone who speaks is a person, whatever the name lexicon knows of the name.
        c.speaker.entity.evidence = Math.max(c.speaker.entity.evidence, 1)
      } else if (!c.speaker.entity && c.speaker.kind === 'person' && !c.speaker.plural && !pronoun(c.speaker.name.toLowerCase())) {
        // "A witness told the Echo ... “People were screaming,” she said": an unnamed speaker is
        // what a "he" or "she" just after stands for, when nobody named fits there.
        const head = (c.speaker.name.split(/\s+/).pop() ?? '').toLowerCase()
        describe(text, ui, c.speaker.start, c.speaker.end, head, resolver, c.speaker.name)
      }
    }

    // A unit that is only a cue ("Smith added.") speaks for the uncued quotes just before it.
    const bare = cues.find((c) => c.kind === 'bare')
    if (bare && prevUnitCueless.length > 0 && cues.every((c) => c.kind === 'bare' || c.relay)) {
      const speaker = rawSpeaker(bare.speaker)
      const cueSpan = cueSpanOf(items, bare)
      const statement = ++statements
      for (const q of prevUnitCueless) {
        q.speaker = speaker
        q.cue = cueSpan
        q.statement = statement
      }
      if (bare.speaker.entity?.kind === 'person') resolver.lastSpeaker = { entity: bare.speaker.entity, unit: ui }
    }

    // Quotes no cue claimed: continuation of the previous speaker, or terms.
    const cueless: RawQuote[] = []
    for (const r of produced) {
      if (r.kind === 'direct' && (!lastDirect || r.start > lastDirect.start)) lastDirect = r
      if (r.speaker && (!lastSaid || r.start > lastSaid.start)) lastSaid = r
    }
    for (let ii = 0; ii < items.length; ii++) {
      const it = items[ii]!
      const q = it.quote
      if (!q || used.has(q)) continue
      const alone = isAlone(items, it)
      const words = countWords(text, q.start, q.end)
      const naming = NAMING.has(prevWord(items, ii))
      const body = text.slice(q.start, q.end).trim()
      // A quote alone in its unit that ends without punctuation is a heading or a slogan;
      // one inside a sentence with no cue that starts in lower case is a phrase, not a statement.
      const heading = alone && words < 12 && !/[.!?,…"”']$/.test(body) && prevUnitCueless.length === 0 && !(ui > 0 && units[ui - 1]!.block === unit.block)
      const fragment = !alone && /^[\p{Ll}]/u.test(body)
      if (heading || fragment || (!alone && (naming || words < 6))) {
        terms.push({ start: q.start, end: q.end, attributedTo: namingSubject(items, it, hits, inQuote) })
        continue
      }
      if (!alone && words < 8 && !/[.!?,]$/.test(text.slice(q.start, q.end).trim())) {
        terms.push({ start: q.start, end: q.end, attributedTo: null })
        continue
      }
      // The previous quote continues; failing a recent direct one, the last reported speech
      // of the paragraph just before ("X said it was ... \n\n "They wanted us ...").
      let prev = lastDirect ?? undefined
      // ("At current rates, Lee said, there will be three. “Adding a fourth could ...”": or of this paragraph.)
      if (lastSaid && (!prev || lastSaid.start > prev.start) && ui - lastSaid.unit <= 1 && ((units[lastSaid.unit]!.block === unit.block - 1 && unit.first) || units[lastSaid.unit]!.block === unit.block)) prev = lastSaid
      let near = prev !== undefined && ui - prev.unit <= 2 && units[prev.unit]!.block >= unit.block - 1
      let speaker = near ? prev!.speaker : null
      let cue: RawQuote['cue'] = null
      // "Ann Hart wrote:" then the quotation alone in the next paragraph.
      if (alone && colonCue && colonCue.unit === ui - 1) {
        speaker = colonCue.speaker
        cue = colonCue.cue
        near = false
      }
      // "For Ruiz, the answer is simple. “We are ready.”": a quotation standing alone after a
      // sentence of the same paragraph about one person is that person's.
      // A paragraph that opens on someone else ("Aderholt returned to the issue later. “What ...?”")
      // ends the previous paragraph's speaker's turn.
      const opener = prevUnitPerson?.mentions.find((x) => x.unit === ui - 1 && !x.inQuote && x.start === units[ui - 1]!.start)
      const newTurn = !!opener && !!prev && units[prev.unit]!.block < unit.block && units[ui - 1]!.first && prev.speaker?.entity !== prevUnitPerson
      if ((!speaker || newTurn) && alone && prevUnitPerson && ui > 0 && units[ui - 1]!.block === unit.block) {
        if (newTurn) near = false
        const m = prevUnitPerson.mentions.find((x) => x.unit === ui - 1 && !x.inQuote)
        speaker = { entity: prevUnitPerson, name: prevUnitPerson.name, kind: 'person', start: m?.start ?? q.start, end: m?.end ?? q.start }
      }
      // "The minister was blunt: «...»": a quote after a colon is the clause subject's.
      const colon = ii > 0 && items[ii - 1]!.tok?.text === ':'
      const subject = colon ? hits.find((h) => inQuote[h.from] !== true && h.from < (items[ii - 1]!.ti ?? 0)) : undefined
      if (subject) {
        const t = tokens[subject.nameFrom]!
        speaker = { entity: subject.entity, name: subject.entity.name, kind: subject.entity.kind, start: t.start, end: tokens[subject.to - 1]!.end }
        near = !!prev && prev.speaker?.entity === subject.entity && ui - prev.unit <= 1
      }
      const rq: RawQuote = {
        kind: 'direct',
        start: q.start,
        end: q.end,
        speaker,
        cue,
        statement: cue && colonCue ? colonCue.statement : near ? prev!.statement : ++statements,
        relay,
        unit: ui,
      }
      produced.push(rq)
      cueless.push(rq)
      lastDirect = rq
      if (rq.speaker) lastSaid = rq
    }
    prevUnitCueless = cueless
    const named = new Set(hits.filter((h) => h.entity.kind === 'person' && inQuote[h.from] !== true).map((h) => h.entity))
    prevUnitPerson = named.size === 1 ? [...named][0]! : null
    produced.sort((a, b) => a.start - b.start)
    out.push(...produced)
    speech[ui] = produced.length > 0 || cues.length > 0 || unitQuotes.length > 0
  })
  const answers = transcriptQuotes(text, article.paragraphs, units, registry, out, () => ++statements)
  if (answers.length) {
    out.push(...answers)
    out.sort((a, b) => a.start - b.start)
    for (const a of answers) speech[a.unit] = true
  }
  resolveForward(text, out, registry, resolver)
  return { registry, quotes: out, terms, units, speech }
}

/**
 * A lead often describes before it names: "The prime minister on Sunday ruled
 * out ..., insisting that ...", then "Prime Minister Jane Roe said". A speaker
 * left as a definite description ("the prime minister") is the one person
 * the article gives exactly that role, when only one holds it.
 */
function resolveForward(text: string, quotes: RawQuote[], registry: Registry, resolver: Resolver): void {
  const holders = new Map<string, Entity | null>()
  for (const e of registry.entities) {
    if (e.kind !== 'person') continue
    for (const role of e.roles) {
      const key = role.toLowerCase()
      holders.set(key, holders.has(key) && holders.get(key) !== e ? null : e)
    }
  }
  if (holders.size === 0) return
  for (const q of quotes) {
    const sp = q.speaker
    if (!sp || sp.entity || sp.kind !== 'person') continue
    const said = text.slice(sp.start, sp.end)
    const m = /^[Tt]he\s+([\p{Ll}\s-]+)$/u.exec(said)
    const e = m ? holders.get(m[1]!.replace(/\s+/g, ' ')) : undefined
    if (!e) continue
    resolver.note(e, { start: sp.start, end: sp.end, text: said, inQuote: false, unit: q.unit, type: 'role' })
    q.speaker = { ...sp, entity: e, name: e.name }
  }
}

function speakerContext(text: string, ui: number, tokens: Token[], items: Item[], hits: NameHit[], inQuote: boolean[], resolver: Resolver): SpeakerContext {
  const hitEnding = new Map<number, NameHit>()
  const hitStarting = new Map<number, NameHit>()
  // Item index of each token (a plain array: typed arrays cost more to create than this saves);
  // only needed when the unit names someone.
  const itemOfToken: number[] = []
  if (hits.length) items.forEach((it, i) => {
    if (it.ti !== undefined) itemOfToken[it.ti] = i
  })
  let first = true
  for (const h of hits) {
    const fromItem = itemOfToken[h.from]
    const toItem = itemOfToken[h.to - 1]
    const quoted = inQuote[h.from] === true || photoCredit(text, tokens[h.from]!.start, tokens[h.to - 1]!.end)
    if (!quoted && fromItem !== undefined && toItem !== undefined) {
      const mentionStart = items[fromItem]!.start
      hitStarting.set(fromItem, h)
      hitEnding.set(toItem, h)
      const end = mentionEnd(text, items[toItem]!.end)
      // "Marovia's deputy foreign minister, Ilse Brandauer, ...": a possessive is not the subject.
      const possessive = end < items[toItem]!.end
      resolver.note(h.entity, { start: mentionStart, end, text: text.slice(mentionStart, end), inQuote: false, unit: ui, type: h.type, subject: first && !possessive })
      if (!possessive) first = false
    } else {
      // Names inside quotes (or photo credits) are mentions too, never antecedents of a cue's pronoun.
      const start = tokens[h.from]!.start
      const end = mentionEnd(text, tokens[h.to - 1]!.end)
      resolver.note(h.entity, { start, end, text: text.slice(start, end), inQuote: true, unit: ui, type: h.type })
    }
  }
  return { text, items, unit: ui, hitEnding, hitStarting, resolver }
}

/**
 * A person of unknown gender alone in a sentence with "he/his/him" (or
 * "she/her") is taken to be referred to by them, so later pronouns agree.
 */
function learnGender(items: Item[], hits: NameHit[], inQuote: boolean[]): void {
  let person: NameHit | null = null
  for (const h of hits) {
    if (inQuote[h.from] === true || h.entity.kind !== 'person') continue
    if (person && person.entity !== h.entity) return
    person = h
  }
  if (!person || person.entity.gender !== 'unknown') return
  let male = false
  let female = false
  for (const it of items) {
    if (!it.tok || (it.ti !== undefined && it.ti < person.to)) continue
    const l = it.tok.lower
    if (l === 'he' || l === 'his' || l === 'him' || l === 'himself') male = true
    else if (l === 'she' || l === 'her' || l === 'hers' || l === 'herself') female = true
  }
  if (male !== female) person.entity.gender = male ? 'male' : 'female'
}

/**
 * Definite role descriptions anywhere in the prose ("the German leader", "the
 * Kremlin spokesman") become mentions of the person introduced with that role.
 */
function noteDescriptions(text: string, ui: number, items: Item[], hitStarting: Map<number, NameHit>, resolver: Resolver): void {
  // "Local residents disputed the account. They said ...": a group opening the sentence is what "they" may stand for.
  for (let j = 0; j < Math.min(items.length - 1, 4); j++) {
    const x = items[j]!.tok
    if (!x || !x.word) break
    if (GROUP_NOUNS.has(x.lower)) {
      if (items[j + 1]?.tok?.word && !items[j + 1]!.tok!.cap) resolver.describe({ unit: ui, start: items[0]!.start, end: x.end, name: text.slice(items[0]!.start, x.end), gender: 'unknown', plural: true })
      break
    }
    if (!(isModifierToken(x) || (j === 0 && x.cap) || ['the', 'some', 'many', 'local', 'other', 'several'].includes(x.lower))) break
  }
  noteInterviewees(text, ui, items, resolver)
  for (let i = 0; i + 1 < items.length; i++) {
    const t = items[i]!.tok
    if (!t || t.lower !== 'the') continue
    let j = i + 1
    const mods: string[] = []
    while (j < items.length && j - i <= 4) {
      const x = items[j]!.tok
      const h = hitStarting.get(j)
      if (!x || !x.word || (h && h.entity.kind === 'person')) break
      if (isRoleish(x) && !x.cap && !WEAK_ROLE_NOUNS.has(x.lower)) break
      if (!(isModifierToken(x) || x.cap)) break
      mods.push(x.lower)
      j++
    }
    const head = items[j]?.tok
    if (!head || !head.word || !isRoleish(head) || head.cap || WEAK_ROLE_NOUNS.has(head.lower)) continue
    // "the spokesman Jane Smith": a title before a name, not a description.
    if (items[j + 1]?.tok?.cap) continue
    const e = resolver.role(head.lower, mods, ui)
    if (!e) {
      // Nobody named holds the role: an unnamed subject a later "he" or "she" may stand for.
      if (i === 0) describe(text, ui, t.start, head.end, head.lower, resolver)
      continue
    }
    const start = t.start
    const end = head.end
    resolver.note(e, { start, end, text: text.slice(start, end), inQuote: false, unit: ui, type: 'role' })
    // "the Kremlin spokesman" names a role of its own; "the German leader" only describes one.
    if (mods.length > 0 && e.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head.lower))) resolver.registry.addRole(e, text.slice(items[i + 1]!.start, end))
    i = j
  }
}

// Verbs by which a reporter introduces someone unnamed ("spoke to one mother, who ...").
const MET = new Set(['spoke', 'talked', 'interviewed', 'reached', 'contacted', 'met'])

/**
 * "The Herald spoke to one mother, who ... “...,” she said": an unnamed person
 * introduced as the reporter's interviewee, or opening a sentence ("A local
 * teacher ..."), is whom a following "she" stands for.
 */
function noteInterviewees(text: string, ui: number, items: Item[], resolver: Resolver): void {
  // ("A local teacher, who asked for her name to be withheld, ...": one opening the sentence too.)
  for (let i = -1; i + 2 < items.length; i++) {
    if (i >= 0 && !MET.has(items[i]!.tok?.lower ?? '')) continue
    let j = i + 1
    if (i >= 0 && ['to', 'with'].includes(items[j]?.tok?.lower ?? '')) j++
    if (!['a', 'an', 'one', 'another'].includes(items[j]?.tok?.lower ?? '')) continue
    const start = items[j]!.start
    // The last person noun of up to three words ("one mother", "a local teacher", "a retired police officer").
    let head: Token | null = null
    for (let k = j + 1; k < items.length && k <= j + 3; k++) {
      const x = items[k]!.tok
      if (!x?.word || x.cap) break
      if (isPersonNoun(x.lower) || (isRoleish(x) && !isModifierToken(x) && !WEAK_ROLE_NOUNS.has(x.lower))) head = x
    }
    if (head) describe(text, ui, start, head.end, head.lower, resolver, text.slice(start, head.end))
  }
}

function describe(text: string, unit: number, start: number, end: number, head: string, resolver: Resolver, name = text.slice(start, end).replace(/^the\s+/i, '')): void {
  resolver.describe({ unit, start, end, name, gender: nounGender(head) })
}

/** A possessive "'s" is not part of the mention. */
function mentionEnd(text: string, end: number): number {
  if (text[end - 2] === '’' || text[end - 2] === "'") {
    if (text[end - 1] === 's') return end - 2
  }
  if (text[end - 1] === '’' || text[end - 1] === "'") return end - 1
  return end
}

function rawSpeaker(s: SpeakerHit): RawSpeaker {
  return { entity: s.entity, name: s.name, kind: s.kind, start: s.start, end: s.end }
}

function cueSpanOf(items: Item[], c: Cue): { start: number; end: number } {
  const from = items[c.from]!
  const to = items[Math.max(c.from, c.to - 1)]!
  return { start: from.start, end: to.end }
}

interface Content {
  kind: QuoteKind
  start: number
  end: number
  quotes: QuoteSpan[]
}

const TRAIL = new Set([',', '.', ';', ':', '—', '–', '-', '!', '?'])

/** What a content region holds: direct quotes, one partial quote, or indirect speech. */
/**
 * A wire dateline that opens an article's first sentence ("BERLIN, March 12 (Reuters) - ",
 * "DOHA (Al Jazeera) – ", "VIENNA — "): a city in capitals, then a date or the agency, then a
 * dash; or the city alone before a long dash.
 */
const DATELINE = /^(?:\p{Lu}[\p{Lu}\s.'’-]{1,40}?(?:(?:,\s*[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?)\s*(?:\([^)\n]{1,40}\))?|\s*\([^)\n]{1,40}\))\s*(?:--|[-—–])|\p{Lu}{3,}(?:[ ,]+\p{Lu}[\p{Lu}.]+){0,2}\s+[—–])\s+/u

function contentOf(text: string, items: Item[], a: number, b: number): Content[] {
  while (a < b && items[a]!.tok && !items[a]!.tok!.word && items[a]!.tok!.text !== '(') a++
  // The dateline is where the report was filed, not part of what was said.
  const dateline = a < b && items[a]!.tok?.cap ? DATELINE.exec(text.slice(items[a]!.start, items[a]!.start + 120)) : null
  if (dateline) {
    const after = items[a]!.start + dateline[0].length
    while (a < b && items[a]!.start < after) a++
  }
  if (a < b && items[a]!.tok?.lower === 'that') a++
  // A dangling conjunction where the content was cut ("they were well and").
  while (b > a && ['and', 'or', 'but'].includes(items[b - 1]!.tok?.lower ?? '')) b--
  while (b > a && items[b - 1]!.tok && !items[b - 1]!.tok!.word && (TRAIL.has(items[b - 1]!.tok!.text) || items[b - 1]!.tok!.text === ')' && !items.slice(a, b).some((x) => x.tok?.text === '('))) b--
  if (b <= a) return []
  // A quoted name inside the content ("nicknamed 'Operation X'") is a term, not a quotation.
  const quotes: Item[] = []
  const words: Item[] = []
  for (let i = a; i < b; i++) {
    const x = items[i]!
    if (x.quote && !namesSomething(items, i)) quotes.push(x)
    else if (x.quote || x.tok?.word) words.push(x)
  }
  if (quotes.length > 0) {
    // ("it" is as often the object of an evaluation: "called it 'morally wrong'", a partial quote.)
    const onlyPronoun = words.length === 1 && !!words[0]!.tok && words[0]!.tok.lower !== 'it' && pronoun(words[0]!.tok.lower)?.case === 'subject' && items[b - 1]!.quote
    if (words.length === 0 || onlyPronoun) {
      // "blasted the payout as 'morally wrong.'": an evaluation's few words are a partial quote.
      const evaluation = quotes.length === 1 && ['as', 'of', 'against'].includes(prevWord(items, a))
      return quotes.map((x) => ({ kind: evaluation ? ('partial' as const) : ('direct' as const), start: x.quote!.start, end: x.quote!.end, quotes: [x.quote!] }))
    }
    const start = items[a]!.start
    const end = items[b - 1]!.end
    // A partial quote whose quotation runs on into following paragraphs: the
    // first paragraph is the partial quote, the paragraphs after it are direct.
    const brk = text.indexOf('\n', start)
    const last = quotes[quotes.length - 1]!.quote!
    if (brk > 0 && brk < end && last.open < brk && last.end > brk) {
      let s = brk
      while (s < last.end && /[\s"“„«‘']/.test(text[s]!)) s++
      let e1 = brk
      while (e1 > start && /\s/.test(text[e1 - 1]!)) e1--
      return [
        { kind: 'partial', start, end: e1, quotes: quotes.map((x) => x.quote!) },
        { kind: 'direct', start: s, end: last.end, quotes: [] },
      ]
    }
    return [{ kind: 'partial', start, end, quotes: quotes.map((x) => x.quote!) }]
  }
  if (words.length < 3) return []
  return [{ kind: 'indirect', start: items[a]!.start, end: items[b - 1]!.end, quotes: [] }]
}

function isAlone(items: Item[], it: Item): boolean {
  return items.every((x) => x === it || (x.tok !== undefined && !x.tok.word))
}

function countWords(text: string, s: number, e: number): number {
  let n = 0
  let inWord = false
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i)
    const w = c > 47 && ((c < 58) || (c > 64 && c < 91) || (c > 96 && c < 123) || c > 191)
    if (w && !inWord) n++
    inWord = w
  }
  return n
}

/** Participles after which "as 'X'" gives a name ("known as 'the Beast'"), not an evaluation. */
const NAMED_AS = new Set(['known', 'referred', 'billed', 'marketed', 'styled', 'dubbed', 'nicknamed', 'branded', 'titled', 'listed', 'registered', 'identified'])

/**
 * Whether the quotation at item `i` of a statement's content names something
 * ("a plan dubbed 'Operation X'") rather than quotes words. After "as" only
 * a naming participle makes it a name: "rejected the claims as 'patently
 * false'" quotes the evaluation.
 */
function namesSomething(items: Item[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && k >= i - 2 && !items[k]!.tok?.word) k--
  const before = k >= 0 && items[k]!.tok?.word ? items[k]!.tok!.lower : ''
  if (before !== 'as') return NAMING.has(before)
  return NAMED_AS.has(prevWord(items, k))
}

function prevWord(items: Item[], i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const t = items[k]!.tok
    if (t?.word) return t.lower
  }
  return ''
}

/**
 * "Ankara launched what it called a 'peace operation'": a term is
 * attributed to the subject of its sentence, the first name of the unit.
 */
function namingSubject(items: Item[], it: Item, hits: NameHit[], inQuote: boolean[]): string | null {
  const hit = hits.find((h) => inQuote[h.from] !== true)
  const first = items.find((x) => x.tok?.word)
  if (hit && hit.entity && first && first.ti !== undefined && hit.from <= first.ti + 1 && first.start < it.start) return hit.entity.name
  if (first?.tok && first.tok.cap && isPlaceWord(first.tok.lower) && first.start < it.start) return first.tok.text
  return null
}


/**
 * Whether the name at [start, end) credits a photo ("J. Scott Applewhite / AP file",
 * "Jane Doe/Getty Images", "Photo: Jane Doe", "(AP Photo/Jane Doe)"): the photographer
 * is no one a later "he said" can point at.
 */
function photoCredit(text: string, start: number, end: number): boolean {
  if (/^ ?\/ ?[A-Z]/.test(text.slice(end, end + 4))) return true
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  return /(?:\bphoto(?:graph)?(?: by)?|\bcredit|\bimage|\bpicture)\s*[:/]?\s*$/i.test(text.slice(Math.max(lineStart, start - 24), start))
}
