// What the calendar shows and the ICS feed carries: council meetings, the Kamer deadlines of
// open notas, the decision deadlines the secretariat set, the Kamer's recesses, and for every
// art-100 bijdrage the yearly Voortgangsrapportage (third Wednesday of May).
import "server-only";
import { db } from "@/lib/db/client";
import { loadPlanningCalendar } from "@/lib/data/planning-calendar";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { article100Bijdragen } from "@/lib/data/article-100-bijdragen";
import { parseIsoDate, toIsoDate } from "@/lib/domain/dates";
import { thirdWednesdayOfMay } from "@/lib/domain/planning";
import type { CurrentUser } from "@/lib/domain/permissions";
import { OPEN_STATUSES } from "@/lib/domain/route/status-groups";

export type CalendarEventKind = "vergadering" | "kamerdeadline" | "beslisdeadline" | "reces" | "voortgangsrapportage";

export interface CalendarEvent {
  /** Stable across feeds, so a calendar program updates the event instead of adding one. */
  uid: string;
  kind: CalendarEventKind;
  start: string;
  /** Inclusive last day (recesses). */
  end: string;
  title: string;
  description: string | null;
  href: string | null;
  cancelled: boolean;
}

/**
 * A classified nota's title does not leave the application: the feed goes to whatever calendar
 * service a person subscribes with, and the page shows the title after the click anyway.
 */
function titleFor(nota: { title: string; classification: string }): string {
  return nota.classification === "ONGERUBRICEERD" ? nota.title : "(gerubriceerd)";
}

/** Notas per range: a deadline-heavy month stays readable and the query bounded. */
const DEADLINE_LIMIT = 500;

export async function loadCalendarEvents(user: CurrentUser, range: { from: string; to: string }): Promise<{ events: CalendarEvent[]; truncated: boolean }> {
  const from = parseIsoDate(range.from);
  const to = parseIsoDate(range.to);
  const [calendar, deadlines, decisionDeadlines, art100] = await Promise.all([
    loadPlanningCalendar(db, range),
    db.nota.findMany({
      where: { AND: [readableNotaWhere(user), { status: { in: [...OPEN_STATUSES] }, kamerDeadline: { gte: from, lte: to } }] },
      orderBy: [{ kamerDeadline: "asc" }, { reference: "asc" }],
      take: DEADLINE_LIMIT + 1,
      select: { reference: true, title: true, kamerDeadline: true, classification: true },
    }),
    db.decisionDeadline.findMany({
      where: {
        date: { gte: from, lte: to },
        nota: { AND: [readableNotaWhere(user), { status: { in: ["CONCEPT", "PARAAF", "TER_BESLISSING", "TERUGGESTUURD"] } }] },
      },
      orderBy: { date: "asc" },
      take: DEADLINE_LIMIT,
      select: { date: true, office: { select: { code: true } }, nota: { select: { reference: true, title: true, classification: true } } },
    }),
    article100Bijdragen(db, user),
  ]);

  const events: CalendarEvent[] = [];
  for (const m of calendar.meetings) {
    events.push({
      uid: `meeting-${m.id}`,
      kind: "vergadering",
      start: m.date,
      end: m.date,
      title: `${m.councilCode}${m.cancelled ? " (vervalt)" : ""}`,
      description: m.note,
      href: `/vergaderingen/${m.id}`,
      cancelled: m.cancelled,
    });
  }
  for (const r of calendar.recesses) {
    events.push({
      uid: `recess-${r.start}-${r.name}`,
      kind: "reces",
      start: r.start,
      end: r.end,
      title: r.name,
      description: "Reces van de Tweede Kamer",
      href: null,
      cancelled: false,
    });
  }
  for (const n of deadlines.slice(0, DEADLINE_LIMIT)) {
    const date = toIsoDate(n.kamerDeadline!);
    events.push({
      uid: `kamer-${n.reference}`,
      kind: "kamerdeadline",
      start: date,
      end: date,
      title: `Kamer: ${n.reference}`,
      description: titleFor(n),
      href: `/notas/${encodeURIComponent(n.reference)}`,
      cancelled: false,
    });
  }
  for (const d of decisionDeadlines) {
    const date = toIsoDate(d.date);
    events.push({
      uid: `besluit-${d.nota.reference}-${d.office.code}`,
      kind: "beslisdeadline",
      start: date,
      end: date,
      title: `Besluit ${d.office.code}: ${d.nota.reference}`,
      description: titleFor(d.nota),
      href: `/notas/${encodeURIComponent(d.nota.reference)}`,
      cancelled: false,
    });
  }
  if (art100.length > 0) {
    for (let year = Number(range.from.slice(0, 4)); year <= Number(range.to.slice(0, 4)); year++) {
      const date = thirdWednesdayOfMay(year);
      if (date < range.from || date > range.to) continue;
      events.push({
        uid: `voortgangsrapportage-${year}`,
        kind: "voortgangsrapportage",
        start: date,
        end: date,
        title: "Voortgangsrapportage art. 100",
        description: `Jaarlijkse voortgangsrapportage over: ${art100.map((b) => (b.acronym ? `${b.name} (${b.acronym})` : b.name)).join(", ")}`,
        href: null,
        cancelled: false,
      });
    }
  }
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.kind.localeCompare(b.kind)));
  return { events, truncated: deadlines.length > DEADLINE_LIMIT };
}
