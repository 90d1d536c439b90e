import { describe, expect, it } from "vitest";
import { placementRefusal, sentRefusal } from "./placement";

const mr = (date: string, cancelled = false) => ({ date, cancelled, councilCode: "MR" });

describe("placing a nota on an agenda", () => {
  it("takes a coming meeting that goes ahead", () => {
    expect(placementRefusal({ councilKind: "MINISTERRAAD", meeting: mr("2025-04-04"), today: "2025-03-20", onderraadDate: "2025-04-01" })).toBeNull();
    expect(placementRefusal({ councilKind: "MINISTERRAAD", meeting: mr("2025-04-04"), today: "2025-04-04", onderraadDate: null })).toBeNull();
  });
  it("refuses a cancelled or past meeting", () => {
    expect(placementRefusal({ councilKind: "MINISTERRAAD", meeting: mr("2025-04-18", true), today: "2025-03-20", onderraadDate: null })).toBe(
      "De MR van 18 april 2025 gaat niet door; kies een andere vergadering.",
    );
    expect(placementRefusal({ councilKind: "MINISTERRAAD", meeting: mr("2025-03-14"), today: "2025-03-20", onderraadDate: null })).toMatch(/al geweest/);
  });
  it("refuses an MR on or before the nota's onderraad", () => {
    expect(placementRefusal({ councilKind: "MINISTERRAAD", meeting: mr("2025-04-01"), today: "2025-03-20", onderraadDate: "2025-04-01" })).toMatch(
      /na de onderraad van 1 april 2025/,
    );
  });
});

describe("recording the Kamerbrief as sent", () => {
  it("needs the MR to have met and a date between it and today", () => {
    expect(sentRefusal({ today: "2025-04-04", mrDate: "2025-04-04", sentOn: "2025-04-04" })).toBeNull();
    expect(sentRefusal({ today: "2025-04-03", mrDate: "2025-04-04", sentOn: "2025-04-03" })?.field).toBeNull();
    expect(sentRefusal({ today: "2025-04-10", mrDate: "2025-04-04", sentOn: "2025-04-03" })).toEqual({
      field: "sentOn",
      message: "De Kamerbrief kan niet vóór de ministerraad van 4 april 2025 verzonden zijn.",
    });
    expect(sentRefusal({ today: "2025-04-10", mrDate: "2025-04-04", sentOn: "2025-04-11" })?.message).toBe("De verzenddatum ligt in de toekomst.");
  });
});
