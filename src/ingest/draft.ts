/** What each format reader hands to the shared metadata steps. */
import type { Evidence, InputFormat, Message, RemovedLine, Span, TitleInfo } from '../model.ts'
import type { SourceGuess } from './source.ts'

/** A date a document states about itself (front matter, HTML metadata), before any inference. */
export interface StatedDate {
  value: string
  basis: 'front-matter' | 'html-meta' | 'url' | 'dateline'
  evidence: Evidence[]
}

export interface Draft {
  text: string
  format: InputFormat
  title: TitleInfo | null
  /** Source names in order of trust; the first wins. */
  sources: SourceGuess[]
  stated: StatedDate[]
  url: string | null
  paragraphs: Span[]
  removed: RemovedLine[]
  /** A language the document declares (front matter, <html lang>), used when detection is unsure. */
  language: string | null
  /** Front-matter keys recorded as guesses (by `add`). */
  inferred?: string[]
  messages: Message[]
}
