import type { NextRequest } from "next/server";
import { invalidInput } from "@/lib/domain/errors";
import { fileResponse } from "@/lib/http/file-response";
import { idParam, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { exportNotaDocument } from "@/lib/services/export/export-nota-document";
import { NotaDocumentQuerySchema } from "@/lib/validation/nota-document";

/**
 * The nota as DOCX or PDF in its own layout (GET …/document?formaat=pdf&besluiten=ja), or a
 * publication version (…&publicatie=kamerstuk|woo) and its DiWoo metadata (formaat=json), or
 * the bijlage bij de Kamerbrief alone (…&deel=bijlage).
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/document">) {
  return withUser(request, async (user) => {
    const query = NotaDocumentQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!query.success) throw invalidInput(query.error.issues);
    const file = await exportNotaDocument({
      user,
      notaId: idParam((await params).id),
      format: query.data.formaat,
      withDecisions: query.data.besluiten,
      publication: query.data.publicatie,
      part: query.data.deel,
      context: await requestContext(),
    });
    return fileResponse(file);
  });
}
