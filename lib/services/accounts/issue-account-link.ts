// A one-time link to set a password, for beheer to pass on: an invitation for a person who has
// never had a password, a reset for one who has. A new link replaces every older one of that
// person. Only the token's hash is stored; the link is returned once, to be shown once.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { accountLinkUrl, newAccountToken } from "@/lib/auth/account-tokens";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import { accountLinkExpiry, type AccountLinkKind } from "@/lib/domain/accounts/account-link";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { beheerOfficeOrRefuse } from "./beheer-access";

export interface IssuedLink {
  kind: AccountLinkKind;
  url: string;
  expiresAt: Date;
}

/** Within the caller's transaction: revokes the person's open links, stores the new one's hash, and records it. */
export async function insertAccountLink(
  tx: Tx,
  options: { personId: string; kind: AccountLinkKind; actor: CurrentUser; actingOfficeId: string; context: RequestContext },
): Promise<IssuedLink> {
  const { personId, kind, actor, actingOfficeId, context } = options;
  const now = new Date();
  const replaced = await tx.accountToken.updateMany({ where: { userId: personId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const { token, tokenHash } = newAccountToken();
  const stored = await tx.accountToken.create({
    data: { userId: personId, kind, tokenHash, expiresAt: accountLinkExpiry(now), createdById: actor.id },
    select: { id: true, expiresAt: true },
  });
  await recordAuditEvent(tx, {
    action: kind === "INVITATION" ? "account.invitation_issued" : "account.reset_issued",
    actorId: actor.id,
    actingOfficeId,
    objectType: "User",
    objectId: personId,
    details: { tokenId: stored.id, expiresAt: stored.expiresAt.toISOString(), replacedLinks: replaced.count },
    ...context,
  });
  return { kind, url: accountLinkUrl(token), expiresAt: stored.expiresAt };
}

/** "Opnieuw uitnodigen" or "Herstellink maken": which of the two follows from whether the person has a password. */
export async function issueAccountLink(options: {
  user: CurrentUser;
  personId: string;
  context: RequestContext;
}): Promise<IssuedLink & { personName: string }> {
  const { user, personId, context } = options;
  const person = await db.user.findUnique({ where: { id: personId }, select: { id: true, name: true, active: true, passwordHash: true } });
  const kind: AccountLinkKind = person?.passwordHash ? "PASSWORD_RESET" : "INVITATION";
  const actingOfficeId = await beheerOfficeOrRefuse(user, {
    action: kind === "INVITATION" ? "account.invitation_issued" : "account.reset_issued",
    objectType: "User",
    objectId: personId,
    context,
  });
  if (!person) throw new NotFoundError("Deze persoon bestaat niet.");
  if (!person.active) throw new InvalidInputError("Dit account is gedeactiveerd. Maak het eerst weer actief; daarna kunt u een link maken.");
  const link = await db.$transaction((tx) => insertAccountLink(tx, { personId: person.id, kind, actor: user, actingOfficeId, context }));
  return { ...link, personName: person.name };
}
