// Beheer's list of people, by name or e-mail address, with their memberships and whether they
// can log in yet.
import "server-only";
import { db } from "@/lib/db/client";
import { accountStatus } from "@/lib/domain/accounts/labels";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { beheerOfficeOrRefuse } from "./beheer-access";

/** A page of people; a ministry's few thousand are found by searching, not by scrolling. */
export const PEOPLE_PAGE = 200;

export async function listPeople(options: { user: CurrentUser; query: string; context: RequestContext }) {
  const { user, query, context } = options;
  await beheerOfficeOrRefuse(user, { action: "accounts.read_refused", objectType: "User", objectId: null, context });
  const where = query ? { OR: [{ name: { contains: query, mode: "insensitive" as const } }, { email: { contains: query.toLowerCase() } }] } : {};
  const now = new Date();
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { email: "asc" }],
      take: PEOPLE_PAGE,
      select: {
        id: true,
        name: true,
        email: true,
        active: true,
        passwordHash: true,
        memberships: { select: { role: true, office: { select: { code: true } } }, orderBy: [{ office: { code: "asc" } }, { role: "asc" }] },
        accountTokens: { where: { usedAt: null, revokedAt: null, expiresAt: { gt: now } }, select: { id: true }, take: 1 },
      },
    }),
    db.user.count({ where }),
  ]);
  // The hash itself never leaves this function: the page only needs to know whether there is one.
  const people = rows.map(({ passwordHash, accountTokens, ...person }) => ({
    ...person,
    status: accountStatus({ active: person.active, hasPassword: passwordHash !== null, openInvitation: accountTokens.length > 0 }),
  }));
  return { people, total };
}
