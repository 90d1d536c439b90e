import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/permissions";
import { activeDelegations } from "@/lib/data/active-delegations";
import { authOptions } from "./options";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signed-in user, checked against the database on every request: a revoked session,
 * an expired one or a deactivated account is logged out at once, on every instance.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const sessionId = (session as { sid?: string } | null)?.sid;
  if (!sessionId || !UUID.test(sessionId)) return null;
  const row = await db.userSession.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() }, user: { active: true } },
    select: {
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          memberships: {
            select: { role: true, office: { select: { id: true, code: true, name: true } } },
            orderBy: [{ office: { code: "asc" } }, { role: "asc" }],
          },
        },
      },
    },
  });
  if (!row) return null;
  const { user } = row;
  const current: CurrentUser = {
    id: user.id,
    name: user.name,
    email: user.email,
    memberships: user.memberships.map((m) => ({
      officeId: m.office.id,
      officeCode: m.office.code,
      officeName: m.office.name,
      role: m.role,
    })),
  };
  current.delegatedOfficeIds = [...(await activeDelegations(db, current)).keys()];
  return current;
});

/** For every page and action but the login page: the user, or a redirect to the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
