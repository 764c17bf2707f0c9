/** Language of the body, by franc's trigram models (see trigrams.ts), as an ISO 639-1 code. */
import { trigramRanking } from './trigrams.ts'

/** ISO 639-3 (franc) to 639-1 for the languages news commonly comes in. */
const ISO1: Record<string, string> = {
  eng: 'en', rus: 'ru', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl',
  ukr: 'uk', tur: 'tr', arb: 'ar', ara: 'ar', cmn: 'zh', zho: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi',
  pes: 'fa', fas: 'fa', heb: 'he', swe: 'sv', nob: 'no', nno: 'nn', dan: 'da', fin: 'fi', ces: 'cs',
  slk: 'sk', hun: 'hu', ron: 'ro', bul: 'bg', ell: 'el', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl',
  ind: 'id', zlm: 'ms', vie: 'vi', tha: 'th', urd: 'ur', ben: 'bn', tam: 'ta', tel: 'te', cat: 'ca',
  glg: 'gl', eus: 'eu', lit: 'lt', lav: 'lv', ekk: 'et', est: 'et', bel: 'be', kaz: 'kk', uzn: 'uz',
  azj: 'az', hye: 'hy', kat: 'ka', afr: 'af', swh: 'sw', tgl: 'tl', mkd: 'mk', als: 'sq',
}

/** The franc (ISO 639-3) codes detection may answer. */
export const LANGUAGES = Object.keys(ISO1)

/** Below this many letters franc's guess is noise. */
export const MIN_LETTERS = 40

// Restricting the guess to the languages mapped above makes it several times faster.
const rank = trigramRanking(LANGUAGES, MIN_LETTERS)

export function detectLanguage(body: string): string {
  const sample = body.length > 600 ? body.slice(0, 600) : body
  if (letterCount(sample, MIN_LETTERS) < MIN_LETTERS) return 'und'
  const code = rank(sample)[0]!
  if (code === 'und') return 'und'
  return ISO1[code] ?? code
}

const LETTER = /^\p{L}$/u

/** Letters in `s` (code points, as `/\p{L}/gu` counts them), counting stops at `enough`. */
function letterCount(s: string, enough: number): number {
  let n = 0
  for (let i = 0; i < s.length && n < enough; i++) {
    const c = s.charCodeAt(i)
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++
      continue
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff
    if (LETTER.test(s.slice(i, pair ? i + 2 : i + 1))) n++
    if (pair) i++
  }
  return n
}
