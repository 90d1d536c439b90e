import { describe, expect, it } from "vitest";
import { DEFAULT_LEAD_TIMES } from "./back-planning";
import { notaPlan, type NotaPlanInput } from "./nota-plan";

const calendar = {
  mrMeetings: ["2025-03-21", "2025-03-28", "2025-04-04", "2025-04-11"].map((date) => ({ id: `mr-${date}`, date })),
  onderraadMeetings: ["2025-03-18", "2025-03-25", "2025-04-01"].map((date) => ({ id: `rd-${date}`, date })),
  recesses: [],
  leadTimes: DEFAULT_LEAD_TIMES,
};

const base: NotaPlanInput = {
  today: "2025-03-10",
  status: "TER_BESLISSING",
  kamerDeadline: "2025-04-04",
  plannedDate: null,
  onderraad: null,
  mr: null,
  deciding: [
    { officeCode: "M", decided: false, deadline: null },
    { officeCode: "R", decided: true, deadline: null },
  ],
  timeline: [],
  calendar,
};

describe("a nota's plan", () => {
  it("plans back from the Kamer deadline and gives every office the plan's decision date", () => {
    const result = notaPlan(base);
    expect(result.plan?.mr?.date).toBe("2025-04-04");
    expect(result.plan?.onderraad?.date).toBe("2025-04-01");
    expect(result.decisionDeadlines).toEqual([
      { officeCode: "M", decided: false, date: "2025-03-25", explicit: false },
      { officeCode: "R", decided: true, date: "2025-03-25", explicit: false },
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.overdue || result.atRisk).toBe(false);
  });

  it("is overdue when an office that has not decided passed its deadline, and names it", () => {
    const result = notaPlan({ ...base, today: "2025-03-26" });
    expect(result.overdue).toBe(true);
    expect(result.warnings.map((w) => w.field)).toEqual(["decisionDeadlines.M"]);
  });

  it("takes a deadline the secretariat set over the plan's", () => {
    const result = notaPlan({ ...base, today: "2025-03-26", deciding: [{ officeCode: "M", decided: false, deadline: "2025-03-27" }] });
    expect(result.overdue).toBe(false);
    expect(result.decisionDeadlines[0]).toMatchObject({ date: "2025-03-27", explicit: true });
  });

  it("is at risk when placed on an MR after the Kamer deadline", () => {
    const result = notaPlan({ ...base, status: "GEAGENDEERD_MR", mr: { date: "2025-04-11" } });
    expect(result.atRisk).toBe(true);
    expect(result.warnings[0].code).toBe("MR_AFTER_KAMER_DEADLINE");
  });

  it("says nothing about a closed nota", () => {
    const result = notaPlan({ ...base, status: "AFGEROND", today: "2025-06-01" });
    expect(result).toMatchObject({ plan: null, warnings: [], overdue: false, atRisk: false });
  });
});
