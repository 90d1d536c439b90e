// Paraferen (INITIAL): the unit of the Via chain whose turn it is initials; the nota goes to
// the next unit, or after the last one to every deciding office at once.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { notify } from "@/lib/data/notify";
import { routeMessages } from "@/lib/domain/route/messages";
import { routeContext } from "@/lib/domain/route/route-context";
import { ROUTE_STEPS } from "@/lib/domain/route/steps";
import { notifyOffered } from "./offer-nota";
import { checkNotStale, loadActor, moveNota, nextStatus, performStep, requireSecondFactor, type StepRequest } from "./route-step";

export async function initialNota(request: StepRequest) {
  const actor = await loadActor(request.user, request.notaId, "INITIAL", request.context);
  const { facts } = actor;
  await requireSecondFactor(request, facts, "INITIAL");
  if ((await checkNotStale(request, actor, "INITIAL")) === "already-done") return { status: facts.status };
  const to = await nextStatus(request, actor, "INITIAL", routeContext(facts));
  const step = facts.paraafIndex!;
  const office = facts.viaOfficeIds[step];
  const next = to === "PARAAF" ? step + 1 : null;

  return performStep(request, "INITIAL", to, async (tx) => {
    // The step is part of the guard: two parafeerders of one unit initial it once.
    await moveNota(tx, facts, { status: to, paraafIndex: next, paraafOfficeId: next === null ? null : facts.viaOfficeIds[next] });
    await tx.routeAction.create({
      data: {
        notaId: facts.id,
        round: facts.routeRound,
        kind: "INITIAL",
        officeId: office,
        userId: request.user.id,
        stepIndex: step,
        notaVersion: facts.version,
        fromStatus: "PARAAF",
        toStatus: to,
      },
    });
    if (next !== null) {
      await notify(tx, {
        notaId: facts.id,
        kind: "TE_PARAFEREN",
        message: routeMessages.teParaferen(facts.reference, facts.title, facts.officeCodes[facts.viaOfficeIds[next]]),
        key: `paraaf:${facts.id}:${facts.routeRound}:${next}`,
        offices: { officeIds: [facts.viaOfficeIds[next]], roles: ["PARAAF"] },
        exceptUserId: request.user.id,
      });
    } else {
      await notifyOffered(tx, facts, facts.routeRound, false, request.user.id);
    }
    await recordAuditEvent(tx, {
      action: ROUTE_STEPS.INITIAL.audit,
      actorId: request.user.id,
      actingOfficeId: office,
      objectType: "Nota",
      objectId: facts.id,
      notaId: facts.id,
      notaVersion: facts.version,
      details: { step: step + 1, of: facts.viaOfficeIds.length, from: "PARAAF", to },
      ...request.context,
    });
  });
}
