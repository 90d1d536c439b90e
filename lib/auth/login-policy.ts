// How many failed logins are tolerated. Counted in the database, so the limit holds across
// every app instance and survives restarts.
export const LOGIN_WINDOW_MINUTES = 15;
/** Failed attempts for one e-mail address within the window, since its last success. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** Failed attempts from one IP address within the window, whatever the e-mail address. */
export const MAX_FAILURES_PER_IP = 30;
export const SESSION_HOURS = 10;

export type LoginRefusal = "invalid" | "rate_limited" | "inactive";

/** Dutch message for the login form; deliberately the same for unknown user and wrong password. */
export const LOGIN_ERROR_MESSAGES: Record<LoginRefusal | "invalid_input", string> = {
  invalid: "Het e-mailadres of het wachtwoord is onjuist.",
  inactive: "Het e-mailadres of het wachtwoord is onjuist.",
  rate_limited: `Te veel mislukte inlogpogingen. Probeer het over ${LOGIN_WINDOW_MINUTES} minuten opnieuw.`,
  invalid_input: "Vul uw e-mailadres en wachtwoord in.",
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
