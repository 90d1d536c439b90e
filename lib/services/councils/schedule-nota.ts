// Agenderen (SCHEDULE_ONDERRAAD, SCHEDULE_MR): the secretariat places a besloten nota on a
// meeting's agenda as hamerstuk or bespreekstuk, or moves it to another meeting of the same
// council. Which step it is follows from the meeting's council. The drafting unit is told.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { notify } from "@/lib/data/notify";
import { formatDate, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { AGENDA_ITEM_LABELS } from "@/lib/domain/planning/labels";
import { placementRefusal } from "@/lib/domain/planning/placement";
import { routeMessages } from "@/lib/domain/route/messages";
import { routeContext } from "@/lib/domain/route/route-context";
import { ROUTE_STEPS } from "@/lib/domain/route/steps";
import { checkNotStale, loadActor, moveNota, nextStatus, performStep, refuse, type StepRequest } from "../route/route-step";

export interface ScheduleRequest extends StepRequest {
  meetingId: string;
  kind: "HAMERSTUK" | "BESPREEKSTUK";
  /** The council the caller means (the API names the step); a meeting of another is refused. */
  council?: "ONDERRAAD" | "MINISTERRAAD";
}

export async function scheduleNota(request: ScheduleRequest) {
  const meeting = await db.meeting.findUnique({
    where: { id: request.meetingId },
    select: { id: true, date: true, cancelled: true, council: { select: { code: true, name: true, kind: true, active: true } } },
  });
  if (!meeting || !meeting.council.active) throw new NotFoundError("Deze vergadering bestaat niet (meer).");
  if (request.council && request.council !== meeting.council.kind) {
    const message = `Dit is een vergadering van de ${meeting.council.kind === "MINISTERRAAD" ? "ministerraad" : "onderraad"}.`;
    throw new InvalidInputError(message, [{ path: "meetingId", message }]);
  }
  const step = meeting.council.kind === "MINISTERRAAD" ? "SCHEDULE_MR" : "SCHEDULE_ONDERRAAD";
  const actor = await loadActor(request.user, request.notaId, step, request.context);
  const { facts } = actor;
  // Permission before staleness: someone who may not schedule learns nothing about the nota's state.
  const to = await nextStatus(request, actor, step, routeContext(facts));
  if ((await checkNotStale(request, actor, step)) === "already-done") return { status: facts.status };

  const onderraad = await db.agendaItem.findUnique({
    where: { notaId_councilKind: { notaId: facts.id, councilKind: "ONDERRAAD" } },
    select: { meeting: { select: { date: true } } },
  });
  const meetingDate = toIsoDate(meeting.date);
  const refusal = placementRefusal({
    councilKind: meeting.council.kind,
    meeting: { date: meetingDate, cancelled: meeting.cancelled, councilCode: meeting.council.code },
    today: todayInAmsterdam(),
    onderraadDate: meeting.council.kind === "MINISTERRAAD" && onderraad ? toIsoDate(onderraad.meeting.date) : null,
  });
  if (refusal) return refuse(request, facts, step, refusal);
  const secretariaat = request.user.memberships.find((m) => m.role === "SECRETARIAAT")?.officeId ?? null;

  return performStep(request, step, to, async (tx) => {
    // The meeting may have been cancelled or moved since it was read: lock it and look again.
    const [locked] = await tx.$queryRaw<
      Array<{ cancelled: boolean; date: Date }>
    >`SELECT "cancelled", "date" FROM "Meeting" WHERE "id" = ${meeting.id}::uuid FOR UPDATE`;
    if (!locked || locked.cancelled || toIsoDate(locked.date) !== meetingDate) {
      throw new ConflictError("De vergadering is intussen gewijzigd. Vernieuw de pagina en kies opnieuw.", { status: facts.status });
    }
    await moveNota(tx, facts, { status: to }, { exact: true });
    await tx.agendaItem.upsert({
      where: { notaId_councilKind: { notaId: facts.id, councilKind: meeting.council.kind } },
      create: { notaId: facts.id, meetingId: meeting.id, councilKind: meeting.council.kind, kind: request.kind, placedById: request.user.id },
      update: { meetingId: meeting.id, kind: request.kind, placedById: request.user.id, placedAt: new Date() },
    });
    await tx.routeAction.create({
      data: {
        notaId: facts.id,
        round: facts.routeRound,
        kind: step,
        officeId: secretariaat,
        userId: request.user.id,
        meetingId: meeting.id,
        notaVersion: facts.version,
        fromStatus: facts.status,
        toStatus: to,
      },
    });
    await notify(tx, {
      notaId: facts.id,
      kind: "GEAGENDEERD",
      message: routeMessages.geagendeerd(
        facts.reference,
        facts.title,
        meeting.council.code,
        formatDate(meeting.date),
        AGENDA_ITEM_LABELS[request.kind].toLowerCase(),
      ),
      key: `geagendeerd:${facts.id}:${meeting.id}`,
      offices: { officeIds: [facts.ownerOfficeId], roles: ["OPSTELLER"] },
      exceptUserId: request.user.id,
    });
    await recordAuditEvent(tx, {
      action: ROUTE_STEPS[step].audit,
      actorId: request.user.id,
      actingOfficeId: secretariaat,
      objectType: "Nota",
      objectId: facts.id,
      notaId: facts.id,
      notaVersion: facts.version,
      details: { from: facts.status, to, council: meeting.council.code, meetingId: meeting.id, meetingDate, kind: request.kind },
      ...request.context,
    });
  });
}
