/**
 * Turns the raw pass into the public record fields: ids local to the record
 * in text order (p1, o1, q1), canonical names, mentions as text spans.
 */
import type { Article, ArticleRecord, Organization, Person, Quote, Term } from '../model.ts'
import type { Entity } from './entities.ts'
import type { Run } from './run.ts'
import { resolveDate } from './dates.ts'
import { isEnglishWord, isGivenName } from '../knowledge/words.ts'

export type RecordFields = Pick<ArticleRecord, 'people' | 'organizations' | 'quotes' | 'claims' | 'terms'>

export function toRecord(article: Article, run: Run): RecordFields {
  const text = article.text
  const ids = new Map<Entity, string>()
  const live = run.registry.entities.filter((e) => e.mentions.length > 0 && (e.kind !== 'person' || looksLikePerson(e)))
  const firstAt = (e: Entity) => Math.min(...e.mentions.map((m) => m.start))
  const people: Person[] = []
  const organizations: Organization[] = []
  for (const e of [...live].sort((a, b) => firstAt(a) - firstAt(b))) {
    const mentions = [...e.mentions]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .filter((m, i, all) => i === 0 || m.start !== all[i - 1]!.start || m.end !== all[i - 1]!.end)
      .map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }))
    if (e.kind === 'person') {
      const id = `p${people.length + 1}`
      ids.set(e, id)
      people.push({ id, name: e.name, roles: [...e.roles], mentions })
    } else {
      const id = `o${organizations.length + 1}`
      ids.set(e, id)
      organizations.push({ id, name: e.name, kind: 'organization', mentions })
    }
  }

  // Dates are read from the cue's sentence with the reported content blanked out,
  // so "will meet on November 11" inside a statement does not date the statement.
  const masked = blank(text, run.quotes)
  const dated = { ...article, text: masked }
  const sorted = [...run.quotes].sort((a, b) => a.start - b.start || a.end - b.end)
  const statementId = new Map<number, string>()
  const quotes: Quote[] = sorted.map((q, i) => {
    const id = `q${i + 1}`
    if (!statementId.has(q.statement)) statementId.set(q.statement, id)
    const at = q.cue?.start ?? q.start
    return {
      id,
      kind: q.kind,
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      speaker: q.speaker
        ? {
            id: q.speaker.entity ? ids.get(q.speaker.entity) ?? null : null,
            name: q.speaker.entity ? q.speaker.entity.name : q.speaker.name,
            start: q.speaker.start,
            end: q.speaker.end,
            kind: q.speaker.entity ? q.speaker.entity.kind : q.speaker.kind,
          }
        : null,
      cue: q.cue ? { start: q.cue.start, end: q.cue.end, text: text.slice(q.cue.start, q.cue.end) } : null,
      statement: statementId.get(q.statement)!,
      relay: q.relay ? { start: q.relay.start, end: q.relay.end, text: text.slice(q.relay.start, q.relay.end) } : null,
      date: resolveDate(dated, at),
    }
  })
  const terms: Term[] = run.terms.map((t) => ({ start: t.start, end: t.end, text: text.slice(t.start, t.end), attributedTo: t.attributedTo }))
  return { people, organizations, quotes, claims: [], terms }
}

/**
 * Whether a person the name finder was unsure of is kept: one with no title,
 * no known given name and nothing said ("Nintendo Switch Lite", "Echo Dot",
 * "Solar System") is dropped when its words are dictionary words, unless it
 * opens with a given name that is no word ("Alicia Keys") or ends in a word
 * no dictionary has, like most surnames ("Kepa Arrizabalaga").
 */
function looksLikePerson(e: Entity): boolean {
  if (e.evidence > 0 || e.roles.length > 0) return true
  const words = e.name.replace(/['’]s?(?=\s|$)/g, '').split(/\s+/).filter(Boolean)
  const first = words[0] ?? ''
  const last = words[words.length - 1] ?? ''
  // (A last word in capitals is a product's or a company's: "Apple TV", "Fusion GPS".)
  return (isGivenName(first) && !isEnglishWord(first)) || (!isEnglishWord(last) && !/^[A-Z0-9]{2,}$/.test(last))
}

function blank(text: string, spans: { start: number; end: number }[]): string {
  if (spans.length === 0) return text
  const parts: string[] = []
  let at = 0
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue
    parts.push(text.slice(at, s.start), ' '.repeat(s.end - s.start))
    at = s.end
  }
  parts.push(text.slice(at))
  return parts.join('')
}
