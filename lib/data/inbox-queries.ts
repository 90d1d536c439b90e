// What waits for a person, as SQL: the navigation's counts and the postvak's lists use these
// same definitions, so they always agree. Each set is (nota, office) pairs.
import type { Db } from "@/lib/db/create-client";
import { kabinetOffices } from "@/lib/domain/route/capacity";
import type { CurrentUser } from "@/lib/domain/permissions";
import { OPEN_AT_THE_OFFICES_STATUSES } from "@/lib/domain/route/status-groups";
import { Prisma } from "@/lib/generated/prisma/client";

export const INBOX_SECTIONS = ["terBeslissing", "teParaferen", "teruggestuurd", "terInformatie"] as const;
export type InboxSection = (typeof INBOX_SECTIONS)[number];
/** The sections that ask something of the person (counted in the navigation). */
export const WAITING_SECTIONS = ["terBeslissing", "teParaferen", "teruggestuurd"] as const satisfies readonly InboxSection[];

function officesOf(user: CurrentUser, role: "PARAAF" | "OPSTELLER"): string[] {
  return [...new Set(user.memberships.filter((m) => m.role === role).map((m) => m.officeId))];
}

/** The offices this user records decisions for: their kabinet, and the offices that delegated to them today. */
export function decidingFor(user: CurrentUser): string[] {
  return kabinetOffices(
    user.memberships.map((m) => ({ officeId: m.officeId, role: m.role })),
    user.delegatedOfficeIds,
  );
}

/** Each section as a query yielding ("notaId", "officeId"). */
export function inboxSectionSql(user: CurrentUser, section: InboxSection): Prisma.Sql {
  switch (section) {
    case "teParaferen":
      return Prisma.sql`SELECT n."id" AS "notaId", n."paraafOfficeId" AS "officeId" FROM "Nota" n
        WHERE n."status" = 'PARAAF' AND n."paraafOfficeId" = ANY(${officesOf(user, "PARAAF")}::uuid[])`;
    case "terBeslissing":
      // Per nota, the offices of this user that still have to decide on the current version.
      return Prisma.sql`SELECT n."id" AS "notaId", r."officeId" FROM "NotaRecipient" r JOIN "Nota" n ON n."id" = r."notaId"
        WHERE r."role" = 'BESLUIT' AND r."officeId" = ANY(${decidingFor(user)}::uuid[]) AND n."status" = 'TER_BESLISSING'
          AND NOT EXISTS (SELECT 1 FROM "OfficeDecision" d WHERE d."notaId" = n."id" AND d."officeId" = r."officeId" AND d."notaVersion" = n."version")`;
    case "teruggestuurd":
      return Prisma.sql`SELECT n."id" AS "notaId", n."ownerOfficeId" AS "officeId" FROM "Nota" n
        WHERE n."status" = 'TERUGGESTUURD' AND n."ownerOfficeId" = ANY(${officesOf(user, "OPSTELLER")}::uuid[])`;
    case "terInformatie":
      // Copies go out when the nota reaches the offices, not before; they stay while its route is
      // open (also when sent back from there) and go to the archive once it is afgerond.
      return Prisma.sql`SELECT n."id" AS "notaId", r."officeId" FROM "Nota" n JOIN "NotaRecipient" r ON r."notaId" = n."id"
        WHERE r."role" = 'INFORMATIE' AND r."officeId" = ANY(${decidingFor(user)}::uuid[])
          AND (n."status" = ANY(${[...OPEN_AT_THE_OFFICES_STATUSES]}::"NotaStatus"[])
               OR (n."status" = 'TERUGGESTUURD'
                   AND EXISTS (SELECT 1 FROM "RouteAction" a WHERE a."notaId" = n."id" AND a."fromStatus" = 'TER_BESLISSING')))`;
  }
}

/** The navigation's badge: what waits, and unread notifications, in one query. */
export async function countInbox(db: Db, user: CurrentUser): Promise<{ waiting: number; unread: number }> {
  const waiting = Prisma.join(
    WAITING_SECTIONS.map((section) => Prisma.sql`(SELECT count(*) FROM (${inboxSectionSql(user, section)}) s)`),
    " + ",
  );
  const [row] = await db.$queryRaw<Array<{ waiting: bigint; unread: bigint }>>`
    SELECT ${waiting} AS "waiting",
           (SELECT count(*) FROM "Notification" WHERE "userId" = ${user.id}::uuid AND "readAt" IS NULL) AS "unread"`;
  return { waiting: Number(row.waiting), unread: Number(row.unread) };
}
