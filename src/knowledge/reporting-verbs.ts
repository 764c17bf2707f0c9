/**
 * Reporting verbs: the verbs news writers use to attribute speech, writing or
 * a stated position to a source. Compiled by hand from attribution studies of
 * news (PARC-style cue lists) and newswire style guides; each lemma is listed
 * once and its inflections are generated, with the irregular ones spelt out.
 *
 * `takesThat`: the verb introduces a reported clause ("X warned that ...").
 * `bareClause`: the clause may follow without "that" ("X said the bill ...").
 * `object`: the verb usually takes a hearer first ("X told reporters ...").
 * `infinitive`: the report is a request ("X urged Congress to act").
 */
import { hasAsciiUpper } from './ascii.ts'

export interface ReportingVerb {
  lemma: string
  takesThat: boolean
  bareClause: boolean
  object: boolean
  infinitive: boolean
}

type Flags = Partial<Omit<ReportingVerb, 'lemma'>>

/** Verbs whose reported clause never follows without "that" (or that only take a hearer or a request). */
const NO_BARE_CLAUSE = new Set([
  'deny', 'urge', 'ask', 'demand', 'promise', 'vow', 'pledge', 'threaten', 'respond', 'reply', 'answer', 'comment',
  'remark', 'continue', 'post', 'charge', 'order', 'beg', 'implore', 'encourage', 'instruct', 'recount', 'testify',
  'quip', 'joke', 'laugh', 'sigh', 'shout', 'yell', 'scream', 'cry', 'whisper', 'mutter', 'grumble', 'snap', 'plead',
  'chant', 'repeat', 'tout', 'proclaim', 'blast', 'slam', 'scoff', 'interject', 'exclaim', 'rule', 'find',
  'determine', 'show', 'establish', 'decide',
])

/**
 * Verbs that report an evaluation through their complement ("called the plan
 * 'a disaster'", "dismissed the claims as 'absurd'", "accused X of Y"): their
 * content is the rest of the clause, and they attribute only when it holds a
 * quotation (or, for "accuse", an "of" phrase).
 */
export const COMPLEMENT_VERBS = new Set(['call', 'describe', 'label', 'brand', 'dub', 'characterize', 'characterise', 'reject', 'dismiss', 'decry', 'hail', 'praise', 'blast', 'slam', 'accuse', 'criticize', 'criticise', 'condemn', 'deride', 'mock'])

const SPEECH: Record<string, Flags> = {
  say: {},
  tell: { object: true, bareClause: true },
  add: { bareClause: true },
  note: { bareClause: true },
  stress: {},
  warn: { object: true, bareClause: true, infinitive: true },
  write: { bareClause: true },
  tweet: { bareClause: true },
  post: {},
  insist: { bareClause: true },
  claim: { bareClause: true },
  deny: {},
  urge: { object: true, infinitive: true },
  argue: { bareClause: true },
  explain: {},
  announce: {},
  declare: {},
  state: {},
  acknowledge: {},
  admit: {},
  reply: {},
  respond: {},
  answer: {},
  comment: {},
  remark: {},
  observe: {},
  emphasize: {},
  emphasise: {},
  underline: {},
  underscore: {},
  recall: {},
  suggest: { bareClause: true },
  contend: {},
  maintain: {},
  predict: { bareClause: true },
  promise: { object: true, infinitive: true },
  vow: { infinitive: true },
  pledge: { infinitive: true },
  threaten: { infinitive: true },
  confirm: {},
  report: {},
  reveal: {},
  disclose: {},
  allege: {},
  concede: {},
  caution: {},
  complain: {},
  lament: {},
  boast: {},
  brag: {},
  joke: {},
  quip: {},
  ask: { object: true, infinitive: true },
  wonder: {},
  demand: {},
  recount: {},
  testify: {},
  counter: {},
  retort: {},
  reiterate: {},
  repeat: {},
  conclude: {},
  exclaim: {},
  shout: {},
  yell: {},
  muse: {},
  speculate: {},
  charge: {},
  mention: {},
  indicate: {},
  hint: {},
  signal: {},
  assure: { object: true },
  inform: { object: true },
  advise: { object: true, bareClause: true, infinitive: true },
  remind: { object: true },
  estimate: {},
  forecast: {},
  agree: {},
  opine: {},
  continue: {},
  tout: {},
  proclaim: {},
  blast: {},
  slam: {},
  scoff: {},
  interject: {},
  whisper: {},
  cry: {},
  scream: {},
  sigh: {},
  laugh: {},
  grumble: {},
  mutter: {},
  snap: {},
  plead: {},
  beg: { object: true, infinitive: true },
  implore: { object: true, infinitive: true },
  encourage: { object: true, infinitive: true },
  instruct: { object: true, infinitive: true },
  order: { object: true, infinitive: true },
  chant: {},
  rule: {},
  find: {},
  determine: {},
  show: {},
  establish: {},
  recognize: {},
  recognise: {},
  assert: {},
  call: {},
  describe: {},
  label: {},
  brand: {},
  dub: {},
  characterize: {},
  characterise: {},
  reject: {},
  dismiss: {},
  decry: {},
  hail: {},
  praise: {},
  accuse: {},
  criticize: {},
  criticise: {},
  condemn: {},
  deride: {},
  mock: {},
}

