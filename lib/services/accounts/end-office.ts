// Ending an office: from that day nobody acts for it and nothing new is addressed to it (every
// choice of office offers active ones only), while its notas, decisions and audit trail stay as
// they were. Its memberships end, and with them the sessions of its members; a vervanging given
// by or to it ends too. Open notas that still wait on it are counted on the page beforehand: they
// are beheer's to re-address, not something to change silently.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { revokeUserSessions } from "@/lib/data/revoke-user-sessions";
import { officeEndingIssues } from "@/lib/domain/accounts/office-ending";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import type { EndOfficeInput } from "@/lib/validation/accounts";
import { beheerOfficeOrRefuse } from "./beheer-access";
import { assertBeheerRemains, lockBeheerRoster } from "./beheer-remains";

const FACTS = { id: true, code: true, kind: true, active: true } as const;

export async function endOffice(options: { user: CurrentUser; input: EndOfficeInput; context: RequestContext }) {
  const { user, input, context } = options;
  const actingOfficeId = await beheerOfficeOrRefuse(user, { action: "office.ended", objectType: "Office", objectId: input.officeId, context });
  const [office, successor] = await Promise.all([
    db.office.findUnique({ where: { id: input.officeId }, select: FACTS }),
    input.successorId ? db.office.findUnique({ where: { id: input.successorId }, select: FACTS }) : null,
  ]);
  if (!office) throw new NotFoundError("Dit onderdeel bestaat niet.");
  if (input.successorId && !successor) {
    const message = "Deze opvolger bestaat niet (meer).";
    throw new InvalidInputError(message, [{ path: "successorId", message }]);
  }
  const issues = officeEndingIssues({ office, successor, endedOn: input.endedOn, today: todayInAmsterdam() });
  if (issues.length > 0) throw new InvalidInputError("Het onderdeel is niet opgeheven.", issues);

  return db.$transaction(async (tx) => {
    await lockBeheerRoster(tx);
    const ended = await tx.office.updateMany({
      where: { id: office.id, active: true },
      data: { active: false, endedOn: parseIsoDate(input.endedOn), successorId: successor?.id ?? null },
    });
    if (ended.count === 0)
      throw new InvalidInputError("Dit onderdeel is intussen al opgeheven.", [{ path: "officeId", message: "Dit onderdeel is al opgeheven." }]);
    const memberships = await tx.membership.findMany({ where: { officeId: office.id }, select: { id: true, userId: true, role: true } });
    await tx.membership.deleteMany({ where: { officeId: office.id } });
    const userIds = [...new Set(memberships.map((m) => m.userId))];
    const sessionsEnded = await revokeUserSessions(tx, { userIds, reason: "memberships_changed", keepSessionId: user.sessionId });
    const delegations = await tx.delegation.updateMany({
      where: { revokedAt: null, endsOn: { gte: parseIsoDate(todayInAmsterdam()) }, OR: [{ officeId: office.id }, { delegateOfficeId: office.id }] },
      data: { revokedAt: new Date() },
    });
    await assertBeheerRemains(tx, "officeId");
    await recordAuditEvent(tx, {
      action: "office.ended",
      actorId: user.id,
      actingOfficeId,
      objectType: "Office",
      objectId: office.id,
      details: {
        code: office.code,
        endedOn: input.endedOn,
        successorId: successor?.id ?? null,
        successorCode: successor?.code ?? null,
        membershipsEnded: memberships.map(({ userId, role }) => ({ userId, role })),
        sessionsEnded,
        delegationsEnded: delegations.count,
      },
      ...context,
    });
    return { membershipsEnded: memberships.length, sessionsEnded, delegationsEnded: delegations.count };
  });
}
