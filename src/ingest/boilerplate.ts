/**
 * Line-level boilerplate removal for page text (one block per line, as a browser saves it).
 *
 * 1. Each line gets a prose score from general features (word count, sentence-final punctuation,
 *    script). The main body is the contiguous run of lines with the highest total score
 *    (maximum-subarray), so menus above and widgets below fall outside it.
 * 2. The headline is chosen among the lines above the body (see title.ts).
 * 3. Every line that is not kept gets a reason, from its position and features.
 */
import { features, keyOf, letterOrDigitCount, normalise, dominantScript, type Features, type Line, type Script } from './lines.ts'
import { uiReason } from './ui-words.ts'
import { chooseTitle, splitPageTitle, type TitleChoice, type PageTitle } from './title.ts'

export interface LineInfo extends Line {
  f: Features
  prose: boolean
  /** Opens with a long Title Case headline: a link to another story. */
  teaser?: boolean
  /** `normalise(text)`, once asked for (see `keyOf`). */
  key?: string
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

const SMALL_WORDS = new Set('a an the of in on at to for and or but with by from as is vs via'.split(' '))

/**
 * Capitalised words at the start of a line, small words skipped: a link to another story
 * ("Customers Leave Without Paying $690 Bill At Troy Steakhouse A party of six…") opens with a
 * long Title Case headline, which running text almost never does.
 */
export function titleCaseRun(tokens: string[], text: string): number {
  // Word by word, as far as the run goes: running text stops it within a few words.
  const head = text.slice(0, 160)
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu
  let n = 0
  for (let k = 0; k < 12; k++) {
    const m = word.exec(head)
    if (!m) break
    if (/^[\p{Lu}\p{N}]/u.test(m[0])) n++
    else if (!SMALL_WORDS.has(m[0].toLowerCase())) break
  }
  void tokens
  return n
}

/** Capitalised opening words from which a long line reads as a headline link (tuned on the dev pages). */
const TEASER_RUN = 9

/** A line that reads as a sentence of running text. */
function isProse(f: Features, docScript: Script): boolean {
  if (f.script !== docScript) return false
  if (f.letterRatio < 0.5) return false
  if (f.words >= 8 && f.terminal) return true
  // Long lines without final punctuation: running text has mostly lower-case words; tag clouds and menus do not.
  return f.words >= 30 && f.capRatio < 0.4
}

function lineScore(l: LineInfo): number {
  if (l.prose) return Math.min(l.f.words, 80)
  return -(3 + Math.min(l.f.words, 12))
}

interface Run { a: number; b: number; score: number }

/** Maximum-sum contiguous run of lines[lo..hi] that ends on a prose line; linear. */
function kadane(lines: LineInfo[], lo: number, hi: number): Run | null {
  let best: Run | null = null
  let sum = 0
  let start = lo
  for (let i = lo; i <= hi; i++) {
    if (sum <= 0) { sum = 0; start = i }
    sum += lineScore(lines[i])
    if (lines[i].prose && (!best || sum > best.score)) best = { a: start, b: i, score: sum }
  }
  if (!best) return null
  while (best.a < best.b && !lines[best.a].prose) best.a++
  return best
}

/** The best runs of the page, disjoint: the best one, then the best ones left and right of it. */
function runs(lines: LineInfo[]): Run[] {
  const out: Run[] = []
  const stack: Array<[number, number]> = [[0, lines.length - 1]]
  while (stack.length && out.length < 12) {
    const [lo, hi] = stack.pop()!
    if (hi < lo) continue
    const r = kadane(lines, lo, hi)
    if (!r) continue
    out.push(r)
    stack.push([lo, r.a - 1], [r.b + 1, hi])
  }
  return out
}

const STOP = new Set('the and for with that this from have has had are was were will would its their his her they them than then into over after about said says not but who what when which while been being also more most such can could should may might our you your any all one two new how why'.split(' '))
/** Content words of a line's tokens; computed once per line (the body rules ask for them several times). */
const contentCache = new WeakMap<string[], Set<string>>()
export function contentWords(tokens: string[]): Set<string> {
  let words = contentCache.get(tokens)
  if (!words) {
    words = new Set<string>()
    for (const t of tokens) if (t.length >= 3 && !STOP.has(t)) words.add(t)
    contentCache.set(tokens, words)
  }
  return words
}

interface Group { a: number; b: number; mass: number }

/** Prose lines grouped where at most `gap` non-prose lines separate them. */
function groups(lines: LineInfo[], gap: number): Group[] {
  const out: Group[] = []
  let cur: Group | null = null
  let lastProse = -Infinity
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].prose) continue
    if (cur && i - lastProse - 1 <= gap) {
      cur.b = i
      cur.mass += Math.min(lines[i].f.words, 80)
    } else {
      cur = { a: i, b: i, mass: Math.min(lines[i].f.words, 80) }
      out.push(cur)
    }
    lastProse = i
  }
  return out
}

