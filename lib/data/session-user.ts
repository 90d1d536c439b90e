// The signed-in person, in one query: with their memberships and the delegations (vervanging)
// that apply today. Every request runs this, so it is one round trip of plain SQL.
import type { Db } from "@/lib/db/create-client";
import { parseIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import type { Role } from "@/lib/domain/enums";
import type { CurrentUser } from "@/lib/domain/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVITY_WRITE_INTERVAL_SECONDS, IDLE_TIMEOUT_MINUTES, sessionTimes } from "@/lib/auth/session-policy";

interface Row {
  id: string;
  name: string;
  email: string;
  lastActivityAt: Date | null;
  expiresAt: Date | null;
  mfaVerifiedAt: Date | null;
  memberships: Array<{ officeId: string; officeCode: string; officeName: string; role: Role }>;
  delegations: Array<{ officeId: string; delegationId: string }>;
}

async function loadUserWhere(db: Db, session: Prisma.Sql, tail: Prisma.Sql, now: Date): Promise<Row | null> {
  const today = parseIsoDate(todayInAmsterdam(now));
  const rows = await db.$queryRaw<Row[]>`
    ${session}
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
    ${tail}`;
  return rows[0] ?? null;
}

function toCurrentUser(row: Row, mfaVerified: boolean): CurrentUser {
  // One delegation per office: the first that applies.
  const delegations: Record<string, string> = {};
  for (const d of row.delegations) delegations[d.officeId] ??= d.delegationId;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    memberships: row.memberships,
    delegatedOfficeIds: Object.keys(delegations),
    delegations,
    mfaVerified,
  };
}

/**
 * The user of a live session of an active account, or null: not revoked, not past its absolute
 * end, and not idle for longer than the timeout. A request the person made (`activity`) moves
 * the idle clock, at most every few seconds, in the same round trip; the check uses the value
 * from before that write.
 */
export async function loadSessionUser(db: Db, sessionId: string, options: { now?: Date; activity: boolean }): Promise<CurrentUser | null> {
  const now = options.now ?? new Date();
  const idleSince = new Date(now.getTime() - IDLE_TIMEOUT_MINUTES * 60_000);
  const writtenBefore = new Date(now.getTime() - ACTIVITY_WRITE_INTERVAL_SECONDS * 1000);
  const live = Prisma.sql`s."id" = ${sessionId}::uuid AND s."revokedAt" IS NULL AND s."expiresAt" > ${now} AND s."lastActivityAt" > ${idleSince}`;
  const touch = options.activity
    ? Prisma.sql`WITH touched AS (
        UPDATE "UserSession" s SET "lastActivityAt" = ${now}
        WHERE ${live} AND s."lastActivityAt" < ${writtenBefore}
        RETURNING s."id")`
    : Prisma.empty;
  const row = await loadUserWhere(
    db,
    touch,
    Prisma.sql`, s."lastActivityAt", s."expiresAt", s."mfaVerifiedAt"
               FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
               WHERE ${live} AND u."active"`,
    now,
  );
  if (!row || !row.lastActivityAt || !row.expiresAt) return null;
  const lastActivityAt = options.activity && row.lastActivityAt < writtenBefore ? now : row.lastActivityAt;
  return { ...toCurrentUser(row, row.mfaVerifiedAt !== null), sessionId, session: sessionTimes({ lastActivityAt, expiresAt: row.expiresAt }) };
}

/**
 * An active user by id, as a session would present them (jobs and tests act as a user). Such a
 * user has passed no second factor unless the caller says so (tests of decisions do).
 */
export async function loadActiveUser(db: Db, userId: string, options: { now?: Date; mfaVerified?: boolean } = {}): Promise<CurrentUser | null> {
  const now = options.now ?? new Date();
  const row = await loadUserWhere(
    db,
    Prisma.empty,
    Prisma.sql`, NULL::timestamptz AS "lastActivityAt", NULL::timestamptz AS "expiresAt", NULL::timestamptz AS "mfaVerifiedAt"
               FROM "User" u WHERE u."id" = ${userId}::uuid AND u."active"`,
    now,
  );
  return row && toCurrentUser(row, options.mfaVerified ?? false);
}
