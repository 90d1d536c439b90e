import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { exampleNotaContent } from "@/prisma/seed/example-nota";
import { DEMO_OFFICES, type DemoOfficeCode } from "@/prisma/seed/demo-offices";
import { BijdrageSchema, NotaContentSchema } from "./content-schema";

const officeIds = Object.fromEntries(DEMO_OFFICES.map((o) => [o.code, randomUUID()])) as Record<DemoOfficeCode, string>;

const bijdrage = {
  id: randomUUID(),
  name: "EUFOR Althea",
  acronym: null,
  framework: "EU",
  location: null,
  personnelBefore: null,
  personnelBeforeCirca: false,
  personnelAfter: 195,
  personnelAfterCirca: true,
  contribution: null,
  remark: null,
  verkenning: true,
  uitbreiding: false,
  modulair: false,
  article100: false,
};

describe("NotaContentSchema", () => {
  it("accepts the example nota", () => {
    expect(NotaContentSchema.safeParse(exampleNotaContent(officeIds)).success).toBe(true);
  });

  it("refuses an impossible date with a Dutch message", () => {
    const result = NotaContentSchema.safeParse({ ...exampleNotaContent(officeIds), date: "2025-02-30" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["date"], message: "de datum is geen geldige datum." });
  });
});

describe("NotaContentSchema routing", () => {
  it("refuses an office that both decides and gets a copy", () => {
    const content = exampleNotaContent(officeIds);
    const result = NotaContentSchema.safeParse({ ...content, recipients: { besluit: [officeIds.M], informatie: [officeIds.M] } });
    expect(result.error?.issues[0]).toMatchObject({ path: ["recipients", "informatie"] });
  });
});

describe("BijdrageSchema", () => {
  it("accepts a bijdrage as the annex writes it", () => {
    expect(BijdrageSchema.parse(bijdrage)).toEqual(bijdrage);
  });

  it("refuses negative and fractional personnel, and circa without a number", () => {
    expect(BijdrageSchema.safeParse({ ...bijdrage, personnelAfter: -1 }).error?.issues[0].message).toBe("Het aantal kan niet negatief zijn.");
    expect(BijdrageSchema.safeParse({ ...bijdrage, personnelAfter: 2.5 }).error?.issues[0].message).toBe("Vul een heel getal in, zonder decimalen.");
    expect(BijdrageSchema.safeParse({ ...bijdrage, personnelBeforeCirca: true }).error?.issues[0]).toMatchObject({
      path: ["personnelBefore"],
      message: "'Circa' vraagt om een aantal.",
    });
  });

  it("accepts a bijdrage without a name yet: a draft may be incomplete (see completeness)", () => {
    expect(BijdrageSchema.safeParse({ ...bijdrage, name: "" }).success).toBe(true);
  });
});
