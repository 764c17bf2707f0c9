import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { francAll } from 'franc'
import { trigramRanking } from '../../src/ingest/trigrams.ts'
import { LANGUAGES, MIN_LETTERS } from '../../src/ingest/language.ts'
import { ingest } from '../../src/ingest/index.ts'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n)
    return statSync(p).isDirectory() ? files(p) : /\.(txt|md|html)$/.test(n) ? [p] : []
  })
}

/** Windows of 600 characters (what detection reads) at several offsets of every fixture, plus short and mixed samples. */
function samples(): string[] {
  const out: string[] = []
  for (const f of files('tests/fixtures')) {
    const text = readFileSync(f, 'utf8')
    for (let at = 0; at < text.length; at += 1700) out.push(text.slice(at, at + 600))
  }
  out.push(
    'Die Regierung hat am Montag neue Maßnahmen angekündigt, um die Inflation zu bekämpfen.',
    'Le gouvernement a annoncé lundi de nouvelles mesures pour lutter contre l’inflation.',
    'El gobierno anunció el lunes nuevas medidas para combatir la inflación en el país.',
    'Il governo ha annunciato lunedì nuove misure per combattere l’inflazione nel paese.',
    'Правительство в понедельник объявило о новых мерах по борьбе с инфляцией в стране.',
    'Уряд у понеділок оголосив про нові заходи боротьби з інфляцією в країні та регіонах.',
    'الحكومة أعلنت يوم الاثنين عن إجراءات جديدة لمكافحة التضخم في البلاد والمنطقة',
    '政府周一宣布了新的措施来对抗通货膨胀，这些措施将在下个月开始实施，影响全国各地的居民。',
    'Hükümet pazartesi günü enflasyonla mücadele için yeni önlemler açıkladı ve uygulamaya koydu.',
    'The minister said on Monday — «Мы не согласны» — that talks would go on in Geneva next week.',
    '12345 67890 !!! ??? ... 2019-11-20 10:28 +++ ### $$$ %%% &&& *** ((( ))) --- ;;; ::: @@@',
    'short text',
    '',
  )
  return out
}

describe('language detection', () => {
  it('ranks the languages exactly as franc does', () => {
    const rank = trigramRanking(LANGUAGES, MIN_LETTERS)
    const all = samples()
    expect(all.length).toBeGreaterThan(50)
    for (const s of all) expect(rank(s), s.slice(0, 80)).toEqual(francAll(s, { minLength: MIN_LETTERS, only: LANGUAGES }).map((x) => x[0]))
  })

  it('answers with the ISO 639-1 code through ingest', () => {
    const de = 'Die Regierung hat am Montag neue Maßnahmen angekündigt, um die Inflation im ganzen Land zu bekämpfen. Der Minister sagte, die Preise seien zu schnell gestiegen.'
    const { article } = ingest('de.txt', new TextEncoder().encode(de))
    expect(article!.language).toBe('de')
  })
})
