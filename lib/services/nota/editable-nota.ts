// What every change to a nota's text or files shares: the nota must be readable, and editable
// by this user in its current state; a refusal is audited. A change based on a version that
// is no longer current is refused with what the nota holds now (also audited).
import "server-only";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { staleDetails, type StaleDetails } from "@/lib/data/stale-details";
import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { canEditNota, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export const EDITED_ELSEWHERE = "De nota is intussen door iemand anders gewijzigd.";

export async function editableNotaOrRefuse(user: CurrentUser, notaId: string, context: RequestContext) {
  const nota = await readableNotaOrRefuse(
    user,
    { id: notaId },
    { id: true, status: true, ownerOfficeId: true, version: true },
    { action: "nota.edit_refused", context },
  );
  const permission = canEditNota(user, nota);
  if (!permission.ok) {
    await recordRefusal(db, {
      action: "nota.edit_refused",
      actorId: user.id,
      objectType: "Nota",
      objectId: nota.id,
      notaId: nota.id,
      notaVersion: nota.version,
      reason: permission.reason,
      ...context,
    });
    throw new ForbiddenError(permission.reason);
  }
  return nota;
}

/** The refusal of a stale change, with what the nota holds now, for the editor to merge; audited. */
export async function staleChange(notaId: string, user: CurrentUser, context: RequestContext): Promise<ConflictError<StaleDetails>> {
  const details = await staleDetails(notaId);
  await recordRefusal(db, {
    action: "nota.edit_conflict",
    actorId: user.id,
    objectType: "Nota",
    objectId: notaId,
    notaId,
    notaVersion: details.currentVersion,
    reason: EDITED_ELSEWHERE,
    ...context,
  });
  return new ConflictError<StaleDetails>(EDITED_ELSEWHERE, details);
}
