import { describe, expect, it } from "vitest";
import { backPlan, DEFAULT_LEAD_TIMES, type BackPlanInput, type Meeting } from "./back-planning";
import type { Recess } from "./recess";
import { weeklySeries } from "./recurring";

/** A meeting series as a calendar would hold it: meetings on a holiday are cancelled. */
function series(prefix: string, from: string, to: string, weekday: number): Meeting[] {
  return weeklySeries({ from, to, weekday }).map(({ date, holiday }) => ({ id: `${prefix}-${date}`, date, cancelled: holiday !== null }));
}

const zomerreces2025: Recess = { name: "Zomerreces 2025", start: "2025-07-04", end: "2025-09-01" };

function input(overrides: Partial<BackPlanInput>): BackPlanInput {
  return {
    kamerDeadline: "2025-04-04",
    today: "2025-03-17",
    mrMeetings: series("mr", "2025-01-01", "2025-12-31", 5),
    onderraadMeetings: series("rdinev", "2025-01-01", "2025-12-31", 2),
    recesses: [zomerreces2025],
    leadTimes: DEFAULT_LEAD_TIMES,
    ...overrides,
  };
}

describe("backPlan", () => {
  it("has nothing to plan without a Kamer deadline", () => {
    expect(backPlan(input({ kamerDeadline: null }))).toBeNull();
  });

  it("never plans on a meeting that has been held: with the last MR in time behind us, there is none", () => {
    const plan = backPlan(input({ kamerDeadline: "2025-04-08", today: "2025-04-05" }));
    expect(plan?.mr).toBeNull();
    expect(plan?.problems.map((p) => p.code)).toEqual(["NO_MR_IN_TIME"]);
    // On the day of the MR itself it still counts.
    expect(backPlan(input({ kamerDeadline: "2025-04-08", today: "2025-04-04" }))?.mr?.date).toBe("2025-04-04");
  });

  it("plans the example nota: RDINEV 1 april, MR and sending on 4 april 2025", () => {
    const plan = backPlan(input({}));
    expect(plan).toEqual({
      sendBy: "2025-04-04",
      mr: { id: "mr-2025-04-04", date: "2025-04-04", cancelled: false },
      onderraad: { id: "rdinev-2025-04-01", date: "2025-04-01", cancelled: false },
      decideBy: "2025-03-25",
      problems: [],
    });
  });

  it("moves a deadline in the zomerreces to before the recess and picks the MR before that", () => {
    const plan = backPlan(input({ kamerDeadline: "2025-07-15", today: "2025-06-02" }));
    expect(plan?.sendBy).toBe("2025-07-03");
    expect(plan?.mr?.date).toBe("2025-06-27"); // not 4 July: the first day of the recess
    expect(plan?.onderraad?.date).toBe("2025-06-24");
    expect(plan?.decideBy).toBe("2025-06-17");
    expect(plan?.problems).toEqual([]);
  });

  it("skips a cancelled MR on Goede Vrijdag 2026", () => {
    const mrMeetings = series("mr", "2026-03-01", "2026-04-30", 5);
    expect(mrMeetings.find((m) => m.date === "2026-04-03")?.cancelled).toBe(true);
    const plan = backPlan(input({ kamerDeadline: "2026-04-07", today: "2026-03-02", mrMeetings, onderraadMeetings: [] }));
    expect(plan?.sendBy).toBe("2026-04-07");
    expect(plan?.mr?.date).toBe("2026-03-27");
    // No onderraad on this route: the offices decide five working days before the MR.
    expect(plan?.onderraad).toBeNull();
    expect(plan?.decideBy).toBe("2026-03-20");
    expect(plan?.problems).toEqual([]);
  });

  it("skips a cancelled MR on Koningsdag, Friday 27 April 2029", () => {
    const mrMeetings = series("mr", "2029-04-01", "2029-05-31", 5);
    const plan = backPlan(input({ kamerDeadline: "2029-04-30", today: "2029-04-02", mrMeetings, onderraadMeetings: [] }));
    expect(plan?.mr?.date).toBe("2029-04-20");
  });

  it("reads meetings in any order", () => {
    const shuffled = [...input({}).mrMeetings].reverse();
    expect(backPlan(input({ mrMeetings: shuffled }))?.mr?.date).toBe("2025-04-04");
  });

  it("sends on the working day before a deadline on a weekend", () => {
    const plan = backPlan(input({ kamerDeadline: "2025-04-05" }));
    expect(plan?.sendBy).toBe("2025-04-04");
    expect(plan?.mr?.date).toBe("2025-04-04");
  });

  it("honours longer lead times", () => {
    const plan = backPlan(input({ leadTimes: { mrToKamer: 1, onderraadToMr: 4, decisionToOnderraad: 10 } }));
    expect(plan?.mr?.date).toBe("2025-03-28");
    expect(plan?.onderraad?.date).toBe("2025-03-18"); // 25 March is only 3 working days before
    expect(plan?.decideBy).toBe("2025-03-04");
  });

  it("never puts the onderraad on the MR's own day, even with no lead time", () => {
    const onderraadMeetings: Meeting[] = [
      { id: "a", date: "2025-03-28" },
      { id: "b", date: "2025-04-04" },
    ];
    expect(backPlan(input({ onderraadMeetings, leadTimes: { ...DEFAULT_LEAD_TIMES, onderraadToMr: 0 } }))?.onderraad?.id).toBe("a");
  });

  it("reports when there is no MR in time", () => {
    const plan = backPlan(input({ mrMeetings: [{ id: "late", date: "2025-04-11" }] }));
    expect(plan).toEqual({
      sendBy: "2025-04-04",
      mr: null,
      onderraad: null,
      decideBy: null,
      problems: [
        {
          code: "NO_MR_IN_TIME",
          severity: "fout",
          message: "Er is geen ministerraad vroeg genoeg om de brief uiterlijk 4 april 2025 aan de Kamer te sturen.",
          field: "mr",
        },
      ],
    });
  });

  it("warns when no onderraad comes early enough and plans the decision from the MR", () => {
    const plan = backPlan(input({ onderraadMeetings: [{ id: "wed", date: "2025-04-02" }] }));
    expect(plan?.onderraad).toBeNull();
    expect(plan?.decideBy).toBe("2025-03-28");
    expect(plan?.problems).toEqual([
      {
        code: "NO_ONDERRAAD_IN_TIME",
        severity: "waarschuwing",
        message: "Er is geen onderraad ten minste 3 werkdagen vóór de ministerraad van 4 april 2025.",
        field: "onderraad",
      },
    ]);
  });

  it("reports a decision deadline that has already passed", () => {
    const plan = backPlan(input({ today: "2025-03-26" }));
    expect(plan?.decideBy).toBe("2025-03-25");
    expect(plan?.problems).toEqual([
      {
        code: "DECISION_DEADLINE_PASSED",
        severity: "fout",
        message: "Om de onderraad van 1 april 2025 te halen had uiterlijk 25 maart 2025 besloten moeten zijn.",
        field: "decideBy",
      },
    ]);
    expect(backPlan(input({ today: "2025-03-25" }))?.problems).toEqual([]);
  });

  it("reports only the passed Kamer deadline once it has passed", () => {
    expect(backPlan(input({ today: "2025-04-07" }))?.problems.map((p) => p.code)).toEqual(["KAMER_DEADLINE_PASSED"]);
  });

  it("refuses negative or fractional lead times", () => {
    expect(() => backPlan(input({ leadTimes: { ...DEFAULT_LEAD_TIMES, mrToKamer: -1 } }))).toThrow(RangeError);
    expect(() => backPlan(input({ leadTimes: { ...DEFAULT_LEAD_TIMES, decisionToOnderraad: 2.5 } }))).toThrow(RangeError);
  });
});
