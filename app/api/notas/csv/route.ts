import type { NextRequest } from "next/server";
import { csvResponse } from "@/lib/export/csv";
import { withUser } from "@/lib/http/route-handler";
import { exportNotaList } from "@/lib/services/nota/export-nota-list";
import { NotaListQuerySchema } from "@/lib/validation/nota-queries";

/** The nota list with the page's search, filters and order, as CSV (GET /api/notas/csv?zoek=…). */
export async function GET(request: NextRequest) {
  return withUser(request, async (user) => {
    const query = NotaListQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
    const { csv } = await exportNotaList(user, { ...query, na: undefined });
    return csvResponse(`notas-${new Date().toISOString().slice(0, 10)}.csv`, csv);
  });
}
