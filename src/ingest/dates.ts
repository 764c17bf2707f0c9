/**
 * The publication date: a stated date when the document has one (front matter, HTML metadata,
 * URL, dateline), otherwise inference from the text by constraint solving over calendar days.
 *
 * Each clue in the text becomes a constraint on the publication day `pub`: who held an office,
 * recurring calendars (US election day), month-days and weekdays with the tense of their sentence,
 * full dates. Hard constraints filter the candidate days, strongest first; one that would leave no
 * day is reported as conflicting and set aside. Soft clues (a weekday named in past narrative is
 * most likely the day of publication) only rank what remains, and pick a value only when one day
 * clearly dominates; otherwise the record keeps every candidate and no value.
 */
import type { DateInfo, Evidence } from '../model.ts'
import type { Line } from './lines.ts'
import type { Draft } from './draft.ts'
import { day, iso, weekday, yearOf, civil, daysInMonth, monthNumber, WEEKDAYS, MONTH_PATTERN, WEEKDAY_PATTERN, type Day } from './day.ts'
import { RECURRING_EVENTS, type RecurringEvent } from '../knowledge/calendars.ts'
import { officeHolders, countryTerms, roleTerms, type OfficeHolder } from './office-holders.ts'
import { allMatches } from '../knowledge/regex.ts'

/** Days considered for inference. Fixed bounds keep ingest pure (no clock). */
const FIRST = day(1990, 1, 1)
const LAST = day(2040, 12, 31)
/** Above this many days left, the date is "not narrowed down" and no candidates are listed. */
const MAX_CANDIDATES = 62

const TRUST: Record<string, number> = { 'front-matter': 1, 'html-meta': 0.95, url: 0.9, dateline: 0.85 }

export function resolveDate(text: string, d: Draft, body: Line[], extraHolders: unknown[]): DateInfo {
  const stated = [...d.stated]
  const dl = datelineIn(body)
  if (dl?.full) stated.push(dl.full)
  stated.sort((a, b) => TRUST[b.basis] - TRUST[a.basis])
  if (stated.length) {
    const best = stated[0]
    const evidence = [...best.evidence]
    for (const other of stated.slice(1)) {
      if (other.value !== best.value) {
        evidence.push({ reason: `${other.evidence[0]?.reason ?? other.basis} gives ${other.value}; ${best.evidence[0]?.reason ?? best.basis} is trusted more`, quote: other.evidence[0]?.quote })
      }
    }
    return { value: best.value, basis: best.basis, confidence: TRUST[best.basis], evidence, candidates: [] }
  }
  return infer(text, body, extraHolders, dl?.partial ?? null)
}

// ---------------------------------------------------------------------------
// Datelines: "MOSCOW, Nov. 7 (Reuters) —", "WASHINGTON, November 7, 2022 -"

const DATELINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}?,?\s+(?:\p{Lu}[\p{L}.]+\s+)?(${MONTH_PATTERN})\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*(?:\([^)]{1,40}\)\s*)?[-—–:(]`,
  'u',
)

interface Dateline {
  full: { value: string; basis: 'dateline'; evidence: Evidence[] } | null
  partial: { month: number; date: number; evidence: Evidence } | null
}

function datelineIn(body: Line[]): Dateline | null {
  for (const l of body.slice(0, 2)) {
    const m = DATELINE.exec(l.text)
    if (!m) continue
    const month = monthNumber(m[1])
    const date = Number(m[2])
    if (!month || date < 1 || date > 31) continue
    const ev: Evidence = { reason: 'dateline at the start of the article', quote: m[0].trim(), start: l.start, end: l.start + m[0].length }
    if (m[3]) {
      const value = iso(day(Number(m[3]), month, date))
      return { full: { value, basis: 'dateline', evidence: [ev] }, partial: null }
    }
    return { full: null, partial: { month, date, evidence: ev } }
  }
  return null
}

// ---------------------------------------------------------------------------
// Inference

type Tense = 'past' | 'present' | 'future'

interface Sentence {
  text: string
  start: number
  /** The sentence's own tense, read when first needed (only sentences with a date mention ask). */
  tense?: Tense
}

interface Constraint {
  /** Higher is applied first and wins conflicts. */
  strength: number
  evidence: Evidence
  test: (pub: Day) => boolean
}

interface Soft {
  evidence: Evidence
  score: (pub: Day) => number
}

const FUTURE = /\b(?:will|shall|won[’']t|is to|are to|is due to|are due to|(?:is|are) scheduled|(?:is|are) expected to|(?:is|are) set to|plans? to|to be held|upcoming|next week|next month)\b|[’']ll\b/i
const PRESENT = /\b(?:is|are|am)\s+(?:\w+ly\s+)?(?:taking place|being held|under ?way|going on|held|voting|casting|happening)\b|\btoday\b|\bthis (?:morning|afternoon|evening)\b/i

const PAST = /\b(?:\w{3,}ed|said|says|was|were|had|met|held|took|began|ended|told|spoke|won|lost|came|went|wrote|gave|made|saw|left|became|broke|fell|rose|ran|sent|led|struck|hit|put|set)\b/gi
const FUTURE_CUE = new RegExp(FUTURE.source, 'gi')
const PRESENT_CUE = new RegExp(PRESENT.source, 'gi')

/**
 * Tense of the clause that leads to a date mention at `at`: the verb cue nearest before it
 * within 60 characters ("said on Tuesday, November 6" is past even if the sentence goes on
 * "that he would visit"); the whole sentence's tense when no cue is that close.
 */
function tenseAt(s: Sentence, at: number): Tense {
  const window = s.text.slice(Math.max(0, at - 60), at)
  let best: { i: number; t: Tense } | null = null
  for (const [re, t] of [[FUTURE_CUE, 'future'], [PRESENT_CUE, 'present'], [PAST, 'past']] as const) {
    re.lastIndex = 0
    for (const m of allMatches(re, window)) if (!best || m.index! > best.i) best = { i: m.index!, t }
  }
  return best?.t ?? (s.tense ??= tenseOf(s.text))
}

function tenseOf(s: string): Tense {
  if (FUTURE.test(s)) return 'future'
  if (PRESENT.test(s)) return 'present'
  return 'past'
}

const SENTENCE = /[^.!?]+(?:[.!?]+["'”’]?|$)/g

function sentences(body: Line[]): Sentence[] {
  const out: Sentence[] = []
  for (const l of body) {
    for (const m of allMatches(SENTENCE, l.text)) {
      if (!m[0].trim()) continue
      out.push({ text: m[0], start: l.start + m.index! })
    }
  }
  return out
}

function ev(reason: string, s: Sentence, at: number, len: number): Evidence {
  return { reason, quote: s.text.slice(at, at + len), start: s.start + at, end: s.start + at + len }
}

/** The occurrence of month-day nearest to `pub` in the direction the tense implies, or null if none is plausible. */
const ALL_DAYS = Int32Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i)
/** Year of each day in the range, looked up instead of computed on the hot path. */
const YEARS = new Int16Array(LAST - FIRST + 1)
for (let d = FIRST; d <= LAST; d++) YEARS[d - FIRST] = yearOf(d)
/** Day number of (year, month, 1), for month-day arithmetic without Date objects. */
const MONTH_START = new Map<number, number>()
function dayOfMonthDay(y: number, month: number, date: number): Day {
  const k = y * 16 + month
  let s = MONTH_START.get(k)
  if (s === undefined) {
    s = day(y, month, 1)
    MONTH_START.set(k, s)
  }
  return s + date - 1
}

function occurrence(pub: Day, month: number, date: number, tense: Tense): Day | null {
  const y = pub >= FIRST && pub <= LAST ? YEARS[pub - FIRST] : yearOf(pub)
  const options: Day[] = []
  for (const yy of [y - 1, y, y + 1]) if (date <= daysInMonth(yy, month)) options.push(dayOfMonthDay(yy, month, date))
  if (tense === 'future') return options.find((d) => d >= pub && d - pub <= 183) ?? null
  if (tense === 'past') {
    const past = options.filter((d) => d <= pub && pub - d <= 300)
    return past.length ? past[past.length - 1] : null
  }
  // Present tense: the event is today or within the coming week.
  return options.find((d) => d >= pub && d - pub <= 7) ?? null
}

/** The weekday's date nearest to `pub` in the tense's direction (same day included). */
function weekdayDate(pub: Day, wd: number, tense: Tense): Day {
  if (tense === 'future') return pub + ((wd - weekday(pub) + 7) % 7)
  return pub - ((weekday(pub) - wd + 7) % 7)
}

const US_WORDS = /\b(?:US|U\.S\.|USA|United States|American|Americans|America|Congress|Senate|House of Representatives)\b/
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH_PATTERN})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_PATTERN})(?:,?\s+(\d{4}))?`, 'gu')
const WEEKDAY = new RegExp(String.raw`\b(${WEEKDAY_PATTERN})(?:[’']s)?\b(?:\s+(?:morning|afternoon|evening|night))?`, 'gu')
/** A weekday written right before a month-day ("Wednesday, November 9"). */
const WEEKDAY_BEFORE = new RegExp(String.raw`(${WEEKDAY_PATTERN}),?\s+(?:the\s+)?$`, 'u')
const US_WORDS_ALL = new RegExp(US_WORDS.source, 'g')

