// What every change to a nota's text or files shares: the nota must be readable, and editable
// by this user in its current state; a refusal is audited. A change based on a version that
// is no longer current is refused with what the nota holds now (also audited).
import "server-only";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { readableNotaOrRefuse, type NotaKey } from "@/lib/data/readable-nota";
import { staleDetails, type StaleDetails } from "@/lib/data/stale-details";
import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { canEditNota, type CurrentUser, type Permission } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export const EDITED_ELSEWHERE = "De nota is intussen door iemand anders gewijzigd.";

/**
 * The nota, if the user may read it and edit it now; `alsoAllowed` adds a check of the change
 * itself (moving the nota to another unit). Every refusal is audited.
 */
export async function editableNotaOrRefuse(
  user: CurrentUser,
  key: NotaKey | string,
  context: RequestContext,
  alsoAllowed?: (nota: { ownerOfficeId: string }) => Permission,
) {
  const nota = await readableNotaOrRefuse(
    user,
    typeof key === "string" ? { id: key } : key,
    { id: true, reference: true, status: true, ownerOfficeId: true, version: true },
    { action: "nota.edit_refused", context },
  );
  const permission = canEditNota(user, nota);
  const refusal = !permission.ok ? permission.reason : (alsoAllowed && refusalOf(alsoAllowed(nota))) || null;
  if (refusal) return refuseEdit(user, nota, refusal, context);
  return nota;
}

/** Records the refusal of a change to the nota in the audit log, and throws it. */
export async function refuseEdit(user: CurrentUser, nota: { id: string; version: number }, reason: string, context: RequestContext): Promise<never> {
  await recordRefusal(db, {
    action: "nota.edit_refused",
    actorId: user.id,
    objectType: "Nota",
    objectId: nota.id,
    notaId: nota.id,
    notaVersion: nota.version,
    reason,
    ...context,
  });
  throw new ForbiddenError(reason);
}

function refusalOf(permission: Permission): string | null {
  return permission.ok ? null : permission.reason;
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
