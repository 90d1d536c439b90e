import { describe, expect, it } from "vitest";
import { hashRecoveryCode, isRecoveryCodeShape, newRecoveryCodes, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";

describe("recovery codes", () => {
  it("makes ten different codes of five groups of five (125 bits), without look-alike characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}(-[A-HJ-NP-Z2-9]{5}){4}$/);
      expect(isRecoveryCodeShape(code)).toBe(true);
    }
  });

  it("reads a code however it is typed", () => {
    expect(normaliseRecoveryCode(" abcde-fghjk ")).toBe("ABCDEFGHJK");
    expect(normaliseRecoveryCode("ABCDE FGHJK")).toBe("ABCDEFGHJK");
    expect(isRecoveryCodeShape("abcde fghjk lmnpq rstuv wxyz2")).toBe(true);
    expect(isRecoveryCodeShape("abcdefghjk")).toBe(false);
    expect(isRecoveryCodeShape("123456")).toBe(false);
    expect(isRecoveryCodeShape("ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ0")).toBe(false);
  });

  it("hashes per user, the same for every way of typing the code", () => {
    const user = "0b7c4a52-6a0d-4b8e-9a44-0c0f5d2b1e11";
    const hash = hashRecoveryCode(user, "ABCDE-FGHJK");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(user, "abcde fghjk")).toBe(hash);
    expect(hashRecoveryCode("5f0e3d39-9a3e-4d55-8f7c-3f1b2f5a9c20", "ABCDE-FGHJK")).not.toBe(hash);
  });
});
