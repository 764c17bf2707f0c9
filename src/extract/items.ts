/**
 * A unit as a sequence of items: tokens outside quotations, and one item per
 * quotation (marks included), so that cue patterns can be matched around a
 * quote without looking into it.
 */
import type { QuoteSpan } from './quotes.ts'
import type { Token } from './tokens.ts'

export interface Item {
  start: number
  end: number
  tok?: Token
  /** Index of the token in the unit's token list. */
  ti?: number
  quote?: QuoteSpan
}

/** Items of a unit, and for each token whether it lies inside a quotation. */
export function toItems(tokens: Token[], quotes: QuoteSpan[]): { items: Item[]; inQuote: boolean[] } {
  const items: Item[] = []
  const inQuote: boolean[] = new Array(tokens.length).fill(false)
  let q = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    while (q < quotes.length && outerEnd(quotes[q]!) <= t.start) q++
    const quote = quotes[q]
    if (quote && t.start >= quote.open && t.end <= outerEnd(quote)) {
      inQuote[i] = t.start > quote.open && t.start < (quote.close >= 0 ? quote.close : quote.end)
      const last = items[items.length - 1]
      if (!last || last.quote !== quote) items.push({ start: quote.open, end: outerEnd(quote), quote })
      continue
    }
    items.push({ start: t.start, end: t.end, tok: t, ti: i })
  }
  return { items, inQuote }
}

export function outerEnd(q: QuoteSpan): number {
  return q.close >= 0 ? q.close + 1 : q.end
}

/**
 * The words of a quotation, when they are in title case ("Meet the Press",
 * "Pose"): each capitalised, or a short function word after the first. Null
 * otherwise. What counts as a title (how many words, which punctuation) is
 * the caller's to say.
 */
export function titleCaseWords(text: string, it: Item): string[] | null {
  const body = text.slice(it.quote!.start, it.quote!.end).trim()
  const words = body.split(/\s+/).filter(Boolean)
  return words.length > 0 && words.every((x, n) => /^[\p{Lu}\d]/u.test(x) || (n > 0 && /^(?:a|an|the|of|in|on|and|for|to|with|at|by)[.,!?]*$/.test(x))) ? words : null
}
