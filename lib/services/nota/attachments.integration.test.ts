import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { loadSnapshot } from "@/lib/data/content-rows";
import { MAX_ATTACHMENT_BYTES } from "@/lib/domain/nota/attachment-policy";
import { createNota, createOffice, createUser, notaContent } from "@/lib/testing/factories";
import { asCurrentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { addAttachment } from "./add-attachment";
import { readAttachment } from "./read-attachment";
import { removeAttachment } from "./remove-attachment";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);

async function setup() {
  const owner = await createOffice(db);
  const drafter = asCurrentUser(await createUser(db, { memberships: [{ officeId: owner.id, role: "OPSTELLER" }] }));
  const nota = await createNota(db, { content: notaContent(owner.id), createdById: drafter.id });
  return { owner, drafter, nota };
}

describe("attachments", () => {
  it("adds a PDF as a new version of the nota, serves it to readers, and keeps it when removed", async () => {
    const { drafter, nota } = await setup();
    const { attachment, version } = await addAttachment({
      user: drafter,
      notaId: nota.id,
      baseVersion: 1,
      fileName: "Conceptbrief TK.pdf",
      bytes: PDF,
      context: TEST_CONTEXT,
    });
    expect(version).toBe(2);
    expect(attachment).toMatchObject({ fileName: "Conceptbrief TK.pdf", mimeType: "application/pdf", size: PDF.byteLength });
    const snapshot = await db.$transaction((tx) => loadSnapshot(tx, nota.id));
    expect(snapshot.attachments.map((a) => a.fileName)).toEqual(["Conceptbrief TK.pdf"]);

    const file = await readAttachment({ user: drafter, attachmentId: attachment.id, context: TEST_CONTEXT });
    expect(new Uint8Array(file.data)).toEqual(PDF);

    const removed = await removeAttachment({ user: drafter, notaId: nota.id, attachmentId: attachment.id, baseVersion: 2, context: TEST_CONTEXT });
    expect(removed.version).toBe(3);
    expect((await db.$transaction((tx) => loadSnapshot(tx, nota.id))).attachments).toEqual([]);
    expect(await db.notaAttachment.count({ where: { id: attachment.id } })).toBe(1);
    const versions = await db.notaVersion.count({ where: { notaId: nota.id } });
    expect(versions).toBeGreaterThanOrEqual(2);
  });

  it("checks the type by content, not by name, and the size", async () => {
    const { drafter, nota } = await setup();
    const refused = (bytes: Uint8Array, fileName: string) =>
      addAttachment({ user: drafter, notaId: nota.id, baseVersion: 1, fileName, bytes, context: TEST_CONTEXT }).catch((e) => e);
    const exe = await refused(EXE, "brief.pdf");
    expect(exe).toBeInstanceOf(InvalidInputError);
    expect(exe.message).toContain("Dit bestandstype kan niet worden bijgevoegd");
    expect(await refused(PDF, "brief.docx")).toBeInstanceOf(InvalidInputError);
    expect(await refused(new Uint8Array([0x00, 0x01, 0x02]), "gegevens.txt")).toBeInstanceOf(InvalidInputError);
    const big = await refused(new Uint8Array(MAX_ATTACHMENT_BYTES + 1), "groot.pdf");
    expect(big.message).toMatch(/mag hoogstens 20,0 MB zijn/);
    expect((await db.nota.findUniqueOrThrow({ where: { id: nota.id } })).version).toBe(1);

    const text = await addAttachment({
      user: drafter,
      notaId: nota.id,
      baseVersion: 1,
      fileName: "aantekeningen.txt",
      bytes: new TextEncoder().encode("Overleg met DGB: akkoord."),
      context: TEST_CONTEXT,
    });
    expect(text.attachment.mimeType).toBe("text/plain");
  });

  it("refuses uploads on a stale version and by people who may not edit; hides files from those who may not read", async () => {
    const { drafter, nota } = await setup();
    await expect(
      addAttachment({ user: drafter, notaId: nota.id, baseVersion: 7, fileName: "a.pdf", bytes: PDF, context: TEST_CONTEXT }),
    ).rejects.toBeInstanceOf(ConflictError);
    const secretariat = asCurrentUser(await createUser(db, { memberships: [{ officeId: (await createOffice(db)).id, role: "SECRETARIAAT" }] }));
    await expect(
      addAttachment({ user: secretariat, notaId: nota.id, baseVersion: 1, fileName: "a.pdf", bytes: PDF, context: TEST_CONTEXT }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const { attachment } = await addAttachment({ user: drafter, notaId: nota.id, baseVersion: 1, fileName: "a.pdf", bytes: PDF, context: TEST_CONTEXT });
    const stranger = asCurrentUser(await createUser(db, { memberships: [{ officeId: (await createOffice(db)).id, role: "KABINET" }] }));
    await expect(readAttachment({ user: stranger, attachmentId: attachment.id, context: TEST_CONTEXT })).rejects.toBeInstanceOf(NotFoundError);
  });
});
