/**
 * Global entity ids by article and local id (a record's "p2" or "o1"):
 * nested maps, so a look-up builds no composite key string.
 */
export class LocalIds {
  private byArticle = new Map<string, Map<string, string>>()

  set(article: string, local: string, global: string): void {
    const m = this.byArticle.get(article)
    if (m) m.set(local, global)
    else this.byArticle.set(article, new Map([[local, global]]))
  }

  get(article: string, local: string): string | undefined {
    return this.byArticle.get(article)?.get(local)
  }

  /** The local → global map of one article (undefined when it has none). */
  of(article: string): ReadonlyMap<string, string> | undefined {
    return this.byArticle.get(article)
  }
}
