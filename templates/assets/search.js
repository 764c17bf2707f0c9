// Search with Pagefind's index, built with the site. The site may live under a
// sub-path, so every address is resolved from this script's own location.
const base = new URL('../', import.meta.url)
const form = document.getElementById('search-form')
const input = document.getElementById('search-input')
const results = document.getElementById('search-results')
const status = document.getElementById('search-status')
let pagefind = null

async function load() {
  if (!pagefind) {
    pagefind = await import(new URL('pagefind/pagefind.js', base).href)
    await pagefind.options({ baseUrl: base.pathname })
  }
  return pagefind
}

// Excerpts arrive as text with <mark> around the hits; only those two things are kept.
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html')
  const out = []
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent))
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark')
      mark.textContent = node.textContent
      out.push(mark)
    } else out.push(document.createTextNode(node.textContent ?? ''))
  }
  return out
}

let latest = 0
async function run(query) {
  const ticket = ++latest
  const q = query.trim()
  if (!q) {
    results.replaceChildren()
    status.textContent = 'Type a name, an outlet, a topic or some words.'
    return
  }
  status.textContent = 'Searching…'
  try {
    const pf = await load()
    const search = await pf.search(q)
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()))
    if (ticket !== latest) return
    results.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li')
        const a = document.createElement('a')
        a.href = d.url
        a.textContent = d.meta?.title ?? d.url
        const p = document.createElement('p')
        p.className = 'excerpt'
        p.append(...excerptNodes(d.excerpt ?? ''))
        li.append(a, p)
        return li
      }),
    )
    const n = search.results.length
    status.textContent = `${n} ${n === 1 ? 'result' : 'results'} for “${q}”`
  } catch (error) {
    status.textContent = 'Search is not available here (the index may not have been built).'
  }
}

if (form && input) {
  status.textContent = 'Type a name, an outlet, a topic or some words.'
  let timer = 0
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(() => run(input.value), 180)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const url = new URL(location.href)
    url.searchParams.set('q', input.value)
    history.replaceState(null, '', url)
    run(input.value)
  })
  const initial = new URLSearchParams(location.search).get('q')
  if (initial) {
    input.value = initial
    run(initial)
  }
}
