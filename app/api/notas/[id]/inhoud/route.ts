import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { InvalidInputError } from "@/lib/domain/errors";
import { idParam, readJson, withUser } from "@/lib/http/api";
import { requestContext } from "@/lib/http/request-context";
import { saveNotaDraft } from "@/lib/services/nota/save-nota-draft";

const MAX_SAVE_BYTES = 5 * 1024 * 1024;
const SaveRequestSchema = z.object({ baseVersion: z.number().int().min(1), content: z.unknown() });

/** Autosave and explicit save of the editor's content (409 when based on a stale version). */
export async function PUT(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/inhoud">) {
  return withUser(
    request,
    async (user) => {
      const body = SaveRequestSchema.safeParse(await readJson(request, MAX_SAVE_BYTES));
      if (!body.success) throw new InvalidInputError("Het verzoek mist de versie of de inhoud.");
      const result = await saveNotaDraft({
        user,
        notaId: idParam((await params).id),
        baseVersion: body.data.baseVersion,
        content: body.data.content,
        context: await requestContext(),
      });
      return NextResponse.json(result);
    },
    { maxBytes: MAX_SAVE_BYTES },
  );
}
