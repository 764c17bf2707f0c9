/**
 * Line-level boilerplate removal for page text (one block per line, as a browser saves it).
 *
 * 1. Each line gets a prose score from general features (word count, sentence-final punctuation,
 *    script). The main body is the contiguous run of lines with the highest total score
 *    (maximum-subarray), so menus above and widgets below fall outside it.
 * 2. The headline is chosen among the lines above the body (see title.ts).
 * 3. Every line that is not kept gets a reason, from its position and features.
 */
import { features, normalise, scriptCounts, dominantScript, type Features, type Line, type Script } from './lines.ts'
import { uiReason } from './ui-words.ts'
import { chooseTitle, splitPageTitle, type TitleChoice, type PageTitle } from './title.ts'

export interface LineInfo extends Line {
  f: Features
  prose: boolean
}

export interface Classified {
  lines: LineInfo[]
  kept: LineInfo[]
  removed: Array<{ line: LineInfo; reason: string }>
  title: TitleChoice | null
  pageTitle: PageTitle | null
  docScript: Script
  /** Index range (into `lines`) of the main body, or null when no line reads as prose. */
  region: [number, number] | null
}

/** A line that reads as a sentence of running text. */
function isProse(f: Features, docScript: Script): boolean {
  if (f.script !== docScript) return false
  if (f.letterRatio < 0.5) return false
  return (f.words >= 8 && f.terminal) || f.words >= 30
}

function lineScore(l: LineInfo): number {
  if (l.prose) return l.f.words
  return -(3 + Math.min(l.f.words, 12))
}

/** Maximum-sum contiguous run; linear. */
function bestRegion(lines: LineInfo[]): [number, number] | null {
  let best = 0
  let bestRange: [number, number] | null = null
  let sum = 0
  let start = 0
  for (let i = 0; i < lines.length; i++) {
    if (sum <= 0) { sum = 0; start = i }
    sum += lineScore(lines[i])
    if (sum > best && lines[i].prose) { best = sum; bestRange = [start, i] }
  }
  if (!bestRange) return null
  // The run may begin on a non-prose line only if the sum stayed positive through it; trim to prose ends.
  let [a, b] = bestRange
  while (a < b && !lines[a].prose) a++
  return [a, b]
}

const SEPARATED = /\s+(?:\/|\||»|›|>|::|·)\s+/u
const DATE_LINE = /^(?:(?:published|updated|posted|last updated)[:\s]*)?(?:\p{L}+,?\s+)?(?:\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b.{0,30}$/iu
const BYLINE = /^(?:by|written by|posted by|author:?|reporting by)\s+\p{Lu}/iu
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved/i
const BIO = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:is|was|has been)\s+(?:an?|the)\s+/u

/** Separated short segments such as "Home / World / Europe". */
function isBreadcrumb(text: string): boolean {
  const parts = text.split(SEPARATED)
  if (parts.length < 2) return false
  return parts.every((p) => p.trim().split(/\s+/).length <= 4 && !/[.!?]$/.test(p.trim()))
}

export function classify(text: string, rawLines: Line[]): Classified {
  const counts = new Map<Script, number>()
  for (const l of rawLines) {
    if (l.end - l.start < 40) continue
    for (const [k, v] of scriptCounts(l.text.slice(0, 400))) counts.set(k, (counts.get(k) ?? 0) + v)
  }
  if (counts.size === 0) for (const l of rawLines) for (const [k, v] of scriptCounts(l.text)) counts.set(k, (counts.get(k) ?? 0) + v)
  const docScript = dominantScript(counts)
  const lines: LineInfo[] = rawLines.map((l) => {
    const f = features(l.text)
    return { ...l, f, prose: isProse(f, docScript) }
  })
  const region = bestRegion(lines)
  const pageTitle = lines.length ? splitPageTitle(lines[0]) : null
  const title = chooseTitle(lines, region, pageTitle)
  const titleKey = title ? normalise(title.value) : null

  const kept: LineInfo[] = []
  const removed: Classified['removed'] = []
  const titleLine = title?.lineIndex ?? -1
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    if (i === titleLine) continue
    const inside = region !== null && i >= region[0] && i <= region[1]
    const reason = inside ? insideReason(l, docScript, titleKey) : outsideReason(l, i, lines, region, docScript, titleKey, pageTitle, titleLine)
    if (reason) removed.push({ line: l, reason })
    else kept.push(l)
  }
  return { lines, kept, removed, title, pageTitle, docScript, region }
}

/** Inside the body, only clear furniture goes: widget lines, foreign UI, a repeated headline. */
export function insideReason(l: LineInfo, docScript: Script, titleKey: string | null): string | null {
  if (l.prose) return null
  if (titleKey && normalise(l.text) === titleKey) return 'repeated-headline'
  if (l.f.script !== docScript && l.f.script !== 'none') return 'foreign-ui'
  if (COPYRIGHT.test(l.text)) return 'footer'
  const ui = uiReason(l.f.tokens)
  if (ui && l.f.words <= 6 && ui.share >= 0.34) return ui.reason
  return null
}

function outsideReason(
  l: LineInfo,
  i: number,
  lines: LineInfo[],
  region: [number, number] | null,
  docScript: Script,
  titleKey: string | null,
  pageTitle: PageTitle | null,
  titleLine: number,
): string {
  if (pageTitle && i === 0) return 'page-title'
  if (titleKey && normalise(l.text) === titleKey) return 'repeated-headline'
  if (l.f.script !== docScript && l.f.script !== 'none') return 'foreign-ui'
  if (/\bcookies?\b/i.test(l.text)) return 'cookie-notice'
  if (isBreadcrumb(l.text)) return 'breadcrumb'
  const after = region !== null && i > region[1]
  if (!l.prose) {
    const ui = uiReason(l.f.tokens)
    if (ui && (ui.share >= 0.25 || l.f.words <= 3)) return ui.reason
  }
  if (COPYRIGHT.test(l.text)) return 'footer'
  if (after) return BIO.test(l.text) ? 'author-bio' : 'footer'
  if (BYLINE.test(l.text)) return 'byline'
  if (DATE_LINE.test(l.text)) return 'date-line'
  // Between the headline and the first paragraph sits the lead photo's caption.
  if (titleLine >= 0 && i > titleLine && region && i < region[0] && !l.f.terminal) return 'caption'
  if (l.f.words <= 2) return 'short-fragment'
  if (l.prose) return 'outside-body'
  void lines
  return 'navigation'
}
