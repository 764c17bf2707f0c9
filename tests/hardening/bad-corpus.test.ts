/** Every file of the bad-input corpus gives exactly the diagnostic it is listed with, placed in the file. */
import { describe, expect, it } from 'vitest'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { ingest } from '../../src/ingest/index.ts'
import { extract } from '../../src/extract/index.ts'

const dir = path.resolve('tests/fixtures/bad')
const expected = JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8')).files as Record<
  string,
  { ruleId: string; severity: string; article: boolean } | null
>

describe('bad-input corpus', () => {
  it('lists every fixture', async () => {
    const files = (await readdir(dir)).filter((f) => f !== 'expected.json').sort()
    expect(Object.keys(expected).sort()).toEqual(files)
  })

  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: ${want ? `${want.severity} ${want.ruleId}` : 'builds without a diagnostic'}`, async () => {
      const { article, messages } = ingest(file, await readFile(path.join(dir, file)))
      const problems = messages.filter((m) => m.severity !== 'info' || want?.severity === 'info')
      if (!want) {
        expect(problems.filter((m) => m.severity !== 'info')).toEqual([])
        expect(article).not.toBeNull()
      } else {
        const hit = messages.find((m) => m.ruleId === want.ruleId)
        expect(hit, JSON.stringify(messages)).toBeDefined()
        expect(hit!.severity).toBe(want.severity)
        expect(hit!.file).toBe(file)
        expect(hit!.line).toBeGreaterThanOrEqual(1)
        expect(article !== null).toBe(want.article)
      }
      if (article) {
        const record = extract(article)
        for (const q of record.quotes) expect(record.text.slice(q.start, q.end)).toBe(q.text)
        expect(record.url === null || /^https?:\/\//.test(record.url)).toBe(true)
      }
    })
  }
})
