import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { docxParts, docxText, pdfText } from "@/lib/export/testing/extract-text";
import { createOffice, createUser } from "@/lib/testing/factories";
import { decisionInput, routeScenario, step } from "@/lib/testing/route-scenario";
import { asCurrentUser, TEST_CONTEXT } from "@/lib/testing/users";
import { decideNota } from "@/lib/services/route/decide-nota";
import { initialNota } from "@/lib/services/route/initial-nota";
import { offerNota } from "@/lib/services/route/offer-nota";
import { exportNotaDocument } from "./export-nota-document";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function exportEvents(notaId: string) {
  return db.auditEvent.findMany({
    where: { notaId, action: "nota.exported" },
    orderBy: { occurredAt: "asc" },
    select: { actorId: true, notaVersion: true, details: true, result: true },
  });
}

describe("downloading a nota as a document", () => {
  it("gives readers the current version as DOCX and PDF, and records each download", async () => {
    const s = await routeScenario(db, { via: 1, deciding: 2, copies: 0 });
    const docx = await exportNotaDocument({
      user: s.drafter,
      notaId: s.nota.id,
      format: "docx",
      withDecisions: false,
      publication: null,
      context: TEST_CONTEXT,
    });
    expect(docx.fileName).toBe(`${s.nota.reference}.docx`);
    expect(docx.mimeType).toContain("wordprocessingml");
    expect(docxText(docx.bytes).body.join("\n")).toContain(s.content.title);
    const pdf = await exportNotaDocument({ user: s.drafter, notaId: s.nota.id, format: "pdf", withDecisions: false, publication: null, context: TEST_CONTEXT });
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect((await pdfText(pdf.bytes)).pages.join("\n")).toContain("Akkoord gaan met het eerste punt.");
    expect(await exportEvents(s.nota.id)).toEqual([
      {
        actorId: s.drafter.id,
        notaVersion: 1,
        result: "SUCCESS",
        details: expect.objectContaining({ format: "docx", kind: "intern", publication: false, withDecisions: false }),
      },
      { actorId: s.drafter.id, notaVersion: 1, result: "SUCCESS", details: expect.objectContaining({ format: "pdf", publication: false }) },
    ]);
  });

  it("is not found for someone who may not read the nota, and that attempt is on the record", async () => {
    const s = await routeScenario(db, { via: 1, deciding: 1, copies: 0 });
    const outsider = asCurrentUser(await createUser(db, { memberships: [{ officeId: (await createOffice(db)).id, role: "OPSTELLER" }] }));
    await expect(
      exportNotaDocument({ user: outsider, notaId: s.nota.id, format: "pdf", withDecisions: false, publication: null, context: TEST_CONTEXT }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await exportEvents(s.nota.id)).toEqual([]);
    expect(await db.auditEvent.count({ where: { notaId: s.nota.id, action: "nota.read_refused", actorId: outsider.id, result: "REFUSED" } })).toBe(1);
  });

  it("carries the offices' decisions once the nota is besloten, and not before", async () => {
    const s = await routeScenario(db, { via: 1, deciding: 2, copies: 0 });
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    await initialNota(step(s.parafeerders[0], s.nota.id, "PARAAF", 1));
    const early = await exportNotaDocument({
      user: s.drafter,
      notaId: s.nota.id,
      format: "docx",
      withDecisions: true,
      publication: null,
      context: TEST_CONTEXT,
    }).catch((e) => e);
    expect(early).toBeInstanceOf(InvalidInputError);
    for (const [index, office] of s.deciding.entries()) {
      const input = await decisionInput(db, s.nota.id, office.id, index === 0 ? "AKKOORD" : "NIET_AKKOORD");
      await decideNota({ user: s.kabinet[index], notaId: s.nota.id, context: TEST_CONTEXT, input: { ...input, note: index === 0 ? "Met dank." : null } });
    }
    expect((await db.nota.findUniqueOrThrow({ where: { id: s.nota.id } })).status).toBe("BESLOTEN");
    const file = await exportNotaDocument({
      user: s.drafter,
      notaId: s.nota.id,
      format: "docx",
      withDecisions: true,
      publication: null,
      context: TEST_CONTEXT,
    });
    expect(file.fileName).toBe(`${s.nota.reference}-met-besluiten.docx`);
    const body = docxText(file.bytes).body;
    expect(body).toContain("Besluiten");
    expect(body).toContain(`${s.deciding[0].code} (${s.deciding[0].name})`);
    expect(body).toContain("Opmerking: Met dank.");
    expect(body.filter((p) => p === "Niet akkoord")).toHaveLength(2);
    expect((await exportEvents(s.nota.id)).at(-1)?.details).toMatchObject({ withDecisions: true });
  });

  it("publishes versions bij Kamerstuk and for a Woo-verzoek that hold none of the database's personal data, with their metadata", async () => {
    const s = await routeScenario(db, { via: 2, deciding: 1, copies: 0 });
    await db.nota.update({ where: { id: s.nota.id }, data: { drafterName: "Pieter-Jan Opsteller" } });
    const early = await exportNotaDocument({
      user: s.drafter,
      notaId: s.nota.id,
      format: "pdf",
      withDecisions: false,
      publication: "kamerstuk",
      context: TEST_CONTEXT,
    }).catch((e) => e);
    expect(early).toBeInstanceOf(InvalidInputError);
    await offerNota(step(s.drafter, s.nota.id, "CONCEPT", 1));
    for (const parafeerder of s.parafeerders) await initialNota(step(parafeerder, s.nota.id, "PARAAF", 1));
    const input = await decisionInput(db, s.nota.id, s.deciding[0].id);
    await decideNota({
      user: s.kabinet[0],
      notaId: s.nota.id,
      context: TEST_CONTEXT,
      input: { ...input, points: input.points.map((p) => ({ ...p, annotation: "Graag zo." })) },
    });

    const personal = [
      ...(await db.notaParty.findMany({ where: { notaId: s.nota.id, personalData: true }, select: { text: true } })).map((p) => p.text!),
      (await db.nota.findUniqueOrThrow({ where: { id: s.nota.id }, select: { drafterName: true } })).drafterName!,
      ...[s.drafter, ...s.parafeerders, ...s.kabinet].map((u) => u.name),
    ];
    expect(personal).toContain("Pieter-Jan Opsteller");
    for (const publication of ["kamerstuk", "woo"] as const) {
      const docx = await exportNotaDocument({ user: s.drafter, notaId: s.nota.id, format: "docx", withDecisions: false, publication, context: TEST_CONTEXT });
      const pdf = await exportNotaDocument({ user: s.drafter, notaId: s.nota.id, format: "pdf", withDecisions: false, publication, context: TEST_CONTEXT });
      const text = [...Object.values(docxParts(docx.bytes)), ...(await pdfText(pdf.bytes)).pages].join("\n");
      for (const value of personal) expect(text, `${publication}: ${value}`).not.toContain(value);
      expect(text).toContain("5.1.2e Eerbiediging van de persoonlijke levenssfeer");
      // The decision and its annotation go with both versions.
      expect(text).toContain("Graag zo.");
      expect(docx.fileName).toBe(`${s.nota.reference}-${publication}.docx`);
      const json = await exportNotaDocument({ user: s.drafter, notaId: s.nota.id, format: "json", withDecisions: false, publication, context: TEST_CONTEXT });
      const metadata = JSON.parse(json.bytes.toString("utf8"));
      expect(metadata.diwoo.identifiers).toEqual([s.nota.reference]);
      expect(metadata.diwoo.titelcollectie.officieleTitel).toBe(s.content.title);
      expect(metadata.publicatie.bestanden.map((b: { naam: string }) => b.naam)).toEqual([
        `${s.nota.reference}-${publication}.pdf`,
        `${s.nota.reference}-${publication}.docx`,
      ]);
      expect(metadata.weigeringsgronden).toEqual([{ code: "5.1.2e", omschrijving: "5.1.2e Eerbiediging van de persoonlijke levenssfeer", aantal: 3 }]);
    }
    const events = await exportEvents(s.nota.id);
    expect(
      events.map((e) => [(e.details as { kind: string }).kind, (e.details as { format: string }).format, (e.details as { publication: boolean }).publication]),
    ).toEqual([
      ["kamerstuk", "docx", true],
      ["kamerstuk", "pdf", true],
      ["kamerstuk", "json", true],
      ["woo", "docx", true],
      ["woo", "pdf", true],
      ["woo", "json", true],
    ]);
  });
});
