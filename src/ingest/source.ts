/** The outlet's name and the agencies it relays, read from general shapes of page text. */
import type { Evidence } from '../model.ts'
import type { Line } from './lines.ts'
import { allMatches } from '../knowledge/regex.ts'

export interface SourceGuess {
  name: string
  basis: string
  evidence: Evidence[]
}

/**
 * Generic descriptors that precede an outlet's own name in page titles ("News agency X",
 * "Newspaper X"). Dropped so the name is the outlet's, not its kind.
 */
const DESCRIPTOR = /^(?:(?:the\s+)?(?:(?:news|information|press|state|national)\s+)?(?:agency|newspaper|magazine|portal|website|web\s?site|online\s+edition|news\s+portal|tv\s+channel)\s+)/iu

export function cleanOutletName(raw: string): string {
  let name = raw.trim().replace(/\s+/g, ' ')
  const stripped = name.replace(DESCRIPTOR, '')
  if (stripped.length >= 2) name = stripped
  return name.replace(/^[“"'«]|[”"'»]$/gu, '').trim()
}

/** "X's website can also be accessed …", "X’s site is …": a footer naming the outlet. */
const FOOTER_SITE = /^(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,4})[’']s\s+(?:official\s+)?(?:web\s?site|site|homepage|portal|app|pages?)\b/u
/** "© 2022 X. All rights reserved", "Copyright 2019 X". */
const COPYRIGHT = /(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*(\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}?)(?:\s*[.,|]|\s+all rights|\s+\d{4}|$)/iu

export function sourceFromFooter(lines: Line[], from: number): SourceGuess | null {
  for (let i = Math.max(from, 0); i < lines.length; i++) {
    const l = lines[i]
    let m = FOOTER_SITE.exec(l.text)
    if (m) {
      return {
        name: cleanOutletName(m[1]),
        basis: 'footer',
        evidence: [{ reason: 'footer line names the site', quote: l.text, start: l.start, end: l.end }],
      }
    }
    m = COPYRIGHT.exec(l.text)
    if (m && m[1].trim().split(/\s+/).length <= 5) {
      return {
        name: cleanOutletName(m[1]),
        basis: 'footer',
        evidence: [{ reason: 'copyright line names the owner', quote: l.text, start: l.start, end: l.end }],
      }
    }
  }
  return null
}

const NAME = String.raw`((?:\p{Lu}{2,10}|\p{Lu}[\p{Ll}\p{Lu}]+)(?:[ -]\p{Lu}[\p{Ll}\p{Lu}]+){0,2})`
const PRONOUNS = new Set(['He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'The', 'Media', 'Reports', 'Sources', 'Officials', 'Police'])
/** Each pattern with the words any match of it must contain: most lines have none, and `includes` is far cheaper than a scan. */
const RELAY_PATTERNS: Array<[string[], RegExp]> = [
  // "…, TASS reports." / "…, Reuters reported."
  [['report'], new RegExp(String.raw`,\s+${NAME}\s+(?:news\s+agency\s+)?(?:reports|reported)\s*[.;]`, 'gu')],
  // "quoted by Interfax", "as cited by RIA Novosti"
  [['quoted', 'cited'], new RegExp(String.raw`\b(?:quoted|cited)\s+by\s+(?:the\s+)?${NAME}`, 'gu')],
  // "…, AFP reported on Tuesday", "the AP news agency reported that": an acronym opening a clause,
  // and the verb closing it or introducing what was reported ("those with BED reported more" is not a relay).
  [['report'], new RegExp(String.raw`(?:^|[,;(]\s*|\b[Tt]he\s+)(\p{Lu}{2,10})(?:\s+news\s+agency)?\s+(?:reports|reported)(?=\s*(?:[.,;)]|that\b|on\b|in\b|late\b|earlier\b))`, 'gu')],
  // "X news agency reported", "according to X news agency"
  [['news'], new RegExp(String.raw`\b${NAME}\s+news\s+agency\b`, 'gu')],
]

/** Agencies the text says it relays. Spans point into `text`. */
export function relaysIn(text: string, body: Line[]): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = []
  const seen = new Set<string>()
  for (const l of body) {
    for (const pattern of RELAY_PATTERNS) {
      const needles = pattern[0]
      const re = pattern[1]
      if (!needles.some((w) => l.text.includes(w))) continue
      re.lastIndex = 0
      for (const m of allMatches(re, l.text)) {
        const name = m[1]
        if (PRONOUNS.has(name) || seen.has(name)) continue
        const at = m.index! + m[0].indexOf(name)
        seen.add(name)
        out.push({ name, start: l.start + at, end: l.start + at + name.length })
      }
    }
  }
  void text
  return out
}
