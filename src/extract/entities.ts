/**
 * The per-article registry of people and organisations, and their mentions.
 * A person's name and first roles come from the first full mention; later
 * surnames, given names, acronyms, role descriptions and pronouns are linked
 * to it as mentions.
 */
import type { Gender } from '../knowledge/pronouns.ts'
import { COURTESY_TITLES } from '../knowledge/roles.ts'

export type EntityKind = 'person' | 'organization'

export interface MentionRef {
  start: number
  end: number
  text: string
  /** Mentions inside a quotation cannot be antecedents of a cue's pronoun. */
  inQuote: boolean
  /** Index of the unit (sentence) it is in. */
  unit: number
  type: 'name' | 'short' | 'pronoun' | 'role' | 'description' | 'alias'
  /** True when the mention is the grammatical subject at the start of its clause. */
  subject?: boolean
}

export interface Entity {
  index: number
  kind: EntityKind
  name: string
  roles: string[]
  gender: Gender
  mentions: MentionRef[]
  /** Lower-case keys: surname, given name, acronyms. */
  surname: string
  given: string
  aliases: string[]
  /** Countries named in its roles ("Russian" -> Russia), for "the Russian leader". */
  countries: string[]
  /** How sure we are it is a person: name lexicon, title or speech verb evidence. */
  evidence: number
}

export class Registry {
  readonly entities: Entity[] = []
  /** Organisations the article calls a business ("the company, Snapwise,"), whatever their name. */
  readonly businesses = new Set<Entity>()
  private readonly byKey = new Map<string, Entity>()

  add(kind: EntityKind, name: string, extra: Partial<Entity> = {}): Entity {
    const parts = name.split(/\s+/)
    const e: Entity = {
      index: this.entities.length,
      kind,
      name,
      roles: [],
      gender: 'unknown',
      mentions: [],
      surname: kind === 'person' ? lastNamePart(parts) : '',
      given: kind === 'person' && parts.length > 1 ? parts[0]!.toLowerCase() : '',
      aliases: [],
      countries: [],
      evidence: 0,
      ...extra,
    }
    this.entities.push(e)
    this.index(e)
    return e
  }

  /** Registers the lookup keys of an entity; earlier entities keep a shared key. */
  index(e: Entity): void {
    const keys = [e.name.toLowerCase(), ...e.aliases]
    if (e.kind === 'person') {
      if (e.surname) keys.push('s:' + e.surname)
      if (e.given) keys.push('g:' + e.given)
    }
    for (const k of keys) if (!this.byKey.has(k)) this.byKey.set(k, e)
  }

  /** Whether a lower-case word is a known name, surname, given name or acronym. */
  knows(word: string): boolean {
    return this.byKey.has(word) || this.byKey.has('s:' + word) || this.byKey.has('g:' + word)
  }

  /** A known person whose full name ends with `name` ("Van Der Beek" of "James Van Der Beek"). */
  tail(name: string): Entity | undefined {
    const n = ' ' + name.toLowerCase()
    const e = this.byKey.get('s:' + lastNamePart(name.split(/\s+/)))
    return e && e.kind === 'person' && e.name.toLowerCase().endsWith(n) ? e : undefined
  }

  full(name: string): Entity | undefined {
    return this.byKey.get(name.toLowerCase())
  }

  surname(word: string): Entity | undefined {
    return this.byKey.get('s:' + word.toLowerCase())
  }

  given(word: string): Entity | undefined {
    return this.byKey.get('g:' + word.toLowerCase())
  }

  alias(word: string): Entity | undefined {
    const e = this.byKey.get(word.toLowerCase())
    return e
  }

  setKey(key: string, e: Entity): void {
    this.byKey.set(key, e)
  }

  addRole(e: Entity, role: string): void {
    // "Its president": the possessive says whose, which the role alone cannot keep.
    const r = role.trim().replace(/^(?:its|their|his|her)\s+/i, '')
    // A courtesy title says nothing of what a person does.
    if (!r || COURTESY_TITLES.has(r.toLowerCase())) return
    const lower = r.toLowerCase()
    // "former finance chief" says less than "former finance chief of X": one role, the fuller.
    const at = e.roles.findIndex((x) => {
      const known = x.toLowerCase()
      return known === lower || known.startsWith(`${lower} `) || lower.startsWith(`${known} `)
    })
    if (at < 0) e.roles.push(r)
    else if (r.length > e.roles[at]!.length) e.roles[at] = r
  }

  private readonly seen = new Set<string>()

  mention(e: Entity, m: MentionRef): void {
    const key = `${e.index}:${m.start}:${m.end}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    e.mentions.push(m)
  }
}

/** The surname of a name's parts: the last part that is not a suffix ("Jr."). */
export function lastNamePart(parts: string[]): string {
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!.toLowerCase().replace(/[’']s$/, '')
    if (!/^(?:jr\.?|sr\.?|ii|iii|iv)$/.test(p)) return p.replace(/,$/, '')
  }
  return parts[parts.length - 1]!.toLowerCase()
}
