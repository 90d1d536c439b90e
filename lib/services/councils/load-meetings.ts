// The councils' meetings as the Vergaderingen page lists them: from a date on, with how many
// notas each agenda holds (counted in the same query, never per meeting), the recesses and
// the lead times.
import "server-only";
import { db } from "@/lib/db/client";
import { readableNotaWhere } from "@/lib/data/read-scope";
import { parseIsoDate, toIsoDate } from "@/lib/domain/dates";
import { canPlanCouncils, type CurrentUser } from "@/lib/domain/permissions";

export async function loadMeetings(user: CurrentUser, range: { from: string; to: string }) {
  const [councils, meetings, recesses, settings] = await Promise.all([
    db.council.findMany({ where: { active: true }, orderBy: [{ kind: "asc" }, { code: "asc" }], select: { id: true, code: true, name: true, kind: true } }),
    db.meeting.findMany({
      where: { date: { gte: parseIsoDate(range.from), lte: parseIsoDate(range.to) }, council: { active: true } },
      orderBy: [{ date: "asc" }, { council: { code: "asc" } }],
      select: {
        id: true,
        date: true,
        cancelled: true,
        note: true,
        council: { select: { code: true, kind: true } },
        _count: { select: { agenda: { where: { nota: readableNotaWhere(user) } } } },
      },
    }),
    db.kamerRecess.findMany({ where: { endDate: { gte: parseIsoDate(range.from) } }, orderBy: { startDate: "asc" } }),
    db.planningSettings.findUnique({ where: { id: 1 } }),
  ]);
  return {
    canPlan: canPlanCouncils(user).ok,
    councils,
    meetings: meetings.map((m) => ({
      id: m.id,
      date: toIsoDate(m.date),
      cancelled: m.cancelled,
      note: m.note,
      councilCode: m.council.code,
      councilKind: m.council.kind,
      agendaCount: m._count.agenda,
    })),
    recesses: recesses.map((r) => ({ id: r.id, name: r.name, start: toIsoDate(r.startDate), end: toIsoDate(r.endDate) })),
    leadTimes: settings ?? { mrToKamer: 0, onderraadToMr: 3, decisionToOnderraad: 5 },
  };
}
