// Worker threads start without the TypeScript loader; register it, then load the worker.
import { register } from 'tsx/esm/api'

register()
await import('./render-worker.ts')
