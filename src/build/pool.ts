/**
 * Runs `processFile` over many inputs on worker threads, one per core.
 * Small batches stay on the main thread: starting a worker costs more than
 * extracting a handful of articles.
 */
import { Worker } from 'node:worker_threads'
import os from 'node:os'
import type { CacheEntry } from './cache.ts'
import { workerBundle } from './bundle.ts'
import type { IngestOptions } from '../ingest/index.ts'

export interface Task {
  file: string
  bytes: Uint8Array
}

const MIN_FILES_FOR_WORKERS = 24

/** An extraction worker: bundled when the bundle is up to date (see bundle.ts), else through the TypeScript loader. */
export function spawnExtractor(): Worker {
  const bundle = workerBundle('extract')
  // A bundle needs no loader (one given to this process with --import would be inherited).
  const worker = bundle ? new Worker(bundle, { execArgv: [] }) : new Worker(new URL('../build/worker-entry.mjs', import.meta.url))
  // A worker started early may fail before anyone listens; `processAll` then starts another.
  worker.on('error', () => undefined)
  return worker
}

export async function processAll(
  tasks: Task[],
  options: IngestOptions,
  onDone: (index: number, entry: CacheEntry) => void,
  /**
   * `mainBusy`: the caller has work of its own meanwhile, so even a few files go to a worker.
   * `started`: a worker the caller started early (so its loading overlapped other work); used
   * as the first worker, or terminated when the files stay on this thread.
   */
  { threads = os.availableParallelism(), mainBusy = false, started }: { threads?: number; mainBusy?: boolean; started?: Worker } = {},
): Promise<void> {
  if (tasks.length === 0 || (tasks.length < MIN_FILES_FOR_WORKERS && !mainBusy) || threads < 2) {
    await started?.terminate()
    if (tasks.length === 0) return
    // Loaded on first use: a build that finds every article in the cache never needs the extractor.
    const { processFile } = await import('./process.ts')
    tasks.forEach((task, i) => onDone(i, processFile(task.file, task.bytes, options)))
    return
  }
  const workers = Array.from({ length: Math.min(threads, tasks.length) }, (_, i) =>
    // A worker that has stopped has no thread id left.
    i === 0 && started && started.threadId !== -1 ? started : spawnExtractor(),
  )
  if (started && !workers.includes(started)) await started.terminate()
  let next = 0
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= tasks.length) return resolve()
              const id = next++
              worker.postMessage({ id, file: tasks[id].file, bytes: tasks[id].bytes, options })
            }
            worker.on('message', ({ id, entry }: { id: number; entry: CacheEntry }) => {
              onDone(id, entry)
              send()
            })
            worker.on('error', reject)
            send()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
}
