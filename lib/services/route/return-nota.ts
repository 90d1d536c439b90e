// Terugsturen: the parafeerder whose turn it is, or a deciding office, sends the nota back to
// the drafter with a reason. Decisions already given stay in the record; after changes and a
// new offer every office decides again on the new text.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { routeMessages } from "@/lib/domain/route/messages";
import { notify } from "@/lib/data/notify";
import { assertRouteAllowed, checkNotStale, loadActor, LostRace, performStep, refuse, routeContext, type StepRequest } from "./route-step";

export async function returnNota(request: StepRequest & { reason: string; officeId?: string | null }): Promise<{ status: string }> {
  const actor = await loadActor(request.user, request.notaId, request.context);
  const { facts } = actor;
  const reason = request.reason.trim();
  if ((await checkNotStale(request, facts, "RETURNED")) === "already-done") return { status: facts.status };

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
  await assertRouteAllowed(request, actor, "RETURN", routeContext(facts, { hasReason: reason.length > 0, actorDecided: facts.decidedOfficeIds.includes(officeId) }));

  return performStep(request, "RETURNED", "TERUGGESTUURD", async (tx) => {
    const updated = await tx.nota.updateMany({
      where: { id: facts.id, status: facts.status, version: facts.version, paraafIndex: facts.paraafIndex },
      data: { status: "TERUGGESTUURD", paraafIndex: null, paraafOfficeId: null },
    });
    if (updated.count === 0) throw new LostRace();
    await tx.routeAction.create({
      data: {
        notaId: facts.id,
        round: facts.routeRound,
        kind: "RETURNED",
        officeId,
        userId: request.user.id,
        delegationId,
        stepIndex: facts.status === "PARAAF" ? facts.paraafIndex : null,
        reason,
        notaVersion: facts.version,
        fromStatus: facts.status,
        toStatus: "TERUGGESTUURD",
      },
    });
    const office = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { code: true } });
    await notify(tx, {
      notaId: facts.id,
      kind: "TERUGGESTUURD",
      message: routeMessages.teruggestuurd(facts.reference, facts.title, `${request.user.name} namens ${office.code}`, reason),
      key: `terug:${facts.id}:${facts.routeRound}:${facts.version}`,
      offices: { officeIds: [facts.ownerOfficeId], roles: ["OPSTELLER"] },
      exceptUserId: request.user.id,
    });
    await recordAuditEvent(tx, {
      action: "nota.returned",
      actorId: request.user.id,
      actingOfficeId: officeId,
      objectType: "Nota",
      objectId: facts.id,
      notaId: facts.id,
      notaVersion: facts.version,
      details: { from: facts.status, reason, delegationId },
      ...request.context,
    });
  });
}
