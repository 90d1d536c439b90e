import { describe, expect, it } from "vitest";
import { formatPersonnel, personnelTotals, sumPersonnel } from "./personnel";

describe("formatPersonnel", () => {
  it("writes circa counts as the nota does", () => {
    expect(formatPersonnel({ count: 20, circa: true })).toBe("circa 20");
    expect(formatPersonnel({ count: 145, circa: false })).toBe("145");
    expect(formatPersonnel({ count: 0, circa: false })).toBe("0");
    expect(formatPersonnel({ count: null, circa: false })).toBeNull();
  });
});

describe("sumPersonnel", () => {
  it("adds known counts, is circa when any part is, and counts what is missing", () => {
    expect(
      sumPersonnel([
        { count: 145, circa: false },
        { count: 120, circa: false },
      ]),
    ).toEqual({ count: 265, circa: false, missing: 0 });
    expect(
      sumPersonnel([
        { count: 20, circa: true },
        { count: 25, circa: true },
        { count: null, circa: false },
      ]),
    ).toEqual({
      count: 45,
      circa: true,
      missing: 1,
    });
    expect(sumPersonnel([])).toEqual({ count: 0, circa: false, missing: 0 });
  });

  it("totals before and after separately", () => {
    const totals = personnelTotals([
      { personnelBefore: 5, personnelBeforeCirca: false, personnelAfter: 10, personnelAfterCirca: true },
      { personnelBefore: null, personnelBeforeCirca: false, personnelAfter: 5, personnelAfterCirca: true },
    ]);
    expect(totals.before).toEqual({ count: 5, circa: false, missing: 1 });
    expect(totals.after).toEqual({ count: 15, circa: true, missing: 0 });
  });
});
