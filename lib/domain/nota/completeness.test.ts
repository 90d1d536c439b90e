import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEMO_OFFICES, type DemoOfficeCode } from "@/prisma/seed/demo-offices";
import { exampleNotaContent } from "@/prisma/seed/example-nota";
import { completenessIssues } from "./completeness";
import { contentFromTemplate } from "./templates";

const officeIds = Object.fromEntries(DEMO_OFFICES.map((o) => [o.code, randomUUID()])) as Record<DemoOfficeCode, string>;

describe("completenessIssues", () => {
  it("finds nothing missing in the example nota", () => {
    expect(completenessIssues(exampleNotaContent(officeIds))).toEqual([]);
  });

  it("lists what a fresh beslisnota still needs, each at its field", () => {
    const content = contentFromTemplate("beslisnota", { ownerOfficeId: officeIds.DVB, date: "2025-02-13", drafterName: "Sanne de Vries", title: "" });
    const fields = completenessIssues(content).map((issue) => issue.field);
    expect(fields).toEqual(expect.arrayContaining(["title", "parties.AAN", "recipients.besluit", "aanleiding", "kern"]));
    expect(fields).not.toContain("drafterName");
  });

  it("refuses an acronym twice in one region but allows it in another (SOLE appears in three)", () => {
    const content = exampleNotaContent(officeIds);
    expect(completenessIssues(content)).toEqual([]);
    const kader = content.annex!.categories[2].kaders[1];
    kader.bijdragen[1] = { ...kader.bijdragen[1], acronym: "OIR" };
    expect(completenessIssues(content)).toEqual([
      { field: `bijdrage.${kader.bijdragen[1].id}.acronym`, message: expect.stringContaining("de afkorting OIR staat al bij bijdrage 1 in deze regio") },
    ]);
  });

  it("wants a name for every bijdrage and a region for every kader", () => {
    const content = exampleNotaContent(officeIds);
    const kader = content.annex!.categories[0].kaders[0];
    kader.region = " ";
    kader.bijdragen[0] = { ...kader.bijdragen[0], name: "" };
    expect(completenessIssues(content).map((issue) => issue.field)).toEqual([`kader.${kader.id}.region`, `bijdrage.${kader.bijdragen[0].id}.name`]);
  });

  it("needs decision points and a deciding office only for a nota ter beslissing", () => {
    const content = contentFromTemplate("informatie", { ownerOfficeId: officeIds.DVB, date: "2025-02-13", drafterName: "x", title: "x" });
    const fields = completenessIssues(content).map((issue) => issue.field);
    expect(fields).not.toContain("recipients.besluit");
    expect(fields).not.toContain("decisionPoints");
  });
});
