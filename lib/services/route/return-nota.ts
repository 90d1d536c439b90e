// Terugsturen (RETURN): the parafeerder whose turn it is, or a deciding office, sends the nota
// back to the drafter with a reason. Decisions already given stay in the record; after changes
// and a new offer every office decides again on the new text.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { notify } from "@/lib/data/notify";
import { routeMessages } from "@/lib/domain/route/messages";
import { routeContext } from "@/lib/domain/route/route-context";
import { ROUTE_STEPS } from "@/lib/domain/route/steps";
import { checkNotStale, loadActor, moveNota, nextStatus, performStep, refuse, type StepRequest } from "./route-step";

export async function returnNota(request: StepRequest & { reason: string; officeId?: string | null }) {
  const actor = await loadActor(request.user, request.notaId, "RETURN", request.context);
  const { facts } = actor;
  const reason = request.reason.trim();
  if ((await checkNotStale(request, actor, "RETURN")) === "already-done") return { status: facts.status };

  // For whom: the Via unit whose turn it is, or the deciding office the user records for.
  let officeId: string = facts.viaOfficeIds[facts.paraafIndex ?? 0];
  let delegationId: string | null = null;
  if (facts.status === "TER_BESLISSING") {
    const candidates = facts.decidingOfficeIds.filter((id) => actor.kabinet.has(id));
    if (request.officeId && !candidates.includes(request.officeId)) {
      await refuse(request, facts, "RETURN", "U kunt niet terugsturen namens een bewindspersoon voor wie u niet optreedt.");
    }
    officeId = request.officeId ?? candidates[0];
    delegationId = actor.kabinet.get(officeId) ?? null;
  }
  const to = await nextStatus(
    request,
    actor,
    "RETURN",
    routeContext(facts, { hasReason: reason.length > 0, actorDecided: facts.decidedOfficeIds.includes(officeId) }),
  );

  return performStep(request, "RETURN", to, async (tx) => {
    await moveNota(tx, facts, { status: to, paraafIndex: null, paraafOfficeId: null });
    await tx.routeAction.create({
      data: {
        notaId: facts.id,
        round: facts.routeRound,
        kind: "RETURN",
        officeId,
        userId: request.user.id,
        delegationId,
        stepIndex: facts.status === "PARAAF" ? facts.paraafIndex : null,
        reason,
        notaVersion: facts.version,
        fromStatus: facts.status,
        toStatus: to,
      },
    });
    await notify(tx, {
      notaId: facts.id,
      kind: "TERUGGESTUURD",
      message: routeMessages.teruggestuurd(facts.reference, facts.title, `${request.user.name} namens ${facts.officeCodes[officeId]}`, reason),
      key: `terug:${facts.id}:${facts.routeRound}:${facts.version}`,
      offices: { officeIds: [facts.ownerOfficeId], roles: ["OPSTELLER"] },
      exceptUserId: request.user.id,
    });
    await recordAuditEvent(tx, {
      action: ROUTE_STEPS.RETURN.audit,
      actorId: request.user.id,
      actingOfficeId: officeId,
      objectType: "Nota",
      objectId: facts.id,
      notaId: facts.id,
      notaVersion: facts.version,
      details: { from: facts.status, to, reason, delegationId },
      ...request.context,
    });
  });
}
