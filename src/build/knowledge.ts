/**
 * User knowledge files found in the content folders: `people.yaml` (merge
 * corrections for linking) and `office-holders.yaml|json` (extra rows for the
 * date inference's table of office holders).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { cacheKey } from './cache.ts'
import { loadPeopleConfig } from '../link/index.ts'
import { message } from '../messages.ts'
import type { IngestOptions } from '../ingest/index.ts'
import type { Message } from '../model.ts'

export interface Knowledge {
  ingest: IngestOptions
  people: ReturnType<typeof loadPeopleConfig>['config'] | undefined
  /** Changes whenever a knowledge file changes, so cached extractions are redone. */
  fingerprint: string
  messages: Message[]
}

async function readFirst(dirs: string[], names: string[]): Promise<{ file: string; text: string } | null> {
  for (const dir of dirs) {
    for (const name of names) {
      const file = path.join(dir, name)
      const text = await readFile(file, 'utf8').catch(() => null)
      if (text !== null) return { file, text }
    }
  }
  return null
}

export async function loadKnowledge(content: string[]): Promise<Knowledge> {
  const messages: Message[] = []
  const people = await readFirst(content, ['people.yaml', 'people.yml'])
  const holders = await readFirst(content, ['office-holders.yaml', 'office-holders.yml', 'office-holders.json'])

  let peopleConfig: Knowledge['people']
  if (people) {
    const loaded = loadPeopleConfig(people.text, people.file)
    peopleConfig = loaded.config
    messages.push(...loaded.messages)
  }

  const ingest: IngestOptions = {}
  if (holders) {
    try {
      const rows = parseYaml(holders.text) as unknown
      if (!Array.isArray(rows)) throw new Error('expected a list of office holders')
      ingest.officeHolders = rows as IngestOptions['officeHolders']
    } catch (error) {
      messages.push(message(holders.file, `ignored: ${error instanceof Error ? error.message : String(error)}`, 'bad-office-holders', 'warning'))
    }
  }
  const fingerprint = cacheKey([people?.text ?? '', holders?.text ?? ''])
  return { ingest, people: peopleConfig, fingerprint, messages }
}
