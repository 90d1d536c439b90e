import { describe, expect, it } from "vitest";
import { capacitiesFor } from "./capacity";
import { CAPACITIES, decide, NOTA_STATUSES, ROUTE_ACTIONS, type RouteContext, type RouteStatus } from "./state-machine";
import { EDITABLE_STATUSES } from "./status-groups";

// A nota with a Via chain of two, the first step's turn, four deciding offices, none decided.
const context: RouteContext = { missing: 0, viaSteps: 2, paraafIndex: 0, decidingOffices: 4, decidedByOthers: 0, actorDecided: false, hasReason: true };

// Written out by hand, independently of the transition table: everything not listed is refused.
const ALLOWED: Record<string, RouteStatus> = {
  "CONCEPT EDIT opsteller": "CONCEPT",
  "CONCEPT EDIT beheer": "CONCEPT",
  "TERUGGESTUURD EDIT opsteller": "TERUGGESTUURD",
  "TERUGGESTUURD EDIT beheer": "TERUGGESTUURD",
  "CONCEPT OFFER opsteller": "PARAAF",
  "CONCEPT OFFER beheer": "PARAAF",
  "TERUGGESTUURD OFFER opsteller": "PARAAF",
  "TERUGGESTUURD OFFER beheer": "PARAAF",
  "PARAAF INITIAL paraaf": "PARAAF",
  "PARAAF RETURN paraaf": "TERUGGESTUURD",
  "TER_BESLISSING RETURN kabinet": "TERUGGESTUURD",
  "TER_BESLISSING DECIDE kabinet": "TER_BESLISSING",
  "CONCEPT WITHDRAW opsteller": "INGETROKKEN",
  "CONCEPT WITHDRAW beheer": "INGETROKKEN",
  "PARAAF WITHDRAW opsteller": "INGETROKKEN",
  "PARAAF WITHDRAW beheer": "INGETROKKEN",
  "TER_BESLISSING WITHDRAW opsteller": "INGETROKKEN",
  "TER_BESLISSING WITHDRAW beheer": "INGETROKKEN",
  "TERUGGESTUURD WITHDRAW opsteller": "INGETROKKEN",
  "TERUGGESTUURD WITHDRAW beheer": "INGETROKKEN",
  "BESLOTEN SCHEDULE_ONDERRAAD secretariaat": "GEAGENDEERD_ONDERRAAD",
  "BESLOTEN SCHEDULE_MR secretariaat": "GEAGENDEERD_MR",
  "GEAGENDEERD_ONDERRAAD SCHEDULE_MR secretariaat": "GEAGENDEERD_MR",
  "GEAGENDEERD_ONDERRAAD SCHEDULE_ONDERRAAD secretariaat": "GEAGENDEERD_ONDERRAAD",
  "GEAGENDEERD_MR SCHEDULE_MR secretariaat": "GEAGENDEERD_MR",
  "GEAGENDEERD_MR MARK_SENT secretariaat": "AFGEROND",
};

describe("the route, every state × action × capacity", () => {
  const cases = NOTA_STATUSES.flatMap((status) => ROUTE_ACTIONS.flatMap((action) => CAPACITIES.map((capacity) => [status, action, capacity] as const)));

  it("covers all 486 combinations", () => expect(cases).toHaveLength(9 * 9 * 6));

  it.each(cases)("%s · %s · %s", (status, action, capacity) => {
    const result = decide(status, action, [capacity], context);
    const expected = ALLOWED[`${status} ${action} ${capacity}`];
    if (expected) expect(result).toEqual({ allowed: true, to: expected });
    else {
      expect(result.allowed).toBe(false);
      if (!result.allowed) expect(result.reason).toMatch(/^(Een nota die|Over een nota die|Alleen) .*\.$/);
    }
  });
});

