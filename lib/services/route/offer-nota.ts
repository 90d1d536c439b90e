// Aanbieden: the drafter sends the nota along its route: to the first unit of the Via chain,
// or, without one, to every deciding office at once (and the copies at the same time).
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { completenessIssues } from "@/lib/domain/nota/completeness";
import { loadSnapshot } from "@/lib/data/content-rows";
import { pinVersion } from "@/lib/data/record-version";
import { routeMessages } from "@/lib/domain/route/messages";
import { notify } from "@/lib/data/notify";
import type { Tx } from "@/lib/db/create-client";
import type { RouteFactsRow } from "@/lib/data/route-facts";
import { assertRouteAllowed, checkNotStale, drafterOffice, loadActor, LostRace, performStep, routeContext, type StepRequest } from "./route-step";

export async function offerNota(request: StepRequest): Promise<{ status: string }> {
  const actor = await loadActor(request.user, request.notaId, request.context);
  const { facts } = actor;
  if ((await checkNotStale(request, facts, "OFFERED")) === "already-done") return { status: facts.status };
  const snapshot = await db.$transaction((tx) => loadSnapshot(tx, facts.id));
  const to = await assertRouteAllowed(request, actor, "OFFER", routeContext(facts, { missing: completenessIssues(snapshot).length, paraafIndex: null }));
  const round = facts.routeRound + 1;
  const toParaaf = to === "PARAAF";

  return performStep(request, "OFFERED", to, async (tx) => {
    const updated = await tx.nota.updateMany({
      where: { id: facts.id, status: facts.status, version: facts.version },
      data: { status: to, routeRound: round, paraafIndex: toParaaf ? 0 : null, paraafOfficeId: toParaaf ? facts.viaOfficeIds[0] : null },
    });
    if (updated.count === 0) throw new LostRace();
    // The offered text stays in the history: decisions refer to it.
    await pinVersion(tx, { notaId: facts.id, revision: facts.version, label: `Aangeboden (ronde ${round})`, authorId: request.user.id, snapshot: () => loadSnapshot(tx, facts.id) });
    await tx.routeAction.create({
      data: { notaId: facts.id, round, kind: "OFFERED", officeId: drafterOffice(request.user, facts), userId: request.user.id, notaVersion: facts.version, fromStatus: facts.status, toStatus: to },
    });
    await notifyOffered(tx, facts, round, toParaaf, request.user.id);
    await recordAuditEvent(tx, {
      action: "nota.offered",
      actorId: request.user.id,
      actingOfficeId: drafterOffice(request.user, facts),
      objectType: "Nota",
      objectId: facts.id,
      notaId: facts.id,
      notaVersion: facts.version,
      details: { from: facts.status, to, round },
      ...request.context,
    });
  });
}

/** Tells the first paraaf holder, or every deciding office and every copy office. */
export async function notifyOffered(tx: Tx, facts: RouteFactsRow, round: number, toParaaf: boolean, actorId: string): Promise<void> {
  const offices = await tx.office.findMany({
    where: { id: { in: [...facts.viaOfficeIds, ...facts.decidingOfficeIds, ...facts.copyOfficeIds] } },
    select: { id: true, code: true },
  });
  const code = (id: string) => offices.find((o) => o.id === id)?.code ?? "";
  if (toParaaf) {
    const office = facts.viaOfficeIds[0];
    await notify(tx, {
      notaId: facts.id,
      kind: "TE_PARAFEREN",
      message: routeMessages.teParaferen(facts.reference, facts.title, code(office)),
      key: `paraaf:${facts.id}:${round}:0`,
      offices: { officeIds: [office], roles: ["PARAAF"] },
      exceptUserId: actorId,
    });
    return;
  }
  // An office that decided on this very text already (offered again unchanged) is not asked again.
  for (const office of facts.decidingOfficeIds.filter((id) => !facts.decidedOfficeIds.includes(id))) {
    await notify(tx, {
      notaId: facts.id,
      kind: "TER_BESLISSING",
      message: routeMessages.terBeslissing(facts.reference, facts.title, code(office)),
      key: `besluit:${facts.id}:${round}:${office}`,
      offices: { officeIds: [office], roles: ["KABINET"] },
      exceptUserId: actorId,
    });
  }
  for (const office of facts.copyOfficeIds) {
    await notify(tx, {
      notaId: facts.id,
      kind: "TER_INFORMATIE",
      message: routeMessages.terInformatie(facts.reference, facts.title, code(office)),
      key: `kopie:${facts.id}:${round}:${office}`,
      offices: { officeIds: [office], roles: ["KABINET"] },
      exceptUserId: actorId,
    });
  }
}
