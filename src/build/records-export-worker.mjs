// Worker side of records-export.ts: joins the records' JSON, taken from the
// cache entries' tails (after the checksum line and the messages line), into
// one array. Plain JavaScript: it needs no TypeScript loader.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'

const NEWLINE = 0x0a
const CHECKSUM_LENGTH = 64

/** The record's JSON in a cache entry: what follows its second line. */
function recordBytes(file) {
  const bytes = readFileSync(file)
  const first = bytes.indexOf(NEWLINE)
  const second = first === CHECKSUM_LENGTH ? bytes.indexOf(NEWLINE, first + 1) : -1
  if (second < 0 || second + 1 >= bytes.length) throw new Error(`not a cache entry: ${file}`)
  return bytes.subarray(second + 1)
}

/** writeSync may write less than it was given; loop until all is written. */
function writeAll(fd, data) {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done)
}

const { target, sources } = workerData
const out = openSync(target, 'w')
try {
  writeAll(out, '[')
  sources.forEach((source, i) => {
    if (i > 0) writeAll(out, ',')
    writeAll(out, source.entry ? recordBytes(source.entry) : source.json)
  })
  writeAll(out, ']\n')
} finally {
  closeSync(out)
}
parentPort.postMessage('done')
