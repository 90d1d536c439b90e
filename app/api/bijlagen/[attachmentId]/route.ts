import type { NextRequest } from "next/server";
import { idParam, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { readAttachment } from "@/lib/services/nota/read-attachment";

/** Download of an attached file, for those who may read its nota. */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/bijlagen/[attachmentId]">) {
  return withUser(request, async (user) => {
    const file = await readAttachment({ user, attachmentId: idParam((await params).attachmentId), context: await requestContext() });
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.size),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
