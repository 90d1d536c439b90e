// Everything the editor page needs, in a handful of queries, for those who may edit the nota.
import "server-only";
import { loadPlanningCalendar, planningWindow } from "@/lib/data/planning-calendar";
import { todayInAmsterdam } from "@/lib/domain/dates";
import type { PlanningCalendar } from "@/lib/domain/planning";
import { db } from "@/lib/db/client";
import { loadCurrent } from "@/lib/data/content-rows";
import type { OfficeKind } from "@/lib/domain/enums";
import { draftingOfficeIds, hasRoleAnywhere, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { editableNotaOrRefuse } from "./editable-nota";

export interface OfficeOption {
  id: string;
  code: string;
  name: string;
  kind: OfficeKind;
}

export async function loadEditor(options: { user: CurrentUser; reference: string; context: RequestContext }) {
  const { user, reference, context } = options;
  const nota = await editableNotaOrRefuse(user, { reference }, context);
  const today = todayInAmsterdam();
  const [{ snapshot, version }, offices, calendar] = await Promise.all([
    // Version and snapshot from one consistent read: the editor bases its saves on them.
    db.$transaction((tx) => loadCurrent(tx, nota.id), { isolationLevel: "RepeatableRead" }),
    // Ended offices only where this nota already names them: its choices keep their value, and nothing new can name them.
    db.office.findMany({
      where: { OR: [{ active: true }, { id: nota.ownerOfficeId }, { parties: { some: { notaId: nota.id } } }, { recipients: { some: { notaId: nota.id } } }] },
      orderBy: [{ kind: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true, kind: true, active: true },
    }),
    loadPlanningCalendar(db, planningWindow(today)),
  ]);
  const draftable = hasRoleAnywhere(user, ["BEHEER"]) ? offices.filter((o) => o.active).map((o) => o.id) : draftingOfficeIds(user);
  const officeOptions: OfficeOption[] = offices.map(({ active, ...o }) => (active ? o : { ...o, name: `${o.name} (opgeheven)` }));
  return {
    nota: { ...nota, version },
    snapshot,
    offices: officeOptions,
    ownerOptions: officeOptions.filter((o) => draftable.includes(o.id) || o.id === nota.ownerOfficeId),
    // What the editor checks the planning against while the drafter types (only what it needs).
    planning: {
      today,
      calendar: {
        mrMeetings: calendar.mrMeetings.map(({ id, date, cancelled }) => ({ id, date, cancelled })),
        onderraadMeetings: calendar.onderraadMeetings.map(({ id, date, cancelled }) => ({ id, date, cancelled })),
        recesses: calendar.recesses,
        leadTimes: calendar.leadTimes,
      } satisfies PlanningCalendar,
    },
  };
}
