// One login attempt: rate limit, password check, session row, audit event. Independent of
// next-auth so that it can be tested against PostgreSQL directly.
import type { Db } from "@/lib/db/create-client";
import { recordAuditEvent } from "@/lib/audit/record";
import { LOGIN_WINDOW_MINUTES, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP, SESSION_HOURS, normaliseEmail, type LoginRefusal } from "./login-policy";
import { UNKNOWN_USER_HASH, verifyPassword } from "./password";

export interface LoginInput {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

export type LoginResult = { ok: true; userId: string; name: string; email: string; sessionId: string } | { ok: false; reason: LoginRefusal };

export async function attemptLogin(db: Db, input: LoginInput): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const context = { ip: input.ip, userAgent: input.userAgent };

  if (await isRateLimited(db, email, input.ip)) {
    await db.$transaction(async (tx) => {
      await tx.loginAttempt.create({ data: { email, ip: input.ip, succeeded: false } });
      await recordAuditEvent(tx, {
        action: "auth.login_rate_limited",
        objectType: "User",
        result: "REFUSED",
        details: { email },
        ...context,
      });
    });
    return { ok: false, reason: "rate_limited" };
  }

  const user = await db.user.findUnique({ where: { email } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, input.password);
  const refusal: LoginRefusal | null = !user || !passwordMatches ? "invalid" : !user.active ? "inactive" : null;

  return db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, ip: input.ip, succeeded: refusal === null } });
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
    const session = await tx.userSession.create({
      data: {
        userId: user.id,
        expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000),
        ip: input.ip,
        userAgent: input.userAgent?.slice(0, 400) ?? null,
      },
    });
    await recordAuditEvent(tx, { action: "auth.login", actorId: user.id, objectType: "User", objectId: user.id, ...context });
    return { ok: true, userId: user.id, name: user.name, email: user.email, sessionId: session.id };
  });
}

async function isRateLimited(db: Db, email: string, ip: string | null): Promise<boolean> {
  const windowStart = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = lastSuccess?.createdAt ?? windowStart;
  const [emailFailures, ipFailures] = await Promise.all([
    db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gt: since } } }),
    ip ? db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: windowStart } } }) : 0,
  ]);
  return emailFailures >= MAX_FAILURES_PER_EMAIL || ipFailures >= MAX_FAILURES_PER_IP;
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.userSession.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (session.count === 0) return;
    const row = await tx.userSession.findUniqueOrThrow({ where: { id: sessionId }, select: { userId: true } });
    await recordAuditEvent(tx, { action: "auth.logout", actorId: row.userId, objectType: "User", objectId: row.userId });
  });
}
