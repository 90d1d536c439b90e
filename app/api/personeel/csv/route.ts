import type { NextRequest } from "next/server";
import { csvResponse } from "@/lib/export/csv";
import { personnelCsv } from "@/lib/export/personnel-csv";
import { withUser } from "@/lib/http/route-handler";
import { personnelAcrossNotas } from "@/lib/services/personnel/personnel-across-notas";
import { NotaListQuerySchema } from "@/lib/validation/nota-queries";

/** The personnel overview across notas, with the list's filters, as CSV (GET /api/personeel/csv?fase=…). */
export async function GET(request: NextRequest) {
  return withUser(request, async (user) => {
    const query = NotaListQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
    const { overview } = await personnelAcrossNotas(user, query);
    return csvResponse(`personeel-${new Date().toISOString().slice(0, 10)}.csv`, personnelCsv(overview));
  });
}
