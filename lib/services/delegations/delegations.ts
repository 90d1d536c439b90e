// Vervanging: an office lets a person or another office record its minister's decisions for
// a period of absence. Set and ended by members of that office's kabinet.
import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { isIsoDate, parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { hasRoleIn, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

const isoDate = (label: string) => z.string().refine(isIsoDate, { message: `Vul ${label} in als geldige datum.` });

export const DelegationInputSchema = z
  .object({
    officeId: z.uuid({ error: "Kies de bewindspersoon die vervangen wordt." }),
    delegateUserId: z.uuid().nullable(),
    delegateOfficeId: z.uuid().nullable(),
    startsOn: isoDate("de eerste dag"),
    endsOn: isoDate("de laatste dag"),
    reason: z.string().max(300, { message: "Gebruik hoogstens 300 tekens." }).nullable(),
  })
  .refine((d) => (d.delegateUserId === null) !== (d.delegateOfficeId === null), { message: "Kies een persoon óf een kabinet als vervanger.", path: ["delegateUserId"] })
  .refine((d) => d.startsOn <= d.endsOn, { message: "De laatste dag ligt vóór de eerste.", path: ["endsOn"] })
  .refine((d) => d.delegateOfficeId !== d.officeId, { message: "Een kabinet kan zichzelf niet vervangen.", path: ["delegateOfficeId"] });

export type DelegationInput = z.infer<typeof DelegationInputSchema>;

export async function createDelegation(options: { user: CurrentUser; input: DelegationInput; context: RequestContext }) {
  const { user, input, context } = options;
  if (!hasRoleIn(user, input.officeId, "KABINET")) {
    const reason = "Alleen het kabinet van een bewindspersoon kan een vervanger aanwijzen.";
    await recordRefusal(db, { action: "delegation.created", actorId: user.id, objectType: "Office", objectId: input.officeId, reason, ...context });
    throw new ForbiddenError(reason);
  }
  if (input.endsOn < todayInAmsterdam()) throw new InvalidInputError("De vervanging ligt in het verleden.", [{ path: "endsOn", message: "De laatste dag ligt in het verleden." }]);
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

export async function revokeDelegation(options: { user: CurrentUser; delegationId: string; context: RequestContext }) {
  const { user, delegationId, context } = options;
  const delegation = await db.delegation.findUnique({ where: { id: delegationId }, select: { id: true, officeId: true, revokedAt: true } });
  if (!delegation || delegation.revokedAt) throw new NotFoundError("Deze vervanging bestaat niet (meer).");
  if (!hasRoleIn(user, delegation.officeId, "KABINET")) {
    const reason = "Alleen het kabinet van de vervangen bewindspersoon kan de vervanging beëindigen.";
    await recordRefusal(db, { action: "delegation.revoked", actorId: user.id, objectType: "Delegation", objectId: delegation.id, reason, ...context });
    throw new ForbiddenError(reason);
  }
  await db.$transaction(async (tx) => {
    // Only the request that actually ends it is recorded (a double submit ends it once).
    const ended = await tx.delegation.updateMany({ where: { id: delegation.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (ended.count === 0) return;
    await recordAuditEvent(tx, { action: "delegation.revoked", actorId: user.id, actingOfficeId: delegation.officeId, objectType: "Delegation", objectId: delegation.id, ...context });
  });
}

/** Delegations the user may see: those of their kabinet offices, and those made to them. */
export async function listDelegations(user: CurrentUser) {
  const kabinetOfficeIds = user.memberships.filter((m) => m.role === "KABINET").map((m) => m.officeId);
  return db.delegation.findMany({
    where: {
      revokedAt: null,
      endsOn: { gte: parseIsoDate(todayInAmsterdam()) },
      OR: [{ officeId: { in: kabinetOfficeIds } }, { delegateUserId: user.id }, { delegateOfficeId: { in: kabinetOfficeIds } }],
    },
    orderBy: { startsOn: "asc" },
    select: {
      id: true,
      startsOn: true,
      endsOn: true,
      reason: true,
      officeId: true,
      office: { select: { code: true, name: true } },
      delegateUser: { select: { name: true } },
      delegateOffice: { select: { code: true, name: true } },
      createdBy: { select: { name: true } },
    },
  });
}
