// Intrekken (WITHDRAW): the drafter withdraws the nota, with a reason; whoever had it in hand
// is told.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { notify } from "@/lib/data/notify";
import { routeMessages } from "@/lib/domain/route/messages";
import { routeContext } from "@/lib/domain/route/route-context";
import { ROUTE_STEPS } from "@/lib/domain/route/steps";
import { checkNotStale, drafterOffice, loadActor, moveNota, nextStatus, performStep, type StepRequest } from "./route-step";

export async function withdrawNota(request: StepRequest & { reason: string }) {
  const actor = await loadActor(request.user, request.notaId, "WITHDRAW", request.context);
  const { facts } = actor;
  const reason = request.reason.trim();
  if ((await checkNotStale(request, actor, "WITHDRAW")) === "already-done") return { status: facts.status };
  const to = await nextStatus(request, actor, "WITHDRAW", routeContext(facts, { hasReason: reason.length > 0 }));
  const office = drafterOffice(request.user, facts);

  return performStep(request, "WITHDRAW", to, async (tx) => {
    await moveNota(tx, facts, { status: to, paraafIndex: null, paraafOfficeId: null });
    await tx.routeAction.create({
      data: {
        notaId: facts.id,
        round: facts.routeRound,
        kind: "WITHDRAW",
        officeId: office,
        userId: request.user.id,
        reason,
        notaVersion: facts.version,
        fromStatus: facts.status,
        toStatus: to,
      },
    });
    const concerned =
      facts.status === "PARAAF"
        ? { officeIds: [facts.viaOfficeIds[facts.paraafIndex!]], roles: ["PARAAF" as const] }
        : facts.status === "TER_BESLISSING"
          ? { officeIds: [...facts.decidingOfficeIds, ...facts.copyOfficeIds], roles: ["KABINET" as const] }
          : { officeIds: [], roles: [] };
    await notify(tx, {
      notaId: facts.id,
      kind: "INGETROKKEN",
      message: routeMessages.ingetrokken(facts.reference, facts.title, reason),
      key: `ingetrokken:${facts.id}`,
      offices: concerned,
      exceptUserId: request.user.id,
    });
    await recordAuditEvent(tx, {
      action: ROUTE_STEPS.WITHDRAW.audit,
      actorId: request.user.id,
      actingOfficeId: office,
      objectType: "Nota",
      objectId: facts.id,
      notaId: facts.id,
      notaVersion: facts.version,
      details: { from: facts.status, to, reason },
      ...request.context,
    });
  });
}
