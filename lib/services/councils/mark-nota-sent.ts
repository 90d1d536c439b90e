// Verzonden (MARK_SENT): after the ministerraad the secretariat records its outcome and the day
// the Kamerbrief went to the Tweede Kamer; the nota is then afgerond. The toezeggingen the
// brief fulfils can be marked voldaan in the same step.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { notify } from "@/lib/data/notify";
import { formatDate, parseIsoDate, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { InvalidInputError } from "@/lib/domain/errors";
import { sentRefusal } from "@/lib/domain/planning/placement";
import { routeMessages } from "@/lib/domain/route/messages";
import { routeContext } from "@/lib/domain/route/route-context";
import { ROUTE_STEPS } from "@/lib/domain/route/steps";
import { checkNotStale, loadActor, moveNota, nextStatus, performStep, refuse, type StepRequest } from "../route/route-step";

export interface MarkSentRequest extends StepRequest {
  outcome: "CONFORM" | "GEWIJZIGD";
  outcomeNote: string | null;
  /** ISO date. */
  sentOn: string;
  /** Linked toezeggingen this brief fulfils completely. */
  toezeggingenVoldaan: string[];
}

export async function markNotaSent(request: MarkSentRequest) {
  const actor = await loadActor(request.user, request.notaId, "MARK_SENT", request.context);
  const { facts } = actor;
  const to = await nextStatus(request, actor, "MARK_SENT", routeContext(facts));
  if ((await checkNotStale(request, actor, "MARK_SENT")) === "already-done") return { status: facts.status };

  const [mr, linked] = await Promise.all([
    db.agendaItem.findUnique({
      where: { notaId_councilKind: { notaId: facts.id, councilKind: "MINISTERRAAD" } },
      select: { meeting: { select: { date: true } } },
    }),
    db.notaToezegging.findMany({ where: { notaId: facts.id }, select: { toezeggingId: true } }),
  ]);
  if (!mr) return refuse(request, facts, "MARK_SENT", "De nota staat niet op de agenda van een ministerraad.");
  const refusal = sentRefusal({ today: todayInAmsterdam(), mrDate: toIsoDate(mr.meeting.date), sentOn: request.sentOn });
  if (refusal?.field) throw new InvalidInputError(refusal.message, [{ path: refusal.field, message: refusal.message }]);
  if (refusal) return refuse(request, facts, "MARK_SENT", refusal.message);
  const linkedIds = new Set(linked.map((l) => l.toezeggingId));
  const voldaan = request.toezeggingenVoldaan.filter((id) => linkedIds.has(id));
  const secretariaat = request.user.memberships.find((m) => m.role === "SECRETARIAAT")?.officeId ?? null;

  return performStep(request, "MARK_SENT", to, async (tx) => {
    await moveNota(tx, facts, { status: to, mrOutcome: request.outcome, mrOutcomeNote: request.outcomeNote, kamerbriefSentOn: parseIsoDate(request.sentOn) });
    const fulfilled = await tx.toezegging.findMany({
      where: { id: { in: voldaan }, status: { not: "VOLDAAN" } },
      select: { id: true, reference: true, status: true },
    });
    for (const toezegging of fulfilled) {
      await tx.toezegging.update({ where: { id: toezegging.id }, data: { status: "VOLDAAN" } });
      await recordAuditEvent(tx, {
        action: "toezegging.status_changed",
        actorId: request.user.id,
        actingOfficeId: secretariaat,
        objectType: "Toezegging",
        objectId: toezegging.id,
        details: { reference: toezegging.reference, from: toezegging.status, to: "VOLDAAN", byNota: facts.reference },
        ...request.context,
      });
    }
    await tx.routeAction.create({
      data: {
        notaId: facts.id,
        round: facts.routeRound,
        kind: "MARK_SENT",
        officeId: secretariaat,
        userId: request.user.id,
        reason: request.outcomeNote,
        notaVersion: facts.version,
        fromStatus: facts.status,
        toStatus: to,
      },
    });
    await notify(tx, {
      notaId: facts.id,
      kind: "AFGEROND",
      message: routeMessages.afgerond(facts.reference, facts.title, formatDate(request.sentOn)),
      key: `afgerond:${facts.id}`,
      offices: { officeIds: [facts.ownerOfficeId, ...facts.decidingOfficeIds], roles: ["OPSTELLER", "KABINET"] },
      exceptUserId: request.user.id,
    });
    await recordAuditEvent(tx, {
      action: ROUTE_STEPS.MARK_SENT.audit,
      actorId: request.user.id,
      actingOfficeId: secretariaat,
      objectType: "Nota",
      objectId: facts.id,
      notaId: facts.id,
      notaVersion: facts.version,
      details: { from: facts.status, to, outcome: request.outcome, outcomeNote: request.outcomeNote, sentOn: request.sentOn, toezeggingenVoldaan: voldaan },
      ...request.context,
    });
  });
}
