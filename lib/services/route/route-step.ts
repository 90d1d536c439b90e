// What every route step shares: who the actor is on this nota (from the session's memberships
// and today's delegations, never from the request), the state machine's verdict, the refusal
// path (audited), and the check that the request was made on the state it saw.
import "server-only";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-client";
import { LostRace } from "@/lib/data/lost-race";
import { readableNotaOrRefuse } from "@/lib/data/readable-nota";
import { ROUTE_FACTS_SELECT, toRouteFacts, type RouteFacts } from "@/lib/data/route-facts";
import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { STATUS_LABELS } from "@/lib/domain/nota/labels";
import { routeStepNeedsMfa } from "@/lib/domain/mfa";
import { draftingOfficeFor, type CurrentUser } from "@/lib/domain/permissions";
import { capacitiesFor, kabinetOffices, type Member } from "@/lib/domain/route/capacity";
import { whoMay, decide, type Capacity, type RouteContext, type RouteStatus } from "@/lib/domain/route/state-machine";
import { ROUTE_STEPS, type RecordedRouteAction, type RouteStep } from "@/lib/domain/route/steps";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/http/request-context";

export interface StepRequest {
  user: CurrentUser;
  notaId: string;
  /** The status and version the user saw when acting: a step on a changed nota is refused. */
  expectedStatus: RouteStatus;
  expectedVersion: number;
  /** The round and the Via step the user saw (a second paraaf click must not land on the next step). */
  expectedRound?: number;
  expectedParaafIndex?: number | null;
  /** Agenderen: the meeting asked for (a repeat is the same step only on the same meeting). */
  meetingId?: string;
  context: RequestContext;
}

export interface Actor {
  facts: RouteFacts;
  capacities: Capacity[];
  /** Offices the user may record decisions for, with the delegation that allows it (or null). */
  kabinet: Map<string, string | null>;
}

export function membersOf(user: CurrentUser): Member[] {
  return user.memberships.map((m) => ({ officeId: m.officeId, role: m.role }));
}

/** The nota's route facts, if the user may read it (refused and audited otherwise), and the user's capacities on it. */
export async function loadActor(user: CurrentUser, notaId: string, step: RouteStep, context: RequestContext): Promise<Actor> {
  const row = await readableNotaOrRefuse(user, { id: notaId }, ROUTE_FACTS_SELECT, { action: ROUTE_STEPS[step].audit, context });
  return actorOn(user, toRouteFacts(row));
}

/** Who the user is on this nota: their capacities, and the offices they record decisions for. */
export function actorOn(user: CurrentUser, facts: RouteFacts): Actor {
  const members = membersOf(user);
  const kabinet = new Map<string, string | null>(kabinetOffices(members).map((id) => [id, null]));
  for (const [officeId, delegationId] of Object.entries(user.delegations)) if (!kabinet.has(officeId)) kabinet.set(officeId, delegationId);
  return { facts, capacities: capacitiesFor(members, facts, user.delegatedOfficeIds), kabinet };
}

/** The office a drafter's step is taken for (never an office the person is not part of). */
export function drafterOffice(user: CurrentUser, facts: RouteFacts): string {
  return draftingOfficeFor(user, facts.ownerOfficeId);
}

/** Records the refusal in the audit log, under the step's own name, and throws it. */
export async function refuse(
  request: Pick<StepRequest, "user" | "context">,
  facts: RouteFacts,
  step: RouteStep,
  reason: string,
  error: Error = new ForbiddenError(reason),
): Promise<never> {
  await recordRefusal(db, {
    action: ROUTE_STEPS[step].audit,
    actorId: request.user.id,
    objectType: "Nota",
    objectId: facts.id,
    notaId: facts.id,
    notaVersion: facts.version,
    reason,
    ...request.context,
  });
  throw error;
}

/**
 * A decision or a paraaf binds a minister or a unit: only in a session that passed the second
 * factor, whatever the pages and the API let through (refused and audited otherwise).
 */
export async function requireSecondFactor(request: Pick<StepRequest, "user" | "context">, facts: RouteFacts, step: "DECIDE" | "INITIAL"): Promise<void> {
  const refusal = routeStepNeedsMfa(request.user);
  if (refusal) await refuse(request, facts, step, refusal);
}

