import { describe, expect, it } from "vitest";
import { addDays, addWorkingDays, isWorkingDay, previousWorkingDay, subtractWorkingDays, weekday, workingDaysBetween } from "./working-days";

describe("addDays and weekday", () => {
  it("crosses month, year, leap day and daylight-saving boundaries", () => {
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2025-03-29", 2)).toBe("2025-03-31");
    expect(addDays("2025-10-25", 2)).toBe("2025-10-27");
  });

  it("numbers weekdays from Sunday", () => {
    expect(weekday("2025-04-20")).toBe(0);
    expect(weekday("2025-04-18")).toBe(5);
    expect(weekday("2025-04-26")).toBe(6);
  });
});

describe("isWorkingDay", () => {
  it("excludes weekends and holidays", () => {
    expect(isWorkingDay("2025-04-17")).toBe(true); // Witte Donderdag is a working day
    expect(isWorkingDay("2025-04-18")).toBe(false); // Goede Vrijdag
    expect(isWorkingDay("2025-04-21")).toBe(false); // Tweede Paasdag
    expect(isWorkingDay("2025-04-19")).toBe(false); // Saturday
    expect(isWorkingDay("2026-04-27")).toBe(false); // Koningsdag on a Monday
  });

  it("takes a different holiday calendar when given one", () => {
    const none = () => null;
    expect(isWorkingDay("2025-04-18", none)).toBe(true);
    expect(isWorkingDay("2025-04-19", none)).toBe(false);
    expect(isWorkingDay("2025-04-16", (iso) => (iso === "2025-04-16" ? "Bedrijfsdag" : null))).toBe(false);
  });
});

describe("addWorkingDays and subtractWorkingDays", () => {
  it("skips the Easter weekend", () => {
    expect(addWorkingDays("2025-04-17", 1)).toBe("2025-04-22");
    expect(addWorkingDays("2025-04-17", 2)).toBe("2025-04-23");
    expect(addWorkingDays("2025-04-22", -1)).toBe("2025-04-17");
    expect(subtractWorkingDays("2025-04-22", 1)).toBe("2025-04-17");
    expect(subtractWorkingDays("2025-04-17", -1)).toBe("2025-04-22");
  });

  it("skips Koningsdag, Bevrijdingsdag and Christmas", () => {
    expect(addWorkingDays("2026-04-24", 1)).toBe("2026-04-28");
    expect(subtractWorkingDays("2025-05-06", 1)).toBe("2025-05-02");
    expect(addWorkingDays("2025-12-24", 1)).toBe("2025-12-29");
    // 2 January 2026 is equated with a holiday by decree.
    expect(addWorkingDays("2025-12-31", 1)).toBe("2026-01-05");
    expect(subtractWorkingDays("2026-01-05", 5)).toBe("2025-12-23");
  });

  it("never counts the start date, so a Saturday plus one is the Monday", () => {
    expect(addWorkingDays("2025-03-15", 1)).toBe("2025-03-17");
    expect(subtractWorkingDays("2025-03-15", 1)).toBe("2025-03-14");
  });

  it("with n = 0 keeps a working day and otherwise rolls in the direction of the operation", () => {
    expect(addWorkingDays("2025-04-16", 0)).toBe("2025-04-16");
    expect(subtractWorkingDays("2025-04-16", 0)).toBe("2025-04-16");
    expect(addWorkingDays("2025-04-19", 0)).toBe("2025-04-22");
    expect(subtractWorkingDays("2025-04-19", 0)).toBe("2025-04-17");
  });

  it("refuses fractions", () => {
    expect(() => addWorkingDays("2025-04-16", 1.5)).toThrow(RangeError);
    expect(() => subtractWorkingDays("2025-04-16", 0.5)).toThrow(RangeError);
  });
});

describe("previousWorkingDay", () => {
  it("is the date itself on a working day, else the latest working day before it", () => {
    expect(previousWorkingDay("2025-04-16")).toBe("2025-04-16");
    expect(previousWorkingDay("2025-04-21")).toBe("2025-04-17");
    expect(previousWorkingDay("2025-12-28")).toBe("2025-12-24");
    expect(previousWorkingDay("2025-04-26")).toBe("2025-04-25");
  });
});

describe("workingDaysBetween", () => {
  it("counts the working days after the first date up to and including the second", () => {
    expect(workingDaysBetween("2025-04-17", "2025-04-22")).toBe(1);
    expect(workingDaysBetween("2025-04-14", "2025-04-25")).toBe(7);
    expect(workingDaysBetween("2025-04-16", "2025-04-16")).toBe(0);
    // 22–24 Dec, 29–31 Dec, 2 and 5 Jan: Christmas and Nieuwjaarsdag fall out.
    expect(workingDaysBetween("2025-12-19", "2026-01-05")).toBe(7);
  });

  it("is negative when reversed, and 0 (not -0) for an empty reversed range", () => {
    expect(workingDaysBetween("2025-04-25", "2025-04-14")).toBe(-7);
    expect(workingDaysBetween("2025-04-21", "2025-04-18")).toBe(0);
  });

  it("undoes addWorkingDays", () => {
    for (const n of [1, 3, 10, 40]) expect(workingDaysBetween("2025-04-15", addWorkingDays("2025-04-15", n))).toBe(n);
  });
});
