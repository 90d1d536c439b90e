// A nota's planning as its page shows it: where it is on the councils' agendas, its plan back
// from the Kamer deadline, every office's decision deadline, the toezeggingen it fulfils, and
// what does not fit. For the secretariat also the meetings it can be placed on.
import "server-only";
import { db } from "@/lib/db/client";
import { loadPlanningCalendar, planningWindow, type CalendarMeeting } from "@/lib/data/planning-calendar";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { notaPlan, type NotaPlan } from "@/lib/domain/planning";
import { canPlanCouncils, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";

export interface Placement {
  meetingId: string;
  date: string;
  councilCode: string;
  councilName: string;
  kind: "HAMERSTUK" | "BESPREEKSTUK";
}

export interface NotaPlanView extends NotaPlan {
  today: string;
  onderraad: Placement | null;
  mr: Placement | null;
  deciding: Array<{ officeId: string; officeCode: string; decided: boolean; date: string | null; explicit: boolean }>;
  toezeggingen: Array<{ id: string; reference: string; text: string; dueDate: string; status: "OPENSTAAND" | "DEELS_VOLDAAN" | "VOLDAAN" }>;
  mrOutcome: "CONFORM" | "GEWIJZIGD" | null;
  mrOutcomeNote: string | null;
  kamerbriefSentOn: string | null;
  /** Coming meetings that go ahead, for the secretariat's scheduling form (empty for others). */
  upcoming: { onderraad: CalendarMeeting[]; mr: CalendarMeeting[] };
  canPlan: boolean;
}

export async function loadNotaPlan(user: CurrentUser, notaId: string, context: RequestContext): Promise<NotaPlanView> {
  const today = todayInAmsterdam();
  const [nota, calendar] = await Promise.all([
    readableNotaOrRefuse(
      user,
      { id: notaId },
      {
        status: true,
        version: true,
        kamerDeadline: true,
        plannedDate: true,
        mrOutcome: true,
        mrOutcomeNote: true,
        kamerbriefSentOn: true,
        timeline: { orderBy: { position: "asc" }, select: { date: true, description: true } },
        recipients: { where: { role: "BESLUIT" }, orderBy: { position: "asc" }, select: { officeId: true, office: { select: { code: true } } } },
        officeDecisions: { select: { officeId: true, notaVersion: true } },
        decisionDeadlines: { select: { officeId: true, date: true } },
        agendaItems: {
          select: { councilKind: true, kind: true, meeting: { select: { id: true, date: true, council: { select: { code: true, name: true } } } } },
        },
        toezeggingen: { select: { toezegging: { select: { id: true, reference: true, text: true, dueDate: true, status: true } } } },
      },
      { action: "nota.read_refused", context },
    ),
    loadPlanningCalendar(db, planningWindow(today)),
  ]);
  const placement = (kind: "ONDERRAAD" | "MINISTERRAAD"): Placement | null => {
    const item = nota.agendaItems.find((i) => i.councilKind === kind);
    return item
      ? {
          meetingId: item.meeting.id,
          date: toIsoDate(item.meeting.date),
          councilCode: item.meeting.council.code,
          councilName: item.meeting.council.name,
          kind: item.kind,
        }
      : null;
  };
  const onderraad = placement("ONDERRAAD");
  const mr = placement("MINISTERRAAD");
  const decidedNow = new Set(nota.officeDecisions.filter((d) => d.notaVersion === nota.version).map((d) => d.officeId));
  const explicit = new Map(nota.decisionDeadlines.map((d) => [d.officeId, toIsoDate(d.date)]));
  const deciding = nota.recipients.map((r) => ({
    officeId: r.officeId,
    officeCode: r.office.code,
    decided: decidedNow.has(r.officeId),
    deadline: explicit.get(r.officeId) ?? null,
  }));
  const result = notaPlan({
    today,
    status: nota.status,
    kamerDeadline: nota.kamerDeadline ? toIsoDate(nota.kamerDeadline) : null,
    plannedDate: nota.plannedDate ? toIsoDate(nota.plannedDate) : null,
    onderraad,
    mr,
    deciding,
    timeline: nota.timeline.map((e) => ({ date: toIsoDate(e.date), description: e.description })),
    calendar,
  });
  const canPlan = canPlanCouncils(user).ok;
  const open = calendar.meetings.filter((m) => !m.cancelled && m.date >= today);
  return {
    ...result,
    today,
    onderraad,
    mr,
    deciding: deciding.map((d, index) => ({ ...d, ...result.decisionDeadlines[index] })),
    toezeggingen: nota.toezeggingen.map(({ toezegging: t }) => ({
      id: t.id,
      reference: t.reference,
      text: t.text,
      dueDate: toIsoDate(t.dueDate),
      status: t.status,
    })),
    mrOutcome: nota.mrOutcome,
    mrOutcomeNote: nota.mrOutcomeNote,
    kamerbriefSentOn: nota.kamerbriefSentOn ? toIsoDate(nota.kamerbriefSentOn) : null,
    upcoming: canPlan
      ? { onderraad: open.filter((m) => m.councilKind === "ONDERRAAD").slice(0, 26), mr: open.filter((m) => m.councilKind === "MINISTERRAAD").slice(0, 26) }
      : { onderraad: [], mr: [] },
    canPlan,
  };
}
