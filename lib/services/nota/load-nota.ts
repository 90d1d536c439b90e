// A nota with all its content, as its page shows it, for those who may read it.
import "server-only";
import { db } from "@/lib/db/client";
import { attachmentMetaSelect, notaContentInclude } from "@/lib/data/content-rows";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { refuseUnreadable } from "@/lib/data/readable-nota";
import { canEditNota, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export async function loadNota(options: { user: CurrentUser; reference: string; context: RequestContext }) {
  const { user, reference, context } = options;
  const nota = await db.nota.findFirst({
    where: { reference, ...readableNotaWhere(user) },
    include: {
      ...notaContentInclude,
      attachments: { where: { removedAt: null }, orderBy: { createdAt: "asc" }, select: attachmentMetaSelect },
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
    },
  });
  if (!nota) return refuseUnreadable(user, { reference }, { action: "nota.read_refused", context });
  return { nota, canEdit: canEditNota(user, nota).ok };
}

export type ReadableNota = Awaited<ReturnType<typeof loadNota>>["nota"];
