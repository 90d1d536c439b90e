// Paraferen: the unit of the Via chain whose turn it is initials; the nota goes to the next
// unit, or after the last one to every deciding office at once.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { routeMessages } from "@/lib/domain/route/messages";
import { notify } from "@/lib/data/notify";
import { notifyOffered } from "./offer-nota";
import { assertRouteAllowed, checkNotStale, loadActor, LostRace, performStep, routeContext, type StepRequest } from "./route-step";

export async function initialNota(request: StepRequest): Promise<{ status: string }> {
  const actor = await loadActor(request.user, request.notaId, request.context);
  const { facts } = actor;
  if ((await checkNotStale(request, facts, "INITIALED")) === "already-done") return { status: facts.status };
  const to = await assertRouteAllowed(request, actor, "INITIAL", routeContext(facts));
  const step = facts.paraafIndex!;
  const office = facts.viaOfficeIds[step];
  const next = to === "PARAAF" ? step + 1 : null;

  return performStep(request, "INITIALED", to, async (tx) => {
    // The step is part of the guard: two parafeerders of one unit initial it once.
    const updated = await tx.nota.updateMany({
      where: { id: facts.id, status: "PARAAF", version: facts.version, paraafIndex: step },
      data: { status: to, paraafIndex: next, paraafOfficeId: next === null ? null : facts.viaOfficeIds[next] },
    });
    if (updated.count === 0) throw new LostRace();
    await tx.routeAction.create({
      data: { notaId: facts.id, round: facts.routeRound, kind: "INITIALED", officeId: office, userId: request.user.id, stepIndex: step, notaVersion: facts.version, fromStatus: "PARAAF", toStatus: to },
    });
    if (next !== null) {
      const nextOffice = await tx.office.findUniqueOrThrow({ where: { id: facts.viaOfficeIds[next] }, select: { code: true } });
      await notify(tx, {
        notaId: facts.id,
        kind: "TE_PARAFEREN",
        message: routeMessages.teParaferen(facts.reference, facts.title, nextOffice.code),
        key: `paraaf:${facts.id}:${facts.routeRound}:${next}`,
        offices: { officeIds: [facts.viaOfficeIds[next]], roles: ["PARAAF"] },
        exceptUserId: request.user.id,
      });
    } else {
      await notifyOffered(tx, facts, facts.routeRound, false, request.user.id);
    }
    await recordAuditEvent(tx, {
      action: "nota.initialed",
      actorId: request.user.id,
      actingOfficeId: office,
      objectType: "Nota",
      objectId: facts.id,
      notaId: facts.id,
      notaVersion: facts.version,
      details: { step: step + 1, of: facts.viaOfficeIds.length, to },
      ...request.context,
    });
  });
}
