import { describe, expect, it } from "vitest";
import { lastDayBeforeRecess, recessOn, type Recess } from "./recess";

// Example data, not an official calendar.
const zomerreces2025: Recess = { name: "Zomerreces 2025", start: "2025-07-04", end: "2025-09-01" };
const recesses: Recess[] = [{ name: "Voorjaarsreces 2025", start: "2025-02-14", end: "2025-02-24" }, zomerreces2025];

describe("recessOn", () => {
  it("finds the recess a date falls in, start and end included", () => {
    expect(recessOn("2025-07-15", recesses)).toBe(zomerreces2025);
    expect(recessOn("2025-07-04", recesses)).toBe(zomerreces2025);
    expect(recessOn("2025-09-01", recesses)).toBe(zomerreces2025);
    expect(recessOn("2025-07-03", recesses)).toBeNull();
    expect(recessOn("2025-09-02", recesses)).toBeNull();
    expect(recessOn("2025-07-15", [])).toBeNull();
  });
});

describe("lastDayBeforeRecess", () => {
  it("moves a deadline in the zomerreces to the last working day before it", () => {
    expect(lastDayBeforeRecess("2025-07-15", recesses)).toBe("2025-07-03");
    expect(lastDayBeforeRecess("2025-09-01", recesses)).toBe("2025-07-03");
  });

  it("leaves a date outside any recess alone", () => {
    expect(lastDayBeforeRecess("2025-07-03", recesses)).toBe("2025-07-03");
    expect(lastDayBeforeRecess("2025-09-02", recesses)).toBe("2025-09-02");
  });

  it("skips a holiday just before the recess (Bevrijdingsdag on Monday 5 May 2025)", () => {
    expect(lastDayBeforeRecess("2025-05-08", [{ name: "Meireces", start: "2025-05-06", end: "2025-05-12" }])).toBe("2025-05-02");
  });

  it("keeps going when the day before lies in an adjoining recess", () => {
    const adjoining: Recess[] = [
      { name: "Zomerreces", start: "2025-07-07", end: "2025-08-31" },
      { name: "Extra dag", start: "2025-07-04", end: "2025-07-04" },
    ];
    expect(lastDayBeforeRecess("2025-07-10", adjoining)).toBe("2025-07-03");
  });
});
