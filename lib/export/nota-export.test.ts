// The example nota exported to DOCX and PDF and read back: both files carry, in order, every
// heading and every bijdrage of the seed, with the furniture each format promises.
import { describe, expect, it } from "vitest";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import { renderNotaDocx } from "@/lib/export/docx/nota-docx";
import { buildNotaDocument } from "@/lib/export/nota-document/model";
import { renderNotaPdf } from "@/lib/export/pdf/nota-pdf";
import { exampleDocument, exampleDocumentInput } from "@/lib/export/testing/example-document";
import { docxParts, docxText, firstOutOfOrder, pdfText } from "@/lib/export/testing/extract-text";

/** What a reader must find, in this order: the nota's headings and the annex down to each bijdrage. */
function expectedSequence(content: NotaContent): string[] {
  const annex = content.annex!;
  return [
    "TER BESLISSING",
    "Aan",
    "Afgestemd met",
    content.title,
    "Aanleiding",
    "Geadviseerd besluit",
    "Nb. 1:",
    "Kern",
    ...content.kern.map((section) => section.title),
    "(Voorgestelde) Tijdlijn",
    `Bijlage: ${annex.title}`,
    ...annex.categories.flatMap((category, index) => [
      `${index + 1}. ${category.title}`,
      ...category.kaders.flatMap((kader) => [kader.region, ...kader.bijdragen.map((b) => (b.acronym ? `${b.name} (${b.acronym})` : b.name))]),
    ]),
  ];
}

