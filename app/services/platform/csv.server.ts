import { stringify } from "csv-stringify/sync";
import { neutralisedRow, type CsvValue } from "~/domain/shared/csv";

/**
 * A CSV file as spreadsheets read it: quoted as RFC 4180 asks, lines ending in CRLF, and a
 * byte order mark so Arabic, Persian and Ukrainian names open as UTF-8. Every text cell is
 * neutralised first, so nothing in it runs as a formula.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(rows.map(neutralisedRow), {
    bom: true,
    record_delimiter: "\r\n",
    // A line break of either kind inside a cell must be quoted, not only the record delimiter.
    quoted_match: /[\r\n]/,
  });
}
