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

const INDEX = new Map<string, string>()
for (const [reason, words] of Object.entries(UI_WORDS)) for (const w of words) if (!INDEX.has(w)) INDEX.set(w, reason)

/** The widget a short line most likely belongs to, by its UI words, or null when none is present. */
export function uiReason(tokens: string[]): { reason: string; share: number } | null {
  const votes = new Map<string, number>()
  let hits = 0
  for (const t of tokens) {
    const r = INDEX.get(t)
    if (r) { hits++; votes.set(r, (votes.get(r) ?? 0) + 1) }
  }
  if (!hits) return null
  let best = ''
  let n = 0
  for (const [r, v] of votes) if (v > n) { best = r; n = v }
  return { reason: best, share: hits / tokens.length }
}
