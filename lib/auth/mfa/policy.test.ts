import { describe, expect, it } from "vitest";
import { FREE_MFA_FAILURES, MAX_MFA_DELAY_SECONDS, MFA_MESSAGES, mfaDelayAfter } from "./policy";

describe("second-factor rate limit", () => {
  it("lets five failures pass freely, then doubles the wait from 30 seconds up to the window", () => {
    expect(FREE_MFA_FAILURES).toBe(5);
    for (let failures = 0; failures < 5; failures++) expect(mfaDelayAfter(failures)).toBe(0);
    expect([5, 6, 7, 8, 9, 10, 11, 40].map(mfaDelayAfter)).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
    expect(MAX_MFA_DELAY_SECONDS).toBe(900);
  });

  it("says how long to wait in Dutch", () => {
    expect(MFA_MESSAGES.rateLimited(30)).toBe("Te veel onjuiste codes. Wacht 30 seconden en probeer het dan opnieuw.");
    expect(MFA_MESSAGES.rateLimited(240)).toBe("Te veel onjuiste codes. Wacht 4 minuten en probeer het dan opnieuw.");
  });
});
