import type { NextRequest } from "next/server";
import { idParam, json, readJson, withUser } from "@/lib/http/route-handler";
import { requestContext } from "@/lib/http/request-context";
import { saveNotaDraft } from "@/lib/services/nota/save-nota-draft";
import { SaveDraftRequestSchema } from "@/lib/validation/nota-edit";

const MAX_SAVE_BYTES = 5 * 1024 * 1024;

/** Autosave and explicit save of the editor's content (409 when based on a stale version). */
export async function PUT(request: NextRequest, { params }: RouteContext<"/api/notas/[id]/inhoud">) {
  return withUser(
    request,
    async (user) => {
      const body = await readJson(request, SaveDraftRequestSchema, MAX_SAVE_BYTES);
      return json(
        await saveNotaDraft({
          user,
          notaId: idParam((await params).id),
          baseVersion: body.baseVersion,
          content: body.content,
          context: await requestContext(),
        }),
      );
    },
    { maxBytes: MAX_SAVE_BYTES },
  );
}
