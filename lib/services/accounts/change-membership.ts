// Adding or removing one membership (an office and a role) of a person. Either ends that person's
// sessions at once (except the acting beheer member's own, when they change themselves): what a
// person may do is read from their memberships on every request, but a session opened under other
// memberships is not one they should silently keep.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { revokeUserSessions } from "@/lib/data/revoke-user-sessions";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/http/request-context";
import type { MembershipInput } from "@/lib/validation/accounts";
import { beheerOfficeOrRefuse } from "./beheer-access";
import { assertBeheerRemains, lockBeheerRoster } from "./beheer-remains";

const ALREADY = "Deze persoon heeft deze rol al bij dit onderdeel.";

export async function addMembership(options: { user: CurrentUser; input: MembershipInput; context: RequestContext }) {
  const { user, input, context } = options;
  const actingOfficeId = await beheerOfficeOrRefuse(user, { action: "membership.added", objectType: "User", objectId: input.userId, context });
  const [person, office] = await Promise.all([
    db.user.findUnique({ where: { id: input.userId }, select: { id: true } }),
    db.office.findUnique({ where: { id: input.officeId }, select: { id: true, code: true, active: true } }),
  ]);
  if (!person) throw new NotFoundError("Deze persoon bestaat niet.");
  if (!office?.active)
    throw new InvalidInputError("Het lidmaatschap is niet toegevoegd.", [{ path: "officeId", message: "Dit onderdeel bestaat niet meer; kies een ander." }]);
  try {
    return await db.$transaction(async (tx) => {
      const membership = await tx.membership.create({ data: { userId: person.id, officeId: office.id, role: input.role }, select: { id: true } });
      const sessionsEnded = await revokeUserSessions(tx, { userIds: [person.id], reason: "memberships_changed", keepSessionId: user.sessionId });
      await recordAuditEvent(tx, {
        action: "membership.added",
        actorId: user.id,
        actingOfficeId,
        objectType: "User",
        objectId: person.id,
        details: { membershipId: membership.id, officeId: office.id, officeCode: office.code, role: input.role, sessionsEnded },
        ...context,
      });
      return { sessionsEnded };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new InvalidInputError("Het lidmaatschap is niet toegevoegd.", [{ path: "role", message: ALREADY }]);
    }
    throw error;
  }
}

export async function removeMembership(options: { user: CurrentUser; membershipId: string; context: RequestContext }) {
  const { user, membershipId, context } = options;
  const membership = await db.membership.findUnique({
    where: { id: membershipId },
    select: { id: true, userId: true, officeId: true, role: true, office: { select: { code: true } } },
  });
  const actingOfficeId = await beheerOfficeOrRefuse(user, { action: "membership.removed", objectType: "User", objectId: membership?.userId ?? null, context });
  if (!membership) throw new NotFoundError("Dit lidmaatschap bestaat niet (meer).");
  return db.$transaction(async (tx) => {
    await lockBeheerRoster(tx);
    const removed = await tx.membership.deleteMany({ where: { id: membership.id } });
    // Removed by someone else a moment ago: done already, nothing more to record.
    if (removed.count === 0) return { sessionsEnded: 0 };
    const sessionsEnded = await revokeUserSessions(tx, { userIds: [membership.userId], reason: "memberships_changed", keepSessionId: user.sessionId });
    if (membership.role === "BEHEER") await assertBeheerRemains(tx, "membershipId");
    await recordAuditEvent(tx, {
      action: "membership.removed",
      actorId: user.id,
      actingOfficeId,
      objectType: "User",
      objectId: membership.userId,
      details: { membershipId: membership.id, officeId: membership.officeId, officeCode: membership.office.code, role: membership.role, sessionsEnded },
      ...context,
    });
    return { sessionsEnded };
  });
}
