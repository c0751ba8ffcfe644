/**
 * Spreadsheet files for staff. A cell a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return) is prefixed with an apostrophe, so text typed by an
 * applicant or a reviewer can never run as a formula on a programme officer's computer.
 */

const formulaStart = /^[=+\-@\t\r]/;

export function neutralisedCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

export type CsvValue = string | number | null;

/** A row ready to write: text neutralised; numbers come from our own arithmetic and stay numbers. */
export function neutralisedRow(row: readonly CsvValue[]): (string | number | null)[] {
  return row.map((value) => (typeof value === "string" ? neutralisedCell(value) : value));
}
