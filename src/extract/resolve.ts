/**
 * Resolves what a cue points at: pronouns to the most recent compatible
 * person, role descriptions ("the White House spokesman") to the person introduced
 * with that role, organisation descriptions ("the ministry") to the
 * organisation last named with that head word.
 */
import { pronoun, type PronounInfo } from '../knowledge/pronouns.ts'
import { FEMALE_ROLES, GENERIC_ROLE_HEADS, MALE_ROLES, fitsGenericRole } from '../knowledge/roles.ts'
import type { Entity, MentionRef, Registry } from './entities.ts'
import { countryOf } from './places.ts'

/** Abbreviated titles and the role they stand for ("Gov." is a governor). */
const ABBREVIATED_ROLES: Record<string, string> = {
  'gov.': 'governor', gov: 'governor', 'sen.': 'senator', sen: 'senator', 'rep.': 'representative', rep: 'representative',
  'gen.': 'general', 'lt.': 'lieutenant', 'col.': 'colonel', 'maj.': 'major', 'capt.': 'captain', 'sgt.': 'sergeant',
  'adm.': 'admiral', 'cmdr.': 'commander', 'atty.': 'attorney', 'supt.': 'superintendent', 'sec.': 'secretary',
  'amb.': 'ambassador', 'pres.': 'president', 'dr.': 'doctor', 'prof.': 'professor', 'rev.': 'reverend', 'det.': 'detective',
}

/** A description of an unnamed person at the start of a sentence ("The interior minister"). */
export interface Described {
  unit: number
  start: number
  end: number
  /** The description without its "the". */
  name: string
  gender: 'male' | 'female' | 'unknown'
  /** A group ("Local residents"), for "they". */
  plural?: boolean
}

export interface Placed {
  entity: Entity
  mention: MentionRef
}

export class Resolver {
  /** Mentions outside quotes, by unit, in text order. */
  private readonly byUnit: Placed[][] = []
  /** The last attributed speaker and the unit where it spoke. */
  lastSpeaker: { entity: Entity; unit: number } | null = null

  /** Unnamed people a unit opens with ("The minister was asked ..."), for pronouns nothing named fits. */
  private readonly described: Described[] = []

  constructor(readonly registry: Registry) {}

  /** Notes a description of someone unnamed at the start of unit `unit`. */
  describe(d: Described): void {
    this.described.push(d)
  }

  /**
   * The unnamed person a pronoun at `offset` in unit `unit` most likely refers
   * to: described before it in this unit or in the two before, of a fitting gender.
   */
  describedFor(word: string, unit: number, offset: number): Described | null {
    const info = pronoun(word)
    if (!info || (info.organization && !info.plural)) return null
    for (let i = this.described.length - 1; i >= 0; i--) {
      const d = this.described[i]!
      if (d.unit > unit || (d.unit === unit && d.start >= offset)) continue
      if (unit - d.unit > (info.plural ? 1 : 2)) break
      if (!!d.plural !== info.plural) continue
      if (d.plural || d.gender === 'unknown' || d.gender === info.gender) return d
    }
    return null
  }

  note(entity: Entity, mention: MentionRef): void {
    this.registry.mention(entity, mention)
    if (mention.inQuote) return
    const list = (this.byUnit[mention.unit] ??= [])
    if (list.some((p) => p.mention.start === mention.start && p.entity === entity)) return
    // Keep the unit's list in text order: mentions mostly arrive in order, so insert from the end.
    let i = list.length
    while (i > 0 && list[i - 1]!.mention.start > mention.start) i--
    list.splice(i, 0, { entity, mention })
  }

  /** The entity a pronoun at `offset` in unit `unit` refers to. */
  pronoun(word: string, unit: number, offset: number): Entity | null {
    const info = pronoun(word)
    if (!info) return null
    // The current unit first (mentions before the pronoun), then earlier units.
    const here = this.namedHere(info, unit, offset)
    if (here.length > 0) return pickSubject(here)
    const last = this.lastSpeaker
    for (let u = unit - 1; u >= 0 && u >= unit - 8; u--) {
      const list = (this.byUnit[u] ?? []).filter((p) => fitsPronoun(p.entity, info))
      if (list.length === 0) continue
      // A speaker who was just quoted keeps the floor when still mentioned there.
      if (last && list.some((p) => p.entity === last.entity)) return last.entity
      // "Renner died ..., his daughter Clara said ... “...,” she said": someone known to be a woman
      // before someone of unknown gender.
      const known = info.gender === 'unknown' ? [] : list.filter((p) => p.entity.kind === 'person' && p.entity.gender === info.gender)
      return pickSubject(known.length > 0 ? known : list)
    }
    if (last && fitsPronoun(last.entity, info) && unit - last.unit <= 10) return last.entity
    return null
  }

