// CSV as a Dutch spreadsheet opens it: semicolons (the comma is the decimal separator here),
// a byte-order mark so that Excel reads UTF-8, CRLF line ends, every field quoted when needed.
import { stringify } from "csv-stringify/sync";

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return (
    "\uFEFF" +
    stringify([header as string[], ...rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell))))], {
      delimiter: ";",
      record_delimiter: "windows",
    })
  );
}

export function csvResponse(fileName: string, csv: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
