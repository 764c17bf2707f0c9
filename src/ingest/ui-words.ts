/**
 * Words of web-page furniture, grouped by the widget they belong to. Origin: the controls common
 * to news and blog templates (rating, comments, sharing, subscription, consent banners, menus).
 * They only ever decide about short lines that do not read as prose, never about sentences.
 */
export const UI_WORDS: Record<string, string[]> = {
  'rating-widget': ['rate', 'rating', 'ratings', 'rated', 'vote', 'votes', 'stars', 'like', 'likes', 'dislike', 'upvote', 'helpful'],
  'comment-widget': ['comment', 'comments', 'commenting', 'reply', 'replies', 'discuss', 'discussion', 'disqus'],
  'share-widget': ['share', 'shares', 'shared', 'tweet', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'email', 'e-mail', 'print', 'copy', 'link', 'flipboard', 'messenger', 'vk', 'permalink'],
  subscribe: ['subscribe', 'subscriber', 'subscribers', 'subscription', 'newsletter', 'newsletters', 'signup', 'sign', 'register', 'login', 'log', 'account', 'premium', 'inbox', 'unsubscribe', 'membership', 'donate'],
  'cookie-notice': ['cookie', 'cookies', 'consent', 'gdpr', 'tracking'],
  navigation: ['home', 'menu', 'search', 'next', 'previous', 'prev', 'back', 'top', 'skip', 'more', 'related', 'trending', 'popular', 'latest', 'advertisement', 'advertising', 'sponsored', 'ad', 'ads', 'close', 'open', 'show', 'hide', 'loading', 'click', 'tap', 'watch', 'video', 'videos', 'photos', 'gallery', 'podcast', 'podcasts', 'follow', 'contact', 'about', 'terms', 'privacy', 'sitemap', 'rss', 'archive', 'archives', 'tags', 'topics', 'sections', 'section', 'edition', 'español', 'english'],
  footer: ['copyright', 'rights', 'reserved', '©', 'powered', 'website', 'site'],
}

const REASONS = Object.keys(UI_WORDS)
/** Word -> index of its widget in REASONS (the first widget that lists it). */
const INDEX = new Map<string, number>()
REASONS.forEach((reason, k) => {
  for (const w of UI_WORDS[reason]!) if (!INDEX.has(w)) INDEX.set(w, k)
})

/** The widget a short line most likely belongs to, by its UI words, or null when none is present. */
export function uiReason(tokens: string[]): { reason: string; share: number } | null {
  // Votes per widget, and the widgets in the order first voted for (ties go to the first):
  // small arrays rather than a Map per call, as this runs for most lines of a page.
  let votes: number[] | null = null
  let order: number[] | null = null
  let hits = 0
  for (const t of tokens) {
    const r = INDEX.get(t)
    if (r === undefined) continue
    hits++
    votes ??= new Array<number>(REASONS.length).fill(0)
    order ??= []
    if (votes[r] === 0) order.push(r)
    votes[r]!++
  }
  if (!votes || !order) return null
  let best = -1
  let n = 0
  for (const r of order) if (votes[r]! > n) { best = r; n = votes[r]! }
  return { reason: REASONS[best]!, share: hits / tokens.length }
}
