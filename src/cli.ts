/**
 * The `newscompare` command line. Thin: parses arguments, calls the stages,
 * prints diagnostics at the end.
 *
 * Exit codes: 0 built (warnings allowed); 1 built, but some inputs had errors
 * and were left out; 2 nothing was written (the previous site is untouched);
 * 64 the command line itself was wrong.
 */
import { Command, CommanderError } from 'commander'
import { access } from 'node:fs/promises'
import { build, readRecords } from './build/index.ts'
import { link } from './link/index.ts'
import { formatMessage } from './messages.ts'
import type { Message } from './model.ts'

export const EXIT = { ok: 0, inputErrors: 1, failed: 2, usage: 64 } as const

const DEFAULT_CONTENT = ['seeds', 'content']

interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}

/** Prints every message, then a one-line summary; returns the exit code they call for. */
function report(io: Io, messages: Message[], quiet = false): number {
  const errors = messages.filter((m) => m.severity === 'error').length
  const warnings = messages.filter((m) => m.severity === 'warning').length
  for (const m of messages) {
    if (quiet && m.severity === 'info') continue
    io.stderr(formatMessage(m) + '\n')
  }
  if (errors || warnings) io.stderr(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`)
  return errors ? EXIT.inputErrors : EXIT.ok
}

/** The default folders are optional (a project may have only content/); folders the user names are not. */
async function contentFolders(dirs: string[]): Promise<string[]> {
  if (dirs !== DEFAULT_CONTENT) return dirs
  const present = await Promise.all(dirs.map((d) => access(d).then(() => d, () => null)))
  return present.filter((d): d is string => d !== null)
}

function buildDateFromEnv(): string | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH
  if (!epoch || !/^\d+$/.test(epoch)) return undefined
  return new Date(Number(epoch) * 1000).toISOString()
}

/** A reader that stops early (`newscompare extract … | head`) closes the pipe: the output is over, not failed. */
function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(EXIT.ok)
  })
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (io === processIo) endQuietlyOnClosedPipe()
  let code: number = EXIT.ok
  const program = new Command()
    .name('newscompare')
    .description('Build a website that shows who said what, when, and how each outlet reported it.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })

  program
    .command('build')
    .description('build the site from the article folders into the output folder')
    .option('-c, --content <dir...>', 'folders (or files) with articles', DEFAULT_CONTENT)
    .option('-o, --out <dir>', 'output folder, replaced atomically', 'dist')
    .option('-b, --base <path>', 'URL path the site is served from', '/')
    .option('--strict', 'treat warnings as errors; nothing is written if there are any')
    .option('--no-cache', 'ignore and do not write the extraction cache in .cache/')
    .option('--no-search', 'skip the Pagefind search index')
    .option('-q, --quiet', 'print only warnings and errors')
    .action(async (opts) => {
      const started = performance.now()
      const result = await build({
        content: await contentFolders(opts.content),
        outDir: opts.out,
        base: opts.base,
        cacheDir: opts.cache ? '.cache/extract' : null,
        buildDate: buildDateFromEnv(),
        strict: opts.strict,
        quiet: opts.quiet,
        search: opts.search,
      })
      code = report(io, result.messages, opts.quiet)
      if (!result.ok) {
        code = EXIT.failed
        return
      }
      if (!opts.quiet) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1)
        const { articles, quotes } = result.summary
        const verb = result.unchanged ? 'up to date:' : 'built'
        const rendered = result.unchanged || result.reused === 0 ? '' : ` (${result.pages - result.reused} rendered, ${result.reused} unchanged)`
        io.stderr(`${verb} ${articles} articles, ${quotes} quotes, ${result.pages} pages${rendered} in ${opts.out}/ (${seconds} s)\n`)
      }
    })

  program
    .command('extract')
    .description('print the record of each file (JSON Lines with --json)')
    .argument('<files...>', 'article files')
    .option('--json', 'one JSON record per line on stdout')
    .action(async (files: string[], opts) => {
      const { records, messages } = await readRecords(files, { cacheDir: null, quiet: true })
      for (const record of records) {
        if (opts.json) io.stdout(JSON.stringify(record) + '\n')
        else io.stdout(summarise(record) + '\n')
      }
      code = report(io, messages)
    })

  program
    .command('link')
    .description('print the linked corpus of the files (one JSON object with --json)')
    .argument('<files...>', 'article files or folders')
    .option('--json', 'print the corpus as JSON')
    .action(async (files: string[], opts) => {
      const { records, messages, knowledge } = await readRecords(files, { cacheDir: null, quiet: true })
      const corpus = link(records, { people: knowledge.people })
      if (opts.json) io.stdout(JSON.stringify(corpus, null, 2) + '\n')
      else {
        io.stdout(`${corpus.articles.length} articles, ${corpus.people.length} people, ${corpus.topics.length} topics, `)
        io.stdout(`${corpus.stories.length} stories, ${corpus.families.length} statement families, ${corpus.alignments.length} comparisons\n`)
      }
      code = report(io, messages)
    })

  program
    .command('add')
    .description('import files or URLs into the content folder as Markdown (- reads stdin)')
    .argument('<inputs...>', 'files, http(s) URLs, or -')
    .option('-c, --content <dir>', 'content folder', 'content')
    .action(async (inputs: string[], opts) => {
      const { addArticles } = await import('./ingest/add.ts')
      const result = await addArticles(inputs, opts.content, { stdin: readStdin })
      for (const file of result.written) io.stdout(`added ${file}\n`)
      code = report(io, result.messages)
    })

  program
    .command('serve')
    .description('build, serve the site with live reload, and rebuild when content changes')
    .option('-c, --content <dir...>', 'folders with articles', DEFAULT_CONTENT)
    .option('-o, --out <dir>', 'output folder', 'dist')
    .option('-p, --port <port>', 'port on 127.0.0.1', '8080')
    .action(async (opts) => {
      const port = Number(opts.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.stderr(`newscompare: --port must be a whole number from 0 to 65535, not "${opts.port}"\n`)
        code = EXIT.usage
        return
      }
      // The dev server is loaded only for `serve`.
      const { serve } = await import('./build/serve.ts')
      code = await serve({ content: await contentFolders(opts.content), outDir: opts.out, port, io, report })
    })

  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    io.stderr(`newscompare: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT.failed
  }
  return code
}

function summarise(record: { file: string; title: { value: string }; quotes: unknown[]; people: unknown[] }): string {
  return `${record.file}: "${record.title.value}" — ${record.people.length} people, ${record.quotes.length} quotes`
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
