// Aanbieden (OFFER): the drafter sends the nota along its route: to the first unit of the Via
// chain, or, without one, to every deciding office at once (and the copies at the same time).
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import { loadSnapshot } from "@/lib/data/content-rows";
import { notify } from "@/lib/data/notify";
import { pinVersion } from "@/lib/data/record-version";
import type { RouteFacts } from "@/lib/data/route-facts";
import { completenessIssues } from "@/lib/domain/nota/completeness";
import { routeMessages } from "@/lib/domain/route/messages";
import { routeContext } from "@/lib/domain/route/route-context";
import { ROUTE_STEPS } from "@/lib/domain/route/steps";
import { checkNotStale, drafterOffice, loadActor, moveNota, nextStatus, performStep, type StepRequest } from "./route-step";

export async function offerNota(request: StepRequest) {
  const actor = await loadActor(request.user, request.notaId, "OFFER", request.context);
  const { facts } = actor;
  if ((await checkNotStale(request, actor, "OFFER")) === "already-done") return { status: facts.status };
  const snapshot = await db.$transaction((tx) => loadSnapshot(tx, facts.id));
  const to = await nextStatus(request, actor, "OFFER", routeContext(facts, { missing: completenessIssues(snapshot).length, paraafIndex: null }));
  const round = facts.routeRound + 1;
  const toParaaf = to === "PARAAF";
  const office = drafterOffice(request.user, facts);

  return performStep(request, "OFFER", to, async (tx) => {
    await moveNota(tx, facts, { status: to, routeRound: round, paraafIndex: toParaaf ? 0 : null, paraafOfficeId: toParaaf ? facts.viaOfficeIds[0] : null });
    // The offered text stays in the history: decisions refer to it.
    await pinVersion(tx, {
      notaId: facts.id,
      revision: facts.version,
      label: `Aangeboden (ronde ${round})`,
      authorId: request.user.id,
      snapshot: () => loadSnapshot(tx, facts.id),
    });
    await tx.routeAction.create({
      data: {
        notaId: facts.id,
        round,
        kind: "OFFER",
        officeId: office,
        userId: request.user.id,
        notaVersion: facts.version,
        fromStatus: facts.status,
        toStatus: to,
      },
    });
    await notifyOffered(tx, facts, round, toParaaf, request.user.id);
    await recordAuditEvent(tx, {
      action: ROUTE_STEPS.OFFER.audit,
      actorId: request.user.id,
      actingOfficeId: office,
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
export async function notifyOffered(tx: Tx, facts: RouteFacts, round: number, toParaaf: boolean, actorId: string): Promise<void> {
  const code = (id: string) => facts.officeCodes[id] ?? "";
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
