/**
 * Parses the speaker phrase next to a reporting verb, before it ("Smith
 * said", "the White House spokesman said", "Smith, the senator, said") or after it
 * ("said Smith"), and resolves it to an entity of the registry or a text-only
 * actor ("analysts", "the statement").
 */
import { DOCUMENT_NOUNS, reportingVerb } from '../knowledge/reporting-verbs.ts'
import { pronoun } from '../knowledge/pronouns.ts'
import { BUSINESS_NOUNS, GROUP_NOUNS, HONORIFICS, ORG_NOUNS, SPEAKING_ORG_HEADS, fitsGenericRole, nounGender } from '../knowledge/roles.ts'
import type { Entity, MentionRef } from './entities.ts'
import { MONTHS_AND_DAYS, NOT_NAMES } from './lexicon.ts'
import { isModifierToken, isRoleish, type NameHit } from './names.ts'
import { isCountryWord, isPlaceWord } from './places.ts'
import type { Resolver } from './resolve.ts'
import { titleCaseWords, type Item } from './items.ts'

export interface SpeakerHit {
  /** Item range [from, to) of the speaker phrase. */
  from: number
  to: number
  start: number
  end: number
  entity: Entity | null
  name: string
  kind: 'person' | 'organization' | 'group'
  plural: boolean
}

export interface SpeakerContext {
  text: string
  items: Item[]
  unit: number
  /** Name hits by the item index they start and end at. */
  hitEnding: Map<number, NameHit>
  hitStarting: Map<number, NameHit>
  resolver: Resolver
}

/** Singular nouns for an unnamed person ("one user", "the man", "a source"). */
const PERSON_NOUNS = new Set(['user', 'commenter', 'man', 'woman', 'person', 'source', 'resident', 'voter', 'witness', 'insider', 'observer', 'member', 'employee', 'worker', 'teacher', 'student', 'parent', 'mother', 'father', 'neighbor', 'neighbour', 'friend', 'relative', 'victim', 'survivor', 'patient', 'doctor', 'nurse', 'officer', 'official', 'agent', 'owner', 'customer', 'fan', 'viewer', 'reader', 'caller', 'protester', 'demonstrator', 'supporter', 'critic', 'opponent', 'spokesperson', 'representative', 'aide', 'adviser', 'advisor', 'staffer', 'expert', 'analyst', 'lawyer', 'attorney', 'individual', 'deportee', 'refugee', 'migrant', 'hunter', 'farmer', 'driver', 'pilot', 'soldier', 'veteran', 'boy', 'girl', 'child', 'teen', 'teenager', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'widow',
  // Occupations that describe an unnamed speaker ("the city engineer said").
  'engineer', 'architect', 'pharmacist', 'therapist', 'dentist', 'surgeon', 'paramedic', 'firefighter', 'mechanic',
  'electrician', 'plumber', 'builder', 'contractor', 'fisherman', 'miner', 'chef', 'cook', 'waiter', 'waitress',
  'cashier', 'accountant', 'banker', 'broker', 'trader', 'investor', 'developer', 'programmer', 'designer', 'journalist',
  'editor', 'reporter', 'writer', 'novelist', 'poet', 'artist', 'musician', 'singer', 'actor', 'actress', 'producer',
  'coach', 'player', 'athlete', 'manager', 'supervisor', 'inspector', 'investigator', 'prosecutor', 'consultant',
  'landlord', 'tenant', 'homeowner', 'shopkeeper', 'vendor', 'merchant', 'professor', 'lecturer', 'researcher',
  'scientist', 'economist', 'physicist', 'chemist', 'strategist', 'specialist', 'negotiator', 'mediator', 'activist',
  'organizer', 'organiser', 'volunteer', 'rancher', 'guard', 'priest', 'pastor', 'cleric', 'preacher', 'nun', 'monk',
  'passenger', 'traveler', 'traveller', 'tourist', 'shopper', 'commuter', 'motorist', 'cyclist', 'pedestrian', 'diner',
  'villager', 'local', 'onlooker', 'bystander', 'eyewitness', 'mourner', 'scholar', 'fellow', 'academic', 'regular', 'patron',
])

/** A noun for a person: listed, or an occupation by its ending (hydrologist, technician, photographer, psychiatrist). */
export function isPersonNoun(w: string): boolean {
  return PERSON_NOUNS.has(w) || /(?:olog|ograph)(?:ist|er)$|[a-z]{3}ician$|iatrist$/.test(w)
}

/** Adjectives that describe an unnamed source by what links it to the story ("familiar with", "close to"). */
const POSTMODIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'involved', 'briefed', 'loyal', 'opposed', 'sympathetic', 'linked', 'connected', 'allied', 'aligned', 'present'])

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'one', 'two', 'three', 'several', 'some', 'many', 'most', 'other', 'another', 'senior', 'both', 'few', 'our'])
/** Determiners that open a phrase whatever modifier follows. */
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'another'])
const GENERIC_MEDIA = new Set(['daily', 'newspaper', 'paper', 'agency', 'outlet', 'network', 'broadcaster', 'magazine', 'publication', 'site', 'website', 'channel', 'station'])
const RELATIVES = new Set(['who', 'which'])
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that'])
/** Participles that make their "by" phrase a document's author. */
const AUTHORED = new Set(['published', 'released', 'issued', 'compiled', 'produced', 'prepared', 'written', 'filed', 'posted', 'commissioned', 'conducted', 'carried'])

/** Nouns for a body of people, heading "a team of researchers". */
const COLLECTIVES = new Set(['team', 'group', 'panel', 'coalition', 'consortium', 'alliance', 'network', 'committee', 'delegation', 'handful', 'number', 'majority', 'minority', 'couple'])
const LINKS = new Set(['for', 'of', 'at', 'with', 'to', 'from', 'in'])

