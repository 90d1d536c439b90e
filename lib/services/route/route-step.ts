// What every route step shares: who the actor is on this nota (from the session's
// memberships and active delegations, never from the request), the route's verdict, the
// refusal path (audited), and the check that the request was made on the state it saw.
import "server-only";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import type { NotaStatus, RouteActionKind } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/domain/nota/labels";
import { draftingOfficeFor, type CurrentUser } from "@/lib/domain/permissions";
import type { RequestContext } from "@/lib/http/request-context";
import { activeDelegations } from "@/lib/data/active-delegations";
import { loadRouteFacts, type RouteFactsRow } from "@/lib/data/route-facts";
import { capacitiesFor, kabinetOffices } from "@/lib/domain/route/capacity";
import { readableNotaOrRefuse } from "../../data/readable-nota";
import { decide, type RouteAction, type RouteContext } from "@/lib/domain/route/state-machine";
import type { Tx } from "@/lib/db/create-client";
export { routeContext } from "@/lib/domain/route/route-context";

export interface StepRequest {
  user: CurrentUser;
  notaId: string;
  /** The status and version the user saw when acting: a step on a changed nota is refused. */
  expectedStatus: NotaStatus;
  expectedVersion: number;
  /** The round and the Via step the user saw (a second paraaf click must not land on the next step). */
  expectedRound?: number;
  expectedParaafIndex?: number | null;
  context: RequestContext;
}

export interface Actor {
  facts: RouteFactsRow;
  capacities: ReturnType<typeof capacitiesFor>;
  /** Offices the user may record decisions for, with the delegation that allows it (or null). */
  kabinet: Map<string, string | null>;
}

export async function loadActor(user: CurrentUser, notaId: string, context: RequestContext): Promise<Actor> {
  await readableNotaOrRefuse(user, notaId, { id: true }, { action: "nota.route_refused", context });
  const [facts, delegations] = await Promise.all([loadRouteFacts(db, notaId), activeDelegations(db, user)]);
  if (!facts) throw new NotFoundError();
  const memberships = user.memberships.map((m) => ({ officeId: m.officeId, role: m.role }));
  const kabinet = new Map<string, string | null>(kabinetOffices(memberships).map((id) => [id, null]));
  for (const [officeId, delegationId] of delegations) if (!kabinet.has(officeId)) kabinet.set(officeId, delegationId);
  return { facts, capacities: capacitiesFor(memberships, facts, [...delegations.keys()]), kabinet };
}

/**
 * The office a drafter's step is taken for: the owning unit for its opsteller; for beheer,
 * which acts from its own office, that office (never an office the person is not part of).
 */
export function drafterOffice(user: CurrentUser, facts: RouteFactsRow): string {
  return draftingOfficeFor(user, facts.ownerOfficeId);
}

/** Records the refusal in the audit log and throws it. */
export async function refuse(request: StepRequest, facts: RouteFactsRow, action: RouteAction, reason: string): Promise<never> {
  await recordRefusal(db, {
    action: "nota.route_refused",
    actorId: request.user.id,
    objectType: "Nota",
    objectId: facts.id,
    notaId: facts.id,
    notaVersion: facts.version,
    reason: `${action}: ${reason}`,
    ...request.context,
  });
  throw new ForbiddenError(reason);
}

export function assertRouteAllowed(request: StepRequest, actor: Actor, action: RouteAction, context: RouteContext) {
  const verdict = decide(actor.facts.status, action, actor.capacities, context);
  if (!verdict.allowed) return refuse(request, actor.facts, action, verdict.reason);
  return Promise.resolve(verdict.to);
}

/**
 * Was the request made on the nota as it is now? When not, it may be the same person's
 * repeated request (a double click, a retry), which then answers as done; otherwise the
 * nota has moved on and the step is refused as stale.
 */
export async function checkNotStale(request: StepRequest, facts: RouteFactsRow, kind: RouteActionKind): Promise<"fresh" | "already-done"> {
  const sameState =
    facts.status === request.expectedStatus &&
    facts.version === request.expectedVersion &&
    (request.expectedRound === undefined || facts.routeRound === request.expectedRound) &&
    (request.expectedParaafIndex === undefined || facts.paraafIndex === request.expectedParaafIndex);
  if (sameState) return "fresh";
  if (await alreadyDone(request, kind)) return "already-done";
  throw new ConflictError(`De nota is intussen gewijzigd (nu ${STATUS_LABELS[facts.status].toLowerCase()}). Vernieuw de pagina en kijk opnieuw.`, {
    status: facts.status,
  });
}

/** This user already took this step on the state they saw (same round, same Via step). */
export async function alreadyDone(request: StepRequest, kind: RouteActionKind): Promise<boolean> {
  const done = await db.routeAction.count({
    where: {
      notaId: request.notaId,
      userId: request.user.id,
      kind,
      fromStatus: request.expectedStatus,
      notaVersion: request.expectedVersion,
      ...(request.expectedRound === undefined ? {} : { round: request.expectedRound }),
      ...(request.expectedParaafIndex === undefined || request.expectedParaafIndex === null ? {} : { stepIndex: request.expectedParaafIndex }),
    },
  });
  return done > 0;
}

/** Thrown inside a transaction when the guarded update found the nota changed. */
export class LostRace extends Error {}

/**
 * Runs a step's transaction. When its guarded update finds the nota changed, the step was
 * either this very request again (a retry: answered as done) or overtaken (a conflict).
 */
export async function performStep(request: StepRequest, kind: RouteActionKind, to: string, work: (tx: Tx) => Promise<void>): Promise<{ status: string }> {
  try {
    await db.$transaction(work);
    return { status: to };
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    await afterLostRace(request, kind);
    return { status: "unchanged" };
  }
}

export async function afterLostRace(request: StepRequest, kind: RouteActionKind): Promise<"already-done"> {
  if (await alreadyDone(request, kind)) return "already-done";
  const facts = await loadRouteFacts(db, request.notaId);
  throw new ConflictError(`De nota is intussen gewijzigd${facts ? ` (nu ${STATUS_LABELS[facts.status].toLowerCase()})` : ""}. Vernieuw de pagina en kijk opnieuw.`, {
    status: facts?.status,
  });
}

export function officeName(id: string, offices: ReadonlyArray<{ id: string; code: string }>): string {
  return offices.find((o) => o.id === id)?.code ?? "onbekend";
}
