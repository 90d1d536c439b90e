import { describe, expect, it } from "vitest";
import { ACCOUNT_TOKEN_PATTERN, accountLinkExpiry, accountLinkPath, accountLinkState } from "./account-link";

const now = new Date("2025-02-13T10:00:00Z");
const link = (overrides: Partial<Parameters<typeof accountLinkState>[0] & object> = {}) => ({
  expiresAt: accountLinkExpiry(new Date("2025-02-13T09:00:00Z")),
  usedAt: null,
  revokedAt: null,
  userActive: true,
  ...overrides,
});

describe("account links", () => {
  it("is valid for 24 hours, up to but not at its expiry", () => {
    expect(accountLinkExpiry(now).toISOString()).toBe("2025-02-14T10:00:00.000Z");
    expect(accountLinkState(link(), now)).toBe("valid");
    expect(accountLinkState(link(), new Date("2025-02-14T08:59:59.999Z"))).toBe("valid");
    expect(accountLinkState(link(), new Date("2025-02-14T09:00:00Z"))).toBe("expired");
  });

  it("says what happened to a link that does not work: used first, then revoked (or the account deactivated), then expired", () => {
    expect(accountLinkState(null, now)).toBe("unknown");
    expect(accountLinkState(link({ usedAt: now, revokedAt: now }), new Date("2030-01-01"))).toBe("used");
    expect(accountLinkState(link({ revokedAt: now }), new Date("2030-01-01"))).toBe("revoked");
    expect(accountLinkState(link({ userActive: false }), now)).toBe("revoked");
  });

  it("recognises a token by its form: 43 characters of base64url", () => {
    expect(ACCOUNT_TOKEN_PATTERN.test("a".repeat(43))).toBe(true);
    expect(ACCOUNT_TOKEN_PATTERN.test("A-_9".repeat(10) + "abc")).toBe(true);
    expect(ACCOUNT_TOKEN_PATTERN.test("a".repeat(42))).toBe(false);
    expect(ACCOUNT_TOKEN_PATTERN.test("a".repeat(42) + "=")).toBe(false);
    expect(ACCOUNT_TOKEN_PATTERN.test("a".repeat(42) + "/")).toBe(false);
    expect(accountLinkPath("abc")).toBe("/wachtwoord-instellen/abc");
  });
});
