import { describe, expect, it } from "vitest";
import { nextThirdWednesdayOfMay, thirdWednesdayOfMay, weeklySeries } from "./recurring";

describe("thirdWednesdayOfMay (art.-100 Voortgangsrapportage)", () => {
  it.each([
    [2024, "2024-05-15"], // 1 May is a Wednesday: earliest possible
    [2025, "2025-05-21"], // 1 May is a Thursday: latest possible
    [2026, "2026-05-20"],
    [2027, "2027-05-19"],
  ])("%i → %s", (year, date) => {
    expect(thirdWednesdayOfMay(year)).toBe(date);
  });

  it("takes this year's while it has not passed, the day itself included, else next year's", () => {
    expect(nextThirdWednesdayOfMay("2025-01-10")).toBe("2025-05-21");
    expect(nextThirdWednesdayOfMay("2025-05-21")).toBe("2025-05-21");
    expect(nextThirdWednesdayOfMay("2025-05-22")).toBe("2026-05-20");
    expect(nextThirdWednesdayOfMay("2025-12-31")).toBe("2026-05-20");
  });
});

describe("weeklySeries", () => {
  it("marks Goede Vrijdag in the ministerraad's Fridays of spring 2026", () => {
    expect(weeklySeries({ from: "2026-03-20", to: "2026-04-24", weekday: 5 })).toEqual([
      { date: "2026-03-20", holiday: null },
      { date: "2026-03-27", holiday: null },
      { date: "2026-04-03", holiday: "Goede Vrijdag" },
      { date: "2026-04-10", holiday: null },
      { date: "2026-04-17", holiday: null },
      { date: "2026-04-24", holiday: null },
    ]);
  });

  it("leaves holidays out when asked (Koningsdag on Friday 27 April 2029)", () => {
    expect(weeklySeries({ from: "2029-04-16", to: "2029-05-11", weekday: 5 }).map((d) => d.holiday)).toEqual([null, "Koningsdag", null, null]);
    expect(weeklySeries({ from: "2029-04-16", to: "2029-05-11", weekday: 5, skipHolidays: true }).map((d) => d.date)).toEqual([
      "2029-04-20",
      "2029-05-04",
      "2029-05-11",
    ]);
  });

  it("starts at the first matching weekday on or after `from` and includes `to`", () => {
    expect(weeklySeries({ from: "2025-03-26", to: "2025-04-15", weekday: 2 }).map((d) => d.date)).toEqual(["2025-04-01", "2025-04-08", "2025-04-15"]);
    expect(weeklySeries({ from: "2025-04-01", to: "2025-04-01", weekday: 2 }).map((d) => d.date)).toEqual(["2025-04-01"]);
    expect(weeklySeries({ from: "2025-04-02", to: "2025-04-07", weekday: 2 })).toEqual([]);
  });

  it("refuses a weekday outside 0–6", () => {
    expect(() => weeklySeries({ from: "2025-04-01", to: "2025-04-30", weekday: 7 })).toThrow(RangeError);
  });
});
