/**
 * A full garbage collection, where the runtime allows it.
 *
 * While workers render, this thread is idle and V8 sees no reason to collect,
 * so the view models it has handed over stay in memory and the process peaks
 * far above what it holds. Collecting after each hand-over costs this idle
 * thread a little time and keeps the peak down. `--expose-gc` is switched on
 * at run time for the one `gc` function; where that is refused, nothing is done.
 */
import v8 from 'node:v8'
import vm from 'node:vm'

let collect: (() => void) | null | undefined

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc')
      collect = vm.runInNewContext('gc') as () => void
    } catch {
      collect = null
    }
  }
  collect?.()
}
