/** The public API: the four stages, the whole build, and the record model. */
export { ingest, ingestFile } from './ingest/index.ts'
export { extract, EXTRACTOR_VERSION } from './extract/index.ts'
export { link } from './link/index.ts'
export { buildSite } from './site/index.ts'
export { build, readRecords } from './build/index.ts'
export * from './model.ts'
export { formatMessage, NewscompareError, InputError } from './messages.ts'
