import { describe, expect, it } from "vitest";
import { planWarnings, sortWarnings, type PlanFacts, type PlanWarning } from "./plan-warnings";

// The example nota as placed: RDINEV 1 april, MR and sending to the Kamer 4 april 2025.
function facts(overrides: Partial<PlanFacts> = {}): PlanFacts {
  return {
    today: "2025-03-17",
    kamerDeadline: "2025-04-04",
    plannedDate: "2025-04-04",
    onderraad: { date: "2025-04-01" },
    mr: { date: "2025-04-04" },
    decisionDeadlines: [
      { officeCode: "DVB", date: "2025-03-25", decided: false },
      { officeCode: "DGB", date: "2025-03-25", decided: true },
    ],
    timeline: [
      { date: "2025-04-01", description: "RDINEV" },
      { date: "2025-04-04", description: "MR en verzending aan TK" },
    ],
    recesses: [
      { name: "Voorjaarsreces 2025", start: "2025-02-14", end: "2025-02-24" },
      { name: "Zomerreces 2025", start: "2025-07-04", end: "2025-09-01" },
    ],
    decided: false,
    closed: false,
    ...overrides,
  };
}

describe("planWarnings", () => {
  it("finds nothing wrong with the example nota's planning", () => {
    expect(planWarnings(facts())).toEqual([]);
  });

  it("says nothing at all about a closed nota", () => {
    expect(planWarnings(facts({ closed: true, today: "2025-05-01", mr: { date: "2025-04-11" } }))).toEqual([]);
  });

  it("reports an MR after the Kamer deadline as an error and a late Plandatum as a warning, errors first", () => {
    const warnings = planWarnings(facts({ plannedDate: "2025-04-07", mr: { date: "2025-04-11" }, timeline: [] }));
    expect(warnings).toEqual([
      {
        code: "MR_AFTER_KAMER_DEADLINE",
        severity: "fout",
        message: "De ministerraad van 11 april 2025 ligt na de Kamerdeadline van 4 april 2025.",
        field: "mr",
      },
      {
        code: "PLANNED_AFTER_KAMER_DEADLINE",
        severity: "waarschuwing",
        message: "De plandatum 7 april 2025 ligt na de Kamerdeadline van 4 april 2025.",
        field: "plannedDate",
      },
    ]);
  });

  it("reports an onderraad after, or on the same day as, the MR", () => {
    const after = planWarnings(facts({ onderraad: { date: "2025-04-08" }, timeline: [] }));
    expect(after).toEqual([
      {
        code: "ONDERRAAD_AFTER_MR",
        severity: "fout",
        message: "De onderraad van 8 april 2025 ligt na de ministerraad van 4 april 2025; de onderraad moet eerst.",
        field: "onderraad",
      },
    ]);
    const sameDay = planWarnings(facts({ onderraad: { date: "2025-04-04" }, timeline: [] }));
    expect(sameDay.map((w) => [w.code, w.message])).toEqual([
      ["ONDERRAAD_AFTER_MR", "De onderraad van 4 april 2025 ligt op dezelfde dag als de ministerraad van 4 april 2025; de onderraad moet eerst."],
    ]);
  });

  it("reports a passed decision deadline for an office that has not decided, naming the office", () => {
    expect(planWarnings(facts({ today: "2025-03-26" }))).toEqual([
      {
        code: "DECISION_DEADLINE_PASSED",
        severity: "fout",
        message: "De beslisdeadline van DVB (25 maart 2025) is verstreken en DVB heeft nog niet besloten.",
        field: "decisionDeadlines.DVB",
      },
    ]);
    // On the deadline itself there is still time; once everyone has decided it no longer matters.
    expect(planWarnings(facts({ today: "2025-03-25" }))).toEqual([]);
    expect(planWarnings(facts({ today: "2025-03-26", decided: true }))).toEqual([]);
  });

  it("warns about a Kamer deadline in a recess and says by when the brief must go", () => {
    const warnings = planWarnings(facts({ kamerDeadline: "2025-07-15", plannedDate: null, mr: null, onderraad: null, timeline: [] }));
    expect(warnings).toEqual([
      {
        code: "KAMER_DEADLINE_IN_RECESS",
        severity: "waarschuwing",
        message:
          "De Kamerdeadline van 15 juli 2025 valt in een reces van de Kamer (Zomerreces 2025, 4 juli 2025 t/m 1 september 2025); verstuur de brief uiterlijk 3 juli 2025.",
        field: "kamerDeadline",
      },
    ]);
  });

  it("reports a passed Kamer deadline on a nota that is not closed", () => {
    const warnings = planWarnings(facts({ today: "2025-04-07", decisionDeadlines: [] }));
    expect(warnings).toEqual([
      { code: "KAMER_DEADLINE_PASSED", severity: "fout", message: "De Kamerdeadline van 4 april 2025 is verstreken.", field: "kamerDeadline" },
    ]);
  });

  it("warns about timeline steps after the Kamer deadline", () => {
    const warnings = planWarnings(
      facts({
        timeline: [
          { date: "2025-04-01", description: "RDINEV" },
          { date: "2025-04-04", description: "MR" },
          { date: "2025-04-08", description: "Verzending aan TK" },
        ],
      }),
    );
    expect(warnings).toEqual([
      {
        code: "TIMELINE_AFTER_KAMER_DEADLINE",
        severity: "waarschuwing",
        message: "Tijdlijn: stap 3 (8 april 2025, Verzending aan TK) ligt na de Kamerdeadline van 4 april 2025.",
        field: "timeline.2",
      },
    ]);
  });

  it("warns about timeline steps out of order, against the latest step before them", () => {
    const warnings = planWarnings(
      facts({
        kamerDeadline: null,
        mr: null,
        onderraad: null,
        timeline: [
          { date: "2025-03-20", description: "Akkoord DG" },
          { date: "2025-03-31", description: "Akkoord minister" },
          { date: "2025-03-26", description: "Interdepartementale afstemming" },
          { date: "2025-03-28", description: "" },
          { date: "2025-04-01", description: "Verzending" },
        ],
      }),
    );
    expect(warnings).toEqual([
      {
        code: "TIMELINE_OUT_OF_ORDER",
        severity: "waarschuwing",
        message: "Tijdlijn: stap 3 (26 maart 2025, Interdepartementale afstemming) ligt vóór stap 2 (31 maart 2025); zet de stappen in volgorde van datum.",
        field: "timeline.2",
      },
      {
        code: "TIMELINE_OUT_OF_ORDER",
        severity: "waarschuwing",
        message: "Tijdlijn: stap 4 (28 maart 2025) ligt vóór stap 2 (31 maart 2025); zet de stappen in volgorde van datum.",
        field: "timeline.3",
      },
    ]);
  });

  it("warns when a timeline step names the MR or onderraad on another date than the nota is placed on", () => {
    const warnings = planWarnings(
      facts({
        timeline: [
          { date: "2025-03-25", description: "Bespreking in de onderraad" },
          { date: "2025-04-03", description: "Ministerraad" },
          { date: "2025-04-04", description: "Verzending aan TK" },
        ],
      }),
    );
    expect(warnings.map((w) => [w.code, w.field, w.message])).toEqual([
      [
        "TIMELINE_MEETING_MISMATCH",
        "timeline.0",
        "Tijdlijn: stap 1 (25 maart 2025, Bespreking in de onderraad) noemt de onderraad, maar de nota staat op de onderraad van 1 april 2025.",
      ],
      [
        "TIMELINE_MEETING_MISMATCH",
        "timeline.1",
        "Tijdlijn: stap 2 (3 april 2025, Ministerraad) noemt de ministerraad, maar de nota staat op de ministerraad van 4 april 2025.",
      ],
    ]);
  });

  it("does not take the title mr. for the ministerraad, nor compare with a meeting the nota is not placed on", () => {
    expect(planWarnings(facts({ timeline: [{ date: "2025-03-20", description: "Overleg met mr. De Vries" }] }))).toEqual([]);
    expect(planWarnings(facts({ mr: null, onderraad: null, timeline: [{ date: "2025-03-20", description: "RDINEV en MR" }] }))).toEqual([]);
  });

  it("puts errors before warnings, keeping the order found within each", () => {
    const warnings = planWarnings(
      facts({
        today: "2025-03-26",
        plannedDate: "2025-04-07",
        onderraad: { date: "2025-04-08" },
        timeline: [
          { date: "2025-04-04", description: "MR" },
          { date: "2025-04-01", description: "RDINEV" },
        ],
      }),
    );
    expect(warnings.map((w) => `${w.severity} ${w.code} ${w.field}`)).toEqual([
      "fout ONDERRAAD_AFTER_MR onderraad",
      "fout DECISION_DEADLINE_PASSED decisionDeadlines.DVB",
      "waarschuwing PLANNED_AFTER_KAMER_DEADLINE plannedDate",
      "waarschuwing TIMELINE_OUT_OF_ORDER timeline.1",
      "waarschuwing TIMELINE_MEETING_MISMATCH timeline.1",
    ]);
  });
});

describe("sortWarnings", () => {
  it("sorts a copy, errors first", () => {
    const w = (code: PlanWarning["code"], severity: PlanWarning["severity"]): PlanWarning => ({ code, severity, message: code });
    const input = [
      w("TIMELINE_OUT_OF_ORDER", "waarschuwing"),
      w("NO_MR_IN_TIME", "fout"),
      w("KAMER_DEADLINE_IN_RECESS", "waarschuwing"),
      w("KAMER_DEADLINE_PASSED", "fout"),
    ];
    expect(sortWarnings(input).map((x) => x.code)).toEqual(["NO_MR_IN_TIME", "KAMER_DEADLINE_PASSED", "TIMELINE_OUT_OF_ORDER", "KAMER_DEADLINE_IN_RECESS"]);
    expect(input[0].code).toBe("TIMELINE_OUT_OF_ORDER");
  });
});
