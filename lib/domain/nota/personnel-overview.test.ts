import { describe, expect, it } from "vitest";
import { exampleDocumentInput } from "@/lib/export/testing/example-document";
import { formatChange, formatTotal, overviewFromRows, personnelOverview } from "./personnel-overview";

describe("personnel overview", () => {
  const overview = personnelOverview(exampleDocumentInput().content.annex!);

  it("sums the example's annex per category, with circa where an estimate went in", () => {
    expect(overview.total.bijdragen).toBe(39);
    const ending = overview.byCategory[0];
    expect(ending.label).toBe("Beëindiging en afschaling");
    // Midden-Oosten 145 → circa 20 and 120 → circa 25; Sahel none; UNMISS 2 → 0, EUCAP 8 → 6, Atalanta 3 → 2.
    expect(ending.before).toEqual({ count: 278, circa: false, missing: 1 });
    expect(ending.after).toEqual({ count: 53, circa: true, missing: 1 });
    expect(formatTotal(ending.after, ending.bijdragen)).toBe("circa 53");
    expect(formatChange(ending.change)).toBe("circa −225");
    expect(overview.byCategory.map((c) => c.label)).toEqual(["Beëindiging en afschaling", "Nieuwe bijdragen", "Voortzetting"]);
  });

  it("adds up the same way per category, per region and per framework", () => {
    for (const grouping of [overview.byCategory, overview.byRegion, overview.byFramework]) {
      expect(grouping.reduce((sum, l) => sum + l.bijdragen, 0)).toBe(overview.total.bijdragen);
      expect(grouping.reduce((sum, l) => sum + l.before.count, 0)).toBe(overview.total.before.count);
      expect(grouping.reduce((sum, l) => sum + l.after.count, 0)).toBe(overview.total.after.count);
      expect(grouping.reduce((sum, l) => sum + l.change.count, 0)).toBe(overview.total.change.count);
    }
    expect(overview.byRegion.map((r) => r.label)).toContain("Midden-Oosten");
    expect(overview.byFramework.at(-1)?.label).toBe("Niet genoemd");
    expect(overview.byFramework.find((f) => f.label === "NAVO")?.bijdragen).toBeGreaterThan(0);
  });

  it("counts a change only where both counts are known", () => {
    const rows = overviewFromRows([
      {
        categoryKind: "NIEUW",
        categoryTitle: "Nieuw",
        region: "Europa",
        framework: "EU",
        before: { count: 0, circa: false, missing: 1 },
        after: { count: 10, circa: true, missing: 0 },
        change: { count: 0, circa: false },
        bijdragen: 1,
      },
      {
        categoryKind: "NIEUW",
        categoryTitle: "Nieuw",
        region: "Europa",
        framework: null,
        before: { count: 4, circa: false, missing: 0 },
        after: { count: 1, circa: false, missing: 0 },
        change: { count: -3, circa: false },
        bijdragen: 1,
      },
    ]);
    expect(formatTotal(rows.total.before, 2)).toBe("4");
    expect(formatTotal(rows.total.after, 2)).toBe("circa 11");
    expect(formatChange(rows.total.change)).toBe("−3");
    expect(formatTotal({ count: 0, circa: false, missing: 2 }, 2)).toBe("–");
  });
});
