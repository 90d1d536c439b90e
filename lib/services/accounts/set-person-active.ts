// Deactivating a person (they left, or their account must stop now) and making them active again.
// Deactivation ends every session of theirs and every open password link in the same transaction:
// their next click is a login page, and no link lets them back in. Nothing of theirs is deleted:
// their notas, decisions and audit trail name them as before.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { revokeUserSessions } from "@/lib/data/revoke-user-sessions";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { beheerOfficeOrRefuse } from "./beheer-access";
import { assertBeheerRemains, lockBeheerRoster } from "./beheer-remains";

const NOT_YOURSELF = "U kunt uw eigen account niet deactiveren. Laat dat een andere beheerder doen.";

export async function deactivatePerson(options: { user: CurrentUser; personId: string; context: RequestContext }) {
  const { user, personId, context } = options;
  const actingOfficeId = await beheerOfficeOrRefuse(user, { action: "person.deactivated", objectType: "User", objectId: personId, context });
  if (personId === user.id) {
    await recordRefusal(db, {
      action: "person.deactivated",
      actorId: user.id,
      actingOfficeId,
      objectType: "User",
      objectId: personId,
      reason: NOT_YOURSELF,
      ...context,
    });
    throw new ForbiddenError(NOT_YOURSELF);
  }
  if (!(await db.user.count({ where: { id: personId } }))) throw new NotFoundError("Deze persoon bestaat niet.");
  return db.$transaction(async (tx) => {
    await lockBeheerRoster(tx);
    const changed = await tx.user.updateMany({ where: { id: personId, active: true }, data: { active: false } });
    // Already deactivated (a double click, or another beheer member): nothing happened twice.
    if (changed.count === 0) return { sessionsEnded: 0 };
    const sessionsEnded = await revokeUserSessions(tx, { userIds: [personId], reason: "deactivated" });
    const links = await tx.accountToken.updateMany({ where: { userId: personId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    await assertBeheerRemains(tx, "userId");
    await recordAuditEvent(tx, {
      action: "person.deactivated",
      actorId: user.id,
      actingOfficeId,
      objectType: "User",
      objectId: personId,
      details: { sessionsEnded, linksRevoked: links.count },
      ...context,
    });
    return { sessionsEnded };
  });
}

/** Active again, with the memberships and password they had; a person without a password needs a new invitation. */
export async function reactivatePerson(options: { user: CurrentUser; personId: string; context: RequestContext }) {
  const { user, personId, context } = options;
  const actingOfficeId = await beheerOfficeOrRefuse(user, { action: "person.reactivated", objectType: "User", objectId: personId, context });
  if (!(await db.user.count({ where: { id: personId } }))) throw new NotFoundError("Deze persoon bestaat niet.");
  await db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({ where: { id: personId, active: false }, data: { active: true } });
    if (changed.count === 0) return;
    await recordAuditEvent(tx, { action: "person.reactivated", actorId: user.id, actingOfficeId, objectType: "User", objectId: personId, ...context });
  });
}