function vocabulary(lines: LineInfo[], a: number, b: number): Map<string, number> {
  const v = new Map<string, number>()
  for (let i = a; i <= b; i++) if (lines[i].prose) for (const w of contentWords(lines[i].f.tokens)) v.set(w, (v.get(w) ?? 0) + 1)
  return v
}

/** Share of a group's content words that the body already uses: continuation paragraphs share names and topic, teasers do not. */
function cohesion(lines: LineInfo[], g: Group, body: Map<string, number>): number {
  let n = 0
  let shared = 0
  for (let i = g.a; i <= g.b; i++) {
    if (!lines[i].prose) continue
    for (const w of contentWords(lines[i].f.tokens)) {
      n++
      if (body.has(w)) shared++
    }
  }
  return n ? shared / n : 0
}

// Tuned on the development half of the article-extraction benchmark (scripts/eval-boilerplate.ts).
/** Weight of a group's prose mass against its echo of the page title. */
const MASS_EXP = 1
const REL_BASE = 0.25
/** Non-prose lines allowed between two paragraphs of one group. */
const GAP = 4
/** Longest run of other lines a body may span (an advert, a related-links box). */
const MAX_BRIDGE = 20
/** Share of a group's words the body must already use for the group to join it. */
const MIN_COHESION = 0.2
/** Lines this long stay in the body even without final punctuation. */
const LONG_LINE = 11

/**
 * The main body. Prose lines are grouped across small gaps; the seed is the group with the most
 * prose whose opening restates the page title (an article's lead echoes its headline, teaser lists
 * and comment threads do not). Neighbouring groups join when they are near and share the body's
 * vocabulary (an article split by an advert or a related-links box).
 */
function bestRegion(lines: LineInfo[], titleWords: Set<string>): [number, number] | null {
  const gs = groups(lines, GAP)
  if (!gs.length) return null
  let seed = 0
  let bestValue = -Infinity
  gs.forEach((g, k) => {
    let rel = 0
    if (titleWords.size) {
      const lead = new Set<string>()
      let n = 0
      for (let i = g.a; i <= g.b && n < 3; i++) {
        if (!lines[i].prose) continue
        for (const t of lines[i].f.tokens) lead.add(t)
        n++
      }
      let shared = 0
      for (const w of titleWords) if (lead.has(w)) shared++
      rel = shared / titleWords.size
    }
    const value = Math.pow(g.mass, MASS_EXP) * (REL_BASE + rel)
    if (value > bestValue) { bestValue = value; seed = k }
  })
  let lo = seed
  let hi = seed
  // The body's vocabulary grows as groups join (added, never recomputed: linear in the page).
  const body = vocabulary(lines, gs[seed].a, gs[seed].b)
  const join = (g: Group) => {
    for (const [w, n] of vocabulary(lines, g.a, g.b)) body.set(w, (body.get(w) ?? 0) + n)
  }
  // A comment thread, a share bar or a related-links heading between two groups ends the article.
  const boundary = (a: number, b: number) => {
    let widgets = 0
    for (let i = a; i <= b; i++) {
      const l = lines[i]
      if (THREAD.test(l.text) || AFTER_ARTICLE.test(l.text)) return true
      const ui = uiReason(l.f.tokens)
      if (ui && ui.share >= 0.3 && (ui.reason === 'share-widget' || ui.reason === 'comment-widget' || ui.reason === 'subscribe')) widgets++
    }
    return widgets >= 2
  }
  const joins = (g: Group, gapStart: number, gapEnd: number) =>
    gapEnd - gapStart + 1 <= MAX_BRIDGE && !boundary(gapStart, gapEnd) && cohesion(lines, g, body) >= MIN_COHESION
  for (let changed = true; changed; ) {
    changed = false
    const next = gs[hi + 1]
    if (next && joins(next, gs[hi].b + 1, next.a - 1)) {
      hi++
      join(next)
      changed = true
    }
    const prev = gs[lo - 1]
    if (prev && joins(prev, prev.b + 1, gs[lo].a - 1)) {
      lo--
      join(prev)
      changed = true
    }
  }
  return [gs[lo].a, gs[hi].b]
}

/** Lines that open a comment thread or the share/subscribe block after an article. */
const THREAD = /^\s*(?:\d+\s+)?(?:comments?|responses?|replies|reactions)\b|\b\d+\s+(?:comments?|responses?|replies)\b|^(?:leave|post|add|write)\s+a\s+(?:comment|reply|response)|\b(?:says|said|wrote|writes):\s*$/iu

