// Recovery codes (herstelcodes): ten one-time codes shown once at enrolment, for a person without
// their phone. 50 random bits each, from an alphabet without look-alikes (0/O, 1/I), in two groups
// of five. Only a SHA-256 hash is stored, salted with the user's id; enough entropy that a slow
// hash adds nothing, and every use goes through the rate limit.
import { createHash, randomBytes } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const LENGTH = 10;

export function newRecoveryCode(): string {
  // 32 symbols divide 256: every byte maps without bias.
  const symbols = [...randomBytes(LENGTH)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
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
