/**
 * URL-safe slugs for page paths. Input is untrusted (ids and names come from
 * articles), so a slug is reduced to `[a-z0-9-]`, is never empty, never holds
 * `..` or `/`, and two items that reduce to the same slug both get a page
 * because the allocator numbers the later ones.
 */

const MAX_LENGTH = 64

/** Lower-case ASCII words joined by hyphens; `fallback` when nothing is left. */
export function slugify(value: string, fallback = 'item'): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // drop combining accents: "é" → "e"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '')
  return slug || fallback
}

/** Hands out unique slugs within one namespace (one URL folder, or one page's anchors). */
export class SlugAllocator {
  private readonly taken = new Set<string>()
  private readonly byKey = new Map<string, string>()

  constructor(private readonly fallback = 'item') {}

  /** The slug for `key`, derived from `wanted`; the same key always gets the same slug. */
  take(key: string, wanted: string = key): string {
    const known = this.byKey.get(key)
    if (known !== undefined) return known
    const base = slugify(wanted, this.fallback)
    let slug = base
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`
    this.taken.add(slug)
    this.byKey.set(key, slug)
    return slug
  }

  get(key: string): string | undefined {
    return this.byKey.get(key)
  }
}
