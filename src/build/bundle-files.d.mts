export const root: string
export const folder: string
export const MAIN_ENTRIES: { cli: string; build: string }
export function listFile(kind: string): string
export function freshBundle(kind: string): string | null
export function intact(bundle: string, outputs: unknown): boolean
