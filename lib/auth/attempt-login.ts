// One login attempt: throttle, record, password check, session row, audit event. Independent of
// next-auth so that it can be tested against PostgreSQL directly.
//
// The attempt is recorded before the password is checked, under a lock on its e-mail address:
// parallel guesses queue behind each other and each sees the ones before it, so a burst gets no
// more tries than a sequence. It is recorded as failed and turned into a success only once the
// password matched.
import type { Db, Tx } from "@/lib/db/create-client";
import { recordAuditEvent } from "@/lib/audit/record";
import {
  delayAfter,
  FREE_FAILURES_PER_EMAIL,
  FREE_FAILURES_PER_IP,
  LOGIN_WINDOW_MINUTES,
  MAX_EMAIL_DELAY_SECONDS,
  MAX_IP_DELAY_SECONDS,
  normaliseEmail,
  type LoginRefusal,
} from "./login-policy";
import { ABSOLUTE_SESSION_HOURS, IDLE_TIMEOUT_MINUTES, MAX_LIVE_SESSIONS_PER_PERSON } from "./session-policy";
import { UNKNOWN_USER_HASH } from "./password";
import { checkPassword } from "./password-checks";

export interface LoginInput {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

export type LoginResult =
  { ok: true; userId: string; name: string; email: string; sessionId: string } | { ok: false; reason: LoginRefusal; retryAfterSeconds?: number };

/** Seconds this attempt must still wait, from the failures before it (its address's and its IP's). */
async function requiredWait(tx: Tx, email: string, ip: string | null, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = lastSuccess?.createdAt ?? windowStart;
  const [emailFailures, lastEmailFailure, ipFailures, lastIpFailure] = await Promise.all([
    tx.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gt: since } } }),
    tx.loginAttempt.findFirst({ where: { email, succeeded: false, createdAt: { gt: since } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
    ip ? tx.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: windowStart } } }) : 0,
    ip
      ? tx.loginAttempt.findFirst({
          where: { ip, succeeded: false, createdAt: { gte: windowStart } },
          orderBy: { createdAt: "desc" },
          select: { createdAt: true },
        })
      : null,
  ]);
  const waitFor = (last: Date | undefined, seconds: number) => (last && seconds > 0 ? Math.max(0, last.getTime() + seconds * 1000 - now.getTime()) / 1000 : 0);
  return Math.ceil(
    Math.max(
      waitFor(lastEmailFailure?.createdAt, delayAfter(emailFailures, FREE_FAILURES_PER_EMAIL, MAX_EMAIL_DELAY_SECONDS)),
      waitFor(lastIpFailure?.createdAt, delayAfter(ipFailures - FREE_FAILURES_PER_IP + 1, 1, MAX_IP_DELAY_SECONDS)),
    ),
  );
}

export async function attemptLogin(db: Db, input: LoginInput, clock: () => Date = () => new Date()): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const context = { ip: input.ip, userAgent: input.userAgent };

  const gate = await db.$transaction(async (tx) => {
    // One attempt per address at a time, across every app instance.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`login:${email}`}, 0))`;
    const wait = await requiredWait(tx, email, input.ip, clock());
    if (wait > 0) {
      // Not evaluated, so not counted: waiting out the delay is always enough.
      await recordAuditEvent(tx, {
        action: "auth.login_rate_limited",
        objectType: "User",
        result: "REFUSED",
        details: { email, waitSeconds: wait },
        ...context,
      });
      return { wait };
    }
    const attempt = await tx.loginAttempt.create({ data: { email, ip: input.ip, succeeded: false, createdAt: clock() }, select: { id: true } });
    return { attemptId: attempt.id };
  });
  if ("wait" in gate) return { ok: false, reason: "rate_limited", retryAfterSeconds: gate.wait };

  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = await checkPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, input.password);
  const refusal: LoginRefusal | null = !user || !passwordMatches ? "invalid" : !user.active ? "inactive" : null;

  return db.$transaction(async (tx) => {
    if (refusal !== null || !user) {
      await recordAuditEvent(tx, {
        action: "auth.login_failed",
        actorId: user?.id ?? null,
        objectType: "User",
        objectId: user?.id ?? null,
        result: "REFUSED",
        details: { email, reason: refusal },
        ...context,
      });
      return { ok: false, reason: refusal ?? "invalid" };
    }
    await tx.loginAttempt.update({ where: { id: gate.attemptId }, data: { succeeded: true } });
    const session = await tx.userSession.create({
      data: {
        userId: user.id,
        expiresAt: new Date(clock().getTime() + ABSOLUTE_SESSION_HOURS * 3_600_000),
        lastActivityAt: clock(),
        ip: input.ip,
        userAgent: input.userAgent?.slice(0, 400) ?? null,
      },
    });
    await recordAuditEvent(tx, { action: "auth.login", actorId: user.id, objectType: "User", objectId: user.id, ...context });
    await endSurplusSessions(tx, user.id, clock(), context);
    return { ok: true, userId: user.id, name: user.name, email: user.email, sessionId: session.id };
  });
}

/** Beyond the limit of live sessions, the least recently used ones end (ASVS 7.1.2). */
async function endSurplusSessions(tx: Tx, userId: string, now: Date, context: { ip: string | null; userAgent: string | null }): Promise<void> {
  const surplus = await tx.userSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now }, lastActivityAt: { gt: new Date(now.getTime() - IDLE_TIMEOUT_MINUTES * 60_000) } },
    orderBy: [{ lastActivityAt: "desc" }, { createdAt: "desc" }],
    skip: MAX_LIVE_SESSIONS_PER_PERSON,
    select: { id: true },
  });
  if (surplus.length === 0) return;
  await tx.userSession.updateMany({ where: { id: { in: surplus.map((s) => s.id) } }, data: { revokedAt: now, revokedReason: "session_limit" } });
  for (const session of surplus) {
    await recordAuditEvent(tx, {
      action: "auth.session_ended",
      actorId: userId,
      objectType: "UserSession",
      objectId: session.id,
      details: { reason: "session_limit", limit: MAX_LIVE_SESSIONS_PER_PERSON },
      ...context,
    });
  }
}

/**
 * Ends a session: at logout, or when the same browser logs in again ("replaced_by_login": the
 * old session must not stay usable beside the new one, ASVS 7.2.4).
 */
export async function endSession(db: Db, sessionId: string, reason: "logout" | "replaced_by_login" = "logout"): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.userSession.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: reason },
    });
    if (session.count === 0) return;
    const row = await tx.userSession.findUniqueOrThrow({ where: { id: sessionId }, select: { userId: true } });
    await recordAuditEvent(tx, {
      action: reason === "logout" ? "auth.logout" : "auth.session_ended",
      actorId: row.userId,
      objectType: reason === "logout" ? "User" : "UserSession",
      objectId: reason === "logout" ? row.userId : sessionId,
      ...(reason === "logout" ? {} : { details: { reason } }),
    });
  });
}
