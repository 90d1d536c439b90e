// Every kind of audit event, with the Dutch text shown in a nota's timeline.
export const AUDIT_ACTION_LABELS = {
  "auth.login": "Ingelogd",
  "auth.login_failed": "Inloggen mislukt",
  "auth.login_rate_limited": "Inloggen geweigerd: te veel pogingen",
  "auth.logout": "Uitgelogd",
  "nota.created": "Nota aangemaakt",
  "nota.read_refused": "Inzage geweigerd",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
