// Which offices have delegated the recording of decisions to this user today: to them as a
// person, or to an office whose kabinet they are part of.
import type { Db } from "@/lib/db/create-client";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import type { CurrentUser } from "@/lib/domain/permissions";

export async function activeDelegations(db: Db, user: CurrentUser, now: Date = new Date()): Promise<Map<string, string>> {
  const today = parseIsoDate(todayInAmsterdam(now));
  const kabinetOfficeIds = user.memberships.filter((m) => m.role === "KABINET").map((m) => m.officeId);
  const delegations = await db.delegation.findMany({
    where: {
      revokedAt: null,
      startsOn: { lte: today },
      endsOn: { gte: today },
      OR: [{ delegateUserId: user.id }, ...(kabinetOfficeIds.length ? [{ delegateOfficeId: { in: kabinetOfficeIds } }] : [])],
    },
    select: { id: true, officeId: true },
  });
  return new Map(delegations.map((d) => [d.officeId, d.id]));
}
