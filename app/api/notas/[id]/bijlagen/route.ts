import type { NextRequest } from "next/server";
import { invalidInput, InvalidInputError } from "@/lib/domain/errors";
import { MAX_ATTACHMENT_BYTES } from "@/lib/domain/nota/attachment-policy";
import { idParam, json, readForm, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { addAttachment, assertMayAddAttachment } from "@/lib/services/nota/add-attachment";
import { AttachmentChangeSchema } from "@/lib/validation/nota-edit";

const MAX_UPLOAD_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;

/** Upload of one file (multipart: "bestand", "baseVersion"). */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/bijlagen">) {
  return withUser(
    request,
    async (user) => {
      const notaId = idParam((await params).id);
      // Refuse before reading a large body from someone who may not add files here.
      const context = await requestContext();
      await assertMayAddAttachment(user, notaId, context);
      const form = await readForm(request, MAX_UPLOAD_BYTES);
      const file = form.get("bestand");
      if (!(file instanceof File)) throw new InvalidInputError("Kies een bestand.", [{ path: "bestand", message: "Kies een bestand." }]);
      const change = AttachmentChangeSchema.safeParse({ baseVersion: form.get("baseVersion") });
      if (!change.success) throw invalidInput(change.error.issues);
      const result = await addAttachment({
        user,
        notaId,
        baseVersion: change.data.baseVersion,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        context,
      });
      return json(result, { status: 201 });
    },
    // The file plus the multipart envelope.
    { maxBytes: MAX_UPLOAD_BYTES },
  );
}
