/** Worker side of the extraction pool: one file in, one cache entry out. */
import { parentPort } from 'node:worker_threads'
import { processFile } from './process.ts'
import type { IngestOptions } from '../ingest/index.ts'

export interface Job {
  id: number
  file: string
  bytes: Uint8Array
  options: IngestOptions
}

parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage({ id: job.id, entry: processFile(job.file, job.bytes, job.options) })
})
