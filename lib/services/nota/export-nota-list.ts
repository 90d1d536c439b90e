// The nota list as CSV: the same list (scope, filters, search, order) as the page shows,
// every page of it up to EXPORT_LIMIT rows, read page by page through the list's own cursor.
import "server-only";
import { toIsoDate } from "@/lib/domain/dates";
import { CLASSIFICATION_LABELS, MARKING_LABELS, STATUS_LABELS } from "@/lib/domain/nota/labels";
import type { CurrentUser } from "@/lib/domain/permissions";
import { toCsv } from "@/lib/export/csv";
import { listReadableNotas, type NotaListRequest } from "./list-notas";

export const EXPORT_LIMIT = 10_000;
const PAGE = 500;

export async function exportNotaList(user: CurrentUser, query: NotaListRequest): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const rows: Array<Array<string | null>> = [];
  let cursor: string | undefined = undefined;
  for (;;) {
    const page = await listReadableNotas(user, { ...query, na: cursor }, { pageSize: PAGE });
    for (const n of page.notas) {
      rows.push([
        n.reference,
        n.title,
        MARKING_LABELS[n.marking],
        CLASSIFICATION_LABELS[n.classification],
        STATUS_LABELS[n.status],
        n.ownerOffice.code,
        toIsoDate(n.date),
        n.plannedDate ? toIsoDate(n.plannedDate) : null,
        n.kamerDeadline ? toIsoDate(n.kamerDeadline) : null,
      ]);
    }
    if (!page.next || rows.length >= EXPORT_LIMIT)
      return { csv: toCsv(HEADER, rows.slice(0, EXPORT_LIMIT)), rows: Math.min(rows.length, EXPORT_LIMIT), truncated: Boolean(page.next) };
    cursor = page.next;
  }
}

const HEADER = ["Onze referentie", "Titel", "Markering", "Rubricering", "Status", "Van", "Datum", "Plandatum/Deadline", "Kamer"];
