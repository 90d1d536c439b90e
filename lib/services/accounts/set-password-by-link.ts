// Setting a password through an invitation or reset link. The link is used once: the first request
// that marks it used wins, a second is told it was used. Every other open link of the person is
// revoked and every session of theirs ends (after a reset, whoever knew the old password is out).
// Refused attempts are recorded; the password is hashed before the transaction, which never waits on it.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { isBreachedPassword } from "@/lib/auth/breached-passwords";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { revokeUserSessions } from "@/lib/data/revoke-user-sessions";
import { ACCOUNT_LINK_REFUSALS, type AccountLinkState } from "@/lib/domain/accounts/account-link";
import { passwordProblem } from "@/lib/domain/accounts/password-rules";
import { InvalidInputError } from "@/lib/domain/errors";
import type { RequestContext } from "@/lib/http/request-context";
import type { NewPasswordInput } from "@/lib/validation/accounts";
import { findAccountLink } from "./find-account-link";

async function refuse(state: Exclude<AccountLinkState, "valid">, userId: string | null, context: RequestContext): Promise<never> {
  await recordAuditEvent(db, {
    action: "account.link_refused",
    actorId: userId,
    objectType: "User",
    objectId: userId,
    result: "REFUSED",
    details: { reason: state },
    ...context,
  });
  throw new InvalidInputError(ACCOUNT_LINK_REFUSALS[state]);
}

export async function setPasswordByLink(options: { token: string; input: NewPasswordInput; context: RequestContext }): Promise<{ email: string }> {
  const { token, input, context } = options;
  const { row, state } = await findAccountLink(token);
  if (state !== "valid" || !row) return refuse(state === "valid" ? "unknown" : state, row?.user.id ?? null, context);
  const person = row.user;

  const problem = passwordProblem(input.password, { email: person.email, name: person.name, isBreached: isBreachedPassword });
  if (problem) throw new InvalidInputError("Het wachtwoord is nog niet ingesteld.", [{ path: "password", message: problem }]);
  const passwordHash = await hashPassword(input.password);

  const outcome = await db.$transaction(async (tx) => {
    const now = new Date();
    const used = await tx.accountToken.updateMany({
      where: { id: row.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count === 0) return "used" as const;
    const updated = await tx.user.updateMany({ where: { id: person.id, active: true }, data: { passwordHash, passwordChangedAt: now } });
    if (updated.count === 0) throw new InvalidInputError(ACCOUNT_LINK_REFUSALS.revoked);
    const otherLinks = await tx.accountToken.updateMany({ where: { userId: person.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const sessionsEnded = await revokeUserSessions(tx, { userIds: [person.id], reason: "password_changed" });
    await recordAuditEvent(tx, {
      action: row.kind === "INVITATION" ? "account.invitation_used" : "account.reset_used",
      actorId: person.id,
      objectType: "User",
      objectId: person.id,
      details: { tokenId: row.id, linksRevoked: otherLinks.count, sessionsEnded },
      ...context,
    });
    return "done" as const;
  });
  // Lost the race to another request with the same link (a double submit, or a second tab).
  if (outcome === "used") return refuse("used", person.id, context);
  return { email: person.email };
}
