// The publication versions of the example nota: nothing withheld survives in any part of the
// DOCX or in the PDF (text layer and document information), and the metadata says what was
// withheld on which ground.
import { describe, expect, it } from "vitest";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import { RichTextDocSchema } from "@/lib/domain/rich-text/schema";
import { renderNotaDocx } from "@/lib/export/docx/nota-docx";
import { buildNotaDocument } from "@/lib/export/nota-document/model";
import { redactForPublication, type PublicationKind } from "@/lib/export/nota-document/redact";
import { renderNotaPdf } from "@/lib/export/pdf/nota-pdf";
import { MINISTERIE_VAN_BUITENLANDSE_ZAKEN, publicationMetadata } from "@/lib/export/publication/diwoo-metadata";
import { exampleDocumentInput } from "@/lib/export/testing/example-document";
import { docxParts, pdfText, squeeze } from "@/lib/export/testing/extract-text";

const OPINION = "Naar mijn persoonlijke mening is dit te weinig";
const FOREIGN = "de Franse regering aarzelt nog";
const CITIZEN = "mevrouw J. de Groot uit Utrecht";

/** The example with three marked passages in its Aanleiding: an opinion (5.2), foreign relations (5.1.2a), a citizen (5.1.2e). */
function markedExample() {
  const input = exampleDocumentInput();
  const aanleiding: RichTextDoc = {
    type: "doc",
    content: [
      ...input.content.aanleiding.content,
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Toelichting: " },
          { type: "text", text: OPINION, marks: [{ type: "wooGround", attrs: { ground: "5.2" } }] },
          { type: "text", text: "; " },
          { type: "text", text: FOREIGN, marks: [{ type: "italic" }, { type: "wooGround", attrs: { ground: "5.1.2a" } }] },
          { type: "text", text: "; zie de brief van " },
          { type: "text", text: CITIZEN, marks: [{ type: "wooGround", attrs: { ground: "5.1.2e" } }] },
          { type: "text", text: "." },
        ],
      },
    ],
  };
  expect(RichTextDocSchema.safeParse(aanleiding).success).toBe(true);
  return { ...input, content: { ...input.content, aanleiding } };
}

/** Every personal-data value the nota holds: names marked as personal data, and the drafter. */
function personalValues(content: NotaContent): string[] {
  const values = Object.values(content.parties)
    .flat()
    .filter((p) => p.personalData && p.text)
    .flatMap((p) => p.text!.split(/,\s*/));
  return [...values, content.drafterName!].filter((v) => v.length > 3);
}

async function files(kind: PublicationKind) {
  const input = markedExample();
  const redaction = redactForPublication(input.content, kind);
  const model = buildNotaDocument({ ...input, content: redaction.content });
  const docx = docxParts(await renderNotaDocx(model));
  const pdfBytes = await renderNotaPdf(model);
  const pdf = await pdfText(pdfBytes);
  // Everything a reader or a program can get out of the files, as one text.
  const everything = [...Object.values(docx), ...pdf.pages, JSON.stringify(pdf.info), Buffer.from(pdfBytes).toString("latin1")].join("\n");
  return { input, redaction, everything: squeeze(everything) };
}

describe("publication versions", () => {
  it("bij Kamerstuk: every personal-data value is replaced by 5.1.2e, other passages are published", async () => {
    const { input, redaction, everything } = await files("kamerstuk");
    const personal = personalValues(input.content);
    expect(personal.length).toBeGreaterThanOrEqual(8);
    for (const value of [...personal, CITIZEN]) expect(everything, value).not.toContain(squeeze(value));
    expect(everything).toContain(squeeze("5.1.2e Eerbiediging van de persoonlijke levenssfeer"));
    // Personal policy opinions and other grounds stay in the version that goes with the Kamerbrief.
    expect(everything).toContain(squeeze(OPINION));
    expect(everything).toContain(squeeze(FOREIGN));
    expect(redaction.grounds).toEqual([{ code: "5.1.2e", count: expect.any(Number) }]);
  });

  it("Woo-verzoek: every marked passage is replaced by its code and label, and counted", async () => {
    const { input, redaction, everything } = await files("woo");
    for (const value of [...personalValues(input.content), OPINION, FOREIGN, CITIZEN]) expect(everything, value).not.toContain(squeeze(value));
    expect(everything).toContain(squeeze("[5.2 Persoonlijke beleidsopvattingen]"));
    expect(everything).toContain(squeeze("[5.1.2a Internationale betrekkingen]"));
    const kamerstuk = redactForPublication(input.content, "kamerstuk").grounds[0].count;
    expect(redaction.grounds).toEqual([
      { code: "5.1.2a", count: 1 },
      { code: "5.1.2e", count: kamerstuk },
      { code: "5.2", count: 1 },
    ]);
  });

  it("merges a passage under one ground into one replacement and keeps unmarked formatting", () => {
    const input = exampleDocumentInput();
    const marked = { type: "wooGround" as const, attrs: { ground: "5.2" as const } };
    const content = {
      ...input.content,
      aanleiding: {
        type: "doc" as const,
        content: [
          {
            type: "paragraph" as const,
            content: [
              { type: "text" as const, text: "Een ", marks: [{ type: "bold" as const }] },
              { type: "text" as const, text: "geheime ", marks: [marked] },
              { type: "text" as const, text: "mening", marks: [{ type: "bold" as const }, marked] },
              { type: "text" as const, text: " hier." },
            ],
          },
        ],
      },
    };
    const { content: redacted } = redactForPublication(content, "woo");
    expect(redacted.aanleiding.content[0]).toEqual({
      type: "paragraph",
      content: [
        { type: "text", text: "Een ", marks: [{ type: "bold" }] },
        { type: "text", text: "[5.2 Persoonlijke beleidsopvattingen]" },
        { type: "text", text: " hier." },
      ],
    });
  });

  it("writes the DiWoo record's required fields with TOOI URIs, and the grounds with their counts", () => {
    const metadata = publicationMetadata({
      kind: "woo",
      publisher: MINISTERIE_VAN_BUITENLANDSE_ZAKEN,
      reference: "BZ2410641",
      title: "Toekomst en samenhang",
      date: "2025-02-13",
      establishedAt: new Date("2025-02-20T10:00:00Z"),
      notaVersion: 4,
      files: [{ name: "BZ2410641-woo.pdf", format: "pdf" }],
      grounds: [{ code: "5.1.2e", count: 9 }],
    });
    expect(metadata.diwoo.publisher.resource).toBe("https://identifier.overheid.nl/tooi/id/ministerie/mnre1013");
    expect(metadata.diwoo.titelcollectie.officieleTitel).toBe("Toekomst en samenhang");
    expect(metadata.diwoo.classificatiecollectie.informatiecategorieen).toEqual([
      { resource: "https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532", label: "Woo-verzoeken en -besluiten" },
    ]);
    expect(metadata.diwoo.documenthandelingen).toEqual([
      {
        soortHandeling: { resource: "https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76", label: "vaststelling" },
        atTime: "2025-02-20T10:00:00.000Z",
      },
    ]);
    expect(metadata.weigeringsgronden).toEqual([{ code: "5.1.2e", omschrijving: "5.1.2e Eerbiediging van de persoonlijke levenssfeer", aantal: 9 }]);
  });
});
