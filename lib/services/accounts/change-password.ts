// A signed-in person changes their own password: the current one first (a session left open on a
// shared computer is not enough), then the new one, checked like every new password. The person's
// other sessions end; this one goes on. Wrong current passwords are recorded and, after a few,
// refused for a while: the form is no way around the login's limits.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { isBreachedPassword } from "@/lib/auth/breached-passwords";
import { hashPassword, UNKNOWN_USER_HASH } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-checks";
import { db } from "@/lib/db/client";
import { revokeUserSessions } from "@/lib/data/revoke-user-sessions";
import { passwordProblem } from "@/lib/domain/accounts/password-rules";
import { ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import type { ChangePasswordInput } from "@/lib/validation/accounts";

/** Wrong current passwords allowed per person in the window before the form waits. */
export const MAX_WRONG_CURRENT_PASSWORDS = 5;
export const WRONG_PASSWORD_WINDOW_MINUTES = 15;

const NOT_CHANGED = "Uw wachtwoord is niet gewijzigd.";

export async function changePassword(options: { user: CurrentUser; input: ChangePasswordInput; context: RequestContext }): Promise<{ sessionsEnded: number }> {
  const { user, input, context } = options;
  const since = new Date(Date.now() - WRONG_PASSWORD_WINDOW_MINUTES * 60_000);
  const recentFailures = await db.auditEvent.count({
    where: { actorId: user.id, action: "account.password_changed", result: "REFUSED", occurredAt: { gte: since } },
  });
  if (recentFailures >= MAX_WRONG_CURRENT_PASSWORDS) {
    throw new ForbiddenError(`Te vaak een onjuist huidig wachtwoord. Wacht ${WRONG_PASSWORD_WINDOW_MINUTES} minuten en probeer het dan opnieuw.`);
  }

  const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true, email: true, name: true } });
  // Compared against a stand-in hash when there is none, so that the answer takes as long.
  const matches = await checkPassword(stored?.passwordHash ?? UNKNOWN_USER_HASH, input.currentPassword);
  if (!stored?.passwordHash || !matches) {
    const reason = "Het huidige wachtwoord is onjuist.";
    await recordRefusal(db, { action: "account.password_changed", actorId: user.id, objectType: "User", objectId: user.id, reason, ...context });
    throw new InvalidInputError(NOT_CHANGED, [{ path: "currentPassword", message: reason }]);
  }
  if (input.password === input.currentPassword) {
    throw new InvalidInputError(NOT_CHANGED, [{ path: "password", message: "Kies een ander wachtwoord dan uw huidige." }]);
  }
  const problem = passwordProblem(input.password, { email: stored.email, name: stored.name, isBreached: isBreachedPassword });
  if (problem) throw new InvalidInputError(NOT_CHANGED, [{ path: "password", message: problem }]);

  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const now = new Date();
    // Only over the password that was checked: two changes at once cannot both pass on the old one.
    const changed = await tx.user.updateMany({ where: { id: user.id, passwordHash: stored.passwordHash }, data: { passwordHash, passwordChangedAt: now } });
    if (changed.count === 0) throw new InvalidInputError("Uw wachtwoord is intussen al gewijzigd. Log opnieuw in als u het nieuwe niet kent.");
    const sessionsEnded = await revokeUserSessions(tx, { userIds: [user.id], reason: "password_changed", keepSessionId: user.sessionId ?? null });
    const links = await tx.accountToken.updateMany({ where: { userId: user.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditEvent(tx, {
      action: "account.password_changed",
      actorId: user.id,
      objectType: "User",
      objectId: user.id,
      details: { sessionsEnded, linksRevoked: links.count },
      ...context,
    });
    return { sessionsEnded };
  });
}