function isEventDay(ev: RecurringEvent, d: Day): boolean {
  const y = yearOf(d)
  if (!ev.inYear(y)) return false
  const md = ev.dateIn(y)
  return md !== null && d === day(y, md.month, md.day)
}

/** Whether the body names the US at least twice; read only when a US-specific event cue is found (rare). */
interface UsContext {
  body: Line[]
  value?: boolean
}
function isUsContext(c: UsContext): boolean {
  return (c.value ??= (c.body.map((l) => l.text).join(' ').match(US_WORDS_ALL) ?? []).length >= 2)
}

function eventIn(s: string, usContext: UsContext): RecurringEvent | null {
  for (const e of RECURRING_EVENTS) {
    if (!e.cue.test(s)) continue
    if (e.countrySpecific ? isUsContext(usContext) : US_WORDS.test(s)) return e
  }
  return null
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** "Russian President Vladimir Putin", "his US counterpart Donald Trump": office-holder clues. */
interface HolderIndex {
  bySurname: Map<string, OfficeHolder[]>
  nameRe: RegExp
}
/** The index of the shipped table is built once; user extensions get their own. */
const indexCache = new WeakMap<OfficeHolder[], HolderIndex>()
function holderIndex(holders: OfficeHolder[]): HolderIndex {
  const cached = indexCache.get(holders)
  if (cached) return cached
  const bySurname = new Map<string, OfficeHolder[]>()
  for (const h of holders) for (const s of [h.surname, ...(h.aliases ?? [])]) bySurname.set(s, [...(bySurname.get(s) ?? []), h])
  const nameRe = new RegExp(String.raw`(?<![\p{L}])(${[...bySurname.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\p{L}])`, 'gu')
  const index = { bySurname, nameRe }
  indexCache.set(holders, index)
  return index
}

function officeConstraints(sents: Sentence[], holders: OfficeHolder[]): Constraint[] {
  const out: Constraint[] = []
  if (!holders.length) return out
  const { bySurname, nameRe } = holderIndex(holders)
  // Most texts name no office holder at all: one scan over the sentences decides.
  const hits = sents.filter((s) => {
    nameRe.lastIndex = 0
    return nameRe.test(s.text)
  })
  if (!hits.length) return out
  const seen = new Set<string>()
  for (const s of hits) {
    // matchAll starts where the last test() stopped: reset, or the first name is skipped.
    nameRe.lastIndex = 0
    for (const m of s.text.matchAll(nameRe)) {
      const at = m.index!
      const before = s.text.slice(Math.max(0, at - 90), at)
      const around = s.text.slice(Math.max(0, at - 40), at + m[1].length + 40)
      let group = bySurname.get(m[1])!
      const named = group.filter((h) => around.includes(h.name))
      if (named.length) group = named
      const found = matchRole(before, s.text.slice(0, at), group)
      if (!found) continue
      const { holders: hs, phrase, former } = found
      const key = `${hs[0].name}|${hs[0].role}|${former}`
      if (seen.has(key)) continue
      seen.add(key)
      const terms = hs.map((h) => [day(...ymd(h.from)), h.to ? day(...ymd(h.to)) : LAST + 1] as [Day, Day])
      const quoteStart = at - phrase.length
      const span = phrase.length + m[1].length
      if (former) {
        const firstEnd = Math.min(...terms.map((t) => t[1]))
        out.push({
          strength: 3,
          evidence: ev(`'former ${hs[0].role}': ${hs[0].name} left that office on ${iso(firstEnd)}, so the article is later`, s, quoteStart, span),
          test: (pub) => pub >= firstEnd,
        })
      } else {
        const spans = terms.map(([a, b]) => `${iso(a)} to ${b > LAST ? 'now' : iso(b - 1)}`).join(' or ')
        out.push({
          strength: 4,
          evidence: ev(`${hs[0].name} was ${hs[0].role} (${hs[0].country}) ${spans}`, s, quoteStart, span),
          test: (pub) => terms.some(([a, b]) => pub >= a && pub < b),
        })
      }
    }
  }
  return out
}

const reCache = new Map<string, RegExp>()
function cachedRe(source: string): RegExp {
  let re = reCache.get(source)
  if (!re) {
    re = new RegExp(source, 'u')
    reCache.set(source, re)
  }
  return re
}

function ymd(s: string): [number, number, number] {
  const [y, m, d] = s.split('-').map(Number)
  return [y, m, d]
}

/**
 * The role words right before a surname: "[former] [Country] Role [Given names] Surname", or
 * "[Country] counterpart [Given names] Surname" where the role is the last one named earlier in the sentence.
 */
function matchRole(before: string, sentenceBefore: string, group: OfficeHolder[]): { holders: OfficeHolder[]; phrase: string; former: boolean } | null {
  const given = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}`
  for (const role of new Set(group.map((h) => h.role))) {
    const roleAlt = roleTerms(role).map(escape).join('|')
    const countries = new Set(group.filter((h) => h.role === role).map((h) => h.country))
    const countryAlt = [...countries].flatMap(countryTerms).map(escape).join('|')
    const direct = cachedRe(String.raw`((?:former|ex-|then-?)\s*)?(?:(${countryAlt})(?:[’']s)?\s+)?(?:${roleAlt})\s+${given}$`).exec(before)
    const counterpart = cachedRe(String.raw`(?:(${countryAlt})\s+)?counterparts?,?\s+${given}$`).exec(before)
    let m = direct
    if (!m && counterpart) {
      // The counterpart holds the role named earlier in the sentence ("President X and his US counterpart Y").
      const earlier = cachedRe(String.raw`\b(?:${roleAlt})\b`).test(sentenceBefore.slice(0, sentenceBefore.length - counterpart[0].length))
      if (earlier) m = counterpart
    }
    if (!m) continue
    const former = m === direct && Boolean(m[1])
    const countryWord = m === direct ? m[2] : m[1]
    const holders = group.filter((h) => h.role === role && (!countryWord || countryTerms(h.country).includes(countryWord)))
    if (!holders.length) continue
    // Without a country word, the role alone must still point at one country's office.
    if (!countryWord && new Set(holders.map((h) => h.country)).size > 1) continue
    const byName = holders.filter((h) => h.name === holders[0].name)
    return { holders: byName, phrase: m[0], former }
  }
  return null
}

function calendarConstraints(sents: Sentence[], usContext: UsContext, softs: Soft[]): Constraint[] {
  const out: Constraint[] = []
  for (const s of sents) {
    const event = eventIn(s.text, usContext)
    if (!event) continue
    let dated = false
    for (const m of allMatches(MONTH_DAY, s.text)) {
      if (m[3] || m[6]) continue
      const month = monthNumber(m[1] ?? m[5])
      const date = Number(m[2] ?? m[4])
      if (!month) continue
      dated = true
      const tense = tenseAt(s, m.index!)
      out.push({
        strength: 5,
        evidence: ev(`'${s.text.trim()}' (${tense} tense): ${event.rule}; the publication date must make ${m[0]} that day`, s, m.index!, m[0].length),
        test: (pub) => {
          const o = occurrence(pub, month, date, tense)
          return o !== null && isEventDay(event, o)
        },
      })
      if (tense === 'present') {
        softs.push({
          evidence: ev(`present tense: the article was most likely published on the day of the ${event.label}`, s, m.index!, m[0].length),
          score: (pub) => {
            const o = occurrence(pub, month, date, tense)
            return o === pub ? 2 : 0
          },
        })
      }
    }
    if (dated) continue
    const cue = event.cue.exec(s.text)
    for (const m of allMatches(WEEKDAY, s.text)) {
      // Only a weekday close to the event's name dates the event ("ended on Tuesday", "Tuesday's elections").
      if (!cue || Math.abs(m.index! - cue.index) > 50) continue
      const wd = WEEKDAYS.indexOf(m[1].toLowerCase())
      const tense = tenseAt(s, m.index!)
      out.push({
        strength: 5,
        evidence: ev(`'${s.text.trim()}': the ${event.label} fell on the ${m[1]} ${tense === 'future' ? 'after' : 'before or on'} publication; ${event.rule}`, s, m.index!, m[0].length),
        test: (pub) => isEventDay(event, weekdayDate(pub, wd, tense)) && (tense !== 'past' || pub - weekdayDate(pub, wd, tense) <= 6),
      })
      break
    }
  }
  return out
}

function monthDayConstraints(sents: Sentence[], softs: Soft[]): Constraint[] {
  const out: Constraint[] = []
  for (const s of sents) {
    for (const m of allMatches(MONTH_DAY, s.text)) {
      const month = monthNumber(m[1] ?? m[5])
      const date = Number(m[2] ?? m[4])
      const year = m[3] ?? m[6]
      if (!month || date < 1 || date > 31) continue
      // The weekday written next to the date ("Wednesday, November 9") fixes the year.
      const wdBefore = WEEKDAY_BEFORE.exec(s.text.slice(0, m.index!))
      const tense = tenseAt(s, m.index!)
      if (year) {
        const d = day(Number(year), month, date)
        if (tense === 'future') {
          out.push({ strength: 2, evidence: ev(`'${m[0]}' is still ahead (future tense)`, s, m.index!, m[0].length), test: (pub) => pub <= d })
        } else {
          out.push({ strength: 2, evidence: ev(`'${m[0]}' has already happened (${tense} tense)`, s, m.index!, m[0].length), test: (pub) => pub >= d })
        }
        continue
      }
      out.push({
        strength: 1,
        evidence: ev(`'${m[0]}' without a year, ${tense} tense: ${tense === 'future' ? 'within the half-year after' : tense === 'present' ? 'within the week after' : 'within the ten months before'} publication`, s, m.index!, m[0].length),
        test: (pub) => occurrence(pub, month, date, tense) !== null,
      })
      if (wdBefore) {
        const wd = WEEKDAYS.indexOf(wdBefore[1].toLowerCase())
        out.push({
          strength: 3,
          evidence: ev(`'${wdBefore[1]}, ${m[0]}': the year must make that month-day a ${wdBefore[1]}, close to publication`, s, wdBefore.index!, m.index! + m[0].length - wdBefore.index!),
          // A weekday is named only for dates close to publication: the past week, or the coming weeks.
          test: (pub) => {
            const o = occurrence(pub, month, date, tense)
            return o !== null && weekday(o) === wd && (tense === 'future' ? o - pub <= 60 : pub - o <= 7)
          },
        })
        if (tense !== 'future') {
          softs.push({
            evidence: ev(`'${wdBefore[1]}, ${m[0]}' in past narrative: most likely reported that day or the next`, s, wdBefore.index!, m.index! + m[0].length - wdBefore.index!),
            score: (pub) => {
              const o = occurrence(pub, month, date, tense)
              return o === pub ? 1 : o === pub - 1 ? 0.5 : 0
            },
          })
        }
      }
    }
  }
  return out
}

/** A weekday named in narrative is most often the day of publication, or the day before. */
function weekdaySofts(sents: Sentence[]): Soft[] {
  const counts = new Map<number, { n: number; e: Evidence }>()
  for (const s of sents) {
    for (const m of allMatches(WEEKDAY, s.text)) {
      if (tenseAt(s, m.index!) === 'future') continue
      const wd = WEEKDAYS.indexOf(m[1].toLowerCase())
      const c = counts.get(wd)
      if (c) c.n++
      else counts.set(wd, { n: 1, e: ev(`'${m[0]}' in past narrative`, s, m.index!, m[0].length) })
    }
  }
  return [...counts].map(([wd, { n, e }]) => ({
    evidence: { ...e, reason: `${e.reason} (named ${n}×): most likely the day of publication or the day before` },
    score: (pub: Day) => (weekday(pub) === wd ? n : weekday(pub - 1) === wd ? n / 2 : 0),
  }))
}

function infer(text: string, body: Line[], extra: unknown[], partial: Dateline['partial']): DateInfo {
  void text
  const sents = sentences(body)
  const usContext: UsContext = { body }
  const softs: Soft[] = []
  const constraints: Constraint[] = [
    ...officeConstraints(sents, officeHolders(extra)),
    ...calendarConstraints(sents, usContext, softs),
    ...monthDayConstraints(sents, softs),
  ]
  if (partial) {
    constraints.push({
      strength: 6,
      evidence: { ...partial.evidence, reason: 'dateline without a year: the article is from that month-day' },
      test: (pub) => {
        const [, m, dd] = civil(pub)
        return m === partial.month && dd === partial.date
      },
    })
  }
  constraints.sort((a, b) => b.strength - a.strength)
  // The same clue repeated (a long text, a reprinted paragraph) is one constraint.
  const unique = new Map<string, Constraint>()
  for (const c of constraints) {
    const key = `${c.strength}|${c.evidence.reason}`
    if (!unique.has(key)) unique.set(key, c)
  }

  // Month-days without a year only narrow days within a year: alone they can never fix a date.
  if (!constraints.some((c) => c.strength >= 2)) {
    return {
      value: null,
      basis: 'none',
      confidence: 0,
      evidence: [{ reason: 'no date stated, and nothing in the text narrows it down to a year' }],
      candidates: [],
    }
  }
  const evidence: Evidence[] = [{ reason: 'no explicit date in the text: inferred from clues in the text' }]
  let days: Int32Array = ALL_DAYS
  let applied = 0
  for (const c of unique.values()) {
    const next: Int32Array = days.filter(c.test)
    if (next.length === 0) {
      evidence.push({ ...c.evidence, reason: `set aside (conflicts with stronger clues): ${c.evidence.reason}` })
      continue
    }
    if (next.length < days.length || c.strength >= 4) {
      applied++
      evidence.push(c.evidence)
    }
    days = next
  }
  const left: Day[] = Array.from(days)
  if (!applied) {
    return {
      value: null,
      basis: 'none',
      confidence: 0,
      evidence: [{ reason: 'no date stated, and nothing in the text narrows it down' }],
      candidates: [],
    }
  }
  if (left.length === 1) {
    return { value: iso(left[0]), basis: 'inferred', confidence: 0.8, evidence, candidates: [] }
  }
  if (left.length > MAX_CANDIDATES) {
    evidence.push({ reason: `the clues leave ${left.length} possible days between ${iso(left[0])} and ${iso(left[left.length - 1])}` })
    return { value: null, basis: 'inferred', confidence: 0, evidence, candidates: [] }
  }
  softs.push(...weekdaySofts(sents))
  const scored = left.map((d) => ({ d, s: softs.reduce((acc, f) => acc + f.score(d), 0) })).sort((a, b) => b.s - a.s || a.d - b.d)
  const candidates = left.map(iso)
  const [top, second] = scored
  if (top.s > 0 && top.s - second.s >= 0.5 && top.s >= 1.5 * second.s) {
    for (const f of softs) if (f.score(top.d) > 0) evidence.push(f.evidence)
    evidence.push({ reason: `${candidates.length} days fit the hard clues (${candidates[0]} to ${candidates[candidates.length - 1]}); ${iso(top.d)} fits the soft clues best` })
    return { value: iso(top.d), basis: 'inferred', confidence: 0.6, evidence, candidates }
  }
  evidence.push({ reason: `${candidates.length} days fit the clues equally well; no single date can be chosen` })
  return { value: null, basis: 'inferred', confidence: 0, evidence, candidates }
}
