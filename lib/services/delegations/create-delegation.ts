// Vervanging: an office lets a person or another office record its minister's decisions for
// a period of absence. Set by a member of that office's kabinet.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import { hasRoleIn, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import type { DelegationInput } from "@/lib/validation/delegation";

export async function createDelegation(options: { user: CurrentUser; input: DelegationInput; context: RequestContext }) {
  const { user, input, context } = options;
  if (!hasRoleIn(user, input.officeId, "KABINET")) {
    const reason = "Alleen het kabinet van een bewindspersoon kan een vervanger aanwijzen.";
    await recordRefusal(db, { action: "delegation.created", actorId: user.id, objectType: "Office", objectId: input.officeId, reason, ...context });
    throw new ForbiddenError(reason);
  }
  if (input.endsOn < todayInAmsterdam())
    throw new InvalidInputError("De vervanging ligt in het verleden.", [{ path: "endsOn", message: "De laatste dag ligt in het verleden." }]);
  if (input.delegateUserId) {
    const delegate = await db.user.findFirst({ where: { id: input.delegateUserId, active: true }, select: { id: true } });
    if (!delegate) throw new InvalidInputError("Deze persoon bestaat niet.", [{ path: "delegateUserId", message: "Kies een bestaande persoon." }]);
  }
  if (input.delegateOfficeId && !(await db.office.count({ where: { id: input.delegateOfficeId, active: true } }))) {
    throw new InvalidInputError("Dit kabinet bestaat niet.", [{ path: "delegateOfficeId", message: "Kies een bestaand kabinet." }]);
  }
  return db.$transaction(async (tx) => {
    const delegation = await tx.delegation.create({
      data: {
        officeId: input.officeId,
        delegateUserId: input.delegateUserId,
        delegateOfficeId: input.delegateOfficeId,
        startsOn: parseIsoDate(input.startsOn),
        endsOn: parseIsoDate(input.endsOn),
        reason: input.reason?.trim() || null,
        createdById: user.id,
      },
    });
    await recordAuditEvent(tx, {
      action: "delegation.created",
      actorId: user.id,
      actingOfficeId: input.officeId,
      objectType: "Delegation",
      objectId: delegation.id,
      details: { delegateUserId: input.delegateUserId, delegateOfficeId: input.delegateOfficeId, startsOn: input.startsOn, endsOn: input.endsOn },
      ...context,
    });
    return delegation;
  });
}
