// The signed-in person types their password again before something that a session left open on
// a shared computer must not be enough for: a new password, ending sessions (ASVS 7.5.2). Wrong
// passwords are audited and, after a few in a short time, refused for a while: the form is no way
// around the login's limits.
import "server-only";
import { recordRefusal } from "@/lib/audit/refusal";
import type { AuditAction } from "@/lib/audit/actions";
import { UNKNOWN_USER_HASH } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-checks";
import { db } from "@/lib/db/client";
import { ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

/** Wrong passwords allowed per person and purpose in the window before the form waits. */
export const MAX_WRONG_CURRENT_PASSWORDS = 5;
export const WRONG_PASSWORD_WINDOW_MINUTES = 15;
export const WRONG_PASSWORD_MESSAGE = "Het huidige wachtwoord is onjuist.";

/**
 * Checks `password` against the person's own. A wrong one is recorded as a refusal of `action`
 * and answered at `field`, with `notDone` above the form; returns the stored account on success.
 */
export async function reauthenticate(options: {
  user: CurrentUser;
  password: string;
  action: AuditAction;
  field: string;
  notDone: string;
  context: RequestContext;
}): Promise<{ passwordHash: string; email: string; name: string }> {
  const { user, password, action, field, notDone, context } = options;
  const since = new Date(Date.now() - WRONG_PASSWORD_WINDOW_MINUTES * 60_000);
  const recentFailures = await db.auditEvent.count({ where: { actorId: user.id, action, result: "REFUSED", occurredAt: { gte: since } } });
  if (recentFailures >= MAX_WRONG_CURRENT_PASSWORDS) {
    throw new ForbiddenError(`Te vaak een onjuist huidig wachtwoord. Wacht ${WRONG_PASSWORD_WINDOW_MINUTES} minuten en probeer het dan opnieuw.`);
  }
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true, email: true, name: true } });
  // Compared against a stand-in hash when there is none, so that the answer takes as long.
  const matches = await checkPassword(stored?.passwordHash ?? UNKNOWN_USER_HASH, password);
  if (!stored?.passwordHash || !matches) {
    await recordRefusal(db, { action, actorId: user.id, objectType: "User", objectId: user.id, reason: WRONG_PASSWORD_MESSAGE, ...context });
    throw new InvalidInputError(notDone, [{ path: field, message: WRONG_PASSWORD_MESSAGE }]);
  }
  return { passwordHash: stored.passwordHash, email: stored.email, name: stored.name };
}
