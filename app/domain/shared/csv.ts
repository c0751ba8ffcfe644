/**
 * Spreadsheet files for staff. A cell a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return) is prefixed with an apostrophe, so text typed by an
 * applicant or a reviewer can never run as a formula on a programme officer's computer.
 * Cells are quoted as RFC 4180 asks; the file starts with a byte order mark so spreadsheet
 * programs read Arabic, Persian and Ukrainian names as UTF-8.
 */

const formulaStart = /^[=+\-@\t\r]/;

export function neutralisedCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

export type CsvValue = string | number | null;

function quoted(value: CsvValue): string {
  if (value === null) return "";
  // Numbers come from our own arithmetic, so a negative one is a number, not a formula.
  const text = typeof value === "number" ? String(value) : neutralisedCell(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return "\uFEFF" + rows.map((row) => row.map(quoted).join(",")).join("\r\n") + "\r\n";
}
