// Every kind of audit event, with the Dutch text shown in a nota's timeline. A route step's
// event is named after the step itself (lib/domain/route/steps.ts), for a success and for a
// refusal alike (the event's result tells which).
import { ROUTE_STEPS } from "@/lib/domain/route/steps";

export const AUDIT_ACTION_LABELS = {
  "auth.login": "Ingelogd",
  "auth.login_failed": "Inloggen mislukt",
  "auth.login_rate_limited": "Inloggen geweigerd: te veel pogingen",
  "auth.logout": "Uitgelogd",
  "auth.session_ended": "Sessie beëindigd",
  "auth.sessions_end_refused": "Sessies beëindigen geweigerd: wachtwoord onjuist",
  "mfa.enrolled": "Tweestapsverificatie ingesteld",
  "mfa.verified": "Tweestapsverificatie geslaagd",
  "mfa.verification_failed": "Tweestapsverificatie mislukt",
  "mfa.rate_limited": "Tweestapsverificatie geweigerd: te veel pogingen",
  "mfa.recovery_code_used": "Ingelogd met een herstelcode",
  "mfa.reset": "Tweestapsverificatie gewist door beheer",
  "mfa.reset_refused": "Wissen van tweestapsverificatie geweigerd",
  "nota.created": "Nota aangemaakt",
  "nota.create_refused": "Aanmaken geweigerd",
  "nota.read_refused": "Inzage geweigerd",
  "nota.edited": "Nota bewerkt",
  "nota.edit_refused": "Bewerken geweigerd",
  "nota.edit_conflict": "Opslaan geweigerd: intussen gewijzigd",
  "nota.version_recorded": "Versie vastgelegd",
  "nota.attachment_added": "Bijlage toegevoegd",
  "nota.attachment_removed": "Bijlage verwijderd",
  "nota.attachment_downloaded": "Bijlage gedownload",
  "nota.exported": "Nota gedownload als document",
  "nota.imported": "Nota ingelezen uit een bestaand document",
  [ROUTE_STEPS.OFFER.audit]: "Aangeboden",
  [ROUTE_STEPS.INITIAL.audit]: "Geparafeerd",
  [ROUTE_STEPS.RETURN.audit]: "Teruggestuurd",
  [ROUTE_STEPS.WITHDRAW.audit]: "Ingetrokken",
  [ROUTE_STEPS.DECIDE.audit]: "Besluit vastgelegd",
  [ROUTE_STEPS.SCHEDULE_ONDERRAAD.audit]: "Geagendeerd voor de onderraad",
  [ROUTE_STEPS.SCHEDULE_MR.audit]: "Geagendeerd voor de ministerraad",
  [ROUTE_STEPS.MARK_SENT.audit]: "Verzonden aan de Tweede Kamer",
  "delegation.created": "Vervanging ingesteld",
  "delegation.revoked": "Vervanging beëindigd",
  "audit.checkpoint": "Controlepunt van het auditlog",
  "audit.anchor": "Auditlog buiten de database verankerd",
  "planning.meetings_generated": "Vergaderreeks aangemaakt",
  "planning.meeting_created": "Vergadering toegevoegd",
  "planning.meeting_changed": "Vergadering gewijzigd",
  "planning.recess_created": "Reces toegevoegd",
  "planning.recess_removed": "Reces verwijderd",
  "planning.lead_times_changed": "Doorlooptijden gewijzigd",
  "planning.decision_deadline_set": "Beslisdeadline vastgesteld",
  "planning.refused": "Planning wijzigen geweigerd",
  "toezegging.created": "Toezegging vastgelegd",
  "toezegging.status_changed": "Status van toezegging gewijzigd",
  "toezegging.linked": "Nota gekoppeld aan toezegging",
  "toezegging.unlinked": "Nota ontkoppeld van toezegging",
  "calendar.token_created": "Agenda-abonnement aangemaakt",
  "calendar.token_revoked": "Agenda-abonnement ingetrokken",
  "accounts.read_refused": "Inzage in beheer geweigerd",
  "office.created": "Onderdeel aangemaakt",
  "office.renamed": "Onderdeel hernoemd",
  "office.ended": "Onderdeel opgeheven",
  "person.created": "Persoon aangemaakt",
  "person.deactivated": "Account gedeactiveerd",
  "person.reactivated": "Account weer actief",
  "membership.added": "Lidmaatschap toegevoegd",
  "membership.removed": "Lidmaatschap beëindigd",
  "account.invitation_issued": "Uitnodiging gemaakt",
  "account.invitation_used": "Wachtwoord ingesteld met uitnodiging",
  "account.reset_issued": "Herstellink gemaakt",
  "account.reset_used": "Wachtwoord hersteld met herstellink",
  "account.link_refused": "Wachtwoordlink geweigerd",
  "account.password_changed": "Wachtwoord gewijzigd",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** The timeline's text for an event: a refused step says so, a decision that completed the set says besloten. */
export function auditEventLabel(event: { action: string; result: "SUCCESS" | "REFUSED"; details: unknown }): string {
  const label = (AUDIT_ACTION_LABELS as Record<string, string>)[event.action] ?? event.action;
  if (event.result === "REFUSED") {
    const step = Object.values(ROUTE_STEPS).find((s) => s.audit === event.action);
    if (step) return `${step.term} geweigerd`;
  }
  const details = (event.details ?? {}) as { to?: string };
  if (event.action === ROUTE_STEPS.DECIDE.audit && details.to === "BESLOTEN") return `${label}. Besloten door alle bewindspersonen`;
  return label;
}
