import type { NextRequest } from "next/server";
import { InvalidInputError } from "@/lib/domain/errors";
import { json, readForm, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { previewImport } from "@/lib/services/import/import-nota";
import { ImportTextSchema, MAX_IMPORT_BYTES } from "@/lib/validation/import";

/** Reads a Word document ("bestand") or pasted text ("tekst") into a nota and its report; saves nothing. */
export async function POST(request: NextRequest) {
  return withUser(
    request,
    async (user) => {
      const form = await readForm(request, MAX_IMPORT_BYTES + 64 * 1024);
      const file = form.get("bestand");
      const context = await requestContext();
      if (file instanceof File && file.size > 0) {
        if (file.size > MAX_IMPORT_BYTES)
          throw new InvalidInputError("Dit bestand is groter dan 10 MB.", [{ path: "bestand", message: "Dit bestand is groter dan 10 MB." }]);
        const bytes = new Uint8Array(await file.arrayBuffer());
        return json({ sourceName: file.name, ...(await previewImport({ user, source: { kind: "docx", fileName: file.name, bytes }, context })) });
      }
      const text = ImportTextSchema.safeParse(form.get("tekst") ?? "");
      if (!text.success) throw new InvalidInputError(text.error.issues[0].message, [{ path: "tekst", message: text.error.issues[0].message }]);
      return json({ sourceName: "geplakte tekst", ...(await previewImport({ user, source: { kind: "text", text: text.data }, context })) });
    },
    { maxBytes: MAX_IMPORT_BYTES + 64 * 1024 },
  );
}
