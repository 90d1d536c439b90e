// The calendar back-planning works on: the councils' meetings, the Kamer's recesses and the
// lead times. Small tables (about a hundred meetings a year), read in three indexed queries.
import type { Db, Tx } from "@/lib/db/create-client";
import { parseIsoDate, toIsoDate } from "@/lib/domain/dates";
import { addDays, DEFAULT_LEAD_TIMES, type PlanningCalendar } from "@/lib/domain/planning";

export interface CalendarMeeting {
  id: string;
  date: string;
  cancelled: boolean;
  note: string | null;
  councilCode: string;
  councilName: string;
  councilKind: "ONDERRAAD" | "MINISTERRAAD";
}

export interface LoadedCalendar extends PlanningCalendar {
  meetings: CalendarMeeting[];
}

/** Meetings and recesses between two dates (ISO, inclusive), with the lead times. */
export async function loadPlanningCalendar(db: Db | Tx, range: { from: string; to: string }): Promise<LoadedCalendar> {
  const [meetings, recesses, settings] = await Promise.all([
    db.meeting.findMany({
      where: { date: { gte: parseIsoDate(range.from), lte: parseIsoDate(range.to) }, council: { active: true } },
      orderBy: [{ date: "asc" }],
      select: { id: true, date: true, cancelled: true, note: true, council: { select: { code: true, name: true, kind: true } } },
    }),
    db.kamerRecess.findMany({
      where: { endDate: { gte: parseIsoDate(range.from) }, startDate: { lte: parseIsoDate(range.to) } },
      orderBy: { startDate: "asc" },
    }),
    db.planningSettings.findUnique({ where: { id: 1 } }),
  ]);
  const calendarMeetings = meetings.map((m) => ({
    id: m.id,
    date: toIsoDate(m.date),
    cancelled: m.cancelled,
    note: m.note,
    councilCode: m.council.code,
    councilName: m.council.name,
    councilKind: m.council.kind,
  }));
  return {
    meetings: calendarMeetings,
    mrMeetings: calendarMeetings.filter((m) => m.councilKind === "MINISTERRAAD"),
    onderraadMeetings: calendarMeetings.filter((m) => m.councilKind === "ONDERRAAD"),
    recesses: recesses.map((r) => ({ name: r.name, start: toIsoDate(r.startDate), end: toIsoDate(r.endDate) })),
    leadTimes: settings
      ? { mrToKamer: settings.mrToKamer, onderraadToMr: settings.onderraadToMr, decisionToOnderraad: settings.decisionToOnderraad }
      : DEFAULT_LEAD_TIMES,
  };
}

/** The window of meetings any open nota's plan can need: from a while back to well ahead. */
export function planningWindow(today: string): { from: string; to: string } {
  return { from: addDays(today, -400), to: addDays(today, 800) };
}
