import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { IntTable } from '../../src/ingest/int-table.ts'

describe('IntTable', () => {
  it('counts like a Map, in insertion order, and clears', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 30 - 1 }), { maxLength: 300 }), (keys) => {
        const t = new IntTable(300)
        const m = new Map<number, number>()
        for (const k of keys) {
          t.add(k, 1)
          m.set(k, (m.get(k) ?? 0) + 1)
        }
        expect(t.size).toBe(m.size)
        expect(Array.from({ length: t.size }, (_, i) => [t.keyAt(i), t.valueAt(i)])).toEqual([...m])
        for (const [k, v] of m) expect(t.get(k)).toBe(v)
        t.clear()
        expect(t.size).toBe(0)
        for (const k of keys) expect(t.get(k)).toBe(-1)
      }),
    )
  })

  it('refuses more keys than it has room for instead of looping forever', () => {
    const t = new IntTable(4)
    expect(() => {
      for (let k = 0; k < 100; k++) t.add(k, 1)
    }).toThrow(/full/)
  })
})
