// The secret of a one-time password link: 32 random bytes, given out once as base64url, stored
// only as SHA-256. A fast hash is enough here (unlike for passwords): the token has 256 bits of
// randomness, so nobody can guess one, and looking a link up by the hash of what was presented
// (a unique index) reveals nothing about any stored token through its timing.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { accountLinkPath } from "@/lib/domain/accounts/account-link";

export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newAccountToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashAccountToken(token) };
}

/** The link as the person must open it: on the public address the app is configured with. */
export function accountLinkUrl(token: string): string {
  const path = accountLinkPath(token);
  const base = process.env.NEXTAUTH_URL;
  if (!base) return path;
  try {
    return new URL(path, base).toString();
  } catch {
    return path;
  }
}
