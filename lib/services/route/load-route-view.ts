// What the nota page shows of the route, and what the current user may do on it: the Via
// chain with its paraafs, each office's decision per point (and whether it was given on an
// earlier version), the outcome, and the forms this user gets.
import "server-only";
import { db } from "@/lib/db/client";
import { loadSnapshot } from "@/lib/data/content-rows";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { ROUTE_FACTS_SELECT, toRouteFacts } from "@/lib/data/route-facts";
import { diffVersions } from "@/lib/data/version-diff";
import { completenessIssues } from "@/lib/domain/nota/completeness";
import type { CurrentUser } from "@/lib/domain/permissions";
import { capacitiesFor, kabinetOffices } from "@/lib/domain/route/capacity";
import { pointOutcome } from "@/lib/domain/route/outcome";
import { routeContext } from "@/lib/domain/route/route-context";
import { decide, routeActionsFor } from "@/lib/domain/route/state-machine";
import type { RequestContext } from "@/lib/http/request-context";
import { membersOf } from "./route-step";

export async function loadRouteView(options: { user: CurrentUser; notaId: string; context: RequestContext }) {
  const { user } = options;
  const facts = toRouteFacts(
    await readableNotaOrRefuse(user, { id: options.notaId }, ROUTE_FACTS_SELECT, { action: "nota.read_refused", context: options.context }),
  );
  const notaId = facts.id;
  const memberships = membersOf(user);
  const capacities = capacitiesFor(memberships, facts, user.delegatedOfficeIds);
  const myKabinet = kabinetOffices(memberships, user.delegatedOfficeIds);

  const [offices, actions, decisions, points, offered, snapshot] = await Promise.all([
    db.office.findMany({
      where: { id: { in: [...facts.viaOfficeIds, ...facts.decidingOfficeIds, ...facts.copyOfficeIds, facts.ownerOfficeId] } },
      select: { id: true, code: true, name: true },
    }),
    db.routeAction.findMany({
      where: { notaId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        round: true,
        kind: true,
        officeId: true,
        stepIndex: true,
        reason: true,
        notaVersion: true,
        createdAt: true,
        user: { select: { name: true } },
        delegationId: true,
      },
    }),
    db.officeDecision.findMany({
      where: { notaId },
      orderBy: { decidedAt: "asc" },
      select: {
        id: true,
        officeId: true,
        round: true,
        notaVersion: true,
        note: true,
        decidedAt: true,
        decidedBy: { select: { name: true } },
        delegation: { select: { id: true } },
        approvals: { select: { decisionPointId: true, decision: true, annotation: true } },
      },
    }),
    db.decisionPoint.findMany({ where: { notaId, retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, text: true } }),
    db.notaVersion.findFirst({
      where: { notaId, revision: facts.version, kind: "EXPLICIT" },
      orderBy: { number: "desc" },
      select: { number: true, contentHash: true },
    }),
    facts.status === "CONCEPT" || facts.status === "TERUGGESTUURD" ? db.$transaction((tx) => loadSnapshot(tx, notaId)) : Promise.resolve(null),
  ]);
  const code = (id: string | null) => offices.find((o) => o.id === id)?.code ?? "";
  const currentRound = actions.filter((a) => a.round === facts.routeRound);

  const paraafChain = facts.viaOfficeIds.map((officeId, index) => {
    const initialed = currentRound.find((a) => a.kind === "INITIAL" && a.stepIndex === index);
    return {
      officeId,
      code: code(officeId),
      name: offices.find((o) => o.id === officeId)?.name ?? "",
      state: initialed ? ("done" as const) : facts.status === "PARAAF" && facts.paraafIndex === index ? ("current" as const) : ("waiting" as const),
      by: initialed?.user.name ?? null,
      at: initialed?.createdAt ?? null,
    };
  });

  const current = decisions.filter((d) => d.notaVersion === facts.version);
  const latestPerOffice = (officeId: string) => [...decisions].reverse().find((d) => d.officeId === officeId) ?? null;
  const offices_ = facts.decidingOfficeIds.map((officeId) => {
    const now = current.find((d) => d.officeId === officeId) ?? null;
    const earlier = now ? null : latestPerOffice(officeId);
    return { officeId, code: code(officeId), name: offices.find((o) => o.id === officeId)?.name ?? "", current: now, earlier };
  });
  const matrix = points.map((point) => ({
    pointId: point.id,
    text: point.text,
    cells: offices_.map((o) => ({
      officeId: o.officeId,
      current: o.current?.approvals.find((a) => a.decisionPointId === point.id) ?? null,
      earlier: o.earlier?.approvals.find((a) => a.decisionPointId === point.id) ?? null,
    })),
    outcome: pointOutcome(offices_.map((o) => ({ office: o.code, decision: o.current?.approvals.find((a) => a.decisionPointId === point.id)?.decision }))),
  }));

  // Offices this user may decide for now, and for each whether it decided on an earlier text.
  const decideFor =
    facts.status === "TER_BESLISSING"
      ? offices_
          .filter((o) => myKabinet.includes(o.officeId) && !o.current)
          .map((o) => ({
            officeId: o.officeId,
            code: o.code,
            name: o.name,
            delegated: !memberships.some((m) => m.officeId === o.officeId && m.role === "KABINET"),
          }))
      : [];
  const staleOwn = decideFor.map((o) => offices_.find((x) => x.officeId === o.officeId)!.earlier).find((d) => d && d.notaVersion !== facts.version) ?? null;
  let staleDiff = null;
  if (staleOwn && offered) {
    const then = await db.notaVersion.findFirst({
      where: { notaId, revision: staleOwn.notaVersion, kind: "EXPLICIT" },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    if (then) staleDiff = { fromNumber: then.number, toNumber: offered.number, changes: await diffVersions(db, notaId, then.number, offered.number) };
  }

  const missing = snapshot ? completenessIssues(snapshot) : [];
  const can = (action: Parameters<typeof decide>[1]) =>
    decide(facts.status, action, capacities, routeContext(facts, { missing: missing.length, paraafIndex: null }));

  return {
    facts,
    capacities,
    available: routeActionsFor(facts.status, capacities),
    offerCheck: can("OFFER"),
    missing,
    paraafChain,
    offices: offices_,
    copyOffices: facts.copyOfficeIds.map((id) => ({ id, code: code(id), name: offices.find((o) => o.id === id)?.name ?? "" })),
    matrix,
    decideFor,
    /** Deciding offices the user records for (for sending back). */
    actFor: offices_.filter((o) => myKabinet.includes(o.officeId)).map((o) => ({ officeId: o.officeId, code: o.code })),
    staleDiff,
    offered,
    returns: actions.filter((a) => a.kind === "RETURN").map((a) => ({ ...a, officeCode: code(a.officeId) })),
    earlierDecisions: decisions.filter((d) => d.notaVersion !== facts.version).map((d) => ({ ...d, officeCode: code(d.officeId) })),
    code,
  };
}

export type RouteView = NonNullable<Awaited<ReturnType<typeof loadRouteView>>>;
