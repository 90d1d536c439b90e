// How failed logins slow down the next attempt. Counted in the database, so the limits hold
// across every app instance and survive restarts. Delays, not a lock: a lock would let anyone
// shut a kabinet member out by guessing wrong on purpose.
export const LOGIN_WINDOW_MINUTES = 15;
/** Failures for one e-mail address (since its last success, within the window) that cost nothing. */
export const FREE_FAILURES_PER_EMAIL = 3;
/** After those, each further failure doubles the wait before the next attempt: 1 s, 2 s, 4 s, … */
export const MAX_EMAIL_DELAY_SECONDS = 60;
/** Failures from one IP address within the window (a shared office address counts many people) before it waits too. */
export const FREE_FAILURES_PER_IP = 30;
export const MAX_IP_DELAY_SECONDS = 30;
/** Password checks (argon2id, 19 MiB each) at once per app instance; more wait their turn. */
export const MAX_CONCURRENT_PASSWORD_CHECKS = 4;

/** Seconds to wait after the last failure before `failures` (beyond the free ones) allow another attempt. */
export function delayAfter(failures: number, free: number, maxSeconds: number): number {
  if (failures < free) return 0;
  return Math.min(maxSeconds, 2 ** Math.min(failures - free, 16));
}

export type LoginRefusal = "invalid" | "rate_limited" | "inactive";

/** Dutch message for the login form; deliberately the same for unknown user and wrong password. */
export const LOGIN_ERROR_MESSAGES: Record<LoginRefusal | "invalid_input" | "unavailable", string> = {
  unavailable: "Inloggen lukt nu niet: de database is even niet bereikbaar. Probeer het over een minuut opnieuw.",
  invalid: "Het e-mailadres of het wachtwoord is onjuist.",
  inactive: "Het e-mailadres of het wachtwoord is onjuist.",
  rate_limited: "Te veel mislukte inlogpogingen. Wacht even en probeer het dan opnieuw.",
  invalid_input: "Vul uw e-mailadres en wachtwoord in.",
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
