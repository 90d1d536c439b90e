// Besluit vastleggen (DECIDE): a member of a deciding office's kabinet (or its delegate)
// records the minister's decision on every decision point, on the version that was shown.
// Offices decide in parallel. The state machine says, from the decisions already recorded,
// whether this one completes the set and moves the nota to besloten; the write then holds only
// if nothing changed since (lib/data/record-decision.ts): one statement, and decisions on
// different notas never wait for each other. When another office decided in between, the
// service looks again with the nota locked, so that it never has to look a third time: exactly
// one decision completes the set.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/create-client";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { recordDecision } from "@/lib/data/record-decision";
import { ROUTE_FACTS_SELECT, toRouteFacts, type RouteFacts } from "@/lib/data/route-facts";
import type { NotifyInput } from "@/lib/data/notify";
import { ConflictError, InvalidInputError } from "@/lib/domain/errors";
import type { CurrentUser } from "@/lib/domain/permissions";
import { routeMessages } from "@/lib/domain/route/messages";
import { routeContext } from "@/lib/domain/route/route-context";
import { decide, type RouteStatus } from "@/lib/domain/route/state-machine";
import { ROUTE_STEPS } from "@/lib/domain/route/steps";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/http/request-context";
import type { DecisionInput } from "@/lib/validation/decision";
import { actorOn, refuse, requireSecondFactor } from "./route-step";

export type DecisionResult = { status: "recorded" | "already-recorded"; notaStatus: RouteStatus };

interface DecideRequest {
  user: CurrentUser;
  notaId: string;
  input: DecisionInput;
  context: RequestContext;
}

const DECISION_SELECT = {
  ...ROUTE_FACTS_SELECT,
  versions: { where: { kind: "EXPLICIT" }, orderBy: { number: "desc" }, take: 1, select: { revision: true, contentHash: true } },
  decisionPoints: { where: { retiredAt: null }, select: { id: true } },
} as const satisfies Prisma.NotaSelect;

export async function decideNota(request: DecideRequest): Promise<DecisionResult> {
  const optimistic = await attemptDecision(request, { client: db, movedDuringRequest: false });
  if (optimistic !== "nota-moved") return optimistic;
  // Another decision or step landed between our look and our write: look again under the
  // nota's row lock, in the transaction that then writes.
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Nota" WHERE "id" = ${request.notaId}::uuid FOR UPDATE`;
    const locked = await attemptDecision(request, { client: tx, movedDuringRequest: true });
    if (locked === "nota-moved") throw new Error("A decision under the nota's lock found the nota moved.");
    return locked;
  });
}

