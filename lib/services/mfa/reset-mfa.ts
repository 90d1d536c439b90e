// Beheer wist iemands tweestapsverificatie (a lost phone and no recovery codes left): the secret
// and the recovery codes go, and every session of that person ends, so that they enrol anew at
// their next login. Only beheer, in a session that passed the second factor itself, and never
// for their own account (another beheerder does that).
import { revokeCalendarTokens } from "@/lib/data/revoke-user-sessions";
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { MFA_PENDING_MESSAGE } from "@/lib/domain/mfa";
import { hasRoleAnywhere, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export const MFA_RESET_SESSION_REASON = "mfa_reset";

export async function resetMfa(options: { user: CurrentUser; userId: string; context: RequestContext }): Promise<{ sessionsEnded: number }> {
  const { user, userId, context } = options;
  const refusal = !hasRoleAnywhere(user, ["BEHEER"])
    ? "Alleen beheer kan de tweestapsverificatie van een persoon wissen."
    : !user.mfaVerified
      ? MFA_PENDING_MESSAGE
      : userId === user.id
        ? "U kunt uw eigen tweestapsverificatie niet wissen; vraag een andere beheerder."
        : null;
  if (refusal) {
    await recordRefusal(db, { action: "mfa.reset_refused", actorId: user.id, objectType: "User", objectId: userId, reason: refusal, ...context });
    throw new ForbiddenError(refusal);
  }
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, mfaEnabledAt: true } });
    if (!target) throw new NotFoundError("Deze persoon bestaat niet.");
    await tx.user.update({ where: { id: userId }, data: { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null } });
    const codes = await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
    await revokeCalendarTokens(tx, [userId]);
    const now = new Date();
    const sessions = await tx.userSession.updateMany({
      where: { userId, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now, revokedReason: MFA_RESET_SESSION_REASON },
    });
    await recordAuditEvent(tx, {
      action: "mfa.reset",
      actorId: user.id,
      objectType: "User",
      objectId: userId,
      details: { wasEnrolled: target.mfaEnabledAt !== null, recoveryCodesRemoved: codes.count, sessionsEnded: sessions.count },
      ...context,
    });
    return { sessionsEnded: sessions.count };
  });
}
