// Ending a vervanging early: by a member of the replaced office's kabinet.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { hasRoleIn, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export async function revokeDelegation(options: { user: CurrentUser; delegationId: string; context: RequestContext }) {
  const { user, delegationId, context } = options;
  const delegation = await db.delegation.findUnique({ where: { id: delegationId }, select: { id: true, officeId: true, revokedAt: true } });
  if (!delegation || delegation.revokedAt) throw new NotFoundError("Deze vervanging bestaat niet (meer).");
  if (!hasRoleIn(user, delegation.officeId, "KABINET")) {
    const reason = "Alleen het kabinet van de vervangen bewindspersoon kan de vervanging beëindigen.";
    await recordRefusal(db, { action: "delegation.revoked", actorId: user.id, objectType: "Delegation", objectId: delegation.id, reason, ...context });
    throw new ForbiddenError(reason);
  }
  await db.$transaction(async (tx) => {
    // Only the request that actually ends it is recorded (a double submit ends it once).
    const ended = await tx.delegation.updateMany({ where: { id: delegation.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (ended.count === 0) return;
    await recordAuditEvent(tx, {
      action: "delegation.revoked",
      actorId: user.id,
      actingOfficeId: delegation.officeId,
      objectType: "Delegation",
      objectId: delegation.id,
      ...context,
    });
  });
}