async function attemptDecision(
  request: DecideRequest,
  { client, movedDuringRequest }: { client: Db | Tx; movedDuringRequest: boolean },
): Promise<DecisionResult | "nota-moved"> {
  const { user, input } = request;
  const row = await readableNotaOrRefuse(user, { id: request.notaId }, DECISION_SELECT, { action: ROUTE_STEPS.DECIDE.audit, context: request.context }, client);
  const actor = actorOn(user, toRouteFacts(row));
  const { facts } = actor;
  await requireSecondFactor(request, facts, "DECIDE");

  // The office comes from the user's memberships (or a delegation to them), never from the
  // request alone: the request only says which of their own offices they act for.
  if (!actor.kabinet.has(input.officeId) || !facts.decidingOfficeIds.includes(input.officeId)) {
    await refuse(request, facts, "DECIDE", "U kunt alleen besluiten namens een bewindspersoon die over deze nota besluit en voor wie u optreedt.");
  }
  // A repeated request (double click, retry) for the version that still lies before the offices.
  if (facts.version === input.expectedVersion && facts.decidedOfficeIds.includes(input.officeId)) {
    return { status: await alreadyRecorded(client, facts.id, input, user.id), notaStatus: facts.status };
  }
  if (facts.status !== "TER_BESLISSING" || facts.version !== input.expectedVersion) {
    // Seen before the offices a moment ago, in this very request: it moved on while we wrote.
    if (movedDuringRequest) {
      const message = "De nota is intussen teruggestuurd of gewijzigd; uw besluit is niet vastgelegd. Vernieuw de pagina.";
      await refuse(request, facts, "DECIDE", message, new ConflictError(message, { version: facts.version, status: facts.status }));
    }
    const verdict = decide(facts.status, "DECIDE", actor.capacities, routeContext(facts));
    if (!verdict.allowed) await refuse(request, facts, "DECIDE", verdict.reason);
    const message = "De nota is gewijzigd sinds u hem opende; u kunt alleen besluiten over de tekst die nu voorligt. Vernieuw de pagina.";
    await refuse(request, facts, "DECIDE", message, new ConflictError(message, { version: facts.version }));
  }
  // The state machine decides the next status, from the decisions recorded so far.
  const verdict = decide(facts.status, "DECIDE", actor.capacities, routeContext(facts));
  if (!verdict.allowed) return refuse(request, facts, "DECIDE", verdict.reason);

  const offered = row.versions[0];
  if (!offered || offered.revision !== facts.version || offered.contentHash !== input.contentHash) {
    throw new ConflictError("De tekst waarover u besluit, is niet de tekst die voorligt. Vernieuw de pagina.", { version: facts.version });
  }
  const pointIds = new Set(row.decisionPoints.map((p) => p.id));
  const decided = new Set(input.points.map((p) => p.decisionPointId));
  if (decided.size !== input.points.length || decided.size !== pointIds.size || [...decided].some((id) => !pointIds.has(id))) {
    throw new InvalidInputError("Besluit over elk besluitpunt precies één keer.", [{ path: "points", message: "Besluit over elk besluitpunt." }]);
  }

  const decisionId = randomUUID();
  const delegationId = actor.kabinet.get(input.officeId) ?? null;
  const held = await recordDecision(client, {
    decisionId,
    notaId: facts.id,
    officeId: input.officeId,
    round: facts.routeRound,
    notaVersion: facts.version,
    contentHash: input.contentHash,
    decidedById: user.id,
    delegationId,
    note: input.note?.trim() || null,
    points: input.points.map((p) => ({ decisionPointId: p.decisionPointId, decision: p.decision, annotation: p.annotation?.trim() || null })),
    seenRouteSeq: facts.routeSeq,
    toStatus: verdict.to,
    audit: {
      action: ROUTE_STEPS.DECIDE.audit,
      actorId: user.id,
      actingOfficeId: input.officeId,
      objectType: "OfficeDecision",
      objectId: decisionId,
      notaId: facts.id,
      notaVersion: facts.version,
      details: {
        points: input.points.map((p) => ({ id: p.decisionPointId, decision: p.decision })),
        delegationId,
        contentHash: input.contentHash,
        from: facts.status,
        to: verdict.to,
        offices: { decided: facts.decidedOfficeIds.length + 1, of: facts.decidingOfficeIds.length },
      },
      ...request.context,
    },
    notifications: decisionNotifications(facts, input.officeId, user.id, decisionId, verdict.to),
  });
  return held ? { status: "recorded", notaStatus: verdict.to } : "nota-moved";
}

function decisionNotifications(facts: RouteFacts, officeId: string, actorId: string, decisionId: string, to: RouteStatus): NotifyInput[] {
  const recorded: NotifyInput = {
    notaId: facts.id,
    kind: "BESLUIT_VASTGELEGD",
    message: routeMessages.besluitVastgelegd(facts.reference, facts.title, facts.officeCodes[officeId]),
    key: `besloten-door:${decisionId}`,
    offices: { officeIds: [facts.ownerOfficeId], roles: ["OPSTELLER"] },
    exceptUserId: actorId,
  };
  if (to !== "BESLOTEN") return [recorded];
  const besloten = {
    notaId: facts.id,
    kind: "BESLOTEN" as const,
    message: routeMessages.besloten(facts.reference, facts.title),
    key: `besloten:${facts.id}:${facts.version}`,
  };
  return [
    recorded,
    { ...besloten, offices: { officeIds: [facts.ownerOfficeId], roles: ["OPSTELLER"] } },
    // The secretariat plans the councils from here on.
    { ...besloten, offices: { officeIds: "anyOffice", roles: ["SECRETARIAAT"] } },
  ];
}

/**
 * This office's decision on this version exists already. Recorded by this same person, the
 * request is a repeat (a double click, a retry) and records nothing; recorded by a colleague,
 * it is a conflict: their decision stands, and this one must not look as if it was taken.
 */
async function alreadyRecorded(client: Db | Tx, notaId: string, input: DecisionInput, userId: string): Promise<"already-recorded"> {
  const existing = await client.officeDecision.findUnique({
    where: { notaId_officeId_notaVersion: { notaId, officeId: input.officeId, notaVersion: input.expectedVersion } },
    select: { decidedById: true, decidedBy: { select: { name: true } } },
  });
  if (!existing || existing.decidedById === userId) return "already-recorded";
  throw new ConflictError(
    `${existing.decidedBy.name} heeft het besluit namens deze bewindspersoon al vastgelegd; uw besluit is niet vastgelegd. Vernieuw de pagina om het te zien.`,
    { decidedBy: existing.decidedBy.name },
  );
}
