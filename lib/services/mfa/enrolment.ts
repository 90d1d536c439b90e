// Instellen: the person's authenticator app gets a new secret (shown as a QR code and as text),
// and the first code from it confirms the enrolment. Until then the secret is pending: the page
// shows the same one on every visit, so that a reload does not invalidate what was just scanned.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { MFA_MESSAGES } from "@/lib/auth/mfa/policy";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/mfa/recovery-codes";
import { openMfaSecret, sealMfaSecret } from "@/lib/auth/mfa/secret-box";
import { matchTotp, newTotpSecret, otpauthUri } from "@/lib/auth/mfa/totp";
import { db as appDb } from "@/lib/db/client";
import { ConflictError, UnauthenticatedError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { attemptSucceeded, openAttempt, replaceWithVerifiedSession, type VerifiedSession } from "./attempt-gate";
import { lockMfaAccount, readMfaAccount } from "./mfa-account";
import type { MfaDeps, MfaRefusal } from "./verify-mfa";

export const ALREADY_ENROLLED_MESSAGE = "Uw tweestapsverificatie is al ingesteld.";

export type Enrolment = { status: "enrolled" } | { status: "pending"; secret: string; uri: string };

/** The pending secret for this person's enrolment, made on the first visit. */
export async function pendingEnrolment(user: CurrentUser, { db = appDb }: MfaDeps = {}): Promise<Enrolment> {
  const account = await readMfaAccount(db, user.id);
  if (!account) throw new UnauthenticatedError();
  if (account.mfaEnabledAt) return { status: "enrolled" };
  let secret = account.mfaSecret && openMfaSecret(account.mfaSecret, user.id);
  if (!secret) {
    const fresh = newTotpSecret();
    // Only over what was read: of two tabs opening the page at once, one secret wins and both show it.
    const written = await db.user.updateMany({
      where: { id: user.id, mfaEnabledAt: null, mfaSecret: account.mfaSecret },
      data: { mfaSecret: sealMfaSecret(fresh, user.id), mfaLastStep: null },
    });
    if (written.count === 0) return pendingEnrolment(user, { db });
    secret = fresh;
  }
  return { status: "pending", secret, uri: otpauthUri(secret, user.email) };
}

export type EnrolmentOutcome =
  { ok: true; recoveryCodes: string[]; session: VerifiedSession } | { ok: false; reason: MfaRefusal; message: string; retryAfterSeconds?: number };

/**
 * The first code from the app confirms the enrolment: the secret is in use from now on, ten
 * recovery codes replace any earlier ones (returned once, stored hashed), and this session
 * counts as verified.
 */
export async function confirmEnrolment(
  request: { user: CurrentUser; code: string; context: RequestContext },
  { db = appDb, clock = () => new Date() }: MfaDeps = {},
): Promise<EnrolmentOutcome> {
  const { user, code, context } = request;
  if (!user.sessionId) throw new UnauthenticatedError();
  const account = await readMfaAccount(db, user.id);
  if (account?.mfaEnabledAt) throw new ConflictError(ALREADY_ENROLLED_MESSAGE, { enrolled: true });

  const now = clock();
  const gate = await openAttempt(db, { userId: user.id, now, purpose: "enrol", context });
  if (!gate.open)
    return { ok: false, reason: "rate_limited", message: MFA_MESSAGES.rateLimited(gate.retryAfterSeconds), retryAfterSeconds: gate.retryAfterSeconds };

  const audit = { actorId: user.id, objectType: "User", objectId: user.id, ...context };
  return db.$transaction(async (tx): Promise<EnrolmentOutcome> => {
    const locked = await lockMfaAccount(tx, user.id);
    if (!locked) throw new UnauthenticatedError();
    if (locked.mfaEnabledAt) throw new ConflictError(ALREADY_ENROLLED_MESSAGE, { enrolled: true });
    const secret = locked.mfaSecret && openMfaSecret(locked.mfaSecret, user.id);
    const step = secret ? matchTotp(secret, code, { now, lastStep: locked.mfaLastStep }) : null;
    if (step === null) {
      await recordAuditEvent(tx, {
        action: "mfa.verification_failed",
        result: "REFUSED",
        details: { method: "app", purpose: "enrol", reason: "wrong_code" },
        ...audit,
      });
      // Without a readable pending secret the page makes a new one on its next visit.
      return { ok: false, reason: "wrong_code", message: MFA_MESSAGES.wrongCode };
    }
    const recoveryCodes = newRecoveryCodes();
    await tx.user.update({ where: { id: user.id }, data: { mfaEnabledAt: now, mfaLastStep: step } });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.mfaRecoveryCode.createMany({ data: recoveryCodes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(user.id, c), createdAt: now })) });
    const session = await replaceWithVerifiedSession(tx, { sessionId: user.sessionId!, userId: user.id, now });
    if (!session) throw new UnauthenticatedError();
    await attemptSucceeded(tx, gate.attemptId);
    await recordAuditEvent(tx, {
      action: "mfa.enrolled",
      details: { recoveryCodes: recoveryCodes.length, sessionId: session.id, replacedSessionId: user.sessionId },
      ...audit,
    });
    return { ok: true, recoveryCodes, session };
  });
}
