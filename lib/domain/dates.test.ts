import { describe, expect, it } from "vitest";
import { formatDate, formatMoment, isIsoDate, isoDayNumber, isoFromDayNumber, parseIsoDate, todayInAmsterdam, toIsoDate } from "./dates";

describe("dates", () => {
  it("writes calendar dates as the nota does", () => {
    expect(formatDate("2025-02-13")).toBe("13 februari 2025");
    expect(formatDate(parseIsoDate("2025-03-31"))).toBe("31 maart 2025");
  });

  it("writes every day of the planning years as Intl and toISOString would", () => {
    const intl = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    for (let day = Date.UTC(1999, 11, 25); day <= Date.UTC(2001, 0, 5); day += 86_400_000) {
      const date = new Date(day);
      expect(formatDate(date)).toBe(intl.format(date));
      expect(toIsoDate(date)).toBe(date.toISOString().slice(0, 10));
      expect(parseIsoDate(toIsoDate(date)).getTime()).toBe(day);
    }
    // Day numbers agree with Date across the whole range, leap centuries included.
    for (let day = Date.UTC(1900, 0, 1); day <= Date.UTC(2199, 11, 31); day += 86_400_000 * 13) {
      const iso = new Date(day).toISOString().slice(0, 10);
      expect(isoDayNumber(iso), iso).toBe(day / 86_400_000);
      expect(isoFromDayNumber(day / 86_400_000)).toBe(iso);
    }
    expect(isoFromDayNumber(isoDayNumber("2000-02-28") + 1)).toBe("2000-02-29");
    expect(isoFromDayNumber(isoDayNumber("2100-02-28") + 1)).toBe("2100-03-01");
    for (const year of [1900, 2026, 2199]) {
      const date = new Date(Date.UTC(year, 0, 1));
      expect(formatDate(date)).toBe(intl.format(date));
      expect(toIsoDate(date)).toBe(`${year}-01-01`);
    }
  });

  it("writes moments in Dutch time, summer and winter", () => {
    expect(formatMoment(new Date("2025-02-13T23:30:00Z"))).toBe("14 februari 2025 om 00:30");
    expect(formatMoment(new Date("2025-07-01T10:00:00Z"))).toBe("1 juli 2025 om 12:00");
  });

  it("accepts only real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("13-02-2025")).toBe(false);
    for (const bad of [
      "2025-00-10",
      "2025-13-01",
      "2025-01-00",
      "2025-01-32",
      "2025-1-01",
      " 2025-01-01",
      "2025-01-0a",
      "2025/01/01",
      "+02025-01-01",
      "2025-01-01T00:00",
      "１９９９-01-01",
      "",
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
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
