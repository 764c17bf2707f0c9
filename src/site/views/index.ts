/** Every page's view model, computed once per build and handed to Eleventy as global data. */
import type { ArticleRecord, Corpus, Message } from '../../model.ts'
import { buildCatalog, type Catalog } from '../catalog.ts'
import { articleView, type ArticleView } from './article.ts'
import { familyView, outletViews, storyViews, topicViews, type FamilyView, type GroupView } from './collections.ts'
import { compareViews, type CompareIndexView, type CompareView } from './compare.ts'
import { entityIndex, entityView, wordsOf, type EntityIndexView, type EntityView } from './entity.ts'
import { personCompareViews, type PersonCompareView } from './person-compare.ts'
import {
  articlesIndex,
  dataView,
  homeView,
  listViews,
  notFoundView,
  searchView,
  type ArticlesIndexView,
  type HomeView,
  type ListView,
  type SimpleView,
} from './lists.ts'
import { timelineViews, type TimelineView } from './timeline.ts'
import { finishPages } from './page.ts'

export interface SiteViews {
  /** Single pages are one-element lists so every template paginates the same way. */
  home: HomeView[]
  articlesIndex: ArticlesIndexView[]
  articles: ArticleView[]
  compareIndex: CompareIndexView[]
  compares: CompareView[]
  personCompares: PersonCompareView[]
  timelines: TimelineView[]
  entityIndexes: EntityIndexView[]
  entities: EntityView[]
  groups: GroupView[]
  families: FamilyView[]
  lists: ListView[]
  search: SimpleView[]
  data: SimpleView[]
  notFound: SimpleView[]
  /** For the feed and sitemap. */
  /** `updated` is a Date for the RSS plugin's dateToRfc3339 filter. */
  feed: { title: string; url: string; id: string; updated: Date; summary: string; outlet: string }[]
  buildDate: string
}

function feedId(r: ArticleRecord): string {
  return `urn:newscompare:${(r.hash || '').replace(/[^0-9a-f]/gi, '') || encodeURIComponent(r.id)}`
}

/** Where a page goes: enough for the sitemap and the output folders when its view was not kept. */
export interface PagePlace {
  url: string
  path: string
}

/**
 * Every page's view. With `keepArticle`, each article page's view is offered
 * to it as soon as it is made and kept only when it returns true (a rebuild
 * drops unchanged pages at once, so 4,000 article views never live together);
 * `articlePages` still lists every article page, in order.
 */
export function buildViews(
  corpus: Corpus,
  records: ArticleRecord[],
  buildDate: string,
  where: { base?: string; origin?: string } = {},
  keepArticle?: (view: ArticleView) => boolean,
): { views: SiteViews; catalog: Catalog; messages: Message[]; articlePages: PagePlace[] } {
  const catalog = buildCatalog(corpus, records, where)
  const messages = [...catalog.messages]
  const articles: ArticleView[] = []
  const articlePages: PagePlace[] = []
  const feed: SiteViews['feed'] = []
  for (const record of catalog.records) {
    const a = articleView(catalog, record)
    finishPages([a])
    articlePages.push({ url: a.url, path: a.path })
    feed.push({
      title: a.title,
      url: a.url,
      id: feedId(record),
      updated: new Date(a.published.value ? `${a.published.value}T00:00:00Z` : buildDate),
      summary: a.description,
      outlet: a.outlet.label,
    })
    if (!keepArticle || keepArticle(a)) articles.push(a)
  }
  const { pages: compares, index: compareIndex } = compareViews(catalog, messages)
  const entities = [...catalog.entity.keys()].map((id) => entityView(catalog, id))
  const views: SiteViews = {
    home: [homeView(catalog)],
    articlesIndex: articlesIndex(catalog),
    articles,
    compareIndex,
    compares,
    personCompares: personCompareViews(catalog, wordsOf(catalog)),
    timelines: timelineViews(catalog),
    entityIndexes: [...entityIndex(catalog, 'person'), ...entityIndex(catalog, 'organization')],
    entities,
    groups: [...topicViews(catalog), ...storyViews(catalog), ...outletViews(catalog)],
    families: catalog.corpus.families.map((f) => familyView(catalog, f)),
    lists: listViews(catalog),
    search: [searchView()],
    data: [dataView()],
    notFound: [notFoundView()],
    feed: feed.sort((x, y) => y.updated.getTime() - x.updated.getTime()),
    buildDate,
  }
  finishPages([
    ...views.home, ...views.articlesIndex, ...views.compareIndex, ...views.compares, ...views.personCompares, ...views.timelines,
    ...views.entityIndexes, ...views.entities, ...views.groups, ...views.families, ...views.lists, ...views.search, ...views.data, ...views.notFound,
  ])
  return { views, catalog, messages, articlePages }
}
