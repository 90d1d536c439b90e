import { describe, expect, it } from "vitest";
import { officeEndingIssues } from "./office-ending";

const minister = (id: string, active = true) => ({ id, kind: "BEWINDSPERSOON" as const, active });
const unit = (id: string) => ({ id, kind: "ONDERDEEL" as const, active: true });

describe("ending an office", () => {
  it("accepts today or an earlier day, with a successor of the same kind or none", () => {
    expect(officeEndingIssues({ office: minister("r"), successor: minister("bho"), endedOn: "2025-02-13", today: "2025-02-13" })).toEqual([]);
    expect(officeEndingIssues({ office: minister("r"), successor: null, endedOn: "2025-01-01", today: "2025-02-13" })).toEqual([]);
  });

  it("refuses a day in the future, an office already ended, and a successor that is itself, ended or of another kind", () => {
    const at = (issues: ReturnType<typeof officeEndingIssues>) => issues.map((i) => i.path);
    expect(at(officeEndingIssues({ office: minister("r"), successor: null, endedOn: "2025-02-14", today: "2025-02-13" }))).toEqual(["endedOn"]);
    expect(at(officeEndingIssues({ office: minister("r", false), successor: null, endedOn: "2025-02-13", today: "2025-02-13" }))).toEqual(["officeId"]);
    const self = officeEndingIssues({ office: minister("r"), successor: minister("r"), endedOn: "2025-02-13", today: "2025-02-13" });
    expect(self).toEqual([{ path: "successorId", message: "Een onderdeel kan niet zijn eigen opvolger zijn." }]);
    expect(officeEndingIssues({ office: minister("r"), successor: minister("x", false), endedOn: "2025-02-13", today: "2025-02-13" })[0].message).toMatch(
      /zelf opgeheven/,
    );
    expect(officeEndingIssues({ office: minister("r"), successor: unit("dvb"), endedOn: "2025-02-13", today: "2025-02-13" })[0].message).toBe(
      "De opvolger moet net als dit onderdeel een bewindspersoon zijn.",
    );
  });
});
