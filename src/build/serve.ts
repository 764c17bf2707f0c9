/**
 * `newscompare serve`: build once, serve the output with live reload
 * (Eleventy's dev server), and rebuild when an article folder changes.
 * Rebuilds reuse the extraction cache, so only changed articles are redone.
 */
import { watch } from 'node:fs'
import EleventyDevServer from '@11ty/eleventy-dev-server'
import { build } from './index.ts'
import type { Message } from '../model.ts'

interface ServeOptions {
  content: string[]
  outDir: string
  port: number
  io: { stdout: (t: string) => void; stderr: (t: string) => void }
  report: (io: ServeOptions['io'], messages: Message[], quiet?: boolean) => number
}

export async function serve(options: ServeOptions): Promise<number> {
  const run = async () => {
    const result = await build({ content: options.content, outDir: options.outDir, cacheDir: '.cache/extract', quiet: true })
    options.report(options.io, result.messages, true)
    options.io.stderr(result.ok ? `rebuilt ${result.records.length} articles\n` : 'build failed; still serving the previous site\n')
    return result.ok
  }
  await run()
  const server = EleventyDevServer.getServer('newscompare', options.outDir, { domDiff: false })
  server.serve(options.port)

  let timer: NodeJS.Timeout | undefined
  let running: Promise<unknown> = Promise.resolve()
  for (const dir of options.content) {
    try {
      watch(dir, { recursive: true }, () => {
        // Editors write in bursts; wait for the folder to settle.
        clearTimeout(timer)
        timer = setTimeout(() => {
          running = running.then(run).then((ok) => ok && server.reload({ files: [] }))
        }, 200)
      })
    } catch {
      options.io.stderr(`not watching ${dir} (it does not exist)\n`)
    }
  }
  // Serve until interrupted.
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()))
  await server.close()
  return 0
}
