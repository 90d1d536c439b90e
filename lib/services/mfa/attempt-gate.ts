// The rate limit every second-factor check passes first (verification and enrolment alike). The
// attempt is recorded, as failed, before the code is looked at, under a lock on the person: parallel
// guesses queue behind each other and each sees the ones before it, on every app instance. The
// check that follows turns it into a success.
import { recordAuditEvent } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/create-client";
import { mfaDelayAfter, MFA_WINDOW_MINUTES } from "@/lib/auth/mfa/policy";
import type { RequestContext } from "@/lib/http/request-context";

export type AttemptGate = { open: true; attemptId: bigint } | { open: false; retryAfterSeconds: number };

/** Seconds the next attempt must still wait, from the failures since the last success in the window. */
async function requiredWait(tx: Tx, userId: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - MFA_WINDOW_MINUTES * 60_000);
  const lastSuccess = await tx.mfaAttempt.findFirst({
    where: { userId, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const failures = { userId, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } };
  const [count, last] = await Promise.all([
    tx.mfaAttempt.count({ where: failures }),
    tx.mfaAttempt.findFirst({ where: failures, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  const delay = mfaDelayAfter(count);
  if (!last || delay === 0) return 0;
  return Math.max(0, Math.ceil((last.createdAt.getTime() + delay * 1000 - now.getTime()) / 1000));
}

export async function openAttempt(db: Db, options: { userId: string; now: Date; purpose: "verify" | "enrol"; context: RequestContext }): Promise<AttemptGate> {
  const { userId, now, purpose, context } = options;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`mfa:${userId}`}, 0))`;
    const wait = await requiredWait(tx, userId, now);
    if (wait > 0) {
      // Not evaluated, so not counted: waiting out the delay is always enough.
      await recordAuditEvent(tx, {
        action: "mfa.rate_limited",
        actorId: userId,
        objectType: "User",
        objectId: userId,
        result: "REFUSED",
        details: { purpose, waitSeconds: wait },
        ...context,
      });
      return { open: false, retryAfterSeconds: wait };
    }
    const attempt = await tx.mfaAttempt.create({ data: { userId, succeeded: false, createdAt: now }, select: { id: true } });
    return { open: true, attemptId: attempt.id };
  });
}

/** The check passed: the attempt counts as a success (and the failures before it no longer count). */
export async function attemptSucceeded(tx: Tx, attemptId: bigint): Promise<void> {
  await tx.mfaAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/** The session that replaces one which passed the second factor: its id and when it ends regardless. */
export interface VerifiedSession {
  id: string;
  expiresAt: Date;
}

/**
 * The session passed the second factor: it is replaced by a new one, marked verified, with the
 * same absolute end, and the old one ends. A session id known before the second step is worth
 * nothing after it (ASVS 7.2.4); the caller gives the browser a cookie for the new id. Null
 * when the session ended meanwhile.
 */
export async function replaceWithVerifiedSession(tx: Tx, options: { sessionId: string; userId: string; now: Date }): Promise<VerifiedSession | null> {
  const [old] = await tx.userSession.updateManyAndReturn({
    where: { id: options.sessionId, userId: options.userId, revokedAt: null, expiresAt: { gt: options.now } },
    data: { revokedAt: options.now, revokedReason: "second_factor_passed" },
    select: { createdAt: true, expiresAt: true, ip: true, userAgent: true },
  });
  if (!old) return null;
  return tx.userSession.create({
    data: { userId: options.userId, ...old, lastActivityAt: options.now, mfaVerifiedAt: options.now },
    select: { id: true, expiresAt: true },
  });
}
