import type { NextRequest } from "next/server";
import { csvResponse } from "@/lib/export/csv";
import { idParam, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { exportNotaPersonnel } from "@/lib/services/personnel/nota-personnel";

/** One nota's personnel overview as CSV. */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/personeel">) {
  return withUser(request, async (user) => {
    const { fileName, csv } = await exportNotaPersonnel({ user, notaId: idParam((await params).id), context: await requestContext() });
    return csvResponse(fileName, csv);
  });
}
