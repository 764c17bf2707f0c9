/** `.txt` input: the decoded text as is, body and boilerplate told apart line by line. */
import type { Evidence } from '../model.ts'
import { splitLines } from './lines.ts'
import { classify } from './boilerplate.ts'
import { cleanOutletName, sourceFromFooter, type SourceGuess } from './source.ts'
import { printedDate } from './printed-date.ts'
import type { Draft } from './draft.ts'

export function fromText(text: string): Draft {
  const c = classify(text, splitLines(text))
  const sources: SourceGuess[] = []
  if (c.pageTitle?.site) {
    const raw = c.pageTitle.site
    const ev: Evidence = {
      reason: 'site name at the end of the page title',
      quote: raw,
      start: c.pageTitle.siteStart ?? undefined,
      end: c.pageTitle.siteEnd ?? undefined,
    }
    sources.push({ name: cleanOutletName(raw), basis: 'title-suffix', evidence: [ev] })
  }
  // The footer starts after the last paragraph kept (a copyright sentence may close the body run).
  const lastKept = c.kept.length ? c.lines.indexOf(c.kept[c.kept.length - 1]) : -1
  const footer = sourceFromFooter(c.lines, lastKept + 1)
  const printed = c.region ? printedDate(c.lines, c.region[0], c.title?.lineIndex ?? -1) : null
  if (footer) sources.push(footer)
  return {
    text,
    format: 'txt',
    title: c.title ? { value: c.title.value, basis: c.title.basis, start: c.title.start, end: c.title.end } : null,
    sources,
    stated: printed ? [printed] : [],
    url: null,
    paragraphs: c.kept.map((l) => ({ start: l.start, end: l.end })),
    removed: c.removed.map((r) => ({ start: r.line.start, end: r.line.end, reason: r.reason })),
    language: null,
    messages: [],
  }
}
