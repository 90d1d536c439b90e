// Tweestapsverificatie after the password: a code from the authenticator app or a recovery code
// makes this session verified. Rate-limited per person across app instances (attempt-gate.ts);
// every success, failure and refusal is audited.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { MFA_MESSAGES } from "@/lib/auth/mfa/policy";
import { hashRecoveryCode } from "@/lib/auth/mfa/recovery-codes";
import { openMfaSecret } from "@/lib/auth/mfa/secret-box";
import { matchTotp } from "@/lib/auth/mfa/totp";
import { db as appDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/create-client";
import { ConflictError, UnauthenticatedError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import type { MfaVerificationInput } from "@/lib/validation/mfa";
import { attemptSucceeded, openAttempt, replaceWithVerifiedSession, type VerifiedSession } from "./attempt-gate";
import { lockMfaAccount, readMfaAccount } from "./mfa-account";

export type MfaRefusal = "wrong_code" | "rate_limited" | "secret_unreadable";

export type MfaOutcome =
  | { ok: true; method: MfaVerificationInput["method"]; remainingRecoveryCodes: number; session: VerifiedSession }
  | { ok: false; reason: MfaRefusal; message: string; retryAfterSeconds?: number };

/** Tests pass a client of their own (a second app instance) and a clock. */
export interface MfaDeps {
  db?: Db;
  clock?: () => Date;
}

export const NOT_ENROLLED_MESSAGE = "U heeft nog geen tweestapsverificatie ingesteld.";

export async function verifyMfa(
  request: { user: CurrentUser; input: MfaVerificationInput; context: RequestContext },
  { db = appDb, clock = () => new Date() }: MfaDeps = {},
): Promise<MfaOutcome> {
  const { user, input, context } = request;
  if (!user.sessionId) throw new UnauthenticatedError();
  const account = await readMfaAccount(db, user.id);
  if (!account?.mfaEnabledAt) throw new ConflictError(NOT_ENROLLED_MESSAGE, { enrolled: false });

  const now = clock();
  const gate = await openAttempt(db, { userId: user.id, now, purpose: "verify", context });
  if (!gate.open)
    return { ok: false, reason: "rate_limited", message: MFA_MESSAGES.rateLimited(gate.retryAfterSeconds), retryAfterSeconds: gate.retryAfterSeconds };

  const audit = { actorId: user.id, objectType: "User", objectId: user.id, ...context };
  return db.$transaction(async (tx): Promise<MfaOutcome> => {
    const locked = await lockMfaAccount(tx, user.id);
    if (!locked?.mfaEnabledAt) throw new ConflictError(NOT_ENROLLED_MESSAGE, { enrolled: false });

    let refusal: MfaRefusal | null = null;
    if (input.method === "app") {
      const secret = locked.mfaSecret && openMfaSecret(locked.mfaSecret, user.id);
      const step = secret ? matchTotp(secret, input.code, { now, lastStep: locked.mfaLastStep }) : null;
      if (!secret) refusal = "secret_unreadable";
      else if (step === null) refusal = "wrong_code";
      else await tx.user.update({ where: { id: user.id }, data: { mfaLastStep: step } });
    } else {
      const used = await tx.mfaRecoveryCode.updateMany({
        where: { userId: user.id, codeHash: hashRecoveryCode(user.id, input.recoveryCode), usedAt: null },
        data: { usedAt: now },
      });
      if (used.count === 0) refusal = "wrong_code";
    }

    if (refusal) {
      await recordAuditEvent(tx, { action: "mfa.verification_failed", result: "REFUSED", details: { method: input.method, reason: refusal }, ...audit });
      const message =
        refusal === "secret_unreadable" ? MFA_MESSAGES.secretUnreadable : input.method === "app" ? MFA_MESSAGES.wrongCode : MFA_MESSAGES.wrongRecoveryCode;
      return { ok: false, reason: refusal, message };
    }
    // A session that ended meanwhile is not revived; the code stays used.
    const session = await replaceWithVerifiedSession(tx, { sessionId: user.sessionId!, userId: user.id, now });
    if (!session) throw new UnauthenticatedError();
    await attemptSucceeded(tx, gate.attemptId);
    const remainingRecoveryCodes = await tx.mfaRecoveryCode.count({ where: { userId: user.id, usedAt: null } });
    await recordAuditEvent(tx, {
      action: input.method === "app" ? "mfa.verified" : "mfa.recovery_code_used",
      details: {
        method: input.method,
        sessionId: session.id,
        replacedSessionId: user.sessionId,
        ...(input.method === "herstelcode" ? { remainingRecoveryCodes } : {}),
      },
      ...audit,
    });
    return { ok: true, method: input.method, remainingRecoveryCodes, session };
  });
}
