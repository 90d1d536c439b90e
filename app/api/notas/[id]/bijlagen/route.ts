import { NextResponse, type NextRequest } from "next/server";
import { InvalidInputError } from "@/lib/errors";
import { withUser } from "@/lib/http/api";
import { MAX_ATTACHMENT_BYTES } from "@/lib/nota/attachment-policy";
import { requestContext } from "@/lib/request-context";
import { addAttachment } from "@/lib/services/attachments";

/** Upload of one file (multipart: "bestand", "baseVersion"). */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/bijlagen">) {
  return withUser(
    request,
    async (user) => {
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        throw new InvalidInputError("Het bestand kon niet worden gelezen.");
      }
      const file = form.get("bestand");
      const baseVersion = Number(form.get("baseVersion"));
      if (!(file instanceof File)) throw new InvalidInputError("Kies een bestand.", [{ path: "bestand", message: "Kies een bestand." }]);
      if (!Number.isInteger(baseVersion)) throw new InvalidInputError("Het verzoek mist de versie.");
      const result = await addAttachment({
        user,
        notaId: (await params).id,
        baseVersion,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        context: await requestContext(),
      });
      return NextResponse.json(result, { status: 201 });
    },
    // The file plus the multipart envelope.
    { maxBytes: MAX_ATTACHMENT_BYTES + 64 * 1024 },
  );
}
