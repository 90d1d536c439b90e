// Besluit vastleggen: a member of a deciding office's kabinet (or its delegate) records the
// minister's decision on every decision point, on the version that was shown. Offices decide
// in parallel; the one that completes the set moves the nota to besloten, exactly once.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { routeMessages } from "@/lib/domain/route/messages";
import { notify } from "@/lib/data/notify";
import type { DecisionInput } from "@/lib/validation/decision";
import { decide } from "@/lib/domain/route/state-machine";
import { loadActor, refuse, routeContext, type StepRequest } from "./route-step";

export type DecisionResult = { status: "recorded" | "already-recorded"; notaStatus: string };

class LostRace extends Error {}

export async function recordDecision(request: Omit<StepRequest, "expectedStatus" | "expectedVersion"> & { input: DecisionInput }): Promise<DecisionResult> {
  const { user, input } = request;
  const step: StepRequest = { ...request, expectedStatus: "TER_BESLISSING", expectedVersion: input.expectedVersion };
  const actor = await loadActor(user, request.notaId, request.context);
  const { facts } = actor;

  // The office comes from the user's memberships (or a delegation to them), never from the
  // request alone: the request only says which of their own offices they act for.
  if (!actor.kabinet.has(input.officeId) || !facts.decidingOfficeIds.includes(input.officeId)) {
    await refuse(step, facts, "DECIDE", "U kunt alleen besluiten namens een bewindspersoon die over deze nota besluit en voor wie u optreedt.");
  }
  // A repeated request (double click, retry) for the version that still lies before the offices.
  if (facts.version === input.expectedVersion && (await alreadyRecorded(facts.id, input, user.id))) return { status: "already-recorded", notaStatus: facts.status };
  if (facts.status !== "TER_BESLISSING" || facts.version !== input.expectedVersion) {
    const verdict = decide(facts.status, "DECIDE", actor.capacities, routeContext(facts));
    if (!verdict.allowed) await refuse(step, facts, "DECIDE", verdict.reason);
    throw new ConflictError("De nota is gewijzigd sinds u hem opende; u kunt alleen besluiten over de tekst die nu voorligt. Vernieuw de pagina.", {
      version: facts.version,
    });
  }
  const verdict = decide(facts.status, "DECIDE", actor.capacities, routeContext(facts, { actorDecided: facts.decidedOfficeIds.includes(input.officeId) }));
  if (!verdict.allowed) await refuse(step, facts, "DECIDE", verdict.reason);

  const [offered, points] = await Promise.all([
    db.notaVersion.findFirst({ where: { notaId: facts.id, revision: facts.version, kind: "EXPLICIT" }, orderBy: { number: "desc" }, select: { contentHash: true } }),
    db.decisionPoint.findMany({ where: { notaId: facts.id, retiredAt: null }, select: { id: true } }),
  ]);
  if (!offered || offered.contentHash !== input.contentHash) {
    throw new ConflictError("De tekst waarover u besluit, is niet de tekst die voorligt. Vernieuw de pagina.", { version: facts.version });
  }
  const pointIds = new Set(points.map((p) => p.id));
  const decided = new Set(input.points.map((p) => p.decisionPointId));
  if (decided.size !== input.points.length || decided.size !== pointIds.size || [...decided].some((id) => !pointIds.has(id))) {
    throw new InvalidInputError("Besluit over elk besluitpunt precies één keer.", [{ path: "points", message: "Besluit over elk besluitpunt." }]);
  }
  const delegationId = actor.kabinet.get(input.officeId) ?? null;

  try {
    return await db.$transaction(async (tx) => {
      // Locks the nota row, and holds only while the nota still lies before the offices on
      // this version: a decision can never land on a text that was sent back or changed.
      const locked = await tx.nota.updateMany({
        where: { id: facts.id, status: "TER_BESLISSING", version: input.expectedVersion },
        data: { updatedAt: new Date() },
      });
      if (locked.count === 0) throw new LostRace();
      if (await alreadyRecorded(facts.id, input, user.id, tx)) return { status: "already-recorded" as const, notaStatus: "TER_BESLISSING" };

      const decision = await tx.officeDecision.create({
        data: {
          notaId: facts.id,
          officeId: input.officeId,
          round: facts.routeRound,
          notaVersion: input.expectedVersion,
          contentHash: input.contentHash,
          decidedById: user.id,
          delegationId,
          note: input.note?.trim() || null,
        },
      });
      await tx.approval.createMany({
        data: input.points.map((point) => ({
          officeDecisionId: decision.id,
          notaId: facts.id,
          officeId: input.officeId,
          decisionPointId: point.decisionPointId,
          decision: point.decision,
          annotation: point.annotation?.trim() || null,
          notaVersion: input.expectedVersion,
          contentHash: input.contentHash,
          decidedById: user.id,
        })),
      });
      // Counted under the row lock: of offices deciding at the same moment, exactly one sees
      // the set complete.
      const decidedOffices = await tx.officeDecision.findMany({
        where: { notaId: facts.id, notaVersion: input.expectedVersion, officeId: { in: facts.decidingOfficeIds } },
        select: { officeId: true },
        distinct: ["officeId"],
      });
      const complete = decidedOffices.length >= facts.decidingOfficeIds.length;
      const office = await tx.office.findUniqueOrThrow({ where: { id: input.officeId }, select: { code: true } });

      await recordAuditEvent(tx, {
        action: "nota.decision_recorded",
        actorId: user.id,
        actingOfficeId: input.officeId,
        objectType: "OfficeDecision",
        objectId: decision.id,
        notaId: facts.id,
        notaVersion: input.expectedVersion,
        details: { points: input.points.map((p) => ({ id: p.decisionPointId, decision: p.decision })), delegationId, contentHash: input.contentHash },
        ...request.context,
      });
      await notify(tx, {
        notaId: facts.id,
        kind: "BESLUIT_VASTGELEGD",
        message: routeMessages.besluitVastgelegd(facts.reference, facts.title, office.code),
        key: `besloten-door:${decision.id}`,
        offices: { officeIds: [facts.ownerOfficeId], roles: ["OPSTELLER"] },
        exceptUserId: user.id,
      });

      if (complete) {
        await tx.nota.updateMany({ where: { id: facts.id, status: "TER_BESLISSING" }, data: { status: "BESLOTEN" } });
        await recordAuditEvent(tx, {
          action: "nota.decided",
          actorId: user.id,
          actingOfficeId: input.officeId,
          objectType: "Nota",
          objectId: facts.id,
          notaId: facts.id,
          notaVersion: input.expectedVersion,
          details: { offices: facts.decidingOfficeIds.length },
          ...request.context,
        });
        await notify(tx, {
          notaId: facts.id,
          kind: "BESLOTEN",
          message: routeMessages.besloten(facts.reference, facts.title),
          key: `besloten:${facts.id}:${input.expectedVersion}`,
          offices: { officeIds: [facts.ownerOfficeId], roles: ["OPSTELLER"] },
        });
        // The secretariat plans the councils from here on.
        const secretariats = await tx.office.findMany({ where: { memberships: { some: { role: "SECRETARIAAT" } } }, select: { id: true } });
        await notify(tx, {
          notaId: facts.id,
          kind: "BESLOTEN",
          message: routeMessages.besloten(facts.reference, facts.title),
          key: `besloten:${facts.id}:${input.expectedVersion}`,
          offices: { officeIds: secretariats.map((o) => o.id), roles: ["SECRETARIAAT"] },
        });
      }
      return { status: "recorded" as const, notaStatus: complete ? "BESLOTEN" : "TER_BESLISSING" };
    });
  } catch (error) {
    // A duplicate that slipped past the check, or a lost race with a decision by the same office.
    const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if ((duplicate || error instanceof LostRace) && (await alreadyRecorded(facts.id, input, user.id))) {
      return { status: "already-recorded", notaStatus: (await db.nota.findUniqueOrThrow({ where: { id: facts.id }, select: { status: true } })).status };
    }
    if (error instanceof LostRace) {
      throw new ConflictError("De nota is intussen teruggestuurd of gewijzigd; uw besluit is niet vastgelegd. Vernieuw de pagina.", { version: facts.version });
    }
    throw error;
  }
}

/**
 * This office's decision on this version already exists. Recorded by this same person, the
 * request is a repeat (a double click, a retry) and records nothing; recorded by a colleague,
 * it is a conflict: their decision stands, and this one must not look as if it was taken.
 */
async function alreadyRecorded(notaId: string, input: DecisionInput, userId: string, client: Pick<typeof db, "officeDecision"> = db): Promise<boolean> {
  const existing = await client.officeDecision.findUnique({
    where: { notaId_officeId_notaVersion: { notaId, officeId: input.officeId, notaVersion: input.expectedVersion } },
    select: { decidedById: true, decidedAt: true, decidedBy: { select: { name: true } } },
  });
  if (!existing) return false;
  if (existing.decidedById === userId) return true;
  throw new ConflictError(
    `${existing.decidedBy.name} heeft het besluit namens deze bewindspersoon al vastgelegd; uw besluit is niet vastgelegd. Vernieuw de pagina om het te zien.`,
    { decidedBy: existing.decidedBy.name },
  );
}
