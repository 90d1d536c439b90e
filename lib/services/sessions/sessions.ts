// A person's sessions (each login on a device), and ending them: a person ends their own after
// typing their password again (ASVS 7.5.2: whoever found a session open must not be able to shut
// its owner out), beheer anyone else's. An ended session is refused on its very next request, on
// every app instance (getCurrentUser reads the session row each time). Every ending and every
// refusal is audited.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { NotFoundError, ForbiddenError } from "@/lib/domain/errors";
import { hasRoleAnywhere, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { IDLE_TIMEOUT_MINUTES } from "@/lib/auth/session-policy";
import { reauthenticate } from "@/lib/services/accounts/reauthenticate";

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

/**
 * The person ends sessions of their own, after typing their password again: the chosen ones, or
 * every one but this. Answers how many ended.
 */
export async function endOwnSessions(options: {
  user: CurrentUser;
  sessionIds: string[] | "all-others";
  password: string;
  context: RequestContext;
}): Promise<number> {
  const { user, sessionIds, password, context } = options;
  await reauthenticate({ user, password, action: "auth.sessions_end_refused", field: "password", notDone: "Er is geen sessie beëindigd.", context });
  return db.$transaction(async (tx) => {
    const now = new Date();
    const ended = await tx.userSession.updateManyAndReturn({
      where: {
        userId: user.id,
        revokedAt: null,
        ...(user.sessionId ? { NOT: { id: user.sessionId } } : {}),
        ...(sessionIds === "all-others" ? {} : { id: { in: sessionIds } }),
      },
      data: { revokedAt: now, revokedReason: "ended_by_user" },
      select: { id: true },
    });
    for (const session of ended) {
      await recordAuditEvent(tx, {
        action: "auth.session_ended",
        actorId: user.id,
        objectType: "UserSession",
        objectId: session.id,
        details: { sessionUserId: user.id, byBeheer: false, reason: "ended_by_user" },
        ...context,
      });
    }
    return ended.length;
  });
}

/** Beheer ends another person's session (their own go through endOwnSessions, with the password). */
export async function endUserSession(options: { user: CurrentUser; sessionId: string; context: RequestContext }): Promise<void> {
  const { user, sessionId, context } = options;
  const session = await db.userSession.findUnique({ where: { id: sessionId }, select: { id: true, userId: true, revokedAt: true } });
  if (!session) throw new NotFoundError("Deze sessie bestaat niet (meer).");
  if (session.userId === user.id || !hasRoleAnywhere(user, ["BEHEER"])) {
    const reason =
      session.userId === user.id ? "Beëindig uw eigen sessies met uw wachtwoord, bovenaan deze pagina." : "U kunt alleen uw eigen sessies beëindigen.";
    await recordRefusal(db, { action: "auth.session_ended", actorId: user.id, objectType: "UserSession", objectId: session.id, reason, ...context });
    // Not "not found": the id was real, but nothing about it is told.
    throw new ForbiddenError(reason);
  }
  await db.$transaction(async (tx) => {
    const ended = await tx.userSession.updateMany({
      where: { id: session.id, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: "ended_by_beheer" },
    });
    if (ended.count === 0) return;
    await recordAuditEvent(tx, {
      action: "auth.session_ended",
      actorId: user.id,
      objectType: "UserSession",
      objectId: session.id,
      details: { sessionUserId: session.userId, byBeheer: true },
      ...context,
    });
  });
}
