/**
 * Link-stage benchmark: generates synthetic but real-shaped ArticleRecords
 * (a few thousand people, country pairs and events, statements on topics,
 * spread over five years, with reports of the same statement by several
 * outlets) and prints the time `link` takes at 1,000 and 10,000 articles.
 *
 *     node --import tsx scripts/bench-link.ts [sizes...]
 *
 * Deterministic: a seeded generator, so runs are comparable.
 */
import { link } from '../src/link/index.ts'
import { topicsOf } from '../src/knowledge/topics.ts'
import { stanceOf } from '../src/knowledge/stance.ts'
import type { ArticleRecord } from '../src/model.ts'

function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = ['Anna', 'Mark', 'Kenji', 'Li', 'Olga', 'Pierre', 'Maria', 'Ahmed', 'Sofia', 'Jan', 'Elena', 'Tomas', 'Ravi', 'Yuki', 'Carlos', 'Ingrid', 'Omar', 'Lena', 'Pavel', 'Grace']
const LAST = ['Kowalski', 'Tanaka', 'Volkov', 'Dubois', 'Rossi', 'Haddad', 'Novak', 'Schmidt', 'Silva', 'Larsen', 'Petrov', 'Okafor', 'Singh', 'Moreau', 'Costa', 'Berg', 'Nakamura', 'Fischer', 'Kovacs', 'Hansen', 'Ivanova', 'Lopez', 'Mendes', 'Weber', 'Sato']
const COUNTRIES = [['Russian', 'Russia', 'Moscow'], ['US', 'United States', 'Washington'], ['Chinese', 'China', 'Beijing'], ['Japanese', 'Japan', 'Tokyo'], ['German', 'Germany', 'Berlin'], ['French', 'France', 'Paris'], ['Polish', 'Poland', 'Warsaw'], ['Indian', 'India', 'New Delhi'], ['Brazilian', 'Brazil', 'Brasília'], ['Turkish', 'Turkey', 'Ankara'], ['Iranian', 'Iran', 'Tehran'], ['Ukrainian', 'Ukraine', 'Kyiv']] as const
const ROLES = ['Foreign Minister', 'presidential spokesman', 'Defence Minister', 'Prime Minister', 'ambassador', 'senator']
const OPINIONS = [
  'there is no reason for optimism about {rel}',
  'we see no grounds for hope in {rel}',
  '{rel} have improved and cooperation is constructive',
  'the {event} will hardly change {rel}',
  'the {event} will not have any significant impact on {rel}',
  '{rel} remain bad and will stay bad',
  'we welcome progress in {rel}',
  'new sanctions will only prolong the crisis',
]
const OUTLETS = ['Eastern Wire', 'Northern Post', 'Capitol Daily', 'River Times', 'Harbour Herald', 'Vistula News', 'Coastal Courier', 'Mountain Gazette']

interface Statement {
  speaker: number
  date: string
  text: string
}