/** Irregular forms: lemma -> [past, past participle]. Belief verbs are left out: they report a thought, not speech. */
const IRREGULAR: Record<string, [string, string]> = {
  say: ['said', 'said'],
  tell: ['told', 'told'],
  write: ['wrote', 'written'],
  forecast: ['forecast', 'forecast'],
  find: ['found', 'found'],
  show: ['showed', 'shown'],
  shoot: ['shot', 'shot'],
  hit: ['hit', 'hit'],
}


/** Verbs that attribute only with a following particle ("pointed out", "chimed in"). */
export const PHRASAL: Record<string, string> = { point: 'out', chime: 'in', spell: 'out', fire: 'back', shoot: 'back', hit: 'back' }

function inflect(lemma: string): string[] {
  const [past, participle] = IRREGULAR[lemma] ?? [regularPast(lemma), regularPast(lemma)]
  return [lemma, thirdPerson(lemma), past, participle, gerund(lemma)]
}

/** Verbs of two syllables stressed on the last, which double their final consonant. */
const DOUBLING = new Set(['admit', 'commit', 'omit', 'permit', 'submit', 'rebut', 'regret', 'refer', 'prefer', 'occur', 'deter', 'compel', 'repel', 'control', 'patrol', 'equip', 'concur', 'confer', 'infer', 'transmit'])

/** One syllable ending in one vowel and one consonant ("quip", "plan", "chat"). */
function doubles(v: string): boolean {
  if (DOUBLING.has(v)) return true
  const w = v.replace(/^qu/, 'q')
  return /^[^aeiou]*[aeiou][bdgmnprt]$/.test(w)
}

function regularPast(v: string): string {
  if (v.endsWith('e')) return v + 'd'
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ied'
  if (doubles(v)) return v + v.at(-1) + 'ed'
  return v + 'ed'
}

function thirdPerson(v: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(v)) return v + 'es'
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ies'
  return v + 's'
}

function gerund(v: string): string {
  if (v.endsWith('ie')) return v.slice(0, -2) + 'ying'
  if (v.endsWith('e') && !v.endsWith('ee')) return v.slice(0, -1) + 'ing'
  if (doubles(v)) return v + v.at(-1) + 'ing'
  return v + 'ing'
}

export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'gerund'

export interface VerbEntry extends ReportingVerb {
  form: VerbForm
}

const TABLE = new Map<string, VerbEntry>()
for (const [lemma, flags] of Object.entries(SPEECH)) {
  const forms = inflect(lemma)
  const kinds: VerbForm[] = ['base', 'third', 'past', 'participle', 'gerund']
  forms.forEach((form, i) => {
    const prior = TABLE.get(form)
    // "said" is both past and participle: keep the past reading, which attribution needs.
    if (prior && prior.lemma === lemma) return
    TABLE.set(form, {
      lemma,
      form: kinds[i]!,
      takesThat: flags.takesThat ?? true,
      bareClause: flags.bareClause ?? !(NO_BARE_CLAUSE.has(lemma) || COMPLEMENT_VERBS.has(lemma)),
      object: flags.object ?? false,
      infinitive: flags.infinitive ?? false,
    })
  })
}
// Phrasal attributions whose particle is checked by the caller.
for (const lemma of Object.keys(PHRASAL)) {
  const kinds: VerbForm[] = ['base', 'third', 'past', 'participle', 'gerund']
  inflect(lemma).forEach((form, i) => {
    if (!TABLE.has(form))
      TABLE.set(form, { lemma, form: kinds[i]!, takesThat: true, bareClause: true, object: false, infinitive: false })
  })
}

/** The reporting verb a lower-cased word form belongs to, if any. */
export function reportingVerb(word: string): VerbEntry | undefined {
  // Callers mostly pass lower-cased words: look up first, lower-case only on a miss.
  return TABLE.get(word) ?? (hasAsciiUpper(word) ? TABLE.get(word.toLowerCase()) : undefined)
}

/** Every known surface form (for tests and documentation). */
export function reportingVerbForms(): string[] {
  return [...TABLE.keys()]
}

/**
 * Nouns that name a statement, so that "the statement said", "a post read" or
 * "the report added" attribute to a document.
 */
export const DOCUMENT_NOUNS = new Set([
  'statement', 'report', 'letter', 'memo', 'filing', 'complaint', 'lawsuit', 'indictment', 'ruling',
  'order', 'decision', 'opinion', 'release', 'announcement', 'post', 'tweet', 'message', 'email',
  'document', 'documents', 'study', 'survey', 'poll', 'analysis', 'affidavit', 'motion', 'brief',
  'transcript', 'readout', 'communique', 'communiqué', 'declaration', 'resolution', 'bill', 'proposal',
  'note', 'notice', 'video', 'ad', 'advertisement', 'website', 'summary', 'assessment',
  'data', 'figures', 'statistics', 'findings', 'estimates', 'projections', 'forecast', 'census', 'audit',
  'accounts', 'account', 'testimony', 'research',
])

