/**
 * The cheaper Frame#set (src/site/njk-frame.ts) renders exactly what stock
 * Nunjucks renders: loop variables, nested loops, `{% set %}` at the top
 * level, inside loops and inside blocks that write up to an outer frame,
 * dotted names, macros and their arguments.
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { useFastFrameSet } from '../../src/site/njk-frame.ts'

interface Nunjucks {
  Environment: new (loader: null, options: Record<string, unknown>) => { renderString(source: string, context: unknown): string }
  runtime: Parameters<typeof useFastFrameSet>[0]
}

const require = createRequire(import.meta.url)

/** A fresh copy of the library, so the stock runtime is not one another test already changed. */
function freshNunjucks(): Nunjucks {
  for (const key of Object.keys(require.cache)) if (key.includes('/node_modules/nunjucks/')) delete require.cache[key]
  return require('nunjucks') as Nunjucks
}

const TEMPLATES = [
  '{% for x in xs %}{{ loop.index }}/{{ loop.length }}{{ x }}{% if loop.first %}F{% endif %}{% if loop.last %}L{% endif %} {% endfor %}',
  '{% for r in rows %}{% for c in r %}{{ loop.index0 }}{{ c }}{{ loop.revindex }}{% endfor %}|{{ loop.index }};{% else %}none{% endfor %}',
  '{% set n = 0 %}{% for x in xs %}{% set n = n + x %}{{ n }},{% endfor %}={{ n }}',
  '{% set total = 1 %}{% if xs.length %}{% set total = total + 10 %}{% endif %}{{ total }}',
  '{% macro m(a, b="d") %}[{{ a }}{{ b }}{% for x in xs %}{{ x }}{% endfor %}]{% endmacro %}{{ m(1) }}{{ m(2, b="e") }}{% for x in xs %}{{ m(x) }}{% endfor %}',
  '{% set user = {} %}{% set user.name = "<b>" %}{{ user.name }}',
  '{% for k, v in obj %}{{ k }}={{ v }}{{ loop.index }} {% endfor %}',
]
const CONTEXT = { xs: [1, 2, 3], rows: [['a', 'b'], [], ['c']], obj: { p: 1, q: '<i>' } }

function renderAll(lib: Nunjucks): string[] {
  const env = new lib.Environment(null, { autoescape: true })
  return TEMPLATES.map((t) => {
    try {
      return env.renderString(t, CONTEXT)
    } catch (error) {
      return `error: ${(error as Error).message}`
    }
  })
}

describe('the cheaper Nunjucks Frame#set', () => {
  it('renders every template as stock Nunjucks does', () => {
    const stock = renderAll(freshNunjucks())
    const patched = freshNunjucks()
    const before = patched.runtime.Frame.prototype.set
    useFastFrameSet(patched.runtime)
    expect(patched.runtime.Frame.prototype.set).not.toBe(before)
    expect(renderAll(patched)).toEqual(stock)
    // The templates do exercise loops and sets: the outputs are not empty or errors.
    for (const out of stock) expect(out).toMatch(/\S/)
    expect(stock[0]).toBe('1/31F 2/32 3/33L ')
  })
})
