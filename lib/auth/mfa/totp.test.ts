import { describe, expect, it } from "vitest";
import { currentTotpCode, groupedSecret, matchTotp, newTotpSecret, nextUsableStep, otpauthUri, totpCode, totpStep } from "./totp";

// RFC 6238, appendix B: the SHA-1 seed "12345678901234567890", in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const at = (seconds: number) => new Date(seconds * 1000);

describe("TOTP", () => {
  it("computes the test vectors of RFC 6238 (SHA-1, the last six digits)", () => {
    expect(currentTotpCode(RFC_SECRET, at(59))).toBe("287082");
    expect(currentTotpCode(RFC_SECRET, at(1111111109))).toBe("081804");
    expect(currentTotpCode(RFC_SECRET, at(1111111111))).toBe("050471");
    expect(currentTotpCode(RFC_SECRET, at(1234567890))).toBe("005924");
    expect(currentTotpCode(RFC_SECRET, at(2000000000))).toBe("279037");
  });

  it("accepts the current step and one either side, and nothing further", () => {
    const now = at(1234567890);
    const step = totpStep(now);
    for (const delta of [-1, 0, 1]) expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + delta), { now, lastStep: null })).toBe(step + delta);
    for (const delta of [-2, 2]) expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + delta), { now, lastStep: null })).toBeNull();
  });

  it("never accepts a step twice, nor one before the last accepted", () => {
    const now = at(1234567890);
    const step = totpStep(now);
    const code = totpCode(RFC_SECRET, step);
    expect(matchTotp(RFC_SECRET, code, { now, lastStep: step - 1 })).toBe(step);
    expect(matchTotp(RFC_SECRET, code, { now, lastStep: step })).toBeNull();
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), { now, lastStep: step })).toBeNull();
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), { now, lastStep: step })).toBe(step + 1);
  });

  it("takes only six digits", () => {
    const now = at(1234567890);
    expect(matchTotp(RFC_SECRET, "00592", { now, lastStep: null })).toBeNull();
    expect(matchTotp(RFC_SECRET, "0059245", { now, lastStep: null })).toBeNull();
    expect(matchTotp(RFC_SECRET, "00 5924", { now, lastStep: null })).toBeNull();
  });

  it("names the first step still usable after the last accepted one", () => {
    const now = at(1234567890);
    const step = totpStep(now);
    expect(nextUsableStep(now, null)).toBe(step - 1);
    expect(nextUsableStep(now, step - 1)).toBe(step);
    expect(nextUsableStep(now, step)).toBe(step + 1);
    expect(nextUsableStep(now, step + 1)).toBeNull();
  });

  it("makes 160-bit base32 secrets and the otpauth address apps scan", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(otpauthUri(secret, "kabinet.m@demo.notaroute.nl"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Notaroute:kabinet.m@demo.notaroute.nl");
    expect(Object.fromEntries(uri.searchParams)).toEqual({ issuer: "Notaroute", secret, algorithm: "SHA1", digits: "6", period: "30" });
    expect(groupedSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});