describe("guards", () => {
  it("refuses to offer an incomplete nota, or one that nobody decides on", () => {
    expect(decide("CONCEPT", "OFFER", ["opsteller"], { ...context, missing: 3 })).toEqual({
      allowed: false,
      reason: "De nota is nog niet compleet: er ontbreken nog 3 gegevens.",
    });
    expect(decide("CONCEPT", "OFFER", ["opsteller"], { ...context, decidingOffices: 0 })).toMatchObject({ allowed: false });
  });

  it("offers straight to the offices when there is no Via chain", () => {
    expect(decide("CONCEPT", "OFFER", ["opsteller"], { ...context, viaSteps: 0 })).toEqual({ allowed: true, to: "TER_BESLISSING" });
  });

  it("goes to the offices after the last paraaf", () => {
    expect(decide("PARAAF", "INITIAL", ["paraaf"], { ...context, paraafIndex: 1 })).toEqual({ allowed: true, to: "TER_BESLISSING" });
  });

  it("is besloten when the last deciding office decides, not before", () => {
    expect(decide("TER_BESLISSING", "DECIDE", ["kabinet"], { ...context, decidedByOthers: 2 })).toEqual({ allowed: true, to: "TER_BESLISSING" });
    expect(decide("TER_BESLISSING", "DECIDE", ["kabinet"], { ...context, decidedByOthers: 3 })).toEqual({ allowed: true, to: "BESLOTEN" });
  });

  it("lets an office decide once per version", () => {
    expect(decide("TER_BESLISSING", "DECIDE", ["kabinet"], { ...context, actorDecided: true })).toEqual({
      allowed: false,
      reason: "Uw bewindspersoon heeft over deze versie al besloten.",
    });
  });

  it("wants a reason to send back or withdraw", () => {
    for (const [status, action, capacity] of [
      ["PARAAF", "RETURN", "paraaf"],
      ["TER_BESLISSING", "RETURN", "kabinet"],
      ["CONCEPT", "WITHDRAW", "opsteller"],
    ] as const) {
      expect(decide(status, action, [capacity], { ...context, hasReason: false })).toEqual({ allowed: false, reason: "Geef een reden op." });
    }
  });

  it("says who may act when the capacity is wrong, and what cannot happen in a state", () => {
    expect(decide("TER_BESLISSING", "DECIDE", ["kopie"], context)).toEqual({
      allowed: false,
      reason: "Alleen het kabinet van een bewindspersoon die besluit kan nu een besluit over deze nota vastleggen.",
    });
    expect(decide("BESLOTEN", "EDIT", ["opsteller"], context)).toEqual({ allowed: false, reason: "Een nota die besloten is, kunt u niet bewerken." });
    expect(decide("TERUGGESTUURD", "DECIDE", ["kabinet"], context)).toEqual({
      allowed: false,
      reason: "Over een nota die teruggestuurd is, kunt u geen besluit vastleggen.",
    });
  });

  it("allows editing on the drafting desk only", () => {
    expect(EDITABLE_STATUSES).toEqual(["CONCEPT", "TERUGGESTUURD"]);
  });
});

describe("capacitiesFor", () => {
  const facts = { ownerOfficeId: "DVB", viaOfficeIds: ["DGPZ", "SG"], paraafIndex: 1, decidingOfficeIds: ["M", "R"], copyOfficeIds: ["MinAenM"] };

  it("gives paraaf only to the unit whose turn it is", () => {
    expect(capacitiesFor([{ officeId: "DGPZ", role: "PARAAF" }], facts)).toEqual([]);
    expect(capacitiesFor([{ officeId: "SG", role: "PARAAF" }], facts)).toEqual(["paraaf"]);
  });

  it("gives kabinet to deciding offices and their delegates, kopie to copy offices", () => {
    expect(capacitiesFor([{ officeId: "M", role: "KABINET" }], facts)).toEqual(["kabinet"]);
    expect(capacitiesFor([{ officeId: "MinAenM", role: "KABINET" }], facts)).toEqual(["kopie"]);
    expect(capacitiesFor([{ officeId: "MinDEF", role: "KABINET" }], facts, ["R"])).toEqual(["kabinet"]);
    expect(capacitiesFor([{ officeId: "M", role: "OPSTELLER" }], facts)).toEqual([]);
  });

  it("gives opsteller only in the owning unit", () => {
    expect(capacitiesFor([{ officeId: "DVB", role: "OPSTELLER" }], facts)).toEqual(["opsteller"]);
    expect(capacitiesFor([{ officeId: "DSH", role: "OPSTELLER" }], facts)).toEqual([]);
  });
});
