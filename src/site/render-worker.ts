/** Worker side of the render pool: one chunk of pages in, Eleventy's warnings out. */
import { parentPort } from 'node:worker_threads'
import { runEleventy } from './eleventy.ts'
import type { RenderJob } from './render.ts'

parentPort!.on('message', (job: RenderJob) => {
  runEleventy(job.outDir, job.views, job.globals, job.quiet, job.standalone).then(
    (warnings) => parentPort!.postMessage({ warnings }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  )
})
