// Besluit vastleggen (DECIDE): a member of a deciding office's kabinet (or its delegate)
// records the minister's decision on every decision point, on the version that was shown.
// Offices decide in parallel; the state machine, asked under the nota's row lock, says whether
// this decision completes the set and moves the nota to besloten: exactly once.
//
// This is the route's busiest request, so its transaction is a handful of statements: lock and
// count, insert the decision with its points, the audit event, the notifications.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import { LostRace } from "@/lib/data/lost-race";
import { notify } from "@/lib/data/notify";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { ROUTE_FACTS_SELECT, toRouteFacts, type RouteFacts } from "@/lib/data/route-facts";
import { ConflictError, InvalidInputError } from "@/lib/domain/errors";
import { routeMessages } from "@/lib/domain/route/messages";
import { routeContext } from "@/lib/domain/route/route-context";
import { decide, type RouteStatus } from "@/lib/domain/route/state-machine";
import { ROUTE_STEPS } from "@/lib/domain/route/steps";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DecisionInput } from "@/lib/validation/decision";
import { actorOn, refuse, type Actor, type StepRequest } from "./route-step";

export type DecisionResult = { status: "recorded" | "already-recorded"; notaStatus: RouteStatus };

const OFFERED_TEXT = {
  versions: { where: { kind: "EXPLICIT" }, orderBy: { number: "desc" }, take: 1, select: { revision: true, contentHash: true } },
  decisionPoints: { where: { retiredAt: null }, select: { id: true } },
} as const satisfies Prisma.NotaSelect;

/** A decision by this office on this version exists already (found under the lock). */
class AlreadyDecided extends Error {}

export async function decideNota(request: Pick<StepRequest, "user" | "notaId" | "context"> & { input: DecisionInput }): Promise<DecisionResult> {
  const { user, input } = request;
  const row = await readableNotaOrRefuse(user, { id: request.notaId }, { ...ROUTE_FACTS_SELECT, ...OFFERED_TEXT }, { action: ROUTE_STEPS.DECIDE.audit, context: request.context });
  const actor = actorOn(user, toRouteFacts(row));
  const { facts } = actor;

  // The office comes from the user's memberships (or a delegation to them), never from the
  // request alone: the request only says which of their own offices they act for.
  if (!actor.kabinet.has(input.officeId) || !facts.decidingOfficeIds.includes(input.officeId)) {
    await refuse(request, facts, "DECIDE", "U kunt alleen besluiten namens een bewindspersoon die over deze nota besluit en voor wie u optreedt.");
  }
  // A repeated request (double click, retry) for the version that still lies before the offices.
  if (facts.version === input.expectedVersion && facts.decidedOfficeIds.includes(input.officeId)) {
    return { status: await alreadyRecorded(facts.id, input, user.id), notaStatus: facts.status };
  }
  if (facts.status !== "TER_BESLISSING" || facts.version !== input.expectedVersion) {
    const verdict = decide(facts.status, "DECIDE", actor.capacities, routeContext(facts));
    if (!verdict.allowed) await refuse(request, facts, "DECIDE", verdict.reason);
    const message = "De nota is gewijzigd sinds u hem opende; u kunt alleen besluiten over de tekst die nu voorligt. Vernieuw de pagina.";
    await refuse(request, facts, "DECIDE", message, new ConflictError(message, { version: facts.version }));
  }
  const verdict = decide(facts.status, "DECIDE", actor.capacities, routeContext(facts));
  if (!verdict.allowed) await refuse(request, facts, "DECIDE", verdict.reason);

  const offered = row.versions[0];
  if (!offered || offered.revision !== facts.version || offered.contentHash !== input.contentHash) {
    throw new ConflictError("De tekst waarover u besluit, is niet de tekst die voorligt. Vernieuw de pagina.", { version: facts.version });
  }
  const pointIds = new Set(row.decisionPoints.map((p) => p.id));
  const decided = new Set(input.points.map((p) => p.decisionPointId));
  if (decided.size !== input.points.length || decided.size !== pointIds.size || [...decided].some((id) => !pointIds.has(id))) {
    throw new InvalidInputError("Besluit over elk besluitpunt precies één keer.", [{ path: "points", message: "Besluit over elk besluitpunt." }]);
  }

  try {
    const notaStatus = await db.$transaction((tx) => recordUnderLock(tx, request, actor));
    return { status: "recorded", notaStatus };
  } catch (error) {
    if (error instanceof AlreadyDecided) return { status: await alreadyRecorded(facts.id, input, user.id), notaStatus: await currentStatus(facts.id) };
    if (error instanceof LostRace) {
      throw new ConflictError("De nota is intussen teruggestuurd of gewijzigd; uw besluit is niet vastgelegd. Vernieuw de pagina.", { version: facts.version });
    }
    throw error;
  }
}

