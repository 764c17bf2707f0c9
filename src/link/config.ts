/**
 * `content/people.yaml`: the user's corrections to person merging.
 *
 *     people:
 *       - name: Jane Q. Doe          # the name to show
 *         aliases: [J. Doe, Jane Doh]  # other spellings: merged with the name
 *         wikidata: Q12345            # optional
 *         articles: [some-article]    # optional: only mentions in these articles
 *         notSameAs: [John Doe]       # never merge with people of these names
 *
 * Invalid YAML or fields give vfile-style messages with line and column; the
 * valid entries are still used.
 */
import { parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml'
import { z } from 'zod'
import type { Message } from '../model.ts'
import { message } from '../messages.ts'

export const PersonEntry = z.strictObject({
  name: z.string().trim().min(1, 'name must not be empty'),
  aliases: z.array(z.string().trim().min(1)).default([]),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, 'wikidata must be an item id such as Q42')
    .nullable()
    .default(null),
  articles: z.array(z.string().min(1)).nullable().default(null),
  notSameAs: z.array(z.string().trim().min(1)).default([]),
})
export type PersonEntry = z.infer<typeof PersonEntry>

export interface PeopleConfig {
  people: PersonEntry[]
}

export const emptyPeopleConfig: PeopleConfig = { people: [] }

function nodeOffset(node: unknown): number | null {
  const range = (node as Node | undefined)?.range
  return range ? range[0] : null
}

/** Parses and validates `people.yaml`; `file` names it in messages. */
export function loadPeopleConfig(yamlText: string, file: string): { config: PeopleConfig; messages: Message[] } {
  const messages: Message[] = []
  const doc = parseDocument(yamlText, { prettyErrors: false })
  for (const e of doc.errors) {
    const at = e.linePos?.[0]
    messages.push(message(file, `Invalid YAML: ${e.message.split('\n')[0]}`, 'people-config:yaml', 'error', at ? { line: at.line, column: at.col } : { text: yamlText, offset: e.pos[0] }))
  }
  if (doc.errors.length) return { config: { people: [] }, messages }

  const root = doc.contents
  if (root === null || root === undefined) return { config: { people: [] }, messages }
  const list = isMap(root) ? root.get('people', true) : isSeq(root) ? root : undefined
  if (!isSeq(list)) {
    const off = nodeOffset(isMap(root) ? (root.get('people', true) ?? root) : root) ?? 0
    messages.push(message(file, 'Expected a list of people under `people:`', 'people-config:shape', 'error', { text: yamlText, offset: off }))
    return { config: { people: [] }, messages }
  }

  const people: PersonEntry[] = []
  list.items.forEach((item, i) => {
    const parsed = PersonEntry.safeParse((item as Node & { toJSON(): unknown }).toJSON?.() ?? item)
    if (parsed.success) {
      people.push(parsed.data)
      return
    }
    for (const issue of parsed.error.issues) {
      // Point at the offending field when it exists, else at the entry.
      // An unknown key ("alias:" for "aliases:") is reported at the key itself.
      const unknown = issue.code === 'unrecognized_keys' && isMap(item) ? item.items.find((pair) => isScalar(pair.key) && issue.keys.includes(String(pair.key.value)))?.key : undefined
      const field = unknown ?? (isMap(item) ? item.get(issue.path[0] as string, true) : undefined)
      const inner = isSeq(field) && typeof issue.path[1] === 'number' ? field.items[issue.path[1]] : field
      const off = nodeOffset(inner) ?? nodeOffset(item) ?? 0
      const where = issue.path.length ? `\`${issue.path.join('.')}\`` : 'entry'
      messages.push(message(file, `people[${i}] ${where}: ${issue.message}`, 'people-config:field', 'error', { text: yamlText, offset: off }))
    }
  })
  return { config: { people }, messages }
}
