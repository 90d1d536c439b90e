import { describe, expect, it } from "vitest";
import { formatDate, formatMoment, isIsoDate, parseIsoDate, todayInAmsterdam, toIsoDate } from "./dates";

describe("dates", () => {
  it("writes calendar dates as the nota does", () => {
    expect(formatDate("2025-02-13")).toBe("13 februari 2025");
    expect(formatDate(parseIsoDate("2025-03-31"))).toBe("31 maart 2025");
  });

  it("writes moments in Dutch time, summer and winter", () => {
    expect(formatMoment(new Date("2025-02-13T23:30:00Z"))).toBe("14 februari 2025 om 00:30");
    expect(formatMoment(new Date("2025-07-01T10:00:00Z"))).toBe("1 juli 2025 om 12:00");
  });

  it("accepts only real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("13-02-2025")).toBe(false);
    expect(toIsoDate(parseIsoDate("2025-12-31"))).toBe("2025-12-31");
  });

  it("knows today's date in Amsterdam around midnight UTC", () => {
    expect(todayInAmsterdam(new Date("2025-02-13T23:30:00Z"))).toBe("2025-02-14");
  });
});

describe("the years a date may have", () => {
  it("refuses the in-between values of a year being typed, and years planning cannot compute", () => {
    expect(isIsoDate("0202-03-15")).toBe(false);
    expect(isIsoDate("1899-12-31")).toBe(false);
    expect(isIsoDate("1900-01-01")).toBe(true);
    expect(isIsoDate("2199-12-31")).toBe(true);
    expect(isIsoDate("2200-01-01")).toBe(false);
  });
});
