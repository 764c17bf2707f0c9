/** Every page's view model, computed once per build and handed to Eleventy as global data. */
import type { ArticleRecord, Corpus, Message } from '../../model.ts'
import { buildCatalog, type Catalog } from '../catalog.ts'
import { isoDay } from '../format.ts'
import { articleContext, articleKey, articleView, type ArticleView } from './article.ts'
import { familyContext, familyKey, familyView, groupContexts, groupKey, groupView, type FamilyView, type GroupView } from './collections.ts'
import { compareViews, type CompareIndexView, type CompareView } from './compare.ts'
import { entityContext, entityIndex, entityKey, entityView, wordsOf, type EntityIndexView, type EntityView } from './entity.ts'
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
import { finishPages, pagePath, type PageBase, type PageJudge } from './page.ts'
import { digest, type Sieve } from '../reuse.ts'

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

/** The lists whose views `buildViews` can offer to `keep` one by one, as they are made. */
export type SiftedList = 'articles' | 'compares' | 'timelines' | 'entities' | 'groups' | 'families'

/**
 * Every page's view. With a `sieve`, each page of the `SiftedList` lists is
 * offered to it as soon as its view is made, and kept only when it must be
 * rendered: a rebuild drops unchanged pages at once, so thousands of views
 * never live together. Article, comparison, timeline, person and
 * organization, topic, story and outlet, and family pages are judged before
 * their views are even made, by what they are made from, when the records
 * they show have digests (`digestOf`, the extraction cache's key). `places`
 * still lists every page of those lists, in order.
 */
export function buildViews(
  corpus: Corpus,
  records: ArticleRecord[],
  buildDate: string,
  where: { base?: string; origin?: string } = {},
  sieve?: Pick<Sieve, 'keep' | 'keepByInputs'>,
  digestOf: (record: ArticleRecord) => string | undefined = () => undefined,
): { views: SiteViews; catalog: Catalog; messages: Message[]; places: Record<SiftedList, PagePlace[]> } {
  const catalog = buildCatalog(corpus, records, where)
  const messages = [...catalog.messages]
  const places: Record<SiftedList, PagePlace[]> = { articles: [], compares: [], timelines: [], entities: [], groups: [], families: [] }
  const offer = (list: SiftedList) => (view: PageBase) => {
    finishPages([view])
    places[list].push({ url: view.url, path: view.path })
    return !sieve || sieve.keep(view)
  }
  const judge = <V extends PageBase>(list: SiftedList): PageJudge<V> => ({
    page: (url, key, make) => {
      if (!sieve || !key) {
        const view = make()
        return offer(list)(view) ? view : null
      }
      const path = pagePath(url)
      places[list].push({ url, path })
      if (!sieve.keepByInputs(path, key)) return null
      const view = make()
      finishPages([view])
      return view
    },
  })
  // What determines an article's statements, when the record has a digest and pages are judged:
  // the record's digest and what the catalog gives its statements, as one digest (an article's
  // statements are on many pages).
  const statementDigests = new Map<string, string | undefined>()
  const statementsOf = (id: string): string | undefined => {
    if (statementDigests.has(id)) return statementDigests.get(id)
    const record = sieve && catalog.record.get(id)
    const made = record && digestOf(record)
    const known = made ? digest([made, catalog.statementInputs.get(id)]) : undefined
    statementDigests.set(id, known)
    return known
  }
  const articles: ArticleView[] = []
  const feed: SiteViews['feed'] = []
  const articleJudge = judge<ArticleView>('articles')
  for (const record of catalog.records) {
    const context = articleContext(catalog, record)
    const value = isoDay(record.date?.value)
    feed.push({
      title: context.title,
      url: context.url,
      id: feedId(record),
      updated: new Date(value ? `${value}T00:00:00Z` : buildDate),
      summary: context.description,
      outlet: context.outlet.name,
    })
    const statements = statementsOf(record.id)
    const view = articleJudge.page(context.url, statements && [statements, articleKey(context)], () => articleView(record, context, catalog.publicUrl))
    if (view) articles.push(view)
  }
  const { pages: compares, index: compareIndex } = compareViews(catalog, messages, judge('compares'), statementsOf)
  const timelines = timelineViews(catalog, judge('timelines'), statementsOf)
  const entities: EntityView[] = []
  const entityJudge = judge<EntityView>('entities')
  for (const id of catalog.entity.keys()) {
    const context = entityContext(catalog, id)
    const view = entityJudge.page(context.url, sieve && entityKey(context, statementsOf), () => entityView(context, catalog.publicUrl))
    if (view) entities.push(view)
  }
  const groups: GroupView[] = []
  const groupJudge = judge<GroupView>('groups')
  for (const context of groupContexts(catalog)) {
    const view = groupJudge.page(context.base.url, sieve && groupKey(catalog, context, statementsOf), () => groupView(catalog, context))
    if (view) groups.push(view)
  }
  const families: FamilyView[] = []
  const familyJudge = judge<FamilyView>('families')
  for (const f of catalog.corpus.families) {
    const context = familyContext(catalog, f)
    const view = familyJudge.page(context.url, sieve && familyKey(context, statementsOf), () => familyView(context, catalog.publicUrl))
    if (view) families.push(view)
  }
  const views: SiteViews = {
    home: [homeView(catalog)],
    articlesIndex: articlesIndex(catalog),
    articles,
    compareIndex,
    compares,
    personCompares: personCompareViews(catalog, wordsOf(catalog)),
    timelines,
    entityIndexes: [...entityIndex(catalog, 'person'), ...entityIndex(catalog, 'organization')],
    entities,
    groups,
    families,
    lists: listViews(catalog),
    search: [searchView()],
    data: [dataView()],
    notFound: [notFoundView()],
    feed: feed.sort((x, y) => y.updated.getTime() - x.updated.getTime()),
    buildDate,
  }
  finishPages([
    ...views.home, ...views.articlesIndex, ...views.compareIndex, ...views.personCompares,
    ...views.entityIndexes, ...views.lists, ...views.search, ...views.data, ...views.notFound,
  ])
  return { views, catalog, messages, places }
}
