import { readFile } from "node:fs/promises";
import { docxText, firstOutOfOrder, pdfText } from "@/lib/export/testing/extract-text";
import { exampleCopy, personPage } from "./fixtures/route";
import { expect, expectNoAccessibilityViolations, test } from "./fixtures/test";

test("a secretariat member downloads the example nota as Word and as PDF from its page", async ({ browser, db }) => {
  const nota = await exampleCopy(db);
  const page = await personPage(browser, "secretariaat@demo.notaroute.nl");
  await page.goto(`/notas/${nota.reference}`);
  const downloads = page.getByRole("region", { name: "Downloaden" });
  // A concept has no decisions to carry.
  await expect(downloads.getByRole("link")).toHaveText(["Word (DOCX) downloaden", "PDF downloaden"]);
  await expectNoAccessibilityViolations(page);

  const expected = ["TER BESLISSING", nota.content.title, "Aanleiding", "Geadviseerd besluit", "Kern", "Bijlage: Nationale Kaders", "NAVO missie in Kosovo (KFOR)"];
  const docxDownload = page.waitForEvent("download");
  await downloads.getByRole("link", { name: "Word (DOCX) downloaden" }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe(`${nota.reference}.docx`);
  expect(firstOutOfOrder(docxText(await readFile((await docx.path())!)).body.join("\n"), expected)).toBeNull();

  const pdfDownload = page.waitForEvent("download");
  await downloads.getByRole("link", { name: "PDF downloaden" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe(`${nota.reference}.pdf`);
  expect(firstOutOfOrder((await pdfText(await readFile((await pdf.path())!))).pages.join("\n"), expected)).toBeNull();

  const secretariaat = await db.user.findUniqueOrThrow({ where: { email: "secretariaat@demo.notaroute.nl" } });
  const events = await db.auditEvent.findMany({ where: { notaId: nota.id, action: "nota.exported" }, select: { actorId: true, details: true } });
  expect(events.map((e) => [e.actorId, (e.details as { format: string }).format])).toEqual([
    [secretariaat.id, "docx"],
    [secretariaat.id, "pdf"],
  ]);
});

test("a besloten nota can also be downloaded with its decisions", async ({ browser, db }) => {
  const nota = await exampleCopy(db);
  await db.nota.update({ where: { id: nota.id }, data: { status: "BESLOTEN", routeRound: 1 } });
  const page = await personPage(browser, "secretariaat@demo.notaroute.nl");
  await page.goto(`/notas/${nota.reference}`);
  await expect(page.getByRole("region", { name: "Downloaden" }).getByRole("link")).toHaveText([
    "Word (DOCX) downloaden",
    "PDF downloaden",
    "Word (DOCX) met besluiten downloaden",
    "PDF met besluiten downloaden",
  ]);
});
