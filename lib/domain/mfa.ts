// Who needs the second factor (tweestapsverificatie), and what a session that has not passed it
// may not do. Pure rules; the services and the edge ask them.
import type { Role } from "./enums";

/** Roles whose work (a decision, a paraaf, the secretariat's planning, administration) needs it. */
export const MFA_ROLES: readonly Role[] = ["KABINET", "PARAAF", "SECRETARIAAT", "BEHEER"];

interface MfaSubject {
  memberships: ReadonlyArray<{ role: Role }>;
  /** Offices this person stands in for today (vervanging): they record decisions too. */
  delegatedOfficeIds?: readonly string[];
}

/** Whether this person must pass the second factor after their password, before anything else. */
export function requiresMfa(user: MfaSubject): boolean {
  return user.memberships.some((m) => MFA_ROLES.includes(m.role)) || (user.delegatedOfficeIds?.length ?? 0) > 0;
}

/**
 * Whether this session still has to pass the second factor: the person needs it and the session
 * has not passed it. Such a session reaches only the MFA step and logout.
 */
export function mfaStepPending(user: MfaSubject & { mfaVerified: boolean }): boolean {
  return !user.mfaVerified && requiresMfa(user);
}

export const MFA_PENDING_MESSAGE = "Rond eerst de tweestapsverificatie af: voer de verificatiecode uit uw authenticator-app in.";

export const MFA_REQUIRED_FOR_ROUTE_MESSAGE =
  "Een besluit of paraaf kan alleen worden vastgelegd na tweestapsverificatie. Log opnieuw in en voer uw verificatiecode in.";

/** A decision or a paraaf binds a minister or a unit: only in a session that passed the second factor, whoever acts. */
export function routeStepNeedsMfa(user: { mfaVerified: boolean }): string | null {
  return user.mfaVerified ? null : MFA_REQUIRED_FOR_ROUTE_MESSAGE;
}
