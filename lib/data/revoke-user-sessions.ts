// Ending a person's sessions at once, inside the transaction of the change that calls for it (a
// deactivation, a change of memberships, a new password). Every request reads its session row
// (lib/data/session-user.ts), so the next click of an ended session goes to the login page.
import type { Tx } from "@/lib/db/create-client";

/** Why a session ended early; the session-timeout page tells the person. */
export type SessionEndReason = "deactivated" | "memberships_changed" | "password_changed";

/** Ends the live sessions of these people, except `keepSessionId` (the acting person's own); returns how many. */
export async function revokeUserSessions(tx: Tx, options: { userIds: string[]; reason: SessionEndReason; keepSessionId?: string | null }): Promise<number> {
  if (options.userIds.length === 0) return 0;
  const ended = await tx.userSession.updateMany({
    where: {
      userId: { in: options.userIds },
      revokedAt: null,
      ...(options.keepSessionId ? { id: { not: options.keepSessionId } } : {}),
    },
    data: { revokedAt: new Date(), revokedReason: options.reason },
  });
  // A new password means the old one may have been known: the calendar feed's token, a credential
  // of its own, goes with it.
  if (options.reason === "password_changed") await revokeCalendarTokens(tx, options.userIds);
  return ended.count;
}

/** Ends the calendar-feed tokens of these people (after a new password or a wiped second factor). */
export async function revokeCalendarTokens(tx: Tx, userIds: string[]): Promise<number> {
  const revoked = await tx.calendarToken.updateMany({ where: { userId: { in: userIds }, revokedAt: null }, data: { revokedAt: new Date() } });
  return revoked.count;
}