describe("export of the example nota", () => {
  const example = exampleDocument();
  const sequence = expectedSequence(example.content);
  const bijdragen = example.content.annex!.categories.flatMap((c) => c.kaders.flatMap((k) => k.bijdragen));

  it("checks what the seed holds, so that a shorter fixture cannot pass quietly", () => {
    expect(bijdragen).toHaveLength(39);
    expect(example.content.kern.map((k) => k.title)).toEqual([
      "Uitgangspunten brief",
      "Voorgenomen Nederlandse bijdragen (nationale kaders)",
      "Verantwoording",
    ]);
  });

  it("DOCX: every heading and bijdrage in order, lists as Word numbering, Datum and Onze referentie in the margin", async () => {
    const bytes = await renderNotaDocx(example.model);
    const text = docxText(bytes);
    expect(firstOutOfOrder(text.body.join("\n"), sequence)).toBeNull();
    const parts = docxParts(bytes);
    // Bullets and numbers are list numbering (w:numPr), not typed characters.
    expect(parts["word/numbering.xml"]).toContain('w:val="bullet"');
    expect(parts["word/numbering.xml"]).toContain('w:val="decimal"');
    expect(parts["word/numbering.xml"]).toContain('w:val="lowerRoman"');
    const document = parts["word/document.xml"];
    const aanleidingBullet = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((p) => p[0].includes("Tijdens de introductiebriefing"));
    expect(aanleidingBullet?.[0]).toContain("<w:numPr>");
    expect(text.body.some((p) => p.startsWith("•") || p.startsWith("- "))).toBe(false);
    // The margin block repeats on the following pages; the first page has the reference column.
    expect(text.headers.join("\n")).toContain("Onze referentie");
    expect(text.headers.join("\n")).toContain("BZ2410641");
    expect(text.headers.join("\n")).toContain("13 februari 2025");
    expect(text.footers.join("\n")).toContain("Pagina");
    // Annex totals: the Midden-Oosten of the first category adds up to 265 before.
    expect(text.body).toContain("Totaal Midden-Oosten");
    expect(text.body).toContain("265");
    expect(text.properties).toContain("BZ2410641");
    expect(text.properties).not.toContain("Sanne de Vries");
  });

  it("PDF: every heading and bijdrage in order, tagged, in Dutch, fonts embedded, the margin block on later pages", async () => {
    const bytes = await renderNotaPdf(example.model);
    const pdf = await pdfText(bytes);
    expect(firstOutOfOrder(pdf.pages.join("\n"), sequence)).toBeNull();
    expect(pdf.tagged).toBe(true);
    expect(pdf.info.Title).toBe(`BZ2410641 ${example.content.title}`);
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toContain("/Lang (nl-NL)");
    expect(raw.match(/\/FontFile2/g)?.length).toBeGreaterThanOrEqual(3);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times)/);
    expect(pdf.pages.length).toBeGreaterThan(3);
    for (const page of pdf.pages.slice(1)) expect(page).toContain("BZ2410641");
    pdf.pages.forEach((page, index) => expect(page).toContain(`Pagina ${index + 1} van ${pdf.pages.length}`));
  });

  it("prints the classification in header and footer of every page when the nota carries one", async () => {
    const input = exampleDocumentInput();
    const model = buildNotaDocument({ ...input, content: { ...input.content, classification: "DEPARTEMENTAAL_VERTROUWELIJK" } });
    const docx = docxText(await renderNotaDocx(model));
    expect(docx.headers.filter((p) => p === "DEPARTEMENTAAL VERTROUWELIJK").length).toBeGreaterThanOrEqual(2); // first page and the others
    expect(docx.footers).toContain("DEPARTEMENTAAL VERTROUWELIJK");
    const pdf = await pdfText(await renderNotaPdf(model));
    for (const page of pdf.pages) expect(page.match(/DEPARTEMENTAAL VERTROUWELIJK/g)).toHaveLength(2);
    const plain = docxText(await renderNotaDocx(exampleDocument().model));
    expect([...plain.headers, ...plain.footers].join(" ")).not.toMatch(/VERTROUWELIJK|ONGERUBRICEERD/i);
  });

  it("includes each office's decision per point with its annotation when asked", async () => {
    const { model, content } = exampleDocument({
      decisions: ({ ids, content }) => [
        {
          officeId: ids.M,
          decidedAt: new Date("2025-02-20T10:00:00Z"),
          notaVersion: 3,
          note: "Graag spoed.",
          points: content.decisionPoints.map((p, i) => ({
            decisionPointId: p.id,
            decision: i === 0 ? "AKKOORD" : "AKKOORD_MET_OPMERKING",
            annotation: i === 0 ? null : "Bijlage inkorten.",
          })),
        },
        {
          officeId: ids.R,
          decidedAt: new Date("2025-02-21T10:00:00Z"),
          notaVersion: 3,
          note: null,
          points: [{ decisionPointId: content.decisionPoints[0].id, decision: "NIET_AKKOORD", annotation: null }],
        },
      ],
    });
    expect(content.decisionPoints).toHaveLength(2);
    const expected = [
      "Besluiten",
      "M (Minister van Buitenlandse Zaken)",
      "Besloten op 20 februari 2025 (versie 3)",
      "Opmerking: Graag spoed.",
      "Beslispunt 1",
      "Akkoord",
      "Beslispunt 2",
      "Akkoord met opmerking",
      "Bijlage inkorten.",
      "R (Minister voor Buitenlandse Handel en Ontwikkelingshulp)",
      "Niet akkoord",
    ];
    expect(firstOutOfOrder(docxText(await renderNotaDocx(model)).body.join("\n"), expected)).toBeNull();
    expect(firstOutOfOrder((await pdfText(await renderNotaPdf(model))).pages.join("\n"), expected)).toBeNull();
  });

  it("the bijlage bij de Kamerbrief: the annex alone, from the same data, with Datum and Onze referentie on every page", async () => {
    const input = exampleDocumentInput();
    const model = buildNotaDocument({ ...input, part: "bijlage" });
    const annexOnly = sequence.slice(sequence.indexOf(`Bijlage: ${input.content.annex!.title}`));
    const docx = docxText(await renderNotaDocx(model));
    expect(firstOutOfOrder(docx.body.join("\n"), annexOnly)).toBeNull();
    expect(docx.body.join("\n")).not.toContain("Aanleiding");
    expect(docx.headers.join("\n")).toContain("BZ2410641");
    const pdf = await pdfText(await renderNotaPdf(model));
    expect(firstOutOfOrder(pdf.pages.join("\n"), annexOnly)).toBeNull();
    expect(pdf.pages.join("\n")).not.toContain("Aanleiding");
    for (const page of pdf.pages) expect(page).toContain("BZ2410641");
  });
});
