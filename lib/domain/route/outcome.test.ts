import { describe, expect, it } from "vitest";
import { outcomeText, pointOutcome } from "./outcome";

describe("pointOutcome", () => {
  it("is open until every office decided", () => {
    const outcome = pointOutcome([
      { office: "M", decision: "AKKOORD" },
      { office: "R", decision: undefined },
    ]);
    expect(outcome).toEqual({ kind: "open", decided: 1, of: 2 });
    expect(outcomeText(outcome)).toBe("Nog niet besloten (1 van 2)");
  });

  it("is unanimous when nobody said niet akkoord, noting remarks", () => {
    expect(
      outcomeText(
        pointOutcome([
          { office: "M", decision: "AKKOORD" },
          { office: "R", decision: "AKKOORD" },
        ]),
      ),
    ).toBe("Unaniem akkoord");
    expect(
      outcomeText(
        pointOutcome([
          { office: "M", decision: "AKKOORD" },
          { office: "R", decision: "AKKOORD_MET_OPMERKING" },
        ]),
      ),
    ).toBe("Unaniem akkoord, met opmerking");
  });

  it("names the offices that differ", () => {
    const outcome = pointOutcome([
      { office: "M", decision: "AKKOORD" },
      { office: "MinDEF", decision: "NIET_AKKOORD" },
      { office: "MinJenV", decision: "NIET_AKKOORD" },
    ]);
    expect(outcomeText(outcome)).toBe("Niet unaniem: niet akkoord van MinDEF, MinJenV");
  });
});
