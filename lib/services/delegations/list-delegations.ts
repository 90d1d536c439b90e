// The vervanging page: current and coming delegations this user may see, and what the form offers.
import "server-only";
import { db } from "@/lib/db/client";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import type { CurrentUser } from "@/lib/domain/permissions";

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

/** The form's choices: the user's own kabinet offices, the people and the other kabinetten that can stand in. */
export async function loadDelegationOptions(user: CurrentUser) {
  const kabinetOffices = user.memberships.filter((m) => m.role === "KABINET").map((m) => ({ id: m.officeId, code: m.officeCode, name: m.officeName }));
  const mine = new Set(kabinetOffices.map((o) => o.id));
  const [people, offices] = await Promise.all([
    db.user.findMany({ where: { active: true, id: { not: user.id } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.office.findMany({ where: { active: true, kind: "BEWINDSPERSOON" }, orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
  ]);
  return { kabinetOffices, people, delegateOffices: offices.filter((o) => !mine.has(o.id)) };
}
