// TOTP as RFC 6238 describes it and authenticator apps expect it: HMAC-SHA-1, 6 digits, 30-second
// steps, one step either side for a clock that is a little off. The computation is otpauth's;
// what this module adds is the rule that a step is accepted once (RFC 6238, section 5.2).
import { HOTP, Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted before and after the current one. */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = "Notaroute";

const ALGORITHM = "SHA1";

/** A new secret of 160 bits (RFC 4226's recommendation), base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The time step of a moment: seconds since 1970 divided by the period. */
export function totpStep(now: Date): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now.getTime() });
}

export function totpCode(secret: string, step: number): string {
  return HOTP.generate({ secret: Secret.fromBase32(secret), algorithm: ALGORITHM, digits: TOTP_DIGITS, counter: step });
}

/** The code an app shows at `now`. */
export function currentTotpCode(secret: string, now: Date = new Date()): string {
  return totpCode(secret, totpStep(now));
}

/**
 * The step whose code `code` is, within the window around `now` and after `lastStep` (a step
 * once accepted is never accepted again), or null.
 */
export function matchTotp(secret: string, code: string, options: { now: Date; lastStep: number | null }): number | null {
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) return null;
  const key = Secret.fromBase32(secret);
  const current = totpStep(options.now);
  for (let step = current - TOTP_WINDOW; step <= current + TOTP_WINDOW; step++) {
    if (options.lastStep !== null && step <= options.lastStep) continue;
    // HOTP.validate compares in constant time.
    if (HOTP.validate({ token: code, secret: key, algorithm: ALGORITHM, digits: TOTP_DIGITS, counter: step, window: 0 }) === 0) return step;
  }
  return null;
}

/** The first step at or after `now`'s window that has not been used, if the window still holds one. */
export function nextUsableStep(now: Date, lastStep: number | null): number | null {
  const current = totpStep(now);
  const first = Math.max(current - TOTP_WINDOW, (lastStep ?? -Infinity) + 1);
  return first <= current + TOTP_WINDOW ? first : null;
}

/** The otpauth:// address the QR code carries: issuer, account and the parameters above. */
export function otpauthUri(secret: string, account: string): string {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: account,
    secret: Secret.fromBase32(secret),
    algorithm: ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  }).toString();
}

/** The secret as people type it into an app: groups of four. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}
