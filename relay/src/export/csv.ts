// CSV as spreadsheets read it: RFC 4180 quoting, and cells that would run as formulas neutralised.

/**
 * Quotes a cell when it needs it. A cell starting with =, +, -, @, tab or CR is prefixed with an apostrophe:
 * buyer text such as "=HYPERLINK(…)" must stay text when a merchant opens the export in a spreadsheet.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