/** Headings of the link lists that follow an article ("Related articles", "You may also like"). */
const AFTER_ARTICLE = /^(?:related(?:\s+(?:articles?|stories|posts|content|news|coverage|topics))?|(?:you\s+)?(?:may|might)\s+also\s+(?:like|enjoy)|recommended(?:\s+for\s+you)?|more\s+(?:from|on|in|stories|news|articles)\b.*|read\s+(?:more|next|also)|also\s+read|see\s+also|trending(?:\s+now)?|most\s+(?:popular|read|viewed|shared)|popular\s+(?:posts|stories|now)|latest\s+(?:news|stories|posts)|don[’']t\s+miss|up\s+next|what\s+to\s+read\s+next)\s*[:.…]*$/iu

/** A heading that closes an article: a comment thread or a related-links list. */
export function isArticleEnd(text: string): boolean {
  return THREAD.test(text) || AFTER_ARTICLE.test(text)
}

/** Ends the body at the first comment-thread marker inside it. (Related-links headings do not end it: in page text they often sit in a sidebar printed mid-article.) */
function cutAtThread(lines: LineInfo[], region: [number, number]): [number, number] {
  for (let i = region[0] + 1; i <= region[1]; i++) {
    const l = lines[i]
    if (l.prose) continue
    const ui = uiReason(l.f.tokens)
    if (THREAD.test(l.text) || (ui?.reason === 'comment-widget' && ui.share >= 0.3)) {
      let b = i - 1
      while (b > region[0] && !lines[b].prose) b--
      return [region[0], b]
    }
  }
  return region
}

const SEPARATED = /\s+(?:\/|\||»|›|>|::|·)\s+/u
const SEPARATOR_CHAR = /[/|»›>:·]/
const DATE_LINE = /^(?:(?:published|updated|posted|last updated)[:\s]*)?(?:\p{L}+,?\s+)?(?:\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b.{0,30}$/iu
const BYLINE = /^(?:by|written by|posted by|author:?|reporting by)\s+\p{Lu}/iu
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved/i
/** Photo credits: "Name/Agency/Getty Images", "Photo: Name, AP", "(Reuters)". */
const CREDIT = /^(?:photo|image|picture|credit|source|foto|bild)s?\s*(?:credit)?\s*[:©]|\b(?:credit|photo|image)s?:\s*[^.]{2,60}$|\b(?:getty\s+images|shutterstock|istock(?:photo)?)\b|^\p{Lu}[\p{L}.'’ -]+(?:\/\p{Lu}[\p{L}.'’ -]+){1,3}$/iu
/** A "Photo: …" label closing a line (one of CREDIT's forms), enough to make a long line a caption. */
const CREDIT_LABEL = /\b(?:credit|photo|image)s?:\s*[^.]{2,60}$/i
/** "Jane Doe is a reporter for …": the author's note that closes many articles. */
const BIO_END = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:\(@\w+\)\s+)?(?:is|was|has been)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}(?:reporter|writer|editor|correspondent|contributor|columnist|journalist|author|producer|curator|analyst|fellow|professor|intern|blogger)\b/u
const BIO = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:is|was|has been)\s+(?:an?|the)\s+/u

/** Whether a line says the same words as a normalised key; cheap length check first. */
function sameText(l: LineInfo, key: string): boolean {
  const text = l.text
  if (text.length < key.length * 0.8 || text.length > key.length * 1.6 + 10) return false
  // Equal keys have equal letter counts (see letterOrDigitCount): a far cheaper test than normalising.
  if (key !== countedKey) {
    countedKey = key
    keyLetters = letterOrDigitCount(key)
  }
  return letterOrDigitCount(text) === keyLetters && keyOf(l) === key
}
/** The letter count of the last key compared (the same headline key for a whole page). */
let countedKey = ''
let keyLetters = 0

/** Separated short segments such as "Home / World / Europe". */
function isBreadcrumb(text: string): boolean {
  // Most lines hold none of the separator characters: no split needed.
  if (!SEPARATOR_CHAR.test(text)) return false
  const parts = text.split(SEPARATED)
  if (parts.length < 2) return false
  return parts.every((p) => p.trim().split(/\s+/).length <= 4 && !/[.!?]$/.test(p.trim()))
}

