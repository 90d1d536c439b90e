import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { ForbiddenError, InvalidInputError } from "@/lib/domain/errors";
import { renderNotaDocx } from "@/lib/export/docx/nota-docx";
import { exampleDocument } from "@/lib/export/testing/example-document";
import { createOffice, createUser } from "@/lib/testing/factories";
import { asCurrentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { previewImport, saveImport } from "./import-nota";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("importing a nota", () => {
  it("reads a Word document into a preview, then saves it as a concept of the drafter's unit, on the record", async () => {
    const unit = await createOffice(db);
    const drafter = asCurrentUser(await createUser(db, { memberships: [{ officeId: unit.id, role: "OPSTELLER" }] }));
    const { model, content } = exampleDocument();
    const bytes = await renderNotaDocx(model);
    const preview = await previewImport({ user: drafter, source: { kind: "docx", fileName: "BZ2410641.docx", bytes }, context: TEST_CONTEXT });
    expect(preview.content.title).toBe(content.title);
    expect(preview.report.sourceReference).toBe("BZ2410641");
    expect(await db.nota.count({ where: { ownerOfficeId: unit.id } })).toBe(0);

    const saved = await saveImport({
      user: drafter,
      input: {
        ownerOfficeId: unit.id,
        sourceName: "BZ2410641.docx",
        content: preview.content,
        report: { sourceReference: "BZ2410641", unplaced: 0, inconsistencies: 1 },
      },
      context: TEST_CONTEXT,
    });
    expect(saved.reference).not.toBe("BZ2410641");
    const nota = await db.nota.findUniqueOrThrow({
      where: { id: saved.id },
      include: { annexCategories: { include: { kaders: { include: { bijdragen: true } } } } },
    });
    expect(nota).toMatchObject({ status: "CONCEPT", ownerOfficeId: unit.id, title: content.title });
    expect(nota.annexCategories.flatMap((c) => c.kaders.flatMap((k) => k.bijdragen))).toHaveLength(39);
    const event = await db.auditEvent.findFirstOrThrow({ where: { notaId: saved.id, action: "nota.imported" } });
    expect(event).toMatchObject({
      actorId: drafter.id,
      actingOfficeId: unit.id,
      details: { source: "BZ2410641.docx", sourceReference: "BZ2410641", unplaced: 0, inconsistencies: 1 },
    });
    const version = await db.notaVersion.findFirstOrThrow({ where: { notaId: saved.id } });
    expect(version.label).toBe("Ingelezen uit BZ2410641.docx");
  });

  it("reads pasted text, refuses what is no nota, and lets nobody save for a unit they do not draft for", async () => {
    const unit = await createOffice(db);
    const other = await createOffice(db);
    const drafter = asCurrentUser(await createUser(db, { memberships: [{ officeId: unit.id, role: "OPSTELLER" }] }));
    const published = readFileSync("prisma/seed/beslisnota-BZ2410641.md", "utf8");
    const preview = await previewImport({ user: drafter, source: { kind: "text", text: published }, context: TEST_CONTEXT });
    expect(preview.report.inconsistencies.length).toBeGreaterThan(0);
    await expect(
      previewImport({ user: drafter, source: { kind: "text", text: "Boodschappenlijst: melk, brood." }, context: TEST_CONTEXT }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      previewImport({ user: drafter, source: { kind: "docx", fileName: "x.docx", bytes: new Uint8Array([1, 2, 3]) }, context: TEST_CONTEXT }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    const refused = saveImport({
      user: drafter,
      input: {
        ownerOfficeId: other.id,
        sourceName: "geplakte tekst",
        content: preview.content,
        report: { sourceReference: null, unplaced: 0, inconsistencies: 0 },
      },
      context: TEST_CONTEXT,
    });
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.nota.count({ where: { ownerOfficeId: other.id } })).toBe(0);
  });
});
