// Every change to the councils' planning is the secretariat's: checked here, in the service,
// and a refusal is recorded like any other.
import "server-only";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/domain/errors";
import { canPlanCouncils, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

/** The secretariat office the user acts for; refuses (audited) anyone else. */
export async function requirePlanner(user: CurrentUser, what: { objectType: string; objectId: string | null }, context: RequestContext): Promise<string> {
  const permission = canPlanCouncils(user);
  if (!permission.ok) {
    await recordRefusal(db, { action: "planning.refused", actorId: user.id, ...what, reason: permission.reason, ...context });
    throw new ForbiddenError(permission.reason);
  }
  return user.memberships.find((m) => m.role === "SECRETARIAAT")!.officeId;
}
