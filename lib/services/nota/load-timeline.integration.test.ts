import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { recordRefusal } from "@/lib/audit/refusal";
import { createNota, createOffice, createUser, notaContent } from "@/lib/testing/factories";
import { asCurrentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { loadTimeline } from "./load-timeline";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("a nota's timeline", () => {
  it("shows refusals to beheer only, and downloads only when all is asked for", async () => {
    const unit = await createOffice(db);
    const drafter = asCurrentUser(await createUser(db, { memberships: [{ officeId: unit.id, role: "OPSTELLER" }] }));
    const beheer = asCurrentUser(await createUser(db, { memberships: [{ officeId: unit.id, role: "BEHEER" }] }));
    const nota = await createNota(db, { content: notaContent(unit.id), createdById: drafter.id });
    await recordRefusal(db, {
      action: "nota.edit_refused",
      actorId: drafter.id,
      objectType: "Nota",
      objectId: nota.id,
      notaId: nota.id,
      notaVersion: 1,
      reason: "Geen toegang.",
      ...TEST_CONTEXT,
    });
    const labels = async (user: typeof drafter, all = false) => (await loadTimeline({ user, notaId: nota.id, all, context: TEST_CONTEXT })).map((e) => e.label);
    expect(await labels(drafter)).not.toContain("Bewerken geweigerd");
    expect(await labels(drafter, true)).not.toContain("Bewerken geweigerd");
    expect(await labels(beheer)).toContain("Bewerken geweigerd");
    expect(await labels(drafter)).toContain("Nota aangemaakt");
  });
});
