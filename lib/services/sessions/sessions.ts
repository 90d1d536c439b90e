// A person's sessions (each login on a device), and ending one: a person ends their own, beheer
// anyone's. An ended session is refused on its very next request, on every app instance
// (getCurrentUser reads the session row each time). Every ending and every refusal is audited.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { NotFoundError, ForbiddenError } from "@/lib/domain/errors";
import { hasRoleAnywhere, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { IDLE_TIMEOUT_MINUTES } from "@/lib/auth/session-policy";

const SESSION_SELECT = {
  id: true,
  createdAt: true,
  expiresAt: true,
  ip: true,
  userAgent: true,
  user: { select: { id: true, name: true, email: true } },
} as const;
/** Beheer's view of everyone's sessions: the most recent, enough for any ministry's working day. */
const ALL_SESSIONS_LIMIT = 500;

export async function listSessions(user: CurrentUser) {
  // Live as getCurrentUser counts it: not ended, not past its absolute end, not idle too long.
  const now = new Date();
  const live = { revokedAt: null, expiresAt: { gt: now }, lastActivityAt: { gt: new Date(now.getTime() - IDLE_TIMEOUT_MINUTES * 60_000) } };
  const isBeheer = hasRoleAnywhere(user, ["BEHEER"]);
  const [own, everyone] = await Promise.all([
    db.userSession.findMany({ where: { userId: user.id, ...live }, orderBy: { createdAt: "desc" }, select: SESSION_SELECT }),
    isBeheer
      ? db.userSession.findMany({ where: live, orderBy: { createdAt: "desc" }, take: ALL_SESSIONS_LIMIT, select: SESSION_SELECT })
      : Promise.resolve(null),
  ]);
  return { own, everyone };
}

export async function endUserSession(options: { user: CurrentUser; sessionId: string; context: RequestContext }): Promise<void> {
  const { user, sessionId, context } = options;
  const session = await db.userSession.findUnique({ where: { id: sessionId }, select: { id: true, userId: true, revokedAt: true } });
  if (!session) throw new NotFoundError("Deze sessie bestaat niet (meer).");
  if (session.userId !== user.id && !hasRoleAnywhere(user, ["BEHEER"])) {
    const reason = "U kunt alleen uw eigen sessies beëindigen.";
    await recordRefusal(db, { action: "auth.session_ended", actorId: user.id, objectType: "UserSession", objectId: session.id, reason, ...context });
    // Not "not found": the id was real, but nothing about it is told.
    throw new ForbiddenError(reason);
  }
  await db.$transaction(async (tx) => {
    const ended = await tx.userSession.updateMany({ where: { id: session.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (ended.count === 0) return;
    await recordAuditEvent(tx, {
      action: "auth.session_ended",
      actorId: user.id,
      objectType: "UserSession",
      objectId: session.id,
      details: { sessionUserId: session.userId, byBeheer: session.userId !== user.id },
      ...context,
    });
  });
}
