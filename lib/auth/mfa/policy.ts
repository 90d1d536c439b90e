// How failed second-factor attempts slow down the next one. Counted in MfaAttempt, so the limit
// holds across every app instance. Per person, not per address: the password is already known
// to whoever gets here, and six digits must not be guessable by rotating addresses.
export const MFA_WINDOW_MINUTES = 15;
/** Failures (since the last success, within the window) that cost nothing: typing errors. */
export const FREE_MFA_FAILURES = 5;
/** After those, the wait before the next attempt: 30 s, doubling, at most the whole window. */
export const FIRST_MFA_DELAY_SECONDS = 30;
export const MAX_MFA_DELAY_SECONDS = MFA_WINDOW_MINUTES * 60;

/** Seconds to wait after the last failure, when `failures` have been counted. */
export function mfaDelayAfter(failures: number): number {
  if (failures < FREE_MFA_FAILURES) return 0;
  return Math.min(MAX_MFA_DELAY_SECONDS, FIRST_MFA_DELAY_SECONDS * 2 ** Math.min(failures - FREE_MFA_FAILURES, 16));
}

export const MFA_MESSAGES = {
  wrongCode: "Deze verificatiecode klopt niet. Gebruik de code die uw app nu toont; een code werkt maar één keer.",
  wrongRecoveryCode: "Deze herstelcode klopt niet of is al gebruikt.",
  rateLimited: (seconds: number) =>
    `Te veel onjuiste codes. Wacht ${seconds < 90 ? `${seconds} seconden` : `${Math.ceil(seconds / 60)} minuten`} en probeer het dan opnieuw.`,
  secretUnreadable:
    "Uw authenticator-app kan op dit moment niet worden gecontroleerd. Gebruik een herstelcode, of vraag beheer uw tweestapsverificatie opnieuw in te stellen.",
} as const;
