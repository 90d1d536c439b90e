// Recovery codes (herstelcodes): ten one-time codes shown once at enrolment, for a person without
// their phone. 125 random bits each (ASVS 6.5.2 asks for at least 112 when the hash is fast), from
// an alphabet without look-alikes (0/O, 1/I), in five groups of five. Only a SHA-256 hash is
// stored, salted with the user's id; with that entropy a slow hash adds nothing, and every use
// goes through the rate limit as well.
import { createHash, randomBytes } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const LENGTH = 25;
const GROUP = 5;

export function newRecoveryCode(): string {
  // 32 symbols divide 256: every byte maps without bias.
  const symbols = [...randomBytes(LENGTH)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return symbols.match(new RegExp(`.{${GROUP}}`, "g"))!.join("-");
}

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, newRecoveryCode);
}

/** As typed: any case, with or without the hyphen and spaces. */
export function normaliseRecoveryCode(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase();
}

export function isRecoveryCodeShape(input: string): boolean {
  return new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(normaliseRecoveryCode(input));
}

export function hashRecoveryCode(userId: string, code: string): string {
  return createHash("sha256")
    .update(`${userId}:${normaliseRecoveryCode(code)}`)
    .digest("hex");
}
