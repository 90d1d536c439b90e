import type { NextRequest } from "next/server";
import { invalidInput } from "@/lib/domain/errors";
import { idParam, json, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { removeAttachment } from "@/lib/services/nota/remove-attachment";
import { AttachmentChangeSchema } from "@/lib/validation/nota-edit";

export async function DELETE(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/bijlagen/[attachmentId]">) {
  return withUser(request, async (user) => {
    const change = AttachmentChangeSchema.safeParse({ baseVersion: request.nextUrl.searchParams.get("baseVersion") });
    if (!change.success) throw invalidInput(change.error.issues);
    const { id, attachmentId } = await params;
    return json(
      await removeAttachment({
        user,
        notaId: idParam(id),
        attachmentId: idParam(attachmentId),
        baseVersion: change.data.baseVersion,
        context: await requestContext(),
      }),
    );
  });
}
