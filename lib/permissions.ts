// Who may see which nota. Pure functions over plain data; the same rule is expressed as a
// Prisma filter in lib/nota/read-scope.ts, and an integration test checks that both agree.
import type { NotaStatus, Role } from "@/lib/generated/prisma/enums";

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
}

/** Facts about a nota that decide who may read it. */
export interface NotaAccessFacts {
  status: NotaStatus;
  ownerOfficeId: string;
  /** Units of the Via chain (they initial the nota). */
  viaOfficeIds: string[];
  /** Offices that decide on it or receive a copy. */
  recipientOfficeIds: string[];
}

/** Roles that see every nota: the secretariat watches all deadlines, beheer administers. */
export const ROLES_SEEING_ALL_NOTAS: readonly Role[] = ["SECRETARIAAT", "BEHEER"];

export function officeIdsOf(user: CurrentUser): string[] {
  return [...new Set(user.memberships.map((m) => m.officeId))];
}

export function hasRoleAnywhere(user: CurrentUser, roles: readonly Role[]): boolean {
  return user.memberships.some((m) => roles.includes(m.role));
}

/**
 * The owning unit sees its notas from the first draft; the Via chain and the addressed
 * offices see a nota once it has left the drafting desk (anything but concept).
 */
export function canReadNota(user: CurrentUser, nota: NotaAccessFacts): boolean {
  if (hasRoleAnywhere(user, ROLES_SEEING_ALL_NOTAS)) return true;
  const mine = new Set(officeIdsOf(user));
  if (mine.has(nota.ownerOfficeId)) return true;
  if (nota.status === "CONCEPT") return false;
  return [...nota.viaOfficeIds, ...nota.recipientOfficeIds].some((id) => mine.has(id));
}
