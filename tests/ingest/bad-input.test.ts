import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { ingest, ingestFile, MAX_BYTES } from '../../src/ingest/index.ts'
import { formatMessage } from '../../src/messages.ts'

const seed = readFileSync(new URL('../fixtures/seeds/004_c8e0d2c88baac2ad.txt', import.meta.url), 'utf8')
const enc = (s: string) => new TextEncoder().encode(s)
const errors = (r: ReturnType<typeof ingest>) => r.messages.filter((m) => m.severity === 'error')

describe('inputs that cannot be read give one clear message and no article', () => {
  it('empty file', () => {
    const r = ingest('empty.txt', new Uint8Array())
    expect(r.article).toBeNull()
    expect(errors(r).map((m) => m.ruleId)).toEqual(['ingest:empty'])
  })

  it('whitespace-only file', () => {
    const r = ingest('blank.txt', enc(' \n\r\n\t\n'))
    expect(r.article).toBeNull()
    expect(errors(r)[0].ruleId).toBe('ingest:empty')
  })

  it('binary file (NUL bytes)', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    const r = ingest('photo.txt', bytes)
    expect(r.article).toBeNull()
    expect(errors(r)[0].ruleId).toBe('ingest:binary')
    expect(errors(r)[0].reason).toMatch(/binary/)
  })

  it('invalid UTF-8 is placed at its line and column', () => {
    const bytes = new Uint8Array([...enc('first line\nsecond '), 0xff, ...enc(' line\n')])
    const r = ingest('latin1.txt', bytes)
    expect(r.article).toBeNull()
    const m = errors(r)[0]
    expect(m.ruleId).toBe('ingest:invalid-utf8')
    expect([m.line, m.column]).toEqual([2, 8])
    expect(m.reason).toMatch(/byte 18/)
    expect(formatMessage(m)).toMatch(/^latin1\.txt:2:8: error invalid UTF-8/)
  })

  it('a truncated multi-byte sequence at the end is invalid too', () => {
    const r = ingest('cut.txt', new Uint8Array([...enc('caf'), 0xc3]))
    expect(errors(r)[0].ruleId).toBe('ingest:invalid-utf8')
  })

  it('unknown extension', () => {
    const r = ingest('report.pdf', enc('%PDF-1.4'))
    expect(r.article).toBeNull()
    expect(errors(r)[0].ruleId).toBe('ingest:unknown-extension')
  })

  it('a 20 MB file is refused quickly, above the size limit', () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x61)
    const t0 = performance.now()
    const r = ingest('huge.txt', big)
    expect(performance.now() - t0).toBeLessThan(500)
    expect(r.article).toBeNull()
    expect(errors(r)[0].ruleId).toBe('ingest:too-large')
    expect(errors(r)[0].reason).toMatch(/20\.0 MB.*5 MB/)
  })

  it('a file just under the limit is read in linear time', () => {
    const block = seed + '\n\n'
    const text = block.repeat(Math.floor((MAX_BYTES - 1024) / Buffer.byteLength(block)))
    const t0 = performance.now()
    const r = ingest('long.txt', enc(text))
    const ms = performance.now() - t0
    expect(r.article).not.toBeNull()
    expect(r.article!.text.length).toBe(text.length)
    // Generous bound for a shared CI machine: about 1 MB/s at worst; a quadratic step would take minutes.
    expect(ms).toBeLessThan(8000)
  })

  it('a missing file is a message, not a throw', async () => {
    const r = await ingestFile('/nonexistent/dir/missing.txt')
    expect(r.article).toBeNull()
    expect(r.messages[0].ruleId).toBe('ingest:unreadable')
  })
})

describe('encodings and line endings', () => {
  it('UTF-16 LE and BE with a BOM are decoded', () => {
    for (const le of [true, false]) {
      const body = Buffer.from(seed, 'utf16le')
      if (!le) body.swap16()
      const bytes = new Uint8Array([...(le ? [0xff, 0xfe] : [0xfe, 0xff]), ...body])
      const r = ingest('utf16.txt', bytes)
      expect(errors(r)).toEqual([])
      expect(r.article!.text).toBe(seed)
      expect(r.article!.title.value).toBe('Russia says ties with US to remain at rock bottom regardless of midterm results')
      expect(r.messages.some((m) => m.ruleId === 'ingest:utf16')).toBe(true)
    }
  })

  it('a UTF-8 BOM is stripped and offsets index the text after it', () => {
    const r = ingest('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...enc(seed)]))
    const a = r.article!
    expect(a.text).toBe(seed)
    expect(a.text.charCodeAt(0)).not.toBe(0xfeff)
    expect(a.text.slice(a.title.start!, a.title.end!)).toBe(a.title.value)
    expect(r.messages.map((m) => m.ruleId)).toContain('ingest:bom')
  })

  it('CRLF line endings are kept and offsets stay exact', () => {
    const crlf = seed.replace(/\n/g, '\r\n')
    const lf = ingest('lf.txt', enc(seed)).article!
    const a = ingest('crlf.txt', enc(crlf)).article!
    expect(a.text).toBe(crlf)
    expect(a.title.value).toBe(lf.title.value)
    expect(a.text.slice(a.title.start!, a.title.end!)).toBe(a.title.value)
    const lineNo = (t: string, o: number) => t.slice(0, o).split('\n').length
    expect(a.removed.map((r) => lineNo(a.text, r.start))).toEqual(lf.removed.map((r) => lineNo(lf.text, r.start)))
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual(lf.paragraphs.map((p) => lf.text.slice(p.start, p.end)))
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).not.toMatch(/\r/)
    expect(a.date.value).toBe(lf.date.value)
  })
})

describe('files that are read but hold no article', () => {
  it('a page of nothing but boilerplate: an article with no paragraphs and a warning', async () => {
    const r = await ingestFile('tests/fixtures/ingest/only-boilerplate.txt')
    expect(r.article).not.toBeNull()
    expect(r.article!.paragraphs).toEqual([])
    expect(r.article!.removed.length).toBe(8)
    const w = r.messages.find((m) => m.ruleId === 'ingest:only-boilerplate')!
    expect(w.severity).toBe('warning')
    expect(w.reason).toMatch(/no paragraphs/)
    expect(new Set(r.article!.removed.map((x) => x.reason))).toEqual(
      new Set(['breadcrumb', 'subscribe', 'share-widget', 'comment-widget', 'cookie-notice', 'footer']),
    )
  })

  it('one bad file does not affect the others', () => {
    const batch = [
      ingest('a.txt', new Uint8Array()),
      ingest('b.txt', enc(seed)),
      ingest('c.bin', new Uint8Array([0, 1, 2])),
      ingest('d.txt', new Uint8Array([0xff])),
    ]
    expect(batch.map((r) => r.article === null)).toEqual([true, false, true, true])
    expect(batch[1].messages.filter((m) => m.severity === 'error')).toEqual([])
  })
})
