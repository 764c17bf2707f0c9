/**
 * vfile-style diagnostics. Stages collect messages and never print; the CLI
 * reports them at the end as `file:line:column: severity reason [ruleId]`.
 */
import type { Message } from './model.ts'

export type Severity = Message['severity']

/** 1-based line and column of a UTF-16 offset in `text`. */
export function place(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  const end = Math.min(Math.max(offset, 0), text.length)
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: end - lineStart + 1 }
}

/** A message about `file`, placed at `offset` of `text` when both are given. */
export function message(
  file: string,
  reason: string,
  ruleId: string,
  severity: Severity = 'error',
  at?: { text: string; offset: number } | { line: number; column: number },
): Message {
  let line: number | null = null
  let column: number | null = null
  if (at && 'text' in at) ({ line, column } = place(at.text, at.offset))
  else if (at) ({ line, column } = at)
  return { file, line, column, reason, ruleId, severity }
}

/** `file:line:column: severity reason [ruleId]`; line and column default to 1:1 for whole-file problems. */
export function formatMessage(m: Message): string {
  return `${m.file}:${m.line ?? 1}:${m.column ?? 1}: ${m.severity} ${m.reason} [${m.ruleId}]`
}

/** Base of every error the project throws on purpose; `cause` keeps the original. */
export class NewscompareError extends Error {
  readonly messages: Message[]
  constructor(reason: string, messages: Message[] = [], options?: { cause?: unknown }) {
    super(reason, options)
    this.name = 'NewscompareError'
    this.messages = messages
  }
}

/** An input that cannot become an article (empty, binary, unreadable). */
export class InputError extends NewscompareError {
  constructor(m: Message, options?: { cause?: unknown }) {
    super(formatMessage(m), [m], options)
    this.name = 'InputError'
  }
}
