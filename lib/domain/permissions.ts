// Who may do what. Plain functions over plain data, with the rules as a table; the read rule
// is also expressed as a Prisma filter in lib/data/read-scope.ts (a test checks they agree).
// Which state a nota must be in for an action is the route's business (lib/workflow).
import type { Role } from "./enums";
import type { SessionTimes } from "@/lib/auth/session-policy";
import { decide, type RouteStatus as NotaStatus } from "./route/state-machine";

export interface OfficeMembership {
  officeId: string;
  officeCode: string;
  officeName: string;
  role: Role;
}

/** The signed-in person with the offices they act for. Built on the server from the session. */
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  memberships: OfficeMembership[];
  /** Offices that have named this user (or their kabinet) as vervanger today. */
  delegatedOfficeIds: string[];
  /** The same, with the delegation that allows it: office id → delegation id. */
  delegations: Record<string, string>;
  /** The session this request runs in, when it comes from a login (not for jobs and tests). */
  sessionId?: string;
  /** When that session ends, by idle timeout or absolute limit. */
  session?: SessionTimes;
  /**
   * Whether this session passed the second factor. A decision or paraaf needs it. Jobs and
   * tests that act as a user say so themselves.
   */
  mfaVerified: boolean;
}

/** Facts about a nota that decide who may read it. */
export interface NotaAccessFacts {
  status: NotaStatus;
  ownerOfficeId: string;
  /** Offices that read it once it has left the drafting desk (readerOfficeIds). */
  readerOfficeIds: readonly string[];
}

/**
 * The offices that read a nota once it has left the drafting desk: the units of the Via chain
 * (they initial it) and the offices that decide on it or get a copy. Stored with the nota.
 */
export function readerOfficeIds(content: {
  parties: { VIA: ReadonlyArray<{ officeId: string | null }> };
  recipients: { besluit: readonly string[]; informatie: readonly string[] };
}): string[] {
  const via = content.parties.VIA.map((party) => party.officeId).filter((id): id is string => id !== null);
  return [...new Set([...via, ...content.recipients.besluit, ...content.recipients.informatie])].sort();
}

export type Permission = { ok: true } | { ok: false; reason: string };
const ALLOWED: Permission = { ok: true };

/** Roles that see every nota: the secretariat watches all deadlines, beheer administers. */
export const ROLES_SEEING_ALL_NOTAS: readonly Role[] = ["SECRETARIAAT", "BEHEER"];

type OfficeAction = "nota.create" | "nota.edit";

/** Per action: which role, in the nota's owning office ("owner") or in any office ("any"). */
const OFFICE_RULES: Record<OfficeAction, ReadonlyArray<{ role: Role; scope: "owner" | "any" }>> = {
  "nota.create": [
    { role: "OPSTELLER", scope: "owner" },
    { role: "BEHEER", scope: "any" },
  ],
  "nota.edit": [
    { role: "OPSTELLER", scope: "owner" },
    { role: "BEHEER", scope: "any" },
  ],
};

export function officeIdsOf(user: CurrentUser): string[] {
  return [...new Set(user.memberships.map((m) => m.officeId))];
}

export function hasRoleAnywhere(user: CurrentUser, roles: readonly Role[]): boolean {
  return user.memberships.some((m) => roles.includes(m.role));
}

export function hasRoleIn(user: CurrentUser, officeId: string, role: Role): boolean {
  return user.memberships.some((m) => m.officeId === officeId && m.role === role);
}

/** Whether the table grants `action` on something owned by `ownerOfficeId`. */
export function permits(user: CurrentUser, action: OfficeAction, ownerOfficeId: string): boolean {
  return OFFICE_RULES[action].some((rule) => (rule.scope === "any" ? hasRoleAnywhere(user, [rule.role]) : hasRoleIn(user, ownerOfficeId, rule.role)));
}

/**
 * The owning unit sees its notas from the first draft; the Via chain and the addressed
 * offices see a nota once it has left the drafting desk (anything but concept). A vervanger
 * sees what the office they stand in for sees.
 */
export function canReadNota(user: CurrentUser, nota: NotaAccessFacts): boolean {
  if (hasRoleAnywhere(user, ROLES_SEEING_ALL_NOTAS)) return true;
  const mine = officeIdsOf(user);
  if (mine.includes(nota.ownerOfficeId)) return true;
  if (nota.status === "CONCEPT") return false;
  const readingFor = new Set([...mine, ...user.delegatedOfficeIds]);
  return nota.readerOfficeIds.some((id) => readingFor.has(id));
}

/** Editing: the route decides in which states (lib/workflow), the table who. */
export function canEditNota(user: CurrentUser, nota: { status: NotaStatus; ownerOfficeId: string }): Permission {
  if (!permits(user, "nota.edit", nota.ownerOfficeId)) {
    return { ok: false, reason: "Alleen opstellers van het onderdeel dat de nota opstelt, kunnen deze nota bewerken." };
  }
  const capacity = hasRoleIn(user, nota.ownerOfficeId, "OPSTELLER") ? "opsteller" : "beheer";
  const route = decide(nota.status, "EDIT", [capacity]);
  return route.allowed ? ALLOWED : { ok: false, reason: route.reason };
}

/** Creating a nota for `ownerOfficeId`, or moving a nota to it. */
export function canDraftFor(user: CurrentUser, ownerOfficeId: string): Permission {
  return permits(user, "nota.create", ownerOfficeId)
    ? ALLOWED
    : { ok: false, reason: "U kunt alleen nota's opstellen voor een onderdeel waarvan u opsteller bent." };
}

/** The offices a user may draft notas for (empty for beheer: it may choose any). */
export function draftingOfficeIds(user: CurrentUser): string[] {
  return user.memberships.filter((m) => m.role === "OPSTELLER").map((m) => m.officeId);
}

/**
 * The office a drafting step is recorded for: the owning unit for its opsteller; beheer acts
 * from its own office (the record never names an office the person is not part of).
 */
export function draftingOfficeFor(user: CurrentUser, ownerOfficeId: string): string {
  if (hasRoleIn(user, ownerOfficeId, "OPSTELLER")) return ownerOfficeId;
  return user.memberships.find((m) => m.role === "BEHEER")?.officeId ?? ownerOfficeId;
}

/** The secretariat plans the councils: meetings, recesses, lead times, agendas, toezeggingen. */
export function canPlanCouncils(user: CurrentUser): Permission {
  return hasRoleAnywhere(user, ["SECRETARIAAT"]) ? ALLOWED : { ok: false, reason: "Alleen het secretariaat kan de planning van de raden bijhouden." };
}
