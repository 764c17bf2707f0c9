/** Worker side of the render pool: one chunk of pages in, Eleventy's warnings out. */
import { parentPort } from 'node:worker_threads'
import { renderJob, type RenderJob } from './render.ts'

// Loaded (Eleventy and the templates' code): jobs can come.
parentPort!.postMessage({ ready: true })

parentPort!.on('message', (job: RenderJob) => {
  renderJob(job).then(
    (warnings) => parentPort!.postMessage({ warnings }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  )
})
