/**
 * The link stage: all records → one corpus, with people and organisations
 * merged across articles, canonical topics, stories, statement families and
 * side-by-side alignments. Pure and deterministic: the same records (in any
 * order) give the same corpus, and every list is in a stable order.
 */
import type { ArticleRecord, Corpus, CorpusArticle, TopicRef } from '../model.ts'
import { findAlignments } from './alignments.ts'
import { emptyPeopleConfig, loadPeopleConfig, type PeopleConfig, type PersonEntry } from './config.ts'
import { findFamilies } from './families.ts'
import { mergeOrganizations } from './organizations.ts'
import { mergePeople } from './people.ts'
import { buildUnits } from './statements.ts'
import { findStories } from './stories.ts'
import { corpusTopics } from './topics.ts'

export { loadPeopleConfig, type PeopleConfig, type PersonEntry }
export { relationOf } from './alignments.ts'

export interface LinkOptions {
  /** Corrections from `content/people.yaml` (see `loadPeopleConfig`). */
  people?: PeopleConfig
}

export function link(records: ArticleRecord[], options: LinkOptions = {}): Corpus {
  // Sort by id first: the output must not depend on the order files were read in.
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const people = mergePeople(sorted, options.people ?? emptyPeopleConfig)
  const organizations = mergeOrganizations(sorted, new Set(people.entities.map((p) => p.id)))
  const labels = new Map<string, TopicRef & { kind?: string }>()
  const units = buildUnits(sorted, people, organizations, labels)
  const topics = corpusTopics(units, labels)
  const families = findFamilies(units)
  const { stories } = findStories(units, people, labels, families)
  const entityNames = new Map([...people.entities, ...organizations.entities].map((e) => [e.id, e.name]))
  const alignments = findAlignments(units, stories, families, (id) => labels.get(id)?.label ?? id, (id) => entityNames.get(id))

  const articles: CorpusArticle[] = sorted
    .map((r) => ({ id: r.id, file: r.file, title: r.title.value, source: r.source.name, date: r.date.value }))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id))
  return { articles, people: people.entities, organizations: organizations.entities, topics, stories, families, alignments }
}
