/**
 * A statement as pages show it (the `statement` macro in
 * templates/_includes/macros.njk): only the fields the card prints. Catalog
 * statements carry offsets, ids and filter keys the card never uses; keeping
 * those out makes every view that lists statements smaller to hold, to hash
 * for incremental builds, and to render.
 */
import type { Stance } from '../../model.ts'
import type { Link, SpeakerLink, StatementView } from '../catalog.ts'

export interface StatementCard {
  kind: StatementView['kind']
  kindLabel: string
  text: string
  speaker: SpeakerLink | null
  stance: Stance | null
  stanceLabel: string | null
  topics: Link[]
  /** The statement's place in its article page. */
  href: string
  /** "Outlet, 6 November 2018": the text of the link to the words. */
  source: string
  /** The day the statement was made, when the text gives one that differs from publication. */
  saidOn: string | null
}

const cards = new WeakMap<StatementView, StatementCard>()

/** One card object per statement, shared by every page listing it. */
export function card(s: StatementView): StatementCard {
  const known = cards.get(s)
  if (known) return known
  const made: StatementCard = {
    kind: s.kind,
    kindLabel: s.kindLabel,
    text: s.text,
    speaker: s.speaker,
    stance: s.stance,
    stanceLabel: s.stanceLabel,
    topics: s.topics,
    href: s.href,
    source: `${s.article.outlet}, ${s.article.publishedLabel}`,
    saidOn: s.differsFromPublished ? s.dateLabel : null,
  }
  cards.set(s, made)
  return made
}
