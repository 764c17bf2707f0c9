/**
 * Writes a folder atomically: the work happens in a temporary sibling, which
 * replaces the target only when the work succeeds. On failure or interrupt
 * the temporary folder is removed and the old target stays as it was.
 */
import { mkdir, rename, rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

export async function withAtomicOutput(target: string, work: (dir: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(path.resolve(target))
  const name = path.basename(path.resolve(target))
  const suffix = randomBytes(4).toString('hex')
  const temp = path.join(parent, `.${name}-tmp-${suffix}`)
  const old = path.join(parent, `.${name}-old-${suffix}`)
  await mkdir(temp, { recursive: true })
  const cleanup = () => rm(temp, { recursive: true, force: true })
  const onSignal = () => {
    // Interrupted mid-build: drop the half-written folder, keep the old site.
    void cleanup().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    await work(temp)
    const hadOld = await rename(target, old).then(() => true, () => false)
    await rename(temp, target)
    if (hadOld) await rm(old, { recursive: true, force: true })
  } catch (error) {
    await cleanup()
    throw error
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
