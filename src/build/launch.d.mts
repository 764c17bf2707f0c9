/** The module of an entry of the code, bundled when up to date (see launch.mjs). */
export function loadEntry(entry: 'cli'): Promise<typeof import('../cli.ts')>
export function loadEntry(entry: 'build'): Promise<typeof import('./index.ts')>