async function recordUnderLock(tx: Tx, request: Parameters<typeof decideNota>[0], actor: Actor): Promise<RouteStatus> {
  const { user, input, context } = request;
  const { facts } = actor;
  // Locks the nota row, and holds only while the nota still lies before the offices on this
  // version: a decision can never land on a text that was sent back or changed.
  const lockedRows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT n."id" FROM "Nota" n
    WHERE n."id" = ${facts.id}::uuid AND n."status" = 'TER_BESLISSING' AND n."version" = ${input.expectedVersion}
    FOR UPDATE`;
  if (lockedRows.length === 0) throw new LostRace();
  // Read after the lock, in a statement of its own: it sees every decision committed before the
  // lock was granted (a subquery of the locking statement would see only its older snapshot).
  const [locked] = await tx.$queryRaw<Array<{ decided: string[] }>>`
    SELECT COALESCE(array_agg(DISTINCT d."officeId"::text), '{}') AS "decided"
    FROM "OfficeDecision" d WHERE d."notaId" = ${facts.id}::uuid AND d."notaVersion" = ${input.expectedVersion}`;
  if (locked.decided.includes(input.officeId)) throw new AlreadyDecided();
  // Counted under the lock: of offices deciding at the same moment, exactly one completes the set.
  const decidedByOthers = locked.decided.filter((id) => facts.decidingOfficeIds.includes(id));
  const verdict = decide("TER_BESLISSING", "DECIDE", actor.capacities, routeContext({ ...facts, decidedOfficeIds: decidedByOthers }));
  if (!verdict.allowed) throw new LostRace();
  const to = verdict.to;
  const delegationId = actor.kabinet.get(input.officeId) ?? null;

  const [decision] = await tx.$queryRaw<Array<{ id: string }>>`
    WITH decision AS (
      INSERT INTO "OfficeDecision" ("id", "notaId", "officeId", "round", "notaVersion", "contentHash", "decidedById", "delegationId", "note")
      VALUES (gen_random_uuid(), ${facts.id}::uuid, ${input.officeId}::uuid, ${facts.routeRound}, ${input.expectedVersion}, ${input.contentHash},
              ${user.id}::uuid, ${delegationId}::uuid, ${input.note?.trim() || null})
      RETURNING "id", "decidedAt"
    ), points AS (
      INSERT INTO "Approval" ("id", "officeDecisionId", "notaId", "officeId", "decisionPointId", "decision", "annotation", "notaVersion", "contentHash", "decidedById", "decidedAt")
      SELECT gen_random_uuid(), decision."id", ${facts.id}::uuid, ${input.officeId}::uuid, p."pointId", p."decision"::"DecisionValue", NULLIF(btrim(p."annotation"), ''),
             ${input.expectedVersion}, ${input.contentHash}, ${user.id}::uuid, decision."decidedAt"
      FROM decision, unnest(${input.points.map((p) => p.decisionPointId)}::uuid[], ${input.points.map((p) => p.decision)}::text[],
                            ${input.points.map((p) => p.annotation ?? "")}::text[]) AS p("pointId", "decision", "annotation")
    )
    SELECT "id" FROM decision`;

  if (to === "BESLOTEN") {
    const moved = await tx.nota.updateMany({ where: { id: facts.id, status: "TER_BESLISSING", version: input.expectedVersion }, data: { status: to } });
    if (moved.count === 0) throw new LostRace();
  }
  await recordAuditEvent(tx, {
    action: ROUTE_STEPS.DECIDE.audit,
    actorId: user.id,
    actingOfficeId: input.officeId,
    objectType: "OfficeDecision",
    objectId: decision.id,
    notaId: facts.id,
    notaVersion: input.expectedVersion,
    details: {
      points: input.points.map((p) => ({ id: p.decisionPointId, decision: p.decision })),
      delegationId,
      contentHash: input.contentHash,
      from: "TER_BESLISSING",
      to,
      offices: { decided: decidedByOthers.length + 1, of: facts.decidingOfficeIds.length },
    },
    ...context,
  });
  await notifyDecided(tx, facts, input, user.id, decision.id, to);
  return to;
}

async function notifyDecided(tx: Tx, facts: RouteFacts, input: DecisionInput, actorId: string, decisionId: string, to: RouteStatus): Promise<void> {
  await notify(tx, {
    notaId: facts.id,
    kind: "BESLUIT_VASTGELEGD",
    message: routeMessages.besluitVastgelegd(facts.reference, facts.title, facts.officeCodes[input.officeId]),
    key: `besloten-door:${decisionId}`,
    offices: { officeIds: [facts.ownerOfficeId], roles: ["OPSTELLER"] },
    exceptUserId: actorId,
  });
  if (to !== "BESLOTEN") return;
  const message = routeMessages.besloten(facts.reference, facts.title);
  const key = `besloten:${facts.id}:${input.expectedVersion}`;
  await notify(tx, { notaId: facts.id, kind: "BESLOTEN", message, key, offices: { officeIds: [facts.ownerOfficeId], roles: ["OPSTELLER"] } });
  // The secretariat plans the councils from here on.
  await notify(tx, { notaId: facts.id, kind: "BESLOTEN", message, key, offices: { officeIds: "anyOffice", roles: ["SECRETARIAAT"] } });
}

async function currentStatus(notaId: string): Promise<RouteStatus> {
  return (await db.nota.findUniqueOrThrow({ where: { id: notaId }, select: { status: true } })).status;
}

/**
 * This office's decision on this version exists already. Recorded by this same person, the
 * request is a repeat (a double click, a retry) and records nothing; recorded by a colleague,
 * it is a conflict: their decision stands, and this one must not look as if it was taken.
 */
async function alreadyRecorded(notaId: string, input: DecisionInput, userId: string): Promise<"already-recorded"> {
  const existing = await db.officeDecision.findUnique({
    where: { notaId_officeId_notaVersion: { notaId, officeId: input.officeId, notaVersion: input.expectedVersion } },
    select: { decidedById: true, decidedBy: { select: { name: true } } },
  });
  if (!existing || existing.decidedById === userId) return "already-recorded";
  throw new ConflictError(
    `${existing.decidedBy.name} heeft het besluit namens deze bewindspersoon al vastgelegd; uw besluit is niet vastgelegd. Vernieuw de pagina om het te zien.`,
    { decidedBy: existing.decidedBy.name },
  );
}
