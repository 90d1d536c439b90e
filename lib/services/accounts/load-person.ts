// One person for beheer: memberships, open password links, live sessions, and what can be added.
import "server-only";
import { db } from "@/lib/db/client";
import { accountStatus } from "@/lib/domain/accounts/labels";
import { NotFoundError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { beheerOfficeOrRefuse } from "./beheer-access";

export async function loadPerson(options: { user: CurrentUser; userId: string; context: RequestContext }) {
  const { user, userId, context } = options;
  await beheerOfficeOrRefuse(user, { action: "accounts.read_refused", objectType: "User", objectId: userId, context });
  const now = new Date();
  const row = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      createdAt: true,
      passwordHash: true,
      passwordChangedAt: true,
      mfaEnabledAt: true,
      memberships: {
        select: { id: true, role: true, office: { select: { id: true, code: true, name: true } } },
        orderBy: [{ office: { code: "asc" } }, { role: "asc" }],
      },
      accountTokens: {
        where: { usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        select: { id: true, kind: true, createdAt: true, expiresAt: true, createdBy: { select: { name: true } } },
        orderBy: { createdAt: "desc" },
      },
      _count: { select: { sessions: { where: { revokedAt: null, expiresAt: { gt: now } } } } },
    },
  });
  if (!row) throw new NotFoundError("Deze persoon bestaat niet.");
  const offices = await db.office.findMany({
    where: { active: true },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true },
  });
  const { passwordHash, accountTokens, _count, ...person } = row;
  return {
    person: {
      ...person,
      hasPassword: passwordHash !== null,
      status: accountStatus({ active: person.active, hasPassword: passwordHash !== null, openInvitation: accountTokens.length > 0 }),
      openLinks: accountTokens,
      liveSessions: _count.sessions,
      isSelf: person.id === user.id,
    },
    offices,
  };
}
