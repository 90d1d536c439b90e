import { describe, expect, it } from "vitest";
import { BACKGROUND_REQUEST_HEADER, canExtend, isBackgroundRequest, sessionEndsAt, sessionTimes } from "./session-policy";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("session policy", () => {
  it("ends 30 minutes after the last activity, or at the absolute end when that comes first", () => {
    const lastActivityAt = new Date("2026-03-02T10:00:00Z");
    const later = sessionTimes({ lastActivityAt, expiresAt: new Date("2026-03-02T18:00:00Z") });
    expect(sessionEndsAt(later)).toEqual(new Date("2026-03-02T10:30:00Z"));
    expect(canExtend(later)).toBe(true);
    const soon = sessionTimes({ lastActivityAt, expiresAt: new Date("2026-03-02T10:20:00Z") });
    expect(sessionEndsAt(soon)).toEqual(new Date("2026-03-02T10:20:00Z"));
    expect(canExtend(soon)).toBe(false);
  });

  it("does not count the browser's own requests as the person's activity", () => {
    expect(isBackgroundRequest(headers({ [BACKGROUND_REQUEST_HEADER]: "1" }))).toBe(true);
    expect(isBackgroundRequest(headers({ "next-router-prefetch": "1" }))).toBe(true);
    expect(isBackgroundRequest(headers({ purpose: "prefetch" }))).toBe(true);
    expect(isBackgroundRequest(headers({ accept: "text/html" }))).toBe(false);
    expect(isBackgroundRequest(headers({ [BACKGROUND_REQUEST_HEADER]: "0" }))).toBe(false);
  });
});
