// Intrekken: the drafter withdraws the nota, with a reason; whoever had it in hand is told.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { routeMessages } from "@/lib/domain/route/messages";
import { notify } from "@/lib/data/notify";
import { assertRouteAllowed, checkNotStale, drafterOffice, loadActor, LostRace, performStep, routeContext, type StepRequest } from "./route-step";

export async function withdrawNota(request: StepRequest & { reason: string }): Promise<{ status: string }> {
  const actor = await loadActor(request.user, request.notaId, request.context);
  const { facts } = actor;
  const reason = request.reason.trim();
  if ((await checkNotStale(request, facts, "WITHDRAWN")) === "already-done") return { status: facts.status };
  await assertRouteAllowed(request, actor, "WITHDRAW", routeContext(facts, { hasReason: reason.length > 0 }));

  return performStep(request, "WITHDRAWN", "INGETROKKEN", async (tx) => {
    const updated = await tx.nota.updateMany({
      where: { id: facts.id, status: facts.status, version: facts.version },
      data: { status: "INGETROKKEN", paraafIndex: null, paraafOfficeId: null },
    });
    if (updated.count === 0) throw new LostRace();
    await tx.routeAction.create({
      data: { notaId: facts.id, round: facts.routeRound, kind: "WITHDRAWN", officeId: drafterOffice(request.user, facts), userId: request.user.id, reason, notaVersion: facts.version, fromStatus: facts.status, toStatus: "INGETROKKEN" },
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
      action: "nota.withdrawn",
      actorId: request.user.id,
      actingOfficeId: drafterOffice(request.user, facts),
      objectType: "Nota",
      objectId: facts.id,
      notaId: facts.id,
      notaVersion: facts.version,
      details: { from: facts.status, reason },
      ...request.context,
    });
  });
}
