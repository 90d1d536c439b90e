// CSV as a Dutch spreadsheet opens it: semicolons (the comma is the decimal separator here),
// a byte-order mark so that Excel reads UTF-8, CRLF line ends, every field quoted when needed.
import { stringify } from "csv-stringify/sync";

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or return first) gets a
 * leading apostrophe: a title such as "=HYPERLINK(…)" stays text (OWASP, CSV injection).
 */
function safeCell(cell: string | number | null): string {
  if (cell === null) return "";
  const text = String(cell);
  return typeof cell === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return "\uFEFF" + stringify([header as string[], ...rows.map((row) => row.map(safeCell))], { delimiter: ";", record_delimiter: "windows" });
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
