import { NextResponse, type NextRequest } from "next/server";
import { InvalidInputError } from "@/lib/domain/errors";
import { idParam, readForm, withUser } from "@/lib/http/api";
import { MAX_ATTACHMENT_BYTES } from "@/lib/domain/nota/attachment-policy";
import { requestContext } from "@/lib/http/request-context";
import { addAttachment, assertMayEdit } from "@/lib/services/nota/attachments";

const MAX_UPLOAD_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;

/** Upload of one file (multipart: "bestand", "baseVersion"). */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/bijlagen">) {
  return withUser(
    request,
    async (user) => {
      const notaId = idParam((await params).id);
      // Refuse before reading a large body from someone who may not add files here.
      const context = await requestContext();
      await assertMayEdit(user, notaId, context);
      const form = await readForm(request, MAX_UPLOAD_BYTES);
      const file = form.get("bestand");
      const baseVersion = Number(form.get("baseVersion"));
      if (!(file instanceof File)) throw new InvalidInputError("Kies een bestand.", [{ path: "bestand", message: "Kies een bestand." }]);
      if (!Number.isInteger(baseVersion)) throw new InvalidInputError("Het verzoek mist de versie.");
      const result = await addAttachment({
        user,
        notaId,
        baseVersion,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        context,
      });
      return NextResponse.json(result, { status: 201 });
    },
    // The file plus the multipart envelope.
    { maxBytes: MAX_UPLOAD_BYTES },
  );
}
