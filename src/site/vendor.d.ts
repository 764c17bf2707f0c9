// Minimal typings for the Eleventy packages, which ship JavaScript without declarations.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>, eleventyConfig?: unknown)
    write(): Promise<unknown>
    logger: { overrideLogger(logger: Record<'log' | 'info' | 'warn' | 'error', (message: unknown) => void> | false): void }
  }
  export const HtmlBasePlugin: unknown
}
declare module '@11ty/eleventy-plugin-rss' {
  const rssPlugin: unknown
  export default rssPlugin
}