/** The state machine's verdict: the next status, or an audited refusal. */
export async function nextStatus(request: StepRequest, actor: Actor, step: RouteStep, context: RouteContext): Promise<RouteStatus> {
  const verdict = decide(actor.facts.status, step, actor.capacities, context);
  if (!verdict.allowed) return refuse(request, actor.facts, step, verdict.reason);
  return verdict.to;
}

function staleMessage(status: RouteStatus | undefined): string {
  return `De nota is intussen gewijzigd${status ? ` (nu ${STATUS_LABELS[status].toLowerCase()})` : ""}. Vernieuw de pagina en kijk opnieuw.`;
}

/**
 * Was the request made on the nota as it is now? When not, it may be the same person's
 * repeated request (a double click, a retry), which then answers as done; otherwise the nota
 * has moved on and the step is refused as stale (audited as well).
 */
export async function checkNotStale(request: StepRequest, actor: Actor, step: RecordedRouteAction): Promise<"fresh" | "already-done"> {
  const { facts } = actor;
  const sameState =
    facts.status === request.expectedStatus &&
    facts.version === request.expectedVersion &&
    (request.expectedRound === undefined || facts.routeRound === request.expectedRound) &&
    (request.expectedParaafIndex === undefined || facts.paraafIndex === request.expectedParaafIndex);
  if (sameState) return "fresh";
  if (await alreadyDone(request, step)) return "already-done";
  // Permission before staleness: someone who may not take this step at all is refused as such
  // (403, audited), not told that the nota has moved on.
  const permitted = whoMay(step);
  if (!actor.capacities.some((capacity) => permitted.capacities.includes(capacity))) return refuse(request, facts, step, permitted.refusal);
  const message = staleMessage(facts.status);
  return refuse(request, facts, step, message, new ConflictError(message, { status: facts.status }));
}

/** This user already took this step on the state they saw (same round, same Via step). */
async function alreadyDone(request: StepRequest, step: RecordedRouteAction): Promise<boolean> {
  const done = await db.routeAction.count({
    where: {
      notaId: request.notaId,
      userId: request.user.id,
      kind: step,
      fromStatus: request.expectedStatus,
      notaVersion: request.expectedVersion,
      ...(request.expectedRound === undefined ? {} : { round: request.expectedRound }),
      ...(request.expectedParaafIndex === undefined || request.expectedParaafIndex === null ? {} : { stepIndex: request.expectedParaafIndex }),
      ...(request.meetingId === undefined ? {} : { meetingId: request.meetingId }),
    },
  });
  return done > 0;
}

/**
 * Runs a step's transaction. When its guarded update finds the nota changed, the step was
 * either this very request again (a retry: answered as done) or overtaken (a conflict).
 */
export async function performStep(
  request: StepRequest,
  step: RecordedRouteAction,
  to: RouteStatus,
  work: (tx: Tx) => Promise<void>,
): Promise<{ status: RouteStatus | "unchanged" }> {
  try {
    await db.$transaction(work);
    return { status: to };
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    if (await alreadyDone(request, step)) return { status: "unchanged" };
    const now = await db.nota.findUnique({ where: { id: request.notaId }, select: { status: true } });
    throw new ConflictError(staleMessage(now?.status), { status: now?.status });
  }
}

/**
 * The guarded update every step makes first: it holds only on the state the step was decided on.
 * `exact`: also on every route write since (routeSeq), for steps that keep the status (moving a
 * nota to another meeting), where two people's moves must not both hold.
 */
export async function moveNota(tx: Tx, facts: RouteFacts, data: Prisma.NotaUpdateManyMutationInput, options: { exact?: boolean } = {}): Promise<void> {
  const updated = await tx.nota.updateMany({
    // A step holds on the status, version, round and Via step it was decided on; a decision by
    // another office in between changes none of those, and does not stop a send-back.
    where: {
      id: facts.id,
      status: facts.status,
      version: facts.version,
      routeRound: facts.routeRound,
      paraafIndex: facts.paraafIndex,
      ...(options.exact ? { routeSeq: facts.routeSeq } : {}),
    },
    // Every step moves the route on, so that a decision taken on the state before does not hold.
    data: { ...data, routeSeq: { increment: 1 }, ...(data.status && data.status !== facts.status ? { statusChangedAt: new Date() } : {}) },
  });
  if (updated.count === 0) throw new LostRace();
}
