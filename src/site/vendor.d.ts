// Minimal typings for the Eleventy packages, which ship JavaScript without declarations.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>, eleventyConfig?: unknown)
    write(): Promise<unknown>
  }
  export const HtmlBasePlugin: unknown
}
declare module '@11ty/eleventy-plugin-rss' {
  const rssPlugin: unknown
  export default rssPlugin
}
