/**
 * The corpus's topics: every topic a statement or a title evokes, with the
 * articles that evoke it. An event ("US midterm elections") carries the date
 * of the earliest statement about it, else of the earliest article.
 */
import type { CorpusTopic, TopicRef } from '../model.ts'
import type { ArticleUnits } from './statements.ts'

export function corpusTopics(all: ArticleUnits[], labels: Map<string, TopicRef & { kind?: string }>): CorpusTopic[] {
  const byTopic = new Map<string, { articles: Set<string>; date: string | null }>()
  const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b)
  for (const { article, units, topics } of all) {
    for (const t of topics) {
      const slot = byTopic.get(t)
      if (slot) {
        slot.articles.add(article.id)
        slot.date = earlier(slot.date, article.date.value)
      } else byTopic.set(t, { articles: new Set([article.id]), date: article.date.value })
    }
    for (const u of units) {
      for (const t of u.topics) {
        const slot = byTopic.get(t)!
        slot.date = earlier(slot.date, u.date)
      }
    }
  }
  return [...byTopic.entries()]
    .map(([id, s]) => ({
      id,
      label: labels.get(id)?.label ?? id,
      articles: [...s.articles].sort(),
      date: labels.get(id)?.kind === 'event' ? s.date : null,
    }))
    .sort((a, b) => b.articles.length - a.articles.length || a.label.localeCompare(b.label) || a.id.localeCompare(b.id))
}