function word(items: Item[], i: number): string {
  const it = items[i]
  return it && it.tok ? it.tok.lower : ''
}

function mentionOf(ctx: SpeakerContext, start: number, end: number, type: MentionRef['type']): MentionRef {
  return { start, end, text: ctx.text.slice(start, end), inQuote: false, unit: ctx.unit, type }
}

function fromHit(ctx: SpeakerContext, hit: NameHit, from: number, to: number): SpeakerHit {
  const s = ctx.items[from]!.start
  const e = ctx.items[to - 1]!.end
  return { from, to, start: s, end: e, entity: hit.entity, name: hit.entity.name, kind: hit.entity.kind, plural: false }
}

/**
 * "France and Germany said", "the DHS, the FBI and the DNI said": a
 * coordinated subject of names of one kind speaks through its first member.
 * `from` is where the last member's phrase starts. Null when nothing is
 * coordinated there.
 */
function firstConjunct(ctx: SpeakerContext, last: NameHit, from: number): { hit: NameHit; from: number; nameAt: number; end: number } | null {
  const { items } = ctx
  let found: { hit: NameHit; from: number; nameAt: number; end: number } | null = null
  let at = from
  for (let step = 0; step < 8; step++) {
    const link = word(items, at - 1)
    // The member before the last is joined by "and"; the ones before it by commas.
    if (step === 0 ? link !== 'and' : link !== ',') break
    let end = at - 2
    if (step === 0 && word(items, end) === ',') end--
    // "the Department of Justice (DOJ)": an acronym in brackets after the name.
    if (word(items, end) === ')') {
      let p = end - 1
      while (p > 0 && end - p < 4 && word(items, p) !== '(') p--
      if (word(items, p) === '(') end = p - 1
    }
    const h = ctx.hitEnding.get(end)
    if (!h || h.entity.kind !== last.entity.kind || h.entity === last.entity) break
    const nameAt = itemIndexOf(ctx, h.from, end)
    at = word(items, nameAt - 1) === 'the' ? nameAt - 1 : nameAt
    found = { hit: h, from: at, nameAt, end }
  }
  return found
}

/** Items [a, b) are the tail of a list of names ("Space, and Security"): an optional "and", then one to three capitalised words. */
function listTail(items: Item[], a: number, b: number): boolean {
  const from = word(items, a) === 'and' ? a + 1 : a
  return b - from >= 1 && b - from <= 3 && items.slice(from, b).every((x) => !!x.tok?.word && x.tok.cap)
}

