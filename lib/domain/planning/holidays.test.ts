import { describe, expect, it } from "vitest";
import { dutchHolidays, easterSunday, holidayOn } from "./holidays";

describe("easterSunday", () => {
  it.each([
    [1818, "1818-03-22"], // earliest possible date
    [1943, "1943-04-25"], // latest possible date
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("Easter %i is %s", (year, easter) => {
    expect(easterSunday(year)).toBe(easter);
  });

  it("refuses years before the Gregorian calendar", () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });
});

describe("dutchHolidays", () => {
  it("lists all of 2025 in date order, Koningsdag on Saturday 26 April because the 27th is a Sunday", () => {
    expect(dutchHolidays(2025)).toEqual([
      { date: "2025-01-01", name: "Nieuwjaarsdag" },
      { date: "2025-04-18", name: "Goede Vrijdag" },
      { date: "2025-04-20", name: "Eerste Paasdag" },
      { date: "2025-04-21", name: "Tweede Paasdag" },
      { date: "2025-04-26", name: "Koningsdag" },
      { date: "2025-05-05", name: "Bevrijdingsdag" },
      { date: "2025-05-29", name: "Hemelvaartsdag" },
      { date: "2025-06-08", name: "Eerste Pinksterdag" },
      { date: "2025-06-09", name: "Tweede Pinksterdag" },
      { date: "2025-12-25", name: "Eerste Kerstdag" },
      { date: "2025-12-26", name: "Tweede Kerstdag" },
    ]);
  });

  it("keeps Koningsdag on the 27th when that is not a Sunday", () => {
    expect(dutchHolidays(2026).find((h) => h.name === "Koningsdag")?.date).toBe("2026-04-27");
    expect(dutchHolidays(2014).find((h) => h.name === "Koningsdag")?.date).toBe("2014-04-26");
  });

  it("sorts a late Easter before Koningsdag and carries Pinksteren into June (2038)", () => {
    const dates = dutchHolidays(2038).map((h) => `${h.date} ${h.name}`);
    expect(dates.slice(1, 7)).toEqual([
      "2038-04-23 Goede Vrijdag",
      "2038-04-25 Eerste Paasdag",
      "2038-04-26 Tweede Paasdag",
      "2038-04-27 Koningsdag",
      "2038-05-05 Bevrijdingsdag",
      "2038-06-03 Hemelvaartsdag",
    ]);
    expect(dates).toContain("2038-06-13 Eerste Pinksterdag");
    expect(dates).toContain("2038-06-14 Tweede Pinksterdag");
  });

  it("returns a copy that callers may change without affecting later answers", () => {
    const list = dutchHolidays(2025);
    list.length = 0;
    expect(dutchHolidays(2025)).toHaveLength(11);
  });
});

describe("holidayOn", () => {
  it("names the holiday on a date and returns null on ordinary days", () => {
    expect(holidayOn("2025-05-29")).toBe("Hemelvaartsdag");
    expect(holidayOn("2025-05-05")).toBe("Bevrijdingsdag");
    expect(holidayOn("2026-05-05")).toBe("Bevrijdingsdag"); // not a lustrum year: still off for the Rijksoverheid
    expect(holidayOn("2026-04-03")).toBe("Goede Vrijdag");
    expect(holidayOn("2025-04-27")).toBeNull();
    expect(holidayOn("2025-05-28")).toBeNull();
  });

  it("rejects dates that do not exist", () => {
    expect(() => holidayOn("2025-02-30")).toThrow(RangeError);
  });
});

describe("days equated by decree", () => {
  it("count as holidays in their year", () => {
    expect(holidayOn("2026-01-02")).toMatch(/Nieuwjaarsdag/);
    expect(holidayOn("2026-05-15")).toMatch(/Hemelvaartsdag/);
    expect(holidayOn("2027-01-02")).toBeNull();
  });
});
