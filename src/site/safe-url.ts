/**
 * Links taken from article data. Only http(s) URLs survive, and relative
 * paths resolved against the article's own http(s) address; everything else
 * (javascript:, data:, vbscript:, protocol-relative `//host`, control
 * characters) is dropped, so the page shows no link at all.
 */
export function safeExternalUrl(value: string | null | undefined, base?: string | null): string | null {
  if (typeof value !== 'string') return null
  const url = value.trim()
  if (url === '' || /[\u0000-\u001f\u007f\s]/.test(url)) return null
  // A relative link only means something next to the article's own http(s) address;
  // on this site it would point nowhere, so it is resolved against that address or dropped.
  const absoluteBase = base && base !== value ? safeExternalUrl(base) : null
  if (!/^https?:\/\//i.test(url) && !(absoluteBase && isRelative(url))) return null
  try {
    const parsed = absoluteBase ? new URL(url, absoluteBase) : new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

/** A path or query without a scheme and not protocol-relative. */
function isRelative(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('\\')
}
