// The overview: what is late, what will be late, who is holding it up, and what the councils
// meet on next. The secretariat sees every nota; everyone else the notas they may read (their
// personal view). A fixed number of queries, each served by an index (README, "Dashboard").
import "server-only";
import { db } from "@/lib/db/client";
import { article100Bijdragen } from "@/lib/data/article-100-bijdragen";
import { filterSql } from "@/lib/data/nota-filters";
import { loadPlanningCalendar, planningWindow } from "@/lib/data/planning-calendar";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { parseIsoDate, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { addDays, nextThirdWednesdayOfMay, notaPlan, type NotaPlan } from "@/lib/domain/planning";
import { canPlanCouncils, type CurrentUser } from "@/lib/domain/permissions";
import type { RouteStatus } from "@/lib/domain/route/state-machine";
import { OPEN_STATUSES } from "@/lib/domain/route/status-groups";
import { Prisma } from "@/lib/generated/prisma/client";

/** How far ahead a Kamer deadline makes a nota worth watching. */
export const WATCH_DAYS = 42;
/** Notas checked against their plan: coming Kamer deadlines, nearest first. */
const WATCH_LIMIT = 100;
/** And the most recently passed Kamer deadlines, and passed decision deadlines. */
const OVERDUE_LIMIT = 50;

const WATCH_SELECT = {
  reference: true,
  title: true,
  status: true,
  version: true,
  kamerDeadline: true,
  plannedDate: true,
  statusChangedAt: true,
  timeline: { orderBy: { position: "asc" }, select: { date: true, description: true } },
  recipients: { where: { role: "BESLUIT" }, orderBy: { position: "asc" }, select: { officeId: true, office: { select: { code: true } } } },
  officeDecisions: { select: { officeId: true, notaVersion: true } },
  decisionDeadlines: { select: { officeId: true, date: true } },
  agendaItems: { select: { councilKind: true, meeting: { select: { date: true } } } },
} as const satisfies Prisma.NotaSelect;

/**
 * The open notas worth checking against their plan, each list from its own index: Kamer
 * deadlines coming within WATCH_DAYS (nearest first), Kamer deadlines passed (latest first,
 * so old forgotten drafts do not crowd out what is late now), and offices past the decision
 * deadline the secretariat set.
 */
async function watchedNotaIds(user: CurrentUser, today: string): Promise<string[]> {
  const scope = readableNotaWhere(user);
  const open = { status: { in: [...OPEN_STATUSES] } };
  const [coming, passed, decisionPassed] = await Promise.all([
    db.nota.findMany({
      where: { AND: [scope, open, { kamerDeadline: { gte: parseIsoDate(today), lte: parseIsoDate(addDays(today, WATCH_DAYS)) } }] },
      orderBy: [{ kamerDeadline: "asc" }, { reference: "asc" }],
      take: WATCH_LIMIT,
      select: { id: true },
    }),
    // Per stage, each from its own range of the (status, kamerDeadline) index, then merged: one
    // ordered walk over all stages at once would read every old nota to find the latest.
    db.$queryRaw<Array<{ id: string }>>`
      SELECT "id" FROM (${Prisma.join(
        OPEN_STATUSES.map(
          (status) => Prisma.sql`(SELECT n."id", n."kamerDeadline", n."reference" FROM "Nota" n
             WHERE n."status" = ${status}::"NotaStatus" AND n."kamerDeadline" < ${today}::date AND ${filterSql(user, {})}
             ORDER BY n."kamerDeadline" DESC, n."reference" DESC LIMIT ${OVERDUE_LIMIT})`,
        ),
        " UNION ALL ",
      )}) passed
      ORDER BY "kamerDeadline" DESC, "reference" DESC LIMIT ${OVERDUE_LIMIT}`,
    db.decisionDeadline.findMany({
      where: { date: { lt: parseIsoDate(today) }, nota: { AND: [scope, { status: "TER_BESLISSING" }] } },
      orderBy: { date: "desc" },
      take: OVERDUE_LIMIT,
      select: { notaId: true },
    }),
  ]);
  return [...new Set([...coming.map((n) => n.id), ...passed.map((n) => n.id), ...decisionPassed.map((d) => d.notaId)])];
}

export interface WatchedNota extends NotaPlan {
  reference: string;
  title: string;
  status: RouteStatus;
  kamerDeadline: string | null;
  waitingOn: string[];
}

export async function loadDashboard(user: CurrentUser) {
  const today = todayInAmsterdam();
  const scope = filterSql(user, {});
  const [stages, blocking, candidateIds, calendar, article100] = await Promise.all([
    // Open notas per stage: an index-only count on (status, …).
    db.$queryRaw<Array<{ status: RouteStatus; count: bigint }>>`
      SELECT n."status"::text AS "status", count(*) AS "count" FROM "Nota" n
      WHERE n."status" = ANY(${[...OPEN_STATUSES]}::"NotaStatus"[]) AND ${scope}
      GROUP BY n."status"`,
    // Offices that have not decided on a nota at the offices, with how long the oldest waits.
    db.$queryRaw<Array<{ officeCode: string; notas: bigint; since: Date }>>`
      SELECT o."code" AS "officeCode", count(*) AS "notas", min(n."statusChangedAt") AS "since"
      FROM "Nota" n
      JOIN "NotaRecipient" r ON r."notaId" = n."id" AND r."role" = 'BESLUIT'
      JOIN "Office" o ON o."id" = r."officeId"
      WHERE n."status" = 'TER_BESLISSING' AND ${scope}
        AND NOT EXISTS (SELECT 1 FROM "OfficeDecision" d WHERE d."notaId" = n."id" AND d."officeId" = r."officeId" AND d."notaVersion" = n."version")
      GROUP BY o."code"
      ORDER BY min(n."statusChangedAt") ASC`,
    watchedNotaIds(user, today),
    loadPlanningCalendar(db, planningWindow(today)),
    article100Bijdragen(db, user),
  ]);

  const candidates = await db.nota.findMany({
    where: { id: { in: candidateIds } },
    orderBy: [{ kamerDeadline: { sort: "asc", nulls: "last" } }, { reference: "asc" }],
    select: WATCH_SELECT,
  });
  const watched: WatchedNota[] = candidates.map((n) => {
    const decided = new Set(n.officeDecisions.filter((d) => d.notaVersion === n.version).map((d) => d.officeId));
    const explicit = new Map(n.decisionDeadlines.map((d) => [d.officeId, toIsoDate(d.date)]));
    const placed = (kind: "ONDERRAAD" | "MINISTERRAAD") => {
      const item = n.agendaItems.find((i) => i.councilKind === kind);
      return item ? { date: toIsoDate(item.meeting.date) } : null;
    };
    const deciding = n.recipients.map((r) => ({ officeCode: r.office.code, decided: decided.has(r.officeId), deadline: explicit.get(r.officeId) ?? null }));
    const plan = notaPlan({
      today,
      status: n.status,
      kamerDeadline: n.kamerDeadline ? toIsoDate(n.kamerDeadline) : null,
      plannedDate: n.plannedDate ? toIsoDate(n.plannedDate) : null,
      onderraad: placed("ONDERRAAD"),
      mr: placed("MINISTERRAAD"),
      deciding,
      timeline: n.timeline.map((e) => ({ date: toIsoDate(e.date), description: e.description })),
      calendar,
    });
    return {
      ...plan,
      reference: n.reference,
      title: n.title,
      status: n.status,
      kamerDeadline: n.kamerDeadline ? toIsoDate(n.kamerDeadline) : null,
      waitingOn: n.status === "TER_BESLISSING" ? deciding.filter((d) => !d.decided).map((d) => d.officeCode) : [],
    };
  });

  const upcoming = calendar.meetings.filter((m) => !m.cancelled && m.date >= today).slice(0, 4);
  const agendas = await db.agendaItem.findMany({
    where: { meetingId: { in: upcoming.map((m) => m.id) }, nota: readableNotaWhere(user) },
    orderBy: [{ kind: "asc" }, { nota: { reference: "asc" } }],
    select: { meetingId: true, kind: true, nota: { select: { reference: true, title: true } } },
  });

  return {
    today,
    isSecretariaat: canPlanCouncils(user).ok,
    stages: Object.fromEntries(stages.map((s) => [s.status, Number(s.count)])) as Partial<Record<RouteStatus, number>>,
    blocking: blocking.map((b) => ({
      officeCode: b.officeCode,
      notas: Number(b.notas),
      daysWaiting: Math.max(0, Math.floor((Date.now() - b.since.getTime()) / 86_400_000)),
    })),
    overdue: watched.filter((w) => w.overdue),
    atRisk: watched.filter((w) => !w.overdue && w.atRisk),
    watchedCount: candidates.length,
    watchLimitReached: candidates.length >= WATCH_LIMIT,
    /** The next yearly Voortgangsrapportage, if any art-100 bijdrage needs one. */
    voortgangsrapportage: article100.length > 0 ? { date: nextThirdWednesdayOfMay(today), bijdragen: article100 } : null,
    meetings: upcoming.map((m) => ({ ...m, agenda: agendas.filter((a) => a.meetingId === m.id).map((a) => ({ kind: a.kind, ...a.nota })) })),
  };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
