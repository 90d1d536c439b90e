import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { ForbiddenError } from "@/lib/domain/errors";
import { loadSnapshot } from "@/lib/data/content-rows";
import { formatReference } from "@/lib/domain/nota/reference";
import { createNota as createNotaRow, createOffice, createUser, notaContent } from "@/lib/testing/factories";
import { asCurrentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { createNota } from "./create-nota";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function drafter() {
  const office = await createOffice(db);
  return { office, user: asCurrentUser(await createUser(db, { memberships: [{ officeId: office.id, role: "OPSTELLER" }] })) };
}

describe("createNota", () => {
  it("gives every nota a unique reference, also when fifty are created at the same moment", async () => {
    const { office, user } = await drafter();
    const created = await Promise.all(
      Array.from({ length: 50 }, () =>
        createNota({ user, input: { ownerOfficeId: office.id, title: "", start: { kind: "template", template: "beslisnota" } }, context: TEST_CONTEXT }),
      ),
    );
    const references = created.map((c) => c.reference);
    expect(new Set(references).size).toBe(50);
    for (const reference of references) expect(reference).toMatch(/^BZ\d{7}$/);
  });

  it("never reuses a reference that already exists (an imported or seeded nota)", async () => {
    const { office, user } = await drafter();
    const [{ value }] = await db.$queryRaw<Array<{ value: bigint }>>`SELECT last_value + 1 AS value FROM nota_reference_seq`;
    const year = String(new Date().getFullYear());
    const taken = formatReference("BZ", year, value);
    await createNotaRow(db, { content: notaContent(office.id), reference: taken });
    const { reference } = await createNota({
      user,
      input: { ownerOfficeId: office.id, title: "", start: { kind: "template", template: "leeg" } },
      context: TEST_CONTEXT,
    });
    expect(reference).not.toBe(taken);
  });

  it("starts from a template, with the drafter's name and today's date, and records version 1", async () => {
    const { office, user } = await drafter();
    const { id } = await createNota({
      user,
      input: { ownerOfficeId: office.id, title: "Over de Sahel", start: { kind: "template", template: "informatie" } },
      context: TEST_CONTEXT,
    });
    const snapshot = await db.$transaction((tx) => loadSnapshot(tx, id));
    expect(snapshot).toMatchObject({ title: "Over de Sahel", marking: "TER_INFORMATIE", drafterName: user.name, ownerOfficeId: office.id });
    expect(snapshot.kern.map((s) => s.title)).toEqual(["Toelichting", "Vervolg"]);
    const version = await db.notaVersion.findFirstOrThrow({ where: { notaId: id } });
    expect(version).toMatchObject({ number: 1, kind: "EXPLICIT" });
  });

  it("copies a readable nota with fresh ids for every row", async () => {
    const { office, user } = await drafter();
    const source = await createNotaRow(db, { content: notaContent(office.id, { title: "Bron" }) });
    const { id } = await createNota({
      user,
      input: { ownerOfficeId: office.id, title: "", start: { kind: "copy", sourceReference: source.reference } },
      context: TEST_CONTEXT,
    });
    const [copy, original] = await Promise.all([db.$transaction((tx) => loadSnapshot(tx, id)), db.$transaction((tx) => loadSnapshot(tx, source.id))]);
    expect(copy.title).toBe("Kopie van Bron");
    expect(copy.decisionPoints.map((p) => p.text)).toEqual(original.decisionPoints.map((p) => p.text));
    expect(copy.decisionPoints[0].id).not.toBe(original.decisionPoints[0].id);
  });

  it("refuses to create a nota for a unit the user does not draft for", async () => {
    const { user } = await drafter();
    const other = await createOffice(db);
    await expect(
      createNota({ user, input: { ownerOfficeId: other.id, title: "", start: { kind: "template", template: "leeg" } }, context: TEST_CONTEXT }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "nota.create_refused" } })).toBe(1);
  });
});
