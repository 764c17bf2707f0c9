/**
 * A linear tokenizer over a span of the article text. Tokens keep their
 * offsets, so every span built from them indexes the original text.
 */
export interface Token {
  text: string
  lower: string
  start: number
  end: number
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean
  /** Starts with an upper-case letter. */
  cap: boolean
}

// Words may carry inner apostrophes, hyphens and dots ("O'Rourke", "U.S.", "al-Assad"),
// and a final dot only when they are abbreviations, decided by the caller.
const TOKEN = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*\.?|[\p{Pd}]+|\S/gu

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = []
  const slice = text.slice(start, end)
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0]
    let s = start + m.index
    // A trailing dot belongs to the word only for abbreviations and initials.
    if (t.length > 1 && t.endsWith('.') && !isAbbreviation(t)) {
      push(out, t.slice(0, -1), s)
      push(out, '.', s + t.length - 1)
      continue
    }
    push(out, t, s)
  }
  return out
}

function push(out: Token[], t: string, s: number): void {
  const c = t.charCodeAt(0)
  const word = /[\p{L}\p{N}]/u.test(t[0]!)
  out.push({
    text: t,
    lower: t.toLowerCase(),
    start: s,
    end: s + t.length,
    word,
    cap: word && t[0] !== t[0]!.toLowerCase() && c !== 0,
  })
}

/** Abbreviations that keep their final dot ("Sen.", "U.S.", "Jan."), and single-letter initials. */
const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'lt.', 'gen.', 'col.', 'maj.', 'capt.', 'sgt.',
  'adm.', 'cmdr.', 'atty.', 'supt.', 'sec.', 'amb.', 'rev.', 'fr.', 'del.', 'pres.', 'cpl.', 'pvt.', 'insp.',
  'det.', 'st.', 'jr.', 'sr.', 'inc.', 'corp.', 'co.', 'ltd.', 'no.', 'vs.', 'etc.', 'jan.', 'feb.', 'mar.',
  'apr.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'ave.', 'blvd.', 'mt.', 'ft.', 'u.s.', 'u.k.',
  'u.n.', 'e.u.', 'd.c.', 'a.m.', 'p.m.', 'i.e.', 'e.g.', 'calif.', 'fla.', 'mass.', 'minn.', 'ore.',
  'wash.', 'mich.', 'ill.', 'ind.', 'wis.', 'ariz.', 'colo.', 'conn.', 'ga.', 'ky.', 'la.', 'md.', 'mo.',
  'miss.', 'mont.', 'neb.', 'nev.', 'okla.', 'pa.', 'tenn.', 'va.', 'vt.', 'wyo.', 'ala.', 'ark.', 'del.',
  'kan.', 'n.c.', 'n.d.', 'n.h.', 'n.j.', 'n.m.', 'n.y.', 's.c.', 's.d.', 'r.i.', 'w.va.', 'tex.', 'alta.',
])

export function isAbbreviation(t: string): boolean {
  const l = t.toLowerCase()
  if (ABBREVIATIONS.has(l)) return true
  // Initials ("J.") and dotted acronyms ("U.S.", "D-N.Y.").
  if (/^\p{Lu}\.$/u.test(t)) return true
  if (/^(?:\p{L}\.){2,}$/u.test(t)) return true
  if (/^\p{Lu}-(?:\p{L}\.)+$/u.test(t)) return true
  return false
}
