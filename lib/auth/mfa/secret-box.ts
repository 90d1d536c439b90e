// The TOTP secret at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from NEXTAUTH_SECRET,
// bound to the user's id, so that a copied database row reveals nothing and a secret moved to
// another user's row does not open. A new NEXTAUTH_SECRET makes every stored secret unreadable:
// those people then sign in with a recovery code, or beheer resets their MFA.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const FORMAT = "v1";
const SALT = "notaroute";
const INFO = "notaroute/mfa-secret/v1";

const keys = new Map<string, Buffer>();

function keyFrom(authSecret: string | undefined): Buffer {
  if (!authSecret) throw new Error("NEXTAUTH_SECRET is needed to seal or open an MFA secret.");
  let key = keys.get(authSecret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", authSecret, SALT, INFO, 32));
    keys.set(authSecret, key);
  }
  return key;
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url, with the user's id as associated data. */
export function sealMfaSecret(secret: string, userId: string, authSecret = process.env.NEXTAUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  cipher.setAAD(Buffer.from(userId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The secret, or null when it was sealed under another key, for another user, or changed. */
export function openMfaSecret(sealed: string, userId: string, authSecret = process.env.NEXTAUTH_SECRET): string | null {
  const [format, iv, tag, ciphertext, ...rest] = sealed.split(".");
  if (format !== FORMAT || !iv || !tag || ciphertext === undefined || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(authSecret), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
