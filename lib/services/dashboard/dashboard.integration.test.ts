// The overview: late and at-risk notas on top, who has not decided, and nothing a person may not read.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { addDays } from "@/lib/domain/planning";
import { createNota, createOffice, createUser, notaContent } from "@/lib/testing/factories";
import { asCurrentUser } from "@/lib/testing/users";
import { loadDashboard } from "./load-dashboard";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());
const today = todayInAmsterdam();

describe("the overview", () => {
  it("puts a nota whose Kamer deadline passed under 'te laat', names the office it waits for, and shows it only to its readers", async () => {
    const owner = await createOffice(db);
    const minister = await createOffice(db, { kind: "BEWINDSPERSOON" });
    const drafter = asCurrentUser(await createUser(db, { memberships: [{ officeId: owner.id, role: "OPSTELLER" }] }));
    const stranger = asCurrentUser(await createUser(db, { memberships: [{ officeId: (await createOffice(db)).id, role: "OPSTELLER" }] }));
    const late = await createNota(db, {
      content: notaContent(owner.id, { kamerDeadline: addDays(today, -2), recipients: { besluit: [minister.id], informatie: [] } }),
      status: "TER_BESLISSING",
    });
    await db.nota.update({ where: { id: late.id }, data: { statusChangedAt: new Date(Date.now() - 6 * 86_400_000), readerOfficeIds: [minister.id] } });

    const mine = await loadDashboard(drafter);
    const entry = mine.overdue.find((n) => n.reference === late.reference);
    expect(entry?.waitingOn).toEqual([minister.code]);
    expect(entry?.warnings[0]).toMatchObject({ code: "KAMER_DEADLINE_PASSED" });
    expect(mine.stages.TER_BESLISSING).toBe(1);
    expect(mine.blocking).toEqual([{ officeCode: minister.code, notas: 1, daysWaiting: 6 }]);

    const theirs = await loadDashboard(stranger);
    expect(theirs.overdue.some((n) => n.reference === late.reference)).toBe(false);
    expect(theirs.blocking.some((b) => b.officeCode === minister.code)).toBe(false);
  });
});