export function syntheticRecords(n: number, seed = 1): ArticleRecord[] {
  const rand = rng(seed)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
  const people = Array.from({ length: Math.max(50, Math.floor(n / 4)) }, (_, i) => ({
    first: FIRST[i % FIRST.length]!,
    last: `${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? String.fromCharCode(97 + (i % 26)) : ''}`,
    country: COUNTRIES[i % COUNTRIES.length]!,
    role: ROLES[i % ROLES.length]!,
  }))
  const start = Date.UTC(2018, 0, 1)
  // A pool of statements; several articles report each one (the families).
  const statements: Statement[] = Array.from({ length: Math.ceil(n * 1.5) }, () => {
    const speaker = Math.floor(rand() * people.length)
    const p = people[speaker]!
    let other = pick(COUNTRIES)
    if (other === p.country) other = COUNTRIES[(COUNTRIES.indexOf(p.country) + 1) % COUNTRIES.length]!
    const rel = `${p.country[0]}-${other[0]} relations`
    const event = `${other[0]} ${pick(['presidential elections', 'summit', 'parliamentary elections'])}`
    const text = pick(OPINIONS).replace('{rel}', rel).replace('{event}', event)
    const day = new Date(start + Math.floor(rand() * 5 * 365) * 86_400_000).toISOString().slice(0, 10)
    return { speaker, date: day, text: text.charAt(0).toUpperCase() + text.slice(1) }
  })

  return Array.from({ length: n }, (_, a) => {
    const lead = statements[Math.floor(rand() * statements.length)]!
    const chosen = [lead, ...Array.from({ length: 3 + Math.floor(rand() * 4) }, () => statements[Math.floor(rand() * statements.length)]!).filter((s) => s.date === lead.date || rand() < 0.3)]
    const title = `${people[lead.speaker]!.last} says ${lead.text.slice(0, 60).toLowerCase()}`
    const paragraphs: string[] = []
    const recordPeople = new Map<number, { id: string; name: string; roles: string[]; mentions: { start: number; end: number; text: string }[] }>()
    const quotes: ArticleRecord['quotes'] = []
    const claims: ArticleRecord['claims'] = []
    let text = `${title}\n\n`
    const spans: { start: number; end: number }[] = []
    for (const s of chosen) {
      const p = people[s.speaker]!
      const intro = `${p.country[0]} ${p.role} ${p.first} ${p.last}`
      const para = `"${s.text}," ${intro} said on ${s.date}.`
      const at = text.length
      text += para + '\n\n'
      spans.push({ start: at, end: at + para.length })
      paragraphs.push(para)
      const id = recordPeople.get(s.speaker)?.id ?? `p${recordPeople.size + 1}`
      const mStart = at + para.indexOf(intro)
      const mention = { start: mStart, end: mStart + intro.length, text: intro }
      const entry = recordPeople.get(s.speaker) ?? { id, name: `${p.first} ${p.last}`, roles: [`${p.country[0]} ${p.role}`], mentions: [] }
      entry.mentions.push(mention)
      recordPeople.set(s.speaker, entry)
      const qid = `q${quotes.length + 1}`
      quotes.push({ id: qid, kind: 'direct', start: at + 1, end: at + 1 + s.text.length, text: s.text, speaker: { id, name: entry.name, start: mStart, end: mStart + intro.length, kind: 'person' }, cue: null, statement: qid, relay: null, date: s.date })
      claims.push({ id: `c${claims.length + 1}`, text: s.text, start: at + 1, end: at + 1 + s.text.length, by: { id, name: entry.name, kind: 'person' }, topics: topicsOf(s.text, { speakerCountry: p.country[1] }), stance: stanceOf(s.text), quote: qid })
    }
    return {
      id: `synthetic-${String(a).padStart(6, '0')}`,
      file: `synthetic-${a}.md`,
      format: 'md',
      hash: '0'.repeat(64),
      text,
      title: { value: title, basis: 'front-matter', start: 0, end: title.length },
      source: { name: OUTLETS[a % OUTLETS.length]!, basis: 'front-matter', evidence: [], url: null, relayedFrom: [] },
      date: { value: lead.date, basis: 'front-matter', confidence: 1, evidence: [], candidates: [] },
      language: 'en',
      url: null,
      paragraphs: spans,
      removed: [],
      inferred: [],
      messages: [],
      extractionSupported: true,
      people: [...recordPeople.values()],
      organizations: [],
      quotes,
      claims,
      terms: [],
      extractorVersion: 'synthetic',
    } satisfies ArticleRecord
  })
}

async function main() {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0)
  for (const size of sizes.length ? sizes : [1000, 10000]) {
    const records = syntheticRecords(size)
    const started = performance.now()
    const cpu = process.cpuUsage()
    const corpus = link(records)
    const ms = performance.now() - started
    // CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
    const cpuMs = process.cpuUsage(cpu).user / 1000
    console.log(
      `link ${size} articles: ${(ms / 1000).toFixed(2)} s wall, ${(cpuMs / 1000).toFixed(2)} s CPU (${corpus.people.length} people, ${corpus.topics.length} topics, ${corpus.stories.length} stories, ${corpus.families.length} families, ${corpus.alignments.length} alignments)`,
    )
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