  /** Whether someone named before `offset` in unit `unit`, or in the unit before, fits the pronoun. */
  namedRecently(word: string, unit: number, offset: number): boolean {
    const info = pronoun(word)
    return info !== undefined && (this.namedHere(info, unit, offset).length > 0 || (unit > 0 && this.namedHere(info, unit - 1, Infinity).length > 0))
  }

  private namedHere(info: PronounInfo, unit: number, offset: number): Placed[] {
    return (this.byUnit[unit] ?? []).filter((p) => p.mention.start < offset && fitsPronoun(p.entity, info))
  }

  /** The person the previous unit or two were about: their subject, or their last person. */
  recentPerson(unit: number): Entity | null {
    for (let u = unit - 1; u >= 0 && u >= unit - 3; u--) {
      // Only people known to be people: a title, a given name or an earlier attribution.
      const list = (this.byUnit[u] ?? []).filter((p) => p.entity.kind === 'person' && (p.entity.evidence > 0 || p.entity.roles.length > 0))
      if (list.length > 0) return pickSubject(list)
    }
    return null
  }

  /** The person introduced with a role whose head word is `head` ("spokesman", "leader"). */
  role(head: string, modifiers: string[], unit: number): Entity | null {
    const h = head.toLowerCase()
    const countries = modifiers.map((m) => countryOf(m)).filter((c): c is string => c !== undefined)
    let best: Entity | null = null
    let bestAt = -1
    for (const e of this.registry.entities) {
      if (e.kind !== 'person') continue
      const at = this.lastMentionBefore(e, unit)
      if (at < 0) continue
      const heads = e.roles.flatMap((r) => r.toLowerCase().split(/[\s-]+/)).map((x) => ABBREVIATED_ROLES[x] ?? x)
      let ok = heads.includes(h) || (h === 'spokesperson' && (heads.includes('spokesman') || heads.includes('spokeswoman')))
      if (!ok && GENERIC_ROLE_HEADS.has(h) && countries.length > 0) ok = countries.some((c) => e.countries.includes(c))
      if (!ok && GENERIC_ROLE_HEADS.has(h) && countries.length === 0) ok = fitsGenericRole(h, heads) && modifiers.length === 0
      if (ok && countries.length > 0 && e.countries.length > 0 && !countries.some((c) => e.countries.includes(c))) ok = false
      if (FEMALE_ROLES.has(h) && e.gender === 'male') ok = false
      if (MALE_ROLES.has(h) && e.gender === 'female') ok = false
      if (ok && at > bestAt) {
        best = e
        bestAt = at
      }
    }
    // "Colonel Mahan said ... A senior U.N. official, who spoke on condition of anonymity, said ...
    // “...,” the official said": someone unnamed described with that head since is meant.
    if (best && this.describedSince(h, unit, bestAt)) return null
    return best
  }

  /**
   * Whether someone new and unnamed was introduced with head word `head` after `offset`, up to
   * unit `unit` ("A senior official ..."; "The actor ..." may be someone named before).
   */
  describedSince(head: string, unit: number, offset: number): boolean {
    return this.described.some((d) => !d.plural && d.unit <= unit && d.start > offset && /^(?:a|an|one|another)\s/i.test(d.name) && d.name.toLowerCase().split(/\s+/).pop() === head)
  }

  /** Where `e` was last mentioned up to unit `unit` (-1 if not). */
  lastMentionBefore(e: Entity, unit: number): number {
    let at = -1
    for (const m of e.mentions) if (m.unit <= unit && m.start > at) at = m.start
    return at
  }

  /** The organisation most recently named with `head` in its name, or any for a generic head. */
  organization(head: string, unit: number, generic: boolean): Entity | null {
    const h = head.toLowerCase()
    let best: Entity | null = null
    let bestAt = -1
    for (const e of this.registry.entities) {
      if (e.kind !== 'organization') continue
      const at = this.lastMentionBefore(e, unit)
      if (at < 0) continue
      const words = e.name.toLowerCase().split(/\s+/)
      const ok = words.includes(h) || (generic && e.evidence >= 1)
      if (ok && at > bestAt) {
        best = e
        bestAt = at
      }
    }
    return best
  }

}

/** The subject of a unit: its first mention outside quotes. */
function pickSubject(list: Placed[]): Entity {
  const subject = list.find((p) => p.mention.subject)
  return (subject ?? list[0]!).entity
}

/** Whether an entity can be what a pronoun refers to (a module function: a closure per call is costly under tsx). */
function fitsPronoun(e: Entity, info: PronounInfo): boolean {
  if (info.plural) return e.kind === 'organization'
  if (!info.organization) return e.kind === 'person' && (e.gender === 'unknown' || e.gender === info.gender)
  return e.kind === 'organization'
}
