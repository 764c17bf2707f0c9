const FORMULA_START = /^[=+\-@\t\r]/

/**
 * CSV cells per RFC 4180, made safe for spreadsheets: a cell that would start
 * a formula (=, +, -, @, tab, carriage return) gets a leading apostrophe.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  // Most cells hold no quotation mark: for them the replace (a scan and a copy) is skipped.
  return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`
}

export function csvRow(cells: (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',')
}
