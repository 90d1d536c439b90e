// The postvak: per section what waits for the person (the nearest deadline first), with how
// many there are in all, and their latest notifications.
import "server-only";
import { db } from "@/lib/db/client";
import { INBOX_SECTIONS, inboxSectionSql, type InboxSection } from "@/lib/data/inbox-queries";
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

async function loadSection(user: CurrentUser, section: InboxSection): Promise<{ items: InboxItem[]; total: number }> {
  const rows = await db.$queryRaw<Array<InboxItem & { total: bigint }>>`
    SELECT n."id" AS "notaId", n."reference", n."title", n."status"::text AS "status", n."plannedDate", n."kamerDeadline",
           s."officeId", o."code" AS "officeCode", count(*) OVER () AS "total"
    FROM (${inboxSectionSql(user, section)}) s
    JOIN "Nota" n ON n."id" = s."notaId"
    LEFT JOIN "Office" o ON o."id" = s."officeId"
    ORDER BY COALESCE(n."plannedDate", n."kamerDeadline") ASC NULLS LAST, n."reference"
    LIMIT ${INBOX_SECTION_LIMIT}`;
  return { items: rows.map(({ total: _total, ...item }) => item), total: Number(rows[0]?.total ?? 0) };
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
  return { sections: Object.fromEntries(sections) as Record<InboxSection, { items: InboxItem[]; total: number }>, notifications };
}

export type Inbox = Awaited<ReturnType<typeof loadInbox>>;
