/**
 * English personal pronouns that can carry an attribution ("he said"),
 * with the agreement features used to resolve them to an earlier mention.
 */
export type Gender = 'male' | 'female' | 'unknown'

export interface PronounInfo {
  gender: Gender
  plural: boolean
  /** True when the pronoun can refer to an organisation ("it said", "they said"). */
  organization: boolean
  case: 'subject' | 'object' | 'possessive'
}

const TABLE: Record<string, PronounInfo> = {
  he: { gender: 'male', plural: false, organization: false, case: 'subject' },
  him: { gender: 'male', plural: false, organization: false, case: 'object' },
  his: { gender: 'male', plural: false, organization: false, case: 'possessive' },
  she: { gender: 'female', plural: false, organization: false, case: 'subject' },
  her: { gender: 'female', plural: false, organization: false, case: 'object' },
  it: { gender: 'unknown', plural: false, organization: true, case: 'subject' },
  its: { gender: 'unknown', plural: false, organization: true, case: 'possessive' },
  they: { gender: 'unknown', plural: true, organization: true, case: 'subject' },
  them: { gender: 'unknown', plural: true, organization: true, case: 'object' },
  their: { gender: 'unknown', plural: true, organization: true, case: 'possessive' },
}

/** Agreement features of a pronoun, or undefined for any other word. */
export function pronoun(word: string): PronounInfo | undefined {
  return TABLE[word.toLowerCase()]
}

