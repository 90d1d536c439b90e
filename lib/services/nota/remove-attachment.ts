// Removing an attached file: kept in the database, because earlier versions (and decisions on
// them) refer to it; a new version of the nota, like a save.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { LostRace } from "@/lib/data/lost-race";
import { bumpNotaVersion, recordBumpedVersion } from "@/lib/data/nota-version-bump";
import { NotFoundError } from "@/lib/domain/errors";
import { draftingOfficeFor, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { editableNotaOrRefuse, staleChange } from "./editable-nota";

export async function removeAttachment(options: { user: CurrentUser; notaId: string; attachmentId: string; baseVersion: number; context: RequestContext }) {
  const { user, notaId, attachmentId, baseVersion, context } = options;
  const nota = await editableNotaOrRefuse(user, notaId, context);
  try {
    return await db.$transaction(async (tx) => {
      await bumpNotaVersion(tx, notaId, baseVersion);
      const removed = await tx.notaAttachment.updateMany({ where: { id: attachmentId, notaId, removedAt: null }, data: { removedAt: new Date() } });
      if (removed.count === 0) throw new NotFoundError("Deze bijlage bestaat niet (meer).");
      const version = await recordBumpedVersion(tx, notaId, baseVersion, user.id);
      await recordAuditEvent(tx, {
        action: "nota.attachment_removed",
        actorId: user.id,
        actingOfficeId: draftingOfficeFor(user, nota.ownerOfficeId),
        objectType: "NotaAttachment",
        objectId: attachmentId,
        notaId,
        notaVersion: version,
        ...context,
      });
      return { version };
    });
  } catch (error) {
    if (error instanceof LostRace) throw await staleChange(notaId, user, context);
    throw error;
  }
}
