// What waits for the user: notas to initial, to decide on, to read (copies), and notas sent
// back to their unit; plus in-app notifications. Reminders for approaching deadlines are
// created here, once per office and deadline, when the waiting list is read.
import "server-only";
import { db } from "@/lib/db/client";
import { formatDate, parseIsoDate, todayInAmsterdam, toIsoDate } from "@/lib/domain/dates";
import type { CurrentUser } from "@/lib/domain/permissions";
import { activeDelegations } from "@/lib/data/active-delegations";
import { routeMessages } from "@/lib/domain/route/messages";

/** A decision is reminded of from this many days before its deadline. */
export const REMINDER_DAYS = 3;

const notaSummary = { id: true, reference: true, title: true, status: true, version: true, plannedDate: true, kamerDeadline: true } as const;

export async function loadWaiting(user: CurrentUser) {
  const rolesIn = (role: string) => user.memberships.filter((m) => m.role === role).map((m) => m.officeId);
  const delegations = await activeDelegations(db, user);
  const kabinet = [...new Set([...rolesIn("KABINET"), ...delegations.keys()])];

  const [teParaferen, candidates, terInformatie, teruggestuurd] = await Promise.all([
    db.nota.findMany({ where: { status: "PARAAF", paraafOfficeId: { in: rolesIn("PARAAF") } }, select: notaSummary, orderBy: { plannedDate: { sort: "asc", nulls: "last" } } }),
    db.nota.findMany({
      where: { status: "TER_BESLISSING", recipients: { some: { role: "BESLUIT", officeId: { in: kabinet } } } },
      select: {
        ...notaSummary,
        recipients: { where: { role: "BESLUIT", officeId: { in: kabinet } }, select: { officeId: true, office: { select: { code: true } } } },
        officeDecisions: { where: { officeId: { in: kabinet } }, select: { officeId: true, notaVersion: true } },
      },
      orderBy: { plannedDate: { sort: "asc", nulls: "last" } },
    }),
    db.nota.findMany({
      where: {
        recipients: { some: { role: "INFORMATIE", officeId: { in: kabinet } } },
        // Copies go out when the nota reaches the offices, not before.
        OR: [
          { status: { in: ["TER_BESLISSING", "BESLOTEN", "GEAGENDEERD_ONDERRAAD", "GEAGENDEERD_MR", "AFGEROND"] } },
          { status: { in: ["TERUGGESTUURD", "INGETROKKEN"] }, routeActions: { some: { fromStatus: "TER_BESLISSING" } } },
        ],
      },
      select: notaSummary,
      orderBy: { date: "desc" },
      take: 50,
    }),
    db.nota.findMany({ where: { status: "TERUGGESTUURD", ownerOfficeId: { in: rolesIn("OPSTELLER") } }, select: notaSummary, orderBy: { updatedAt: "desc" } }),
  ]);

  // Per nota, the offices of this user that still have to decide on the current version.
  const terBeslissing = candidates.flatMap((nota) =>
    nota.recipients
      .filter((r) => !nota.officeDecisions.some((d) => d.officeId === r.officeId && d.notaVersion === nota.version))
      .map((r) => ({ nota, officeId: r.officeId, officeCode: r.office.code, deadline: nota.plannedDate ?? nota.kamerDeadline })),
  );
  return { teParaferen, terBeslissing, terInformatie, teruggestuurd };
}

export type Waiting = Awaited<ReturnType<typeof loadWaiting>>;

/** Counts for the navigation. */
export async function inboxCounts(user: CurrentUser) {
  const waiting = await loadWaiting(user);
  await createReminders(user, waiting);
  const unread = await db.notification.count({ where: { userId: user.id, readAt: null } });
  return { waiting: waiting.teParaferen.length + waiting.terBeslissing.length + waiting.teruggestuurd.length, unread };
}

/** A reminder for each decision whose deadline is near or past, once per office and deadline. */
export async function createReminders(user: CurrentUser, waiting: Waiting, now: Date = new Date()): Promise<number> {
  const horizon = toIsoDate(new Date(parseIsoDate(todayInAmsterdam(now)).getTime() + REMINDER_DAYS * 86_400_000));
  const due = waiting.terBeslissing.filter((item) => item.deadline && toIsoDate(item.deadline) <= horizon);
  if (due.length === 0) return 0;
  const result = await db.notification.createMany({
    data: due.map((item) => ({
      userId: user.id,
      notaId: item.nota.id,
      kind: "HERINNERING" as const,
      message: routeMessages.herinnering(item.nota.reference, item.nota.title, item.officeCode, formatDate(item.deadline!)),
      key: `herinnering:${item.nota.id}:${item.officeId}:${toIsoDate(item.deadline!)}`,
    })),
    skipDuplicates: true,
  });
  return result.count;
}

export async function listNotifications(user: CurrentUser) {
  return db.notification.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, kind: true, message: true, createdAt: true, readAt: true, nota: { select: { reference: true } } },
  });
}

export async function markNotificationsRead(user: CurrentUser, ids: string[] | "all"): Promise<void> {
  await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
}
