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
  /** Left out when unattributed (the macro prints "Unattributed"). */
  speaker?: SpeakerLink
  /** Stance fields are left out when there is none, as for most statements. */
  stance?: Stance
  stanceLabel?: string
  /** Left out when there are none. */
  topics?: Link[]
  /** The statement's place in its article page. */
  href: string
  /** "Outlet, 6 November 2018": the text of the link to the words. */
  source: string
  /** The day the statement was made, when the text gives one that differs from publication. */
  saidOn?: string
}

const cards = new WeakMap<StatementView, StatementCard>()

/**
 * One card object per statement, shared by every page listing it. Empty
 * fields are left out rather than null: Nunjucks prints nothing for either,
 * and a card is on several pages, each hashed.
 */
export function card(s: StatementView): StatementCard {
  const known = cards.get(s)
  if (known) return known
  const made: StatementCard = {
    kind: s.kind,
    kindLabel: s.kindLabel,
    text: s.text,
    href: s.href,
    source: `${s.article.outlet}, ${s.article.publishedLabel}`,
  }
  if (s.speaker) made.speaker = s.speaker
  if (s.stance) {
    made.stance = s.stance
    made.stanceLabel = s.stanceLabel!
  }
  if (s.topics.length) made.topics = s.topics
  if (s.differsFromPublished) made.saidOn = s.dateLabel
  cards.set(s, made)
  return made
}