/** The speaker phrase that ends at item `k`. */
export function speakerBefore(ctx: SpeakerContext, k: number, allowAppositive: boolean | number = true): SpeakerHit | null {
  // How many appositives may be stepped over ("Smith, an analyst at X, the Y firm, said").
  const depth = allowAppositive === true ? 2 : allowAppositive === false ? 0 : allowAppositive
  const { items } = ctx
  const it = items[k]
  if (!it || it.quote) return null
  const hit = ctx.hitEnding.get(k)
  if (hit) {
    let from = itemIndexOf(ctx, hit.from, k)
    const doc = documentBefore(ctx, from, k)
    if (doc) return doc
    // "Health authorities in X said", "a spokesperson for the Y said": the head before the link.
    const linkAt = word(items, from - 1) === 'the' ? from - 2 : from - 1
    if (LINKS.has(word(items, linkAt)) && linkAt > 0) {
      // "Alex Horton of the Washington Post": the person, not the paper.
      const person = ctx.hitEnding.get(linkAt - 1)
      if (person && person.entity.kind === 'person') return speakerBefore(ctx, linkAt - 1, false)
      const np = nounPhraseBefore(ctx, linkAt - 1, 0, k + 1)
      // "A statement from the Senate Ethics Committee said": the body speaks through its document.
      if (np && np.kind === 'organization' && !np.entity && hit.entity.kind === 'organization' && DOCUMENT_NOUNS.has(word(items, linkAt - 1)) && (word(items, linkAt) === 'from' || word(items, linkAt) === 'by' || word(items, linkAt) === 'of')) {
        return { ...fromHit(ctx, hit, np.from, k + 1), start: items[itemIndexOf(ctx, hit.from, k)]!.start }
      }
      if (np) return np
    }
    if (word(items, from - 1) === 'the') from--
    const first = firstConjunct(ctx, hit, from)
    if (first) return { ...fromHit(ctx, first.hit, first.from, k + 1), start: items[first.nameAt]!.start, end: items[first.end]!.end }
    const s = fromHit(ctx, hit, from, k + 1)
    return { ...s, start: items[itemIndexOf(ctx, hit.from, k)]!.start }
  }
  const w = it.tok!.lower
  if (depth > 0 && w === ')') {
    let j = k - 1
    while (j > 0 && k - j < 12 && word(items, j) !== '(') j--
    if (word(items, j) === '(') return speakerBefore(ctx, j - 1, false)
    return null
  }
  if (depth > 0 && w === ',') {
    // "Smith, the White House spokesman, said" / "Smith, 45, said" / "Smith, who ..., said"
    let j = k - 1
    while (j >= 0 && k - j < 40 && !items[j]!.quote && word(items, j) !== ',') j--
    const who = word(items, j + 1) === 'who' || word(items, j + 1) === 'which' || word(items, j + 1) === 'whose'
    if (!who && k - j > 16) return null
    // A relative clause may hold commas of its own: go back to its "who".
    if (!who && word(items, j) === ',') {
      for (let t = j - 1; t >= 0 && k - t < 40; t--) {
        if (items[t]!.quote || word(items, t) === '.') break
        if ((word(items, t) === 'who' || word(items, t) === 'which' || word(items, t) === 'whose') && word(items, t - 1) === ',') {
          j = t - 1
          break
        }
      }
    }
    // "the district president of the opposition Lok Jan Morcha, Shri Vinod Patil, alleged": a name
    // set off after a title is the speaker, whatever the title's phrase ends with.
    const setOff = word(items, j) === ',' ? ctx.hitEnding.get(k - 1) : undefined
    const setOffAt = setOff ? itemIndexOf(ctx, setOff.from, k - 1) : -1
    if (setOff && setOff.entity.kind === 'person' && (setOffAt === j + 1 || (setOffAt === j + 2 && HONORIFICS.has(word(items, j + 1))))) {
      const titled = items.slice(Math.max(0, j - 9), j).some((x) => x.tok && !x.tok.cap && isRoleish(x.tok))
      const named = titled ? speakerBefore(ctx, k - 1, false) : null
      if (named) {
        // The phrase runs from the title's start (what precedes it is content: "“...,” Sweden’s deputy director ..., Eva-Marie Persson, said").
        let b = j - 1
        while (b > 0 && j - b < 12 && items[b - 1]!.tok?.word && !items[b - 1]!.quote) b--
        // The title is the person's role ("Sweden’s deputy director of public prosecutions").
        if (named.entity) {
          const title = ctx.text.slice(items[b]!.start, items[j - 1]!.end).replace(/^(?:the|a|an|meanwhile)\s+/i, '')
          if (!named.entity.roles.some((r) => title.endsWith(r) || r.endsWith(title))) ctx.resolver.registry.addRole(named.entity, title)
        }
        return { ...named, from: b, start: items[b]!.start }
      }
    }
    // "at Boeing Defense, Space, and Security, said", "in Greenbelt, Maryland, said": the commas of
    // a list of names, or of a place, are inside the appositive.
    while (!who && j > 0 && word(items, j) === ',' && k - j < 40 && listTail(items, j + 1, k)) {
      let p = j - 1
      while (p >= 0 && k - p < 40 && !items[p]!.quote && word(items, p) !== ',') p--
      if (p < 0 || word(items, p) !== ',') break
      j = p
    }
    if (j < 0 || word(items, j) !== ',' || j === k - 1) return null
    // A chain of appositives ("Smith, a spokesperson for X, the Y operation, told"):
    // the person named just before one of the commas is the speaker.
    for (let c = j, hops = 0; c > 0 && hops < 5; hops++) {
      const named = ctx.hitEnding.get(c - 1)
      // The nearest person is the speaker: right before the appositive, go on below (roles are read there).
      // (Not one inside a phrase of the appositive: "Jim Chilton, vice president at Boeing Defense, Space, and Security, said".)
      const linked = named !== undefined && LINKS.has(word(items, itemIndexOf(ctx, named.from, c - 1) - 1))
      if (named && named.entity.kind === 'person' && !(linked && hops === 0 && c === j)) {
        if (c === j) break
        const s = speakerBefore(ctx, c - 1, false)
        // "Helen Ward, 71, a retired teacher, said": the role after the age.
        if (s) appositiveRole(ctx, s, c)
        return s
      }
      let d = c - 1
      while (d >= 0 && c - d < 16 && !items[d]!.quote && word(items, d) !== ',') d--
      if (d < 0 || word(items, d) !== ',') break
      c = d
    }
    const first = word(items, j + 1)
    const appositiveLike = /[a-z]ed$/.test(first) || /^[a-z]{3,}ing$/.test(first) || DETERMINERS.has(first) || /^\d+$/.test(first) || first === 'who' || first === 'which' || first === 'currently' || first === 'now' || isRoleish(items[j + 1]!.tok!) || items[j + 1]!.tok!.cap || ((first === 'of' || first === 'from') && !!items[j + 2]?.tok?.cap)
    // "Charles Simpson, program administrator for X, told": a role word among the first words.
    if (!appositiveLike && !items.slice(j + 1, Math.min(k, j + 4)).some((x) => x.tok && !x.tok.cap && (isRoleish(x.tok) || isPersonNoun(x.tok.lower)))) return null
    let head = speakerBefore(ctx, j - 1, depth - 1)
    // "one user on Weibo, which is ..., posted": the noun before the link is the head.
    if (head && head.from > 1 && (LINKS.has(word(items, head.from - 1)) || word(items, head.from - 1) === 'on')) {
      const np = nounPhraseBefore(ctx, head.from - 2, 0, head.to)
      if (np) head = np
    }
    // A description resolved only by a guess ("The council's leader" to whoever spoke last) gives way to a name.
    if (head && head.kind === 'person' && (!head.entity || DETERMINERS.has(word(items, head.from)))) {
      // "Carlineo's attorney, Sonya Zoghlin, said": the name in the appositive is the speaker.
      const named = ctx.hitEnding.get(k - 1)
      if (named && named.entity.kind === 'person' && named.entity !== head.entity) {
        const s = speakerBefore(ctx, k - 1, false)
        if (s && s.entity) {
          ctx.resolver.registry.addRole(s.entity, ctx.text.slice(head.start, head.end).replace(/^(?:the|a|an)\s+/i, '').replace(/^.*['’]s\s+/, ''))
          // The phrase runs from the role on: nothing of it is quoted content.
          return { ...s, from: Math.min(s.from, head.from) }
        }
      }
    }
    if (!head) return null
    if (!head.entity) return head
    if (head.entity.kind === 'person' && first !== 'one') {
      // "Smith, the White House spokesman," / "Smith, currently serving as deputy chairman of X,"
      let r = j + 1
      if (DETERMINERS.has(first)) r++
      else if (first === 'currently' || first === 'now') {
        r++
        if (word(items, r) === 'serving' && word(items, r + 1) === 'as') r += 2
        if (DETERMINERS.has(word(items, r))) r++
      } else if (!isRoleish(items[j + 1]!.tok!)) r = -1
      // "a climate scientist at X who was not involved in the study": the role ends at the relative clause.
      let end = r
      while (end > 0 && end < k && !RELATIVE_WORDS.has(word(items, end))) end++
      if (r > 0 && end > r) {
        const role = ctx.text.slice(items[r]!.start, items[end - 1]!.end)
        if (items.slice(r, end).some((x) => x.tok && isRoleish(x.tok)) && role.length < 80 && !/\bsaid\b/.test(role)) ctx.resolver.registry.addRole(head.entity, role)
      }
    }

    return head
  }
  if (pronoun(w)?.case === 'subject') return pronounSpeaker(ctx, k)!
  // "Another wondered why ...", "Others said ...": someone of a group just described.
  if (INDEFINITE_SPEAKERS.has(w) && (k === 0 || isClauseBreak(items, k - 1))) {
    const plural = w !== 'another'
    return { from: k, to: k + 1, start: it.start, end: it.end, entity: null, name: it.tok!.text, kind: plural ? 'group' : 'person', plural }
  }
  if (RELATIVES.has(w)) {
    // "a report by the daily, which said that ...": the antecedent before the comma.
    let j = k - 1
    if (word(items, j) === ',') j--
    // A capitalised name right before the comma that the name finder left open ("the United States, which").
    if (!ctx.hitEnding.get(j) && items[j]?.tok?.cap) {
      let f = j
      while (f > 0 && items[f - 1]!.tok?.cap) f--
      const nm = ctx.text.slice(items[f]!.start, items[j]!.end)
      const reg = ctx.resolver.registry
      const e = reg.full(nm) ?? reg.add(isPlaceWord(word(items, j)) || f < j ? 'organization' : 'person', nm)
      ctx.resolver.note(e, { start: items[f]!.start, end: items[j]!.end, text: nm, inQuote: false, unit: ctx.unit, type: 'name' })
      return { from: k, to: k + 1, start: it.start, end: it.end, entity: e, name: e.name, kind: e.kind, plural: false }
    }
    for (let back = 0; j >= 0 && back < 10; back++, j--) {
      const h = ctx.hitEnding.get(j)
      if (h) {
        const s = fromHit(ctx, h, itemIndexOf(ctx, h.from, j), j + 1)
        return { ...s, from: k, to: k + 1, start: it.start, end: it.end }
      }
      if (items[j]!.quote || word(items, j) === '.') break
    }
    const np = nounPhraseBefore(ctx, k - (word(items, k - 1) === ',' ? 2 : 1))
    if (np) return { ...np, from: k, to: k + 1, start: it.start, end: it.end }
    return null
  }
  return documentBefore(ctx, k, k) ?? nounPhraseBefore(ctx, k) ?? bareCapitalBefore(ctx, k)
}

/** "A study published in the journal Nature found": the document, not where it appeared (items `from`..`k` name the place). */
function documentBefore(ctx: SpeakerContext, from: number, k: number): SpeakerHit | null {
  const { items } = ctx
  for (let p = from - 1; p > 0 && from - p < 5; p--) {
    if (!items[p]!.tok?.word) return null
    const next = word(items, p + 1)
    if (/^[a-z]{3,}ed$/.test(items[p]!.tok!.text) && (next === 'in' || next === 'on') && DOCUMENT_NOUNS.has(word(items, p - 1))) {
      return nounPhraseBefore(ctx, p - 1, 0, k + 1)
    }
  }
  return null
}

/** Indefinite pronouns that speak for someone of a group described before ("Another wondered why"). */
const INDEFINITE_SPEAKERS = new Set(['another', 'others', 'many', 'some'])

function isClauseBreak(items: Item[], i: number): boolean {
  const t = items[i]?.tok
  return !!t && !t.word && (t.text === ',' || t.text === ';' || t.text === ':')
}

/**
 * The one a pronoun at item `k` stands for, as a speaker ("he said", and
 * "according to him", "in her words"): any case, since only gender and
 * number decide whom it fits. Null when `k` is no pronoun.
 */
export function pronounSpeaker(ctx: SpeakerContext, k: number): SpeakerHit | null {
  const it = ctx.items[k]
  const w = it?.tok?.lower ?? ''
  const pro = pronoun(w)
  if (!it || !pro) return null
  // Someone unnamed described in this sentence or the one before ("The minister was asked ...
  // “No,” he replied") comes before anyone named longer ago.
  const described = ctx.resolver.describedFor(w, ctx.unit, it.start)
  const describedHere = described !== null && described.unit >= ctx.unit - 1 && !ctx.resolver.namedRecently(w, ctx.unit, it.start)
  const e = describedHere ? null : ctx.resolver.pronoun(w, ctx.unit, it.start)
  if (e) {
    // "she said" tells who she is: a later "he" then points past her.
    if (e.kind === 'person' && e.gender === 'unknown' && pro.gender !== 'unknown') e.gender = pro.gender
    ctx.resolver.note(e, mentionOf(ctx, it.start, it.end, 'pronoun'))
    return { from: k, to: k + 1, start: it.start, end: it.end, entity: e, name: e.name, kind: e.kind, plural: pro.plural }
  }
  // "The minister was asked ... “No,” he replied": the unnamed person the pronoun stands for.
  if (described) return { from: k, to: k + 1, start: it.start, end: it.end, entity: null, name: described.name, kind: described.plural ? 'group' : 'person', plural: !!described.plural }
  return { from: k, to: k + 1, start: it.start, end: it.end, entity: null, name: it.tok!.text, kind: pro.plural ? 'group' : pro.organization ? 'organization' : 'person', plural: pro.plural }
}

/** The speaker phrase that starts at item `k` ("said Smith", "said the statement"). */
export function speakerAfter(ctx: SpeakerContext, k: number): SpeakerHit | null {
  const { items } = ctx
  const it = items[k]
  if (!it || it.quote) return null
  const hit = ctx.hitStarting.get(k)
  if (hit) {
    const to = itemIndexOfEnd(ctx, hit.to, k)
    // "according to Ruiz's spokesperson": the one the name's possessive describes speaks.
    if (/['’]s?$/.test(items[to - 1]?.tok?.text ?? '')) {
      let j = to
      while (j < items.length && j - to < 4 && items[j]!.tok?.word && !items[j]!.tok!.cap && !LINKS.has(word(items, j))) j++
      const head = word(items, j - 1)
      if (j > to && (isRoleish(items[j - 1]!.tok!) || isPersonNoun(head))) {
        return { from: k, to: j, start: it.start, end: items[j - 1]!.end, entity: null, name: ctx.text.slice(it.start, items[j - 1]!.end), kind: 'person', plural: false }
      }
    }
    const s = fromHit(ctx, hit, k, to)
    appositiveRole(ctx, s, to)
    return s
  }
  const w = it.tok!.lower
  if (LINKS.has(w) || w === 'on' || w === 'by' || w === 'during' || w === 'after' || w === 'before' || w === 'as' || w === 'that') return null
  const pro = pronoun(w)
  if (pro && pro.case === 'subject') return speakerBefore(ctx, k, false)
  // "says the WHO", "per the Centers for Disease Control": an organisation's name after "the".
  if (w === 'the') {
    const h = ctx.hitStarting.get(k + 1)
    const end = h ? itemIndexOfEnd(ctx, h.to, k + 1) : -1
    // ("the Kremlin official": the organisation only qualifies a person, read below.)
    const qualifies = end > 0 && !!items[end]?.tok?.word && !items[end]!.tok!.cap && (isRoleish(items[end]!.tok!) || isPersonNoun(word(items, end)))
    if (h && h.entity.kind === 'organization' && !qualifies) return { ...fromHit(ctx, h, k + 1, end), from: k }
    const next = items[k + 1]?.tok
    if (next && /^[A-Z]{2,6}$/.test(next.text) && !ctx.hitStarting.get(k + 1) && !items[k + 2]?.tok?.cap) {
      const s = bareCapitalBefore(ctx, k + 1)
      if (s) return { ...s, from: k }
    }
  }
  // Forward noun phrase: up to a comma, a stop or a preposition after the head.
  let j = k
  while (j < items.length && j - k < 8) {
    const x = items[j]!
    if (x.quote || !x.tok!.word) break
    if (j > k && (LINKS.has(x.tok!.lower) || x.tok!.lower === 'and' || RELATIVES.has(x.tok!.lower) || x.tok!.lower === 'that')) break
    // "figures published by X": the phrase ends before its participle.
    if (j > k && /^[a-z]{3,}ed$/.test(x.tok!.text) && word(items, j + 1) === 'by') break
    // "the United Nations mediator overseeing the process": or before an -ing participle after the head.
    if (j > k + 1 && /^[a-z]{3,}ing$/.test(x.tok!.text) && !ARTICLES.has(word(items, j - 1)) && !DETERMINERS.has(word(items, j - 1))) break
    const h = ctx.hitStarting.get(j)
    if (h && j > k && h.entity.kind === 'person') {
      // "said White House spokesman John Smith": the name wins.
      const to = itemIndexOfEnd(ctx, h.to, j)
      return fromHit(ctx, h, k, to)
    }
    j++
  }
  if (j === k) return null
  // "a spokesman for the ministry": keep the head before the link; "people familiar with the
  // matter": the head before its adjective, the phrase through the link.
  let end = j
  const postmodified = j - 2 >= k && POSTMODIFIERS.has(word(items, j - 1))
  if (postmodified || word(items, j) === 'for' || word(items, j) === 'of' || word(items, j) === 'at') {
    let e = j + 1
    while (e < items.length && e - j < 7 && items[e]!.tok?.word) e++
    end = e
  }
  const np = nounPhraseBefore(ctx, postmodified ? j - 2 : j - 1, k, end)
  const last = word(items, j - 1)
  if (np && !np.entity && (DOCUMENT_NOUNS.has(last) || DOCUMENT_NOUNS.has(last.replace(/s$/, '')))) return bodyBehind(ctx, np, j) ?? np
  if (np) return namedAfterRole(ctx, np, k) ?? np
  return j - k === 1 ? bareCapitalBefore(ctx, k) : null
}

/**
 * "figures from NHS England", "a letter from Jane Doe", "a report published
 * by the agency": whoever is named behind a document (after "from", or a
 * participle of making it and "by") speaks through it. Reports "received by"
 * or "seen by" someone are not theirs. `at` is the item after the document's noun.
 */
function bodyBehind(ctx: SpeakerContext, doc: SpeakerHit, at: number): SpeakerHit | null {
  const { items } = ctx
  let b = at
  if (AUTHORED.has(word(items, b)) && word(items, b + 1) === 'by') b += 2
  else if (word(items, b) === 'from' || word(items, b) === 'by') b++
  else return null
  const named = word(items, b) === 'the' ? b + 1 : b
  const hit = ctx.hitStarting.get(named)
  if (hit) return { ...fromHit(ctx, hit, doc.from, itemIndexOfEnd(ctx, hit.to, named)), start: items[named]!.start }
  // "a statement from the city council", "a letter from the landlord": described, not named.
  let e = b
  while (e < items.length && e - b < 6 && items[e]!.tok?.word && !LINKS.has(word(items, e))) e++
  const body = e > b + 1 ? nounPhraseBefore(ctx, e - 1, b, e) : null
  return body && body.start > doc.start ? { ...body, from: doc.from } : null
}

/** Words in a name that make it a company's ("Harlow Properties", "Acme Corp"). */
const COMPANY_WORDS = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'company', 'corporation', 'group', 'holdings', 'properties', 'investments', 'insurance', 'industries', 'technologies', 'systems', 'partners', 'enterprises', 'airlines', 'airways', 'motors', 'foods', 'brands', 'stores', 'hotels', 'resorts', 'bank', 'capital', 'ventures', 'pharmaceuticals', 'robotics', 'labs'])

/** The one company named in this sentence or the three before, by a name that says it is one or as a business ("the company, Snapwise,"). */
function recentCompany(ctx: SpeakerContext): Entity | null {
  let found: Entity | null = null
  for (const e of ctx.resolver.registry.entities) {
    if (e.kind !== 'organization' || !(ctx.resolver.registry.businesses.has(e) || e.name.toLowerCase().split(/\s+/).some((w) => COMPANY_WORDS.has(w)))) continue
    if (!e.mentions.some((m) => m.unit <= ctx.unit && m.unit >= ctx.unit - 3 && !m.inQuote)) continue
    if (found) return null
    found = e
  }
  return found
}

/** A quotation that names a work ("Pose", "Meet the Press"): a few words in title case, nothing said. */
function namesAWork(text: string, it: Item): boolean {
  const words = titleCaseWords(text, it)
  return words !== null && words.length <= 6 && !/[.,!?;:]$/.test(words[words.length - 1]!)
}

/** "said the mayor, Jane Doe.": the person named after a role, when the name ends the clause. */
function namedAfterRole(ctx: SpeakerContext, role: SpeakerHit, from: number): SpeakerHit | null {
  const { items } = ctx
  if (role.kind !== 'person' || word(items, role.to) !== ',') return null
  const hit = ctx.hitStarting.get(role.to + 1)
  if (!hit || hit.entity.kind !== 'person') return null
  const to = itemIndexOfEnd(ctx, hit.to, role.to + 1)
  const after = items[to]
  if (after && (after.quote || after.tok?.word)) return null
  ctx.resolver.registry.addRole(hit.entity, ctx.text.slice(role.start, role.end).replace(/^(?:the|a|an)\s+/i, ''))
  return { ...fromHit(ctx, hit, role.to + 1, to), from }
}

/**
 * The role in the appositive after a person's name, from the comma at `to`:
 * "said Jane Doe, a spokeswoman for X", "Jane Doe, 58, the former chief of X"
 * (an age first), and without the article "said Jane Doe, general secretary
 * of X". `closed`: only an appositive that closes with a comma before a
 * lower-case word and holds no verb ("Unlike Hale, the governor opposed it"
 * gives none).
 */
function appositiveRole(ctx: SpeakerContext, s: Pick<SpeakerHit, 'entity'>, to: number, closed = false): void {
  const { items } = ctx
  if (!s.entity || s.entity.kind !== 'person' || word(items, to) !== ',') return
  if (/^\d{1,3}$/.test(word(items, to + 1)) && word(items, to + 2) === ',') to += 2
  // "Micah Richards, now a television pundit,"
  if (word(items, to + 1) === 'now' || word(items, to + 1) === 'currently') to++
  let j = to + 1
  const first = word(items, j)
  const article = first === 'the' || first === 'a' || first === 'an'
  const firstTok = items[j]?.tok
  if (!article && !(firstTok && !firstTok.cap && (isRoleish(firstTok) || isModifierToken(firstTok)))) return
  const from = article ? to + 2 : to + 1
  // A plural possessive ("of the teachers' union") is part of the role; a relative clause
  // ("a scientist who led the study") is not.
  while (j < items.length && j - to < 14 && (items[j]!.tok?.word || (/^['’]$/.test(items[j]!.tok?.text ?? '') && items[j + 1]?.tok?.word))) {
    if (j > from && RELATIVE_WORDS.has(word(items, j))) break
    j++
  }
  if (j <= from || !items.slice(from, j).some((x) => x.tok && (isRoleish(x.tok) || isPersonNoun(x.tok.lower)))) return
  if (closed) {
    const next = items[j + 1]?.tok
    if (word(items, j) !== ',' || !next?.word || next.cap) return
    // (A capitalised word is part of a name: "Harbor State Bank".)
    if (items.slice(from, j).some((x) => x.tok && !x.tok.cap && (VERBISH.has(x.tok.lower) || isReportingWord(x.tok.lower)))) return
  }
  ctx.resolver.registry.addRole(s.entity, ctx.text.slice(items[from]!.start, items[j - 1]!.end))
}

/**
 * Roles given in an appositive to a person who opens a sentence, whether or
 * not they speak in it: "Gregory Hale, 58, the former finance chief of X, was
 * convicted".
 */
export function noteSubjectAppositives(ctx: SpeakerContext): void {
  const hit = ctx.hitStarting.get(0)
  if (hit && hit.entity.kind === 'person') appositiveRole(ctx, { entity: hit.entity }, itemIndexOfEnd(ctx, hit.to, 0), true)
}

/**
 * "Another backbencher said", "One shopkeeper told": a noun of agency (-er, -or, -ist) right after
 * an indefinite determiner names someone, whether or not it is a known role.
 */
function agentNoun(items: Item[], at: number): boolean {
  const t = items[at]?.tok
  return !!t && !t.cap && /^[a-z]{4,}(?:er|or|ist)$/.test(t.lower) && ['a', 'an', 'one', 'another'].includes(word(items, at - 1))
}

/**
 * A description ending at item `k`: "the German government spokesman",
 * "analysts", "the statement", "the ministry", "a spokesman for the Pentagon".
 */
function nounPhraseBefore(ctx: SpeakerContext, k: number, floor = 0, extendTo = -1): SpeakerHit | null {
  const { items } = ctx
  let headAt = k
  let j = k
  // "a spokesman for the Pentagon said": step over the linked phrase to its head.
  // "a lawyer for the woman involved in the case", "a spokesman for the family of the victim":
  // over up to three links, the first noun that can head a source.
  for (let links = 0, x = k, back = 0; extendTo < 0 && links < 3 && x > floor && back < 7; back++, x--) {
    const w = word(items, x)
    if (!items[x]!.tok?.word) break
    if ((LINKS.has(w) || w === 'on') && x < k) {
      links++
      // "officials familiar with the matter", "a source close to the family": the noun before the adjective.
      const at = POSTMODIFIERS.has(word(items, x - 1)) && x - 2 >= floor ? x - 2 : x - 1
      const head = word(items, at)
      const tok = items[at]?.tok
      if (!tok?.word) break
      // "a team of researchers", "a group of residents": the collective heads the phrase.
      const collective = COLLECTIVES.has(head) && w === 'of' && GROUP_NOUNS.has(word(items, x + 1))
      if (isRoleish(tok) || GROUP_NOUNS.has(head) || head === 'spokesperson' || isPersonNoun(head) || collective) {
        headAt = at
        j = at
      }
      back = 0
      x = at
    }
  }
  const head = word(items, headAt)
  const headTok = items[headAt]?.tok
  if (!headTok || !headTok.word) return null
  // ("the Chancellor": British copy capitalises a role after "the".)
  const isRole = (isRoleish(headTok) && (!headTok.cap || word(items, headAt - 1) === 'the')) || isPersonNoun(head) || /^\d+-year-old$/.test(head) || agentNoun(items, headAt)
  const isGroup = GROUP_NOUNS.has(head) || (COLLECTIVES.has(head) && word(items, headAt + 1) === 'of')
  const isDoc = DOCUMENT_NOUNS.has(head)
  const isOrg = SPEAKING_ORG_HEADS.has(head) || ORG_NOUNS.has(head)
  if (!isRole && !isGroup && !isDoc && !isOrg) return null
  // Walk back over modifiers to a determiner or the phrase start.
  const mods: string[] = []
  let from = headAt
  while (from - 1 >= floor) {
    const p = items[from - 1]!
    // "the “Pose” actor": a title in quotation marks qualifies the head.
    if (p.quote && from - 1 > floor && namesAWork(ctx.text, p)) {
      mods.unshift(ctx.text.slice(p.quote.start, p.quote.end).toLowerCase())
      from--
      continue
    }
    if (p.quote || !p.tok!.word) break
    // "A Department of Health and Social Care spokesperson": an organisation's whole name qualifies the head.
    const org = ctx.hitEnding.get(from - 1)
    if (org && org.entity.kind === 'organization' && from - 1 < headAt) {
      const at = itemIndexOf(ctx, org.from, from - 1)
      if (at >= floor && at < from - 1) {
        mods.unshift(org.entity.name.toLowerCase())
        from = at
        continue
      }
    }
    const w = p.tok!.lower
    if (DETERMINERS.has(w)) {
      from--
      // "a senior official", "the other officials": a determiner before a determiner-like modifier is the phrase's start.
      const before = items[from - 1]
      if (from - 1 >= floor && before && !before.quote && ARTICLES.has(before.tok?.lower ?? '') && !ARTICLES.has(w)) from--
      break
    }
    if (pronoun(w) || RELATIVES.has(w) || NOT_NAMES.has(w) && !p.tok!.cap && !isCountryWord(w)) break
    if (isVerbLike(w)) break
    mods.unshift(w)
    from--
    if (from - headAt > 6) break
  }
  const to = extendTo > 0 ? extendTo : k + 1
  const start = items[from]!.start
  const end = items[to - 1]!.end
  const phrase = ctx.text.slice(start, end)
  const det = word(items, from)
  const definite = det === 'the' || det === 'its' || det === 'his' || det === 'her' || det === 'their'
  // "many analysts" is analysts, but "many in the space community" keeps its head.
  if (isGroup) return { from, to, start, end, entity: null, name: from === headAt ? phrase : phrase.replace(/^(?:the|some|many|several|other)\s+/i, ''), kind: 'group', plural: true }
  if (isDoc) return { from, to, start, end, entity: null, name: phrase.replace(/^(?:the|a|an|its|his|her|their)\s+/i, ''), kind: 'organization', plural: false }
  if (isRole) {
    let e = definite || mods.some((m) => /^\p{Lu}/u.test(m)) ? ctx.resolver.role(head, mods, ctx.unit) : null
    // "The real estate agent said", "the 56-year-old said": a definite description
    // at a clause start is the person the previous sentences were about.
    const byRole = e !== null
    const clauseStart = from === 0 || word(items, from - 1) === ',' || !!items[from - 1]?.quote || (from > 0 && isReportingWord(word(items, from - 1)))
    // "the 51-year-old said", "the 62-year-old lawyer said": an age is given only to someone already
    // named, most likely the one just quoted, else the one the last sentences were about.
    if (!e && det === 'the' && (/^\d+-year-old$/.test(head) || mods.some((m) => /^\d+-year-old$/.test(m)))) {
      const last = ctx.resolver.lastSpeaker
      const aged = last && ctx.unit - last.unit <= 3 ? last.entity : ctx.resolver.recentPerson(ctx.unit)
      const gender = nounGender(head)
      if (aged && aged.kind === 'person' && (gender === 'unknown' || aged.gender === 'unknown' || aged.gender === gender)) e = aged
    }
    if (!e && definite && det === 'the' && clauseStart) {
      // Not someone known by another role ("the engineer" after the governor spoke).
      const recent = ctx.resolver.recentPerson(ctx.unit)
      const fits = recent && (recent.roles.length === 0 || recent.roles.some((r) => r.toLowerCase().split(/[\s-]+/).includes(head) || fitsGenericRole(head, r.toLowerCase().split(/[\s-]+/))))
      // (Not when someone unnamed was described so since: "A senior official, who ..., said ... the official said".)
      if (recent && fits && !ctx.resolver.describedSince(head, ctx.unit, ctx.resolver.lastMentionBefore(recent, ctx.unit))) e = recent
    }
    if (e) {
      ctx.resolver.note(e, { start, end, text: phrase, inQuote: false, unit: ctx.unit, type: 'role' })
      // "the Kremlin spokesman" for a spokesman is a fuller role; "the top Russian diplomat" for a minister only describes him.
      const ownHead = e.roles.some((r) => r.toLowerCase().split(/[\s-]+/).includes(head))
      if (byRole && definite && mods.length > 0 && ownHead) ctx.resolver.registry.addRole(e, ctx.text.slice(items[from + 1]!.start, items[headAt]!.end))
      return { from, to, start, end, entity: e, name: e.name, kind: 'person', plural: false }
    }
    return { from, to, start, end, entity: null, name: phrase.replace(/^the\s+/i, ''), kind: 'person', plural: false }
  }
  // An organisation described by its head noun ("the ministry", "the daily").
  const generic = GENERIC_MEDIA.has(head)
  // "the Gazette daily": the capitalised modifiers name it.
  const named = items.slice(from, headAt).filter((x) => x.tok?.cap && !isCountryWord(x.tok.lower) && !DETERMINERS.has(x.tok.lower))
  if (generic && named.length > 0 && named.length === headAt - from - (DETERMINERS.has(det) ? 1 : 0)) {
    const reg = ctx.resolver.registry
    const s0 = named[0]!.start
    const e0 = named[named.length - 1]!.end
    const nm = ctx.text.slice(s0, e0)
    const org = reg.full(nm) ?? reg.add('organization', nm, { evidence: 1 })
    org.evidence = Math.max(org.evidence, 1)
    ctx.resolver.note(org, { start: s0, end: e0, text: nm, inQuote: false, unit: ctx.unit, type: 'name' })
    return { from, to, start, end, entity: org, name: org.name, kind: 'organization', plural: false }
  }
  // "The building's owner, Harlow Properties, declined ... the company said": a company just named by a company's name.
  const e = definite ? ctx.resolver.organization(head, ctx.unit, generic) ?? (BUSINESS_NOUNS.has(head) && mods.length === 0 ? recentCompany(ctx) : null) : null
  if (e) {
    ctx.resolver.note(e, { start, end, text: phrase, inQuote: false, unit: ctx.unit, type: 'description' })
    return { from, to, start, end, entity: e, name: e.name, kind: 'organization', plural: false }
  }
  if (!definite && mods.length === 0) return null
  return { from, to, start, end, entity: null, name: phrase.replace(/^the\s+/i, ''), kind: 'organization', plural: false }
}

/** A lone capitalised word that the name finder left open ("Google said", "Moscow warned", "Smith said"). */
function bareCapitalBefore(ctx: SpeakerContext, k: number): SpeakerHit | null {
  const it = ctx.items[k]
  const t = it?.tok
  if (!t || !t.word || !t.cap) return null
  const w = t.lower.replace(/['’]s$/, '')
  // "US" is a country, not the pronoun "us".
  if ((NOT_NAMES.has(w) && !/^[A-Z]{2,}/.test(t.text)) || MONTHS_AND_DAYS.has(w)) return null
  // "the Chancellor" is a role, read as a description.
  if (isRoleish(t) && word(ctx.items, k - 1) === 'the') return null
  // Two capitalised words in a row were a name already if they could be one.
  const reg = ctx.resolver.registry
  const name = t.text.replace(/['’]s$/, '')
  let e = reg.full(name) ?? reg.surname(name) ?? reg.alias(name)
  if (!e) {
    // A capitalised word next to another belongs to a longer name the finder rejected.
    if (capNear(ctx, k + 1) || capNear(ctx, k - 1)) return null
    const org = isPlaceWord(w) || isCountryWord(w) || /^[A-Z]{2,6}$/.test(name) || GROUP_NOUNS.has(w)
    if (GROUP_NOUNS.has(w)) return { from: k, to: k + 1, start: t.start, end: t.end, entity: null, name, kind: 'group', plural: true }
    e = reg.add(org ? 'organization' : 'person', name)
  }
  ctx.resolver.note(e, { start: t.start, end: t.start + name.length, text: name, inQuote: false, unit: ctx.unit, type: 'name' })
  return { from: k, to: k + 1, start: t.start, end: t.start + name.length, entity: e, name: e.name, kind: e.kind, plural: false }
}

function isReportingWord(w: string): boolean {
  const v = reportingVerb(w)
  return v !== undefined && v.form !== 'gerund'
}

const VERBISH = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'not'])
function isVerbLike(w: string): boolean {
  return VERBISH.has(w)
}

/** The item index whose token starts at token index `tokIndex` (hits are in token indices). */
function itemIndexOf(ctx: SpeakerContext, tokIndex: number, near: number): number {
  const { items } = ctx
  let i = near
  while (i > 0 && (items[i]!.ti ?? -1) > tokIndex) i--
  return i
}

export function itemIndexOfEnd(ctx: SpeakerContext, tokEnd: number, near: number): number {
  const { items } = ctx
  let i = near
  while (i < items.length && (items[i]!.ti ?? Infinity) < tokEnd) i++
  return i
}

/** A capitalised word, not a sentence word, at item `i`. */
function capNear(ctx: SpeakerContext, i: number): boolean {
  return !!ctx.items[i]?.tok?.cap && !NOT_NAMES.has(ctx.items[i]!.tok!.lower)
}
