/** Character tests used on every token, written out: a regular expression per call costs more. */

/** `/[A-Z]/.test(word)`. */
export function hasAsciiUpper(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 65 && c <= 90) return true
  }
  return false
}
