// Every read and write of offices and people is for beheer only. The office a beheer member acts
// from (their beheer membership's) is what the audit log records as the acting office.
import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export const NOT_BEHEER = "Alleen beheer kan onderdelen en personen beheren.";
export const BEHEER_NEEDS_MFA = "Beheer vraagt tweestapsverificatie. Log opnieuw in en voer de code uit uw app in.";

/** The acting office of a beheer member; anyone else is refused, and the refusal is recorded. */
export async function beheerOfficeOrRefuse(
  user: CurrentUser,
  attempt: { action: AuditAction; objectType: "Office" | "User"; objectId: string | null; context: RequestContext },
): Promise<string> {
  const membership = user.memberships.find((m) => m.role === "BEHEER");
  // Whoever administers accounts can hand out access to everything: a password alone is not enough.
  if (membership && user.mfaVerified) return membership.officeId;
  const reason = membership ? BEHEER_NEEDS_MFA : NOT_BEHEER;
  await recordRefusal(db, {
    action: attempt.action,
    actorId: user.id,
    actingOfficeId: membership?.officeId ?? null,
    objectType: attempt.objectType,
    objectId: attempt.objectId,
    reason,
    ...attempt.context,
  });
  throw new ForbiddenError(reason);
}
