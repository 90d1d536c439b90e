// Every kind of audit event, with the Dutch text shown in a nota's timeline.
export const AUDIT_ACTION_LABELS = {
  "auth.login": "Ingelogd",
  "auth.login_failed": "Inloggen mislukt",
  "auth.login_rate_limited": "Inloggen geweigerd: te veel pogingen",
  "auth.logout": "Uitgelogd",
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
  "nota.offered": "Aangeboden",
  "nota.initialed": "Geparafeerd",
  "nota.returned": "Teruggestuurd",
  "nota.withdrawn": "Ingetrokken",
  "nota.decision_recorded": "Besluit vastgelegd",
  "nota.decided": "Besloten door alle bewindspersonen",
  "nota.route_refused": "Routestap geweigerd",
  "delegation.created": "Vervanging ingesteld",
  "delegation.revoked": "Vervanging beëindigd",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
