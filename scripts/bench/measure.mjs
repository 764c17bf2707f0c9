/**
 * Runs one build in this process and prints `{ms, maxRssMb}` as the last line,
 * so the benchmark measures each build in a fresh process of its own. Plain
 * JavaScript, run without the TypeScript loader: the process starts as the
 * command's does (`bin/newscompare.js`), and loads the code the same way.
 *   measure.mjs ours <content> <out> <cacheDir>          (no search index, like the peer)
 *   measure.mjs ours-search <content> <out> <cacheDir>   (with the Pagefind index)
 *   measure.mjs peer <input> <out>
 */
import path from 'node:path'

const [kind, input, out, cacheDir] = process.argv.slice(2)
const started = performance.now()

if (kind === 'ours' || kind === 'ours-search') {
  // The code as the command loads it: its bundle (bench.ts makes it first), else the sources.
  const { loadEntry } = await import('../../src/build/launch.mjs')
  const { build } = await loadEntry('build')
  const search = kind === 'ours-search'
  const result = await build({ content: [input], outDir: out, cacheDir, quiet: true, search, buildDate: '2026-01-01T00:00:00Z' })
  if (!result.ok) {
    console.error(result.messages.filter((m) => m.severity === 'error').slice(0, 5))
    process.exit(2)
  }
  report({ articles: result.records.length, pages: result.pages, reused: result.reused, timings: result.timings })
} else {
  // The peer: what a user gets without this project, a bare Eleventy rendering the same Markdown.
  const { default: Eleventy } = await import('@11ty/eleventy')
  // The corpus lives under the git-ignored .bench/, and Eleventy skips git-ignored files by default.
  const eleventy = new Eleventy(path.resolve(input), path.resolve(out), {
    quietMode: true,
    config: (config) => config.setUseGitIgnore(false),
  })
  await eleventy.write()
  const { readdir } = await import('node:fs/promises')
  const pages = (await readdir(out, { recursive: true })).filter((f) => String(f).endsWith('.html')).length
  report({ pages })
}

function report(extra) {
  const ms = performance.now() - started
  const maxRssMb = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ ms, maxRssMb, ...extra }))
}
