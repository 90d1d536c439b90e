// In which capacities a person acts on one nota, from their memberships and the nota's
// route facts. Pure: the services supply both from the database (memberships come from the
// session, never from the request).

import type { Role } from "../enums";
import type { Capacity } from "./state-machine";

export type MemberRole = Role;

export interface Member {
  officeId: string;
  role: MemberRole;
}

export interface RouteFacts {
  ownerOfficeId: string;
  /** Offices of the Via chain, in order. */
  viaOfficeIds: readonly string[];
  paraafIndex: number | null;
  decidingOfficeIds: readonly string[];
  copyOfficeIds: readonly string[];
}

/** Offices for which the person may record the decision: their kabinet memberships, plus offices that delegated to them. */
export function kabinetOffices(memberships: readonly Member[], delegatedOfficeIds: readonly string[] = []): string[] {
  return [...new Set([...memberships.filter((m) => m.role === "KABINET").map((m) => m.officeId), ...delegatedOfficeIds])];
}

export function capacitiesFor(memberships: readonly Member[], facts: RouteFacts, delegatedOfficeIds: readonly string[] = []): Capacity[] {
  const has = (officeId: string, role: MemberRole) => memberships.some((m) => m.officeId === officeId && m.role === role);
  const capacities: Capacity[] = [];
  if (has(facts.ownerOfficeId, "OPSTELLER")) capacities.push("opsteller");
  const currentVia = facts.paraafIndex === null ? undefined : facts.viaOfficeIds[facts.paraafIndex];
  if (currentVia !== undefined && has(currentVia, "PARAAF")) capacities.push("paraaf");
  const kabinet = kabinetOffices(memberships, delegatedOfficeIds);
  if (facts.decidingOfficeIds.some((id) => kabinet.includes(id))) capacities.push("kabinet");
  if (facts.copyOfficeIds.some((id) => kabinet.includes(id))) capacities.push("kopie");
  if (memberships.some((m) => m.role === "SECRETARIAAT")) capacities.push("secretariaat");
  if (memberships.some((m) => m.role === "BEHEER")) capacities.push("beheer");
  return capacities;
}
