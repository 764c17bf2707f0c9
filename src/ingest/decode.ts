/**
 * Bytes to text, with a clear message for every input that cannot be read as text.
 * Offsets downstream index the decoded string, so the BOM is dropped here and nowhere else.
 */
import type { Message } from '../model.ts'
import { message } from '../messages.ts'

/** Inputs above this are refused: a news article is never this large, and it bounds the work per file. */
export const MAX_BYTES = 5 * 1024 * 1024

export interface Decoded {
  text: string | null
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | null
  messages: Message[]
}

/** Index of the first byte that starts an invalid UTF-8 sequence, or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length
  let i = 0
  while (i < n) {
    const b = bytes[i]
    if (b < 0x80) { i++; continue }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80 }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800 }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000 }
    else return i
    if (i + need >= n) return i
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** 1-based line and column (in characters) of byte `offset`, counting only the valid prefix. */
function bytePlace(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset))
  let line = 1
  let lineStart = 0
  for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) === 10) { line++; lineStart = i + 1 }
  return { line, column: prefix.length - lineStart + 1 }
}

export function decode(file: string, bytes: Uint8Array): Decoded {
  const fail = (reason: string, ruleId: string, at?: { line: number; column: number }): Decoded => ({
    text: null,
    encoding: null,
    messages: [message(file, reason, ruleId, 'error', at)],
  })
  if (bytes.length > MAX_BYTES) {
    return fail(
      `file is ${(bytes.length / 1048576).toFixed(1)} MB, above the ${MAX_BYTES / 1048576} MB limit for one article`,
      'ingest:too-large',
    )
  }
  if (bytes.length === 0) return fail('file is empty', 'ingest:empty')

  const messages: Message[] = []
  let text: string
  let encoding: Decoded['encoding']
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    if (bytes.length % 2 !== 0) {
      return fail(`file starts with a ${encoding.toUpperCase()} byte-order mark but has an odd number of bytes`, 'ingest:invalid-utf16')
    }
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
    } catch {
      return fail(`file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`, 'ingest:invalid-utf16')
    }
    messages.push(message(file, `decoded as ${encoding.toUpperCase()} (byte-order mark found)`, 'ingest:utf16', 'info'))
  } else {
    // A NUL byte never occurs in text saved by a browser or editor: it is a binary file.
    const nul = bytes.indexOf(0)
    if (nul !== -1) {
      return fail(`file looks binary (NUL byte at byte ${nul}); expected text, Markdown or HTML`, 'ingest:binary', bytePlace(bytes, firstValidPrefix(bytes, nul)))
    }
    // The native strict decoder checks validity; the byte-by-byte scan only runs to place an error.
    // ignoreBOM: false strips a leading UTF-8 BOM, so offsets index the text without it.
    let strict: string | null = null
    try {
      strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    } catch {
      const bad = firstInvalidUtf8(bytes)
      if (bad !== -1) {
        const at = bytePlace(bytes, bad)
        return fail(
          `invalid UTF-8 at byte ${bad} (0x${bytes[bad].toString(16).padStart(2, '0')}); re-save the file as UTF-8`,
          'ingest:invalid-utf8',
          at,
        )
      }
    }
    encoding = 'utf-8'
    text = strict ?? new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      messages.push(message(file, 'UTF-8 byte-order mark removed; offsets index the text after it', 'ingest:bom', 'info'))
    }
  }
  if (text.trim() === '') return { text: null, encoding, messages: [...messages, message(file, 'file has no text (only whitespace)', 'ingest:empty')] }
  return { text, encoding, messages }
}

/** The valid UTF-8 prefix before `offset`, so a place can be computed even in mixed binary data. */
function firstValidPrefix(bytes: Uint8Array, offset: number): number {
  const bad = firstInvalidUtf8(bytes.subarray(0, offset))
  return bad === -1 ? offset : bad
}
