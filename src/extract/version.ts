/**
 * Bump when the output for the same input changes: the build caches on it.
 * A module of its own so the build can key its cache without loading the extractor.
 */
export const EXTRACTOR_VERSION = 'extract-92'
