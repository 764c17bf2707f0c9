/** Whether a cell would start a formula: =, +, -, @, tab or carriage return (a test of one character, made for every cell of the exports). */
function startsFormula(text: string): boolean {
  const c = text.charCodeAt(0)
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13
}

/**
 * CSV cells per RFC 4180, made safe for spreadsheets: a cell that would start
 * a formula (=, +, -, @, tab, carriage return) gets a leading apostrophe.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (startsFormula(text)) text = `'${text}`
  // Most cells hold no quotation mark: for them the replace (a scan and a copy) is skipped.
  return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`
}

export function csvRow(cells: (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',')
}
