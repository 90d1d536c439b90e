// CurrentUser values for service tests, from users made by the factories.
import type { createUser } from "./factories";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { Db } from "@/lib/db/create-client";
import { loadActiveUser } from "@/lib/data/session-user";

/** A user in a session that passed the second factor (tests of the refusal set `mfaVerified: false`). */
export function asCurrentUser(user: Awaited<ReturnType<typeof createUser>>): CurrentUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    memberships: user.memberships.map((m) => ({ officeId: m.officeId, officeCode: m.office.code, officeName: m.office.name, role: m.role })),
    delegatedOfficeIds: [],
    delegations: {},
    mfaVerified: true,
  };
}

export const TEST_CONTEXT = { ip: "192.0.2.20", userAgent: "vitest" };

/**
 * A user as a session would present them now, delegations included (after a vervanging was set
 * up), in a session that passed the second factor unless `mfaVerified` is false.
 */
export async function currentUser(db: Db, userId: string, options: { mfaVerified?: boolean } = {}): Promise<CurrentUser> {
  const user = await loadActiveUser(db, userId, { mfaVerified: options.mfaVerified ?? true });
  if (!user) throw new Error(`No active user ${userId}`);
  return user;
}
