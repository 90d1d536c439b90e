import { describe, expect, it } from "vitest";
import { openMfaSecret, sealMfaSecret } from "./secret-box";

const KEY = "a-test-secret-that-is-at-least-32-characters";
const USER = "0b7c4a52-6a0d-4b8e-9a44-0c0f5d2b1e11";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describe("MFA secret at rest", () => {
  it("opens what it sealed, and never stores the secret in the clear", () => {
    const sealed = sealMfaSecret(SECRET, USER, KEY);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(SECRET);
    expect(openMfaSecret(sealed, USER, KEY)).toBe(SECRET);
  });

  it("seals the same secret differently every time (a fresh IV)", () => {
    expect(sealMfaSecret(SECRET, USER, KEY)).not.toBe(sealMfaSecret(SECRET, USER, KEY));
  });

  it("does not open under another NEXTAUTH_SECRET, for another user, or after any change", () => {
    const sealed = sealMfaSecret(SECRET, USER, KEY);
    expect(openMfaSecret(sealed, USER, `${KEY}-rotated`)).toBeNull();
    expect(openMfaSecret(sealed, "5f0e3d39-9a3e-4d55-8f7c-3f1b2f5a9c20", KEY)).toBeNull();
    const [format, iv, tag, ciphertext] = sealed.split(".");
    const flipped = ciphertext.slice(0, -2) + (ciphertext.endsWith("A") ? "B" : "A") + ciphertext.slice(-1);
    expect(openMfaSecret([format, iv, tag, flipped].join("."), USER, KEY)).toBeNull();
    expect(openMfaSecret(SECRET, USER, KEY)).toBeNull();
    expect(openMfaSecret("v2.a.b.c", USER, KEY)).toBeNull();
  });

  it("refuses to seal without a key", () => {
    expect(() => sealMfaSecret(SECRET, USER, "")).toThrow(/NEXTAUTH_SECRET/);
  });
});
