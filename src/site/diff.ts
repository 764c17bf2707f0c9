/**
 * Word-level differences between reports of one statement: each wording is
 * cut into pieces marked `changed` when the words are not shared with the
 * reference wording (longest common subsequence over words). Pieces are
 * plain text; the template escapes them.
 */

export interface DiffPiece {
  text: string
  changed: boolean
}

/** Words and the whitespace after them, so joining the pieces gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? []
}

function norm(token: string): string {
  return token.trim().toLowerCase().replace(/[“”"'‘’.,;:!?()[\]]/g, '')
}

/** Pieces of `text` with every word absent from `reference` (in order) marked changed. */
export function diffWords(reference: string, text: string): DiffPiece[] {
  const a = tokens(reference).map(norm)
  const bTokens = tokens(text)
  const b = bTokens.map(norm)
  // Long wordings are compared only up to a bound, to keep the table small.
  if (a.length * b.length > 250_000) return [{ text, changed: false }]
  const kept = new Array<boolean>(b.length).fill(false)
  // Reports of one statement mostly share their opening words. The walk below matches equal words
  // first, so it would keep that shared start word for word anyway: it is kept here without a table.
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) kept[start++] = true
  // The LCS table of the rest in one flat typed array (row i, column j at (i - start) * width + (j - start)).
  const width = b.length - start + 1
  const at = (i: number, j: number) => (i - start) * width + (j - start)
  const lcs = new Uint32Array((a.length - start + 1) * width)
  for (let i = a.length - 1; i >= start; i--) {
    for (let j = b.length - 1; j >= start; j--) {
      lcs[at(i, j)] = a[i] === b[j] ? lcs[at(i + 1, j + 1)]! + 1 : Math.max(lcs[at(i + 1, j)]!, lcs[at(i, j + 1)]!)
    }
  }
  for (let i = start, j = start; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept[j] = true
      i++
      j++
    } else if (lcs[at(i + 1, j)]! >= lcs[at(i, j + 1)]!) i++
    else j++
  }
  const pieces: DiffPiece[] = []
  bTokens.forEach((tok, j) => {
    const changed = !kept[j] && b[j] !== ''
    const last = pieces[pieces.length - 1]
    if (last && last.changed === changed) last.text += tok
    else pieces.push({ text: tok, changed })
  })
  return pieces
}
