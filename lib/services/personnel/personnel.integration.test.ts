import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { randomUUID } from "node:crypto";
import { emptyBijdrage } from "@/lib/domain/nota/bijdrage";
import { createNota, createOffice, createUser, notaContent } from "@/lib/testing/factories";
import { asCurrentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { exportNotaPersonnel } from "./nota-personnel";
import { personnelAcrossNotas } from "./personnel-across-notas";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

function annex(region: string, before: number | null, after: number | null, circa = false) {
  return {
    title: "Nationale Kaders",
    note: null,
    categories: [
      {
        id: randomUUID(),
        kind: "VOORTZETTING" as const,
        title: "Voortzetting",
        kaders: [
          {
            id: randomUUID(),
            region,
            termStart: null,
            termEnd: null,
            bijdragen: [
              emptyBijdrage(randomUUID(), { name: "Missie A", framework: "EU", personnelBefore: before, personnelAfter: after, personnelAfterCirca: circa }),
              emptyBijdrage(randomUUID(), { name: "Missie B", framework: null, personnelBefore: 5, personnelAfter: null }),
            ],
          },
        ],
      },
    ],
  };
}

describe("personnel across notas", () => {
  it("sums the annexes a person may read, per category, region and framework, with the list's filters", async () => {
    const unit = await createOffice(db);
    const other = await createOffice(db);
    const drafter = asCurrentUser(await createUser(db, { memberships: [{ officeId: unit.id, role: "OPSTELLER" }] }));
    const region = `Regio ${randomUUID().slice(0, 8)}`;
    const first = await createNota(db, { content: notaContent(unit.id, { annex: annex(region, 10, 20, true) }) });
    await createNota(db, { content: notaContent(unit.id, { annex: annex(region, 3, 1) }), status: "AFGEROND" });
    // Another unit's concept: not readable for this drafter.
    await createNota(db, { content: notaContent(other.id, { annex: annex(region, 1000, 1000) }) });

    const all = await personnelAcrossNotas(drafter, {});
    expect(all.notas).toBe(2);
    const line = all.overview.byRegion.find((r) => r.label === region)!;
    expect(line.bijdragen).toBe(4);
    expect(line.before).toEqual({ count: 23, circa: false, missing: 0 });
    expect(line.after).toEqual({ count: 21, circa: true, missing: 2 });
    expect(line.change).toEqual({ count: 8, circa: true });
    expect(all.overview.byFramework.map((f) => f.label)).toEqual(["EU", "Niet genoemd"]);

    const closed = await personnelAcrossNotas(drafter, { fase: "AFGEROND" });
    expect(closed.notas).toBe(1);
    expect(closed.overview.byRegion.find((r) => r.label === region)?.before.count).toBe(8);

    const file = await exportNotaPersonnel({ user: drafter, notaId: first.id, context: TEST_CONTEXT });
    expect(file.fileName).toBe(`${first.reference}-personeel.csv`);
    expect(file.csv).toContain(`Regio;${region};2;15;;0;20;circa;1;10;circa`);
    expect(await db.auditEvent.count({ where: { notaId: first.id, action: "nota.exported" } })).toBe(1);
  });
});
