import type { NextRequest } from "next/server";
import { fileResponse } from "@/lib/http/file-response";
import { idParam, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { readAttachment } from "@/lib/services/nota/read-attachment";

/** Download of an attached file, for those who may read its nota. */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/bijlagen/[attachmentId]">) {
  return withUser(request, async (user) => {
    const file = await readAttachment({ user, attachmentId: idParam((await params).attachmentId), context: await requestContext() });
    return fileResponse({ fileName: file.fileName, mimeType: file.mimeType, bytes: file.data });
  });
}
