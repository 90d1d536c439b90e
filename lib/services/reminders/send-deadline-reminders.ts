// Deadline reminders: for every nota ter beslissing whose deadline for an office (the decision
// deadline the secretariat set for it, otherwise the plandatum, otherwise the Kamer deadline) is
// REMINDER_DAYS away or past, every person who records decisions for an office
// that has not yet decided (its kabinet, and today's delegates) gets one reminder per office and
// deadline. Run by the job queue (lib/jobs), never by a page: reading writes nothing.
import type { Db } from "@/lib/db/create-client";
import { formatDate, parseIsoDate, todayInAmsterdam, toIsoDate } from "@/lib/domain/dates";
import { routeMessages } from "@/lib/domain/route/messages";

/** A decision is reminded of from this many days before its deadline. */
export const REMINDER_DAYS = 3;

interface Due {
  userId: string;
  notaId: string;
  reference: string;
  title: string;
  officeId: string;
  officeCode: string;
  deadline: Date;
}

export async function sendDeadlineReminders(db: Db, now: Date = new Date()): Promise<{ reminded: number }> {
  const today = parseIsoDate(todayInAmsterdam(now));
  const horizon = new Date(today.getTime() + REMINDER_DAYS * 86_400_000);
  const due = await db.$queryRaw<Due[]>`
    WITH due AS (
      SELECT n."id" AS "notaId", n."reference", n."title", r."officeId", o."code" AS "officeCode",
             COALESCE(dd."date", n."plannedDate", n."kamerDeadline") AS "deadline"
      FROM "Nota" n
      JOIN "NotaRecipient" r ON r."notaId" = n."id" AND r."role" = 'BESLUIT'
      JOIN "Office" o ON o."id" = r."officeId"
      LEFT JOIN "DecisionDeadline" dd ON dd."notaId" = n."id" AND dd."officeId" = r."officeId"
      WHERE n."status" = 'TER_BESLISSING' AND COALESCE(dd."date", n."plannedDate", n."kamerDeadline") <= ${horizon}::date
        AND NOT EXISTS (SELECT 1 FROM "OfficeDecision" d WHERE d."notaId" = n."id" AND d."officeId" = r."officeId" AND d."notaVersion" = n."version")
    ), delegates AS (
      SELECT dl."officeId", dl."delegateUserId" AS "userId" FROM "Delegation" dl
      WHERE dl."revokedAt" IS NULL AND dl."startsOn" <= ${today}::date AND dl."endsOn" >= ${today}::date AND dl."delegateUserId" IS NOT NULL
      UNION
      SELECT dl."officeId", m."userId" FROM "Delegation" dl JOIN "Membership" m ON m."officeId" = dl."delegateOfficeId" AND m."role" = 'KABINET'
      WHERE dl."revokedAt" IS NULL AND dl."startsOn" <= ${today}::date AND dl."endsOn" >= ${today}::date
    ), people AS (
      SELECT m."officeId", m."userId" FROM "Membership" m WHERE m."role" = 'KABINET'
      UNION
      SELECT "officeId", "userId" FROM delegates
    )
    SELECT DISTINCT p."userId", due.* FROM due JOIN people p ON p."officeId" = due."officeId" JOIN "User" u ON u."id" = p."userId" AND u."active"`;
  if (due.length === 0) return { reminded: 0 };
  const reminded = await db.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "notaId", "kind", "message", "key")
    SELECT gen_random_uuid(), r."userId", r."notaId", 'HERINNERING', r."message", r."key"
    FROM unnest(${due.map((d) => d.userId)}::uuid[], ${due.map((d) => d.notaId)}::uuid[],
                ${due.map((d) => routeMessages.herinnering(d.reference, d.title, d.officeCode, formatDate(d.deadline)))}::text[],
                ${due.map((d) => `herinnering:${d.notaId}:${d.officeId}:${toIsoDate(d.deadline)}`)}::text[]) AS r("userId", "notaId", "message", "key")
    ON CONFLICT ("userId", "key") DO NOTHING`;
  return { reminded };
}
