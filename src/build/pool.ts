/**
 * Runs `processFile` over many inputs on worker threads, one per core.
 * Small batches stay on the main thread: starting a worker with the
 * TypeScript loader costs more than extracting a handful of articles.
 */
import { Worker } from 'node:worker_threads'
import os from 'node:os'
import type { CacheEntry } from './cache.ts'
import type { IngestOptions } from '../ingest/index.ts'

export interface Task {
  file: string
  bytes: Uint8Array
}

const MIN_FILES_FOR_WORKERS = 24

export async function processAll(
  tasks: Task[],
  options: IngestOptions,
  onDone: (index: number, entry: CacheEntry) => void,
  /** `mainBusy`: the caller has work of its own meanwhile, so even a few files go to a worker. */
  { threads = os.availableParallelism(), mainBusy = false }: { threads?: number; mainBusy?: boolean } = {},
): Promise<void> {
  if (tasks.length === 0) return
  if ((tasks.length < MIN_FILES_FOR_WORKERS && !mainBusy) || threads < 2) {
    // Loaded on first use: a build that finds every article in the cache never needs the extractor.
    const { processFile } = await import('./process.ts')
    tasks.forEach((task, i) => onDone(i, processFile(task.file, task.bytes, options)))
    return
  }
  const workers = Array.from({ length: Math.min(threads, tasks.length) }, () =>
    new Worker(new URL('./worker-entry.mjs', import.meta.url)),
  )
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
