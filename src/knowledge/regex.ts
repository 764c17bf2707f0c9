/**
 * Every match of a global regular expression, as `[...text.matchAll(re)]` gives them for a
 * regex whose lastIndex is 0, but by `exec` on `re` itself: matchAll clones the regex on every
 * call, which showed in profiles of the per-line and per-sentence passes, above all on a cold start.
 * The matches are collected before returning, so a caller may use `re` again inside its loop.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regular expression')
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m)
    // As matchAll does: step over an empty match (by a code point under the u flag).
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode)
  }
  return out
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1
  const c = text.charCodeAt(i)
  const d = text.charCodeAt(i + 1)
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1
}
