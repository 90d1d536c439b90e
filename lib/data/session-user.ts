// The signed-in person, in one query: with their memberships and the delegations (vervanging)
// that apply today. Every request runs this, so it is one round trip of plain SQL.
import type { Db } from "@/lib/db/create-client";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import type { Role } from "@/lib/domain/enums";
import type { CurrentUser } from "@/lib/domain/permissions";
import { Prisma } from "@/lib/generated/prisma/client";

interface Row {
  id: string;
  name: string;
  email: string;
  memberships: Array<{ officeId: string; officeCode: string; officeName: string; role: Role }>;
  delegations: Array<{ officeId: string; delegationId: string }>;
}

async function loadUserWhere(db: Db, from: Prisma.Sql, now: Date): Promise<CurrentUser | null> {
  const today = parseIsoDate(todayInAmsterdam(now));
  const rows = await db.$queryRaw<Row[]>`
    SELECT u."id", u."name", u."email",
      COALESCE((
        SELECT json_agg(json_build_object('officeId', o."id", 'officeCode', o."code", 'officeName', o."name", 'role', m."role") ORDER BY o."code", m."role")
        FROM "Membership" m JOIN "Office" o ON o."id" = m."officeId" WHERE m."userId" = u."id"
      ), '[]') AS "memberships",
      COALESCE((
        SELECT json_agg(json_build_object('officeId', d."officeId", 'delegationId', d."id") ORDER BY d."startsOn", d."id")
        FROM "Delegation" d
        WHERE d."revokedAt" IS NULL AND d."startsOn" <= ${today}::date AND d."endsOn" >= ${today}::date
          AND (d."delegateUserId" = u."id"
               OR d."delegateOfficeId" IN (SELECT k."officeId" FROM "Membership" k WHERE k."userId" = u."id" AND k."role" = 'KABINET'))
      ), '[]') AS "delegations"
    ${from}`;
  const row = rows[0];
  if (!row) return null;
  // One delegation per office: the first that applies.
  const delegations: Record<string, string> = {};
  for (const d of row.delegations) delegations[d.officeId] ??= d.delegationId;
  return { id: row.id, name: row.name, email: row.email, memberships: row.memberships, delegatedOfficeIds: Object.keys(delegations), delegations };
}

/** The user of a live session of an active account, or null. */
export async function loadSessionUser(db: Db, sessionId: string, now: Date = new Date()): Promise<CurrentUser | null> {
  const user = await loadUserWhere(
    db,
    Prisma.sql`FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
               WHERE s."id" = ${sessionId}::uuid AND s."revokedAt" IS NULL AND s."expiresAt" > ${now} AND u."active"`,
    now,
  );
  return user && { ...user, sessionId };
}

/** An active user by id, as a session would present them (jobs and tests act as a user). */
export function loadActiveUser(db: Db, userId: string, now: Date = new Date()): Promise<CurrentUser | null> {
  return loadUserWhere(db, Prisma.sql`FROM "User" u WHERE u."id" = ${userId}::uuid AND u."active"`, now);
}