export function classify(text: string, rawLines: Line[]): Classified {
  const feats = rawLines.map((l) => features(l.text))
  // The page's script: letters per script over lines of some length (short UI strings do not vote).
  const counts = new Map<Script, number>()
  feats.forEach((f, i) => {
    if (rawLines[i].end - rawLines[i].start >= 40) counts.set(f.script, (counts.get(f.script) ?? 0) + f.letters)
  })
  if (counts.size === 0) feats.forEach((f) => counts.set(f.script, (counts.get(f.script) ?? 0) + f.letters))
  counts.delete('none')
  const docScript = dominantScript(counts)
  const lines: LineInfo[] = rawLines.map((l, i) => {
    const f = feats[i]
    const teaser = f.words >= 12 && titleCaseRun(f.tokens, l.text) >= TEASER_RUN
    // Spelled out rather than spread: this runs for every line of every page.
    return { index: l.index, start: l.start, end: l.end, text: l.text, f, prose: !teaser && isProse(f, docScript), teaser, key: undefined }
  })
  const pageTitle = lines.length ? splitPageTitle(lines[0]) : null
  // The page title (first line, as browsers save it) gives the headline's words before the body is known.
  const titleWords = lines.length && lines[0].f.words <= 30 && !lines[0].prose ? contentWords(lines[0].f.tokens) : new Set<string>()
  const found = bestRegion(lines, titleWords)
  const region = found ? cutAtThread(lines, found) : null
  const title = chooseTitle(lines, region, pageTitle)
  const titleKey = title ? normalise(title.value) : null

  const kept: LineInfo[] = []
  const removed: Classified['removed'] = []
  const titleLine = title?.lineIndex ?? -1
  // Kept lines by letter-and-digit count, a property of the normalised text: only lines that share
  // a count with an earlier one are normalised and compared (normalising every paragraph was slow).
  const kept4 = new Map<number, LineInfo[]>()
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    if (i === titleLine) continue
    const inside = region !== null && i >= region[0] && i <= region[1]
    let reason = inside ? insideReason(l, docScript, titleKey) ?? fragmentReason(lines, i) : outsideReason(l, i, lines, region, docScript, titleKey, pageTitle, titleLine)
    if (!reason && l.f.words >= 4) {
      // A line printed twice inside the body (a caption under each slide, a pull quote) is kept once.
      const n = letterOrDigitCount(l.text)
      const same = kept4.get(n)
      if (!same) kept4.set(n, [l])
      else {
        const key = keyOf(l)
        if (same.some((x) => keyOf(x) === key)) reason = 'repeated-block'
        same.push(l)
      }
    }
    if (reason) removed.push({ line: l, reason })
    else kept.push(l)
  }
  return { lines, kept, removed, title, pageTitle, docScript, region }
}

/**
 * A short line inside the body stays when it reads as text: a sentence, a subheading between two
 * paragraphs, or a long line. Lone one- or two-word lines (labels, "Shares", "Advert") go.
 */
function fragmentReason(lines: LineInfo[], i: number): string | null {
  const l = lines[i]
  if (l.teaser) return 'teaser'
  if (l.prose || l.f.terminal) return null
  const sandwiched = Boolean(lines[i - 1]?.prose && lines[i + 1]?.prose)
  if (sandwiched && l.f.words >= 3) return null
  if (l.f.words >= LONG_LINE) return null
  return 'short-fragment'
}

/** Inside the body, only clear furniture goes: widget lines, foreign UI, a repeated headline. */
export function insideReason(l: LineInfo, docScript: Script, titleKey: string | null): string | null {
  // The cheap conditions first: CREDIT is slow on the long lines of the body.
  if ((!l.f.terminal || l.f.words > 12) && (l.f.words <= 12 || CREDIT_LABEL.test(l.text)) && CREDIT.test(l.text)) return 'caption'
  if (/^\[?\s*(?:related|read more|see also|also read|more)\s*:/iu.test(l.text) || AFTER_ARTICLE.test(l.text)) return 'navigation'
  if (l.prose) {
    if (l.f.words <= 30 && BIO_END.test(l.text)) return 'author-bio'
    if (l.f.words <= 40 && /\bcookies?\b/i.test(l.text) && /\b(?:consent|accept|agree|experience|privacy|opt[- ]out|use of|settings|browser)\b/i.test(l.text)) return 'cookie-notice'
    if (l.f.words <= 40) {
      const ui = uiReason(l.f.tokens)
      if (ui && (ui.reason === 'subscribe' || ui.reason === 'cookie-notice') && ui.share >= 0.08) return ui.reason
      if (COPYRIGHT.test(l.text)) return 'footer'
    }
    return null
  }
  if (titleKey && sameText(l, titleKey)) return 'repeated-headline'
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
  if (titleKey && sameText(l, titleKey)) return 'repeated-headline'
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
  // Every date form of DATE_LINE has ASCII digits; the pattern is slow on the many lines without.
  if (/[0-9]/.test(l.text) && DATE_LINE.test(l.text)) return 'date-line'
  // Between the headline and the first paragraph sits the lead photo's caption.
  if (titleLine >= 0 && i > titleLine && region && i < region[0] && !l.f.terminal) return 'caption'
  if (l.f.words <= 2) return 'short-fragment'
  if (l.prose) return 'outside-body'
  void lines
  return 'navigation'
}
