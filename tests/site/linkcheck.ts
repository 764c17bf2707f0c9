/**
 * An internal link and anchor checker over a built site: every root-relative
 * or relative href/src must name a file that exists under the base path, and
 * every #fragment must name an id in the target page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import { parseHTML } from 'linkedom'

export function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort()
}

/** Problems found, as "page: link: reason" lines; empty when every link works. */
export function checkLinks(root: string, base = '/'): string[] {
  const problems: string[] = []
  const idCache = new Map<string, Set<string>>()
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file)
    if (!ids) {
      const { document } = parseHTML(readFileSync(join(root, file), 'utf8'))
      ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!))
      idCache.set(file, ids)
    }
    return ids
  }
  for (const page of htmlFiles(root)) {
    const { document } = parseHTML(readFileSync(join(root, page), 'utf8'))
    const pageUrl = `${base}${page.replace(/index\.html$/, '')}`
    const refs = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!),
      ...[...document.querySelectorAll('script[src], img[src]')].map((e) => e.getAttribute('src')!),
    ]
    for (const ref of refs) {
      if (/^(https?:|mailto:)/i.test(ref)) continue
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) {
        problems.push(`${page}: ${ref}: not an internal or http(s) link`)
        continue
      }
      const url = new URL(ref, `http://site${pageUrl}`)
      if (!url.pathname.startsWith(base)) {
        problems.push(`${page}: ${ref}: outside the base path ${base}`)
        continue
      }
      let target = decodeURIComponent(url.pathname.slice(base.length))
      if (target === '' || target.endsWith('/')) target = posix.join(target, 'index.html')
      const full = join(root, target)
      if (!existsSync(full) || statSync(full).isDirectory()) {
        problems.push(`${page}: ${ref}: no file ${target}`)
        continue
      }
      const fragment = decodeURIComponent(url.hash.slice(1))
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        problems.push(`${page}: ${ref}: no element with id "${fragment}" in ${target}`)
      }
    }
  }
  return problems
}
