/** Reads every built HTML page and reports markup that could execute. */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseHTML } from 'linkedom'

const DANGEROUS_SCHEME = /^\s*(javascript|vbscript|data):/i
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset']

export async function htmlPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name))
}

/** Every way a page could run code that the site did not put there on purpose. */
export function executableInjections(html: string, base = '/'): string[] {
  const { document } = parseHTML(html)
  const problems: string[] = []
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src')
    const type = script.getAttribute('type')
    if (type === 'application/ld+json' && !src) {
      // Data, not code, as long as it is exactly one JSON value (no breakout into markup).
      try {
        JSON.parse(script.textContent ?? '')
      } catch {
        problems.push(`JSON-LD block that is not JSON: ${(script.textContent ?? '').slice(0, 80)}`)
      }
      continue
    }
    if (!src || !(src.startsWith(`${base}assets/`) || src.startsWith(`${base}pagefind/`))) {
      problems.push(`script not from the site's own assets: ${script.outerHTML.slice(0, 120)}`)
    }
  }
  for (const tag of ['iframe', 'object', 'embed', 'frame', 'applet', 'base']) {
    for (const el of document.querySelectorAll(tag)) problems.push(`<${tag}> element: ${el.outerHTML.slice(0, 120)}`)
  }
  for (const el of document.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes) as Attr[]) {
      if (/^on/i.test(attr.name)) problems.push(`event handler ${attr.name} on <${el.tagName.toLowerCase()}>`)
      if (URL_ATTRIBUTES.includes(attr.name.toLowerCase()) && DANGEROUS_SCHEME.test(attr.value)) {
        problems.push(`${attr.name}="${attr.value.slice(0, 60)}" on <${el.tagName.toLowerCase()}>`)
      }
    }
  }
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''
  if (!/script-src 'self'/.test(csp) || /unsafe-inline/.test(csp)) problems.push(`missing or weak Content-Security-Policy: "${csp}"`)
  return problems
}

export async function readPage(file: string): Promise<string> {
  return readFile(file, 'utf8')
}
