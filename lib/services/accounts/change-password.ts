// A signed-in person changes their own password: the current one first (a session left open on a
// shared computer is not enough), then the new one, checked like every new password. The person's
// other sessions end; this one goes on. Wrong current passwords are recorded and, after a few,
// refused for a while: the form is no way around the login's limits.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { isBreachedPassword } from "@/lib/auth/breached-passwords";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { revokeUserSessions } from "@/lib/data/revoke-user-sessions";
import { passwordProblem } from "@/lib/domain/accounts/password-rules";
import { InvalidInputError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import type { ChangePasswordInput } from "@/lib/validation/accounts";
import { reauthenticate } from "./reauthenticate";

const NOT_CHANGED = "Uw wachtwoord is niet gewijzigd.";

export async function changePassword(options: { user: CurrentUser; input: ChangePasswordInput; context: RequestContext }): Promise<{ sessionsEnded: number }> {
  const { user, input, context } = options;
  const stored = await reauthenticate({
    user,
    password: input.currentPassword,
    action: "account.password_changed",
    field: "currentPassword",
    notDone: NOT_CHANGED,
    context,
  });
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
