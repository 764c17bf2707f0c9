/** html-validate with the project's settings, over every page of a built site. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { HtmlValidate } from 'html-validate'
import { htmlFiles } from './linkcheck.ts'

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The rule counts escaped source characters (&lt; is four); titles are cut to 55 characters of text.
    'long-title': ['error', { maxlength: 200 }],
    // The base-path transform re-serialises boolean attributes as `open=""`; templates write them that way too.
    'attribute-boolean-style': ['error', { style: 'empty' }],
    'attribute-empty-style': ['error', { style: 'empty' }],
  },
})

/** "file:line rule message" for every problem in every page; empty when all pass. */
export async function validateSite(root: string): Promise<string[]> {
  const problems: string[] = []
  for (const file of htmlFiles(root)) {
    const report = await validator.validateString(readFileSync(join(root, file), 'utf8'), file)
    for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line} ${m.ruleId} ${m.message}`)
  }
  return problems
}
