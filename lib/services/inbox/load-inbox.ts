// The postvak: per section what waits for the person (the nearest deadline first), with how
// many there are in all, and their latest notifications.
import "server-only";
import { db } from "@/lib/db/client";
import { INBOX_SECTIONS, inboxSectionSql, type InboxSection } from "@/lib/data/inbox-queries";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/domain/permissions";
import type { RouteStatus } from "@/lib/domain/route/state-machine";

/** Shown per section; the rest is counted and can be found in the nota list. */
export const INBOX_SECTION_LIMIT = 100;
const NOTIFICATION_LIMIT = 50;

export interface InboxItem {
  notaId: string;
  reference: string;
  title: string;
  status: RouteStatus;
  plannedDate: Date | null;
  kamerDeadline: Date | null;
  officeId: string | null;
  officeCode: string | null;
}

/** Counted up to here per section; beyond it the postvak says "meer dan". */
export const INBOX_COUNT_LIMIT = 1_000;

/** Work waiting: the nearest deadline first. Copies: the newest first (they only inform). */
const SECTION_ORDER: Record<InboxSection, Prisma.Sql> = {
  terBeslissing: Prisma.sql`COALESCE(n."plannedDate", n."kamerDeadline") ASC NULLS LAST, n."reference"`,
  teParaferen: Prisma.sql`COALESCE(n."plannedDate", n."kamerDeadline") ASC NULLS LAST, n."reference"`,
  teruggestuurd: Prisma.sql`COALESCE(n."plannedDate", n."kamerDeadline") ASC NULLS LAST, n."reference"`,
  terInformatie: Prisma.sql`n."date" DESC, n."reference" DESC`,
};

async function loadSection(user: CurrentUser, section: InboxSection): Promise<{ items: InboxItem[]; total: number; moreThanTotal: boolean }> {
  const [items, [{ total }]] = await Promise.all([
    // The section's rows first, then their order: walking every nota in date order to find a
    // person's few (or none) would read the whole table.
    db.$queryRaw<InboxItem[]>`
      WITH s AS MATERIALIZED (${inboxSectionSql(user, section)})
      SELECT n."id" AS "notaId", n."reference", n."title", n."status"::text AS "status", n."plannedDate", n."kamerDeadline",
             s."officeId", o."code" AS "officeCode"
      FROM s
      JOIN "Nota" n ON n."id" = s."notaId"
      LEFT JOIN "Office" o ON o."id" = s."officeId"
      ORDER BY ${SECTION_ORDER[section]}
      LIMIT ${INBOX_SECTION_LIMIT}`,
    db.$queryRaw<
      Array<{ total: bigint }>
    >`SELECT count(*) AS "total" FROM (SELECT 1 FROM (${inboxSectionSql(user, section)}) s LIMIT ${INBOX_COUNT_LIMIT + 1}) c`,
  ]);
  return { items, total: Math.min(Number(total), INBOX_COUNT_LIMIT), moreThanTotal: Number(total) > INBOX_COUNT_LIMIT };
}

export async function loadInbox(user: CurrentUser) {
  const [sections, notifications] = await Promise.all([
    Promise.all(INBOX_SECTIONS.map(async (section) => [section, await loadSection(user, section)] as const)),
    db.notification.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "desc" },
      take: NOTIFICATION_LIMIT,
      select: { id: true, kind: true, message: true, createdAt: true, readAt: true, nota: { select: { reference: true } } },
    }),
  ]);
  return { sections: Object.fromEntries(sections) as Record<InboxSection, { items: InboxItem[]; total: number; moreThanTotal: boolean }>, notifications };
}

export type Inbox = Awaited<ReturnType<typeof loadInbox>>;
