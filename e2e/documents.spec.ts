import { readFile } from "node:fs/promises";
import { docxText, firstOutOfOrder, pdfText } from "@/lib/export/testing/extract-text";
import { doc, paragraph } from "@/lib/domain/rich-text/build";
import { newDrafter, newNotaFor, waitForSaved } from "./fixtures/drafting";
import { exampleCopy, personPage } from "./fixtures/route";
import { expect, expectNoAccessibilityViolations, loginAs, test } from "./fixtures/test";

test("a secretariat member downloads the example nota as Word and as PDF from its page", async ({ browser, db }) => {
  const nota = await exampleCopy(db);
  const page = await personPage(browser, "secretariaat@demo.notaroute.nl");
  await page.goto(`/notas/${nota.reference}`);
  const downloads = page.getByRole("region", { name: "Downloaden" });
  // A concept has no decisions to carry.
  await expect(downloads.getByRole("link")).toHaveText([
    "Word (DOCX) downloaden",
    "PDF downloaden",
    "Bijlage bij de Kamerbrief (DOCX) downloaden",
    "Bijlage bij de Kamerbrief (PDF) downloaden",
  ]);
  await expectNoAccessibilityViolations(page);

  // The personnel overview: a chart that says its numbers, and the tables.
  const personnel = page.getByRole("region", { name: "Personeelsoverzicht" });
  await expect(personnel.getByRole("img", { name: /Personeel vóór en na, per categorie Beëindiging en afschaling: vóór 278, na circa 53/ })).toBeVisible();
  const perCategory = personnel.getByRole("table", { name: "Per categorie" });
  await expect(perCategory.getByRole("row", { name: /Beëindiging en afschaling/ })).toContainText("circa −225");
  await expect(personnel.getByRole("table", { name: "Per regio" })).toContainText("Midden-Oosten");
  const csvDownload = page.waitForEvent("download");
  await personnel.getByRole("link", { name: "Personeelsoverzicht als CSV downloaden" }).click();
  expect((await csvDownload).suggestedFilename()).toBe(`${nota.reference}-personeel.csv`);

  const expected = [
    "TER BESLISSING",
    nota.content.title,
    "Aanleiding",
    "Geadviseerd besluit",
    "Kern",
    "Bijlage: Nationale Kaders",
    "NAVO missie in Kosovo (KFOR)",
  ];
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
  const events = await db.auditEvent.findMany({
    where: { notaId: nota.id, action: "nota.exported" },
    orderBy: { occurredAt: "asc" },
    select: { actorId: true, details: true },
  });
  expect(events.map((e) => [e.actorId, (e.details as { format: string }).format])).toEqual([
    [secretariaat.id, "csv"],
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
    "Bijlage bij de Kamerbrief (DOCX) downloaden",
    "Bijlage bij de Kamerbrief (PDF) downloaden",
  ]);
});

test("a drafter marks a passage with a Woo ground in the editor; the Woo version withholds it", async ({ page, db }) => {
  const { office, user } = await newDrafter(db);
  const nota = await newNotaFor(db, office.id, { aanleiding: doc(paragraph("Openbaar deel. Geheime mening")) });
  await loginAs(page, user.email);
  await page.goto(`/notas/${nota.reference}/bewerken`);

  const aanleiding = page.getByRole("textbox", { name: "Aanleiding" });
  await aanleiding.click();
  await expect(page.locator('[data-rich-text][aria-busy="true"]')).toHaveCount(0);
  await page.keyboard.press("End");
  await page.keyboard.press("Control+Shift+ArrowLeft");
  await page.keyboard.press("Control+Shift+ArrowLeft");
  const toolbar = page.getByRole("toolbar", { name: "Aanleiding" });
  await toolbar.getByRole("button", { name: "Woo-grond (passage markeren)" }).click();
  const woo = toolbar.getByRole("group", { name: "Woo-grond" });
  await woo.getByLabel("Grond").selectOption("5.2");
  await woo.getByRole("button", { name: "Selectie markeren" }).click();
  await expect(aanleiding.locator('mark[data-woo-ground="5.2"]')).toHaveText("Geheime mening");
  await expectNoAccessibilityViolations(page);
  await waitForSaved(page);

  // Saved like any other change: in the content and on the record.
  const aanleidingRow = await db.nota.findUniqueOrThrow({ where: { id: nota.id }, select: { aanleiding: true } });
  expect(JSON.stringify(aanleidingRow.aanleiding)).toContain('"ground":"5.2"');
  expect(await db.auditEvent.count({ where: { notaId: nota.id, action: "nota.edited", actorId: user.id } })).toBeGreaterThan(0);

  await page.goto(`/notas/${nota.reference}`);
  await expect(page.getByText("[Woo 5.2]")).toBeVisible();
  await page.getByText("Publicatieversies (Woo)").click();
  const pdf = await page.request.get(`/api/notas/${nota.id}/document?formaat=pdf&publicatie=woo`);
  expect(pdf.ok()).toBe(true);
  const text = (await pdfText(await pdf.body())).pages.join("\n");
  expect(text).toContain("Openbaar deel.");
  expect(text).not.toContain("Geheime mening");
  expect(text).toContain("[5.2 Persoonlijke beleidsopvattingen]");
  const metadata = await (await page.request.get(`/api/notas/${nota.id}/document?formaat=json&publicatie=woo`)).json();
  expect(metadata.weigeringsgronden).toContainEqual({ code: "5.2", omschrijving: "5.2 Persoonlijke beleidsopvattingen", aantal: 1 });
});

test("the personnel overview across notas follows the list's filters", async ({ browser, db }) => {
  const nota = await exampleCopy(db);
  await db.nota.update({ where: { id: nota.id }, data: { status: "AFGEROND" } });
  const page = await personPage(browser, "secretariaat@demo.notaroute.nl");
  await page.goto("/personeel");
  await page.getByRole("search", { name: "Nota's filteren" }).getByLabel("Fase").selectOption("AFGEROND");
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/fase=AFGEROND/);
  const overview = page.getByRole("region", { name: "Personeelsoverzicht" });
  await expect(overview.getByRole("table", { name: "Per kader (organisatie)" })).toContainText("NAVO");
  await expectNoAccessibilityViolations(page);
});
