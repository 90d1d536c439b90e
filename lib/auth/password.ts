// Password hashing with argon2id (OWASP parameters: 19 MiB, 2 iterations, 1 lane).
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = 2; // Algorithm.Argon2id: a const enum, which isolated modules cannot import.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never logs anyone in
  }
}

/** Verified against when the e-mail address is unknown, so that the answer takes as long. */
export const UNKNOWN_USER_HASH = "$argon2id$v=19$m=19456,t=2,p=1$WjtxTSiMq1eFKLnyMcVyiQ$gHiHsbLzdziZcdwmAaI4VoOC61FMZWuJmrRuCtM2BSE";
