/**
 * A full garbage collection, where the runtime allows it.
 *
 * V8 collects lazily under a heap limit of gigabytes, so between the big
 * steps of a build (linking, building views, each render chunk) the heap
 * keeps their garbage and the process peaks far above what it holds; and
 * memory a heap once grew to is seldom returned. A collection at those
 * points costs a fraction of a second and keeps the peak down. `--expose-gc`
 * is switched on at run time for the one `gc` function; where that is
 * refused, nothing is done.
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
