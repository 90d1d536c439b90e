import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderNotaDocx } from "@/lib/export/docx/nota-docx";
import { buildNotaDocument } from "@/lib/export/nota-document/model";
import { DEMO_OFFICES } from "@/prisma/seed/demo-offices";
import { exampleNotaContent } from "@/prisma/seed/example-nota";
import { expect, expectNoAccessibilityViolations, loginAs, test } from "./fixtures/test";

test("a drafter imports last year's Word nota, reads the report, and carries on in the editor", async ({ page, db }, testInfo) => {
  // Last year's nota as Word made it: the example, exported.
  const offices = await db.office.findMany({ select: { id: true, code: true, name: true } });
  const ids = Object.fromEntries(offices.map((o) => [o.code, o.id])) as Record<(typeof DEMO_OFFICES)[number]["code"], string>;
  const content = exampleNotaContent(ids);
  const model = buildNotaDocument({ content, reference: "BZ2410641", offices: new Map(offices.map((o) => [o.id, o])) });
  await mkdir(testInfo.outputDir, { recursive: true });
  const file = path.join(testInfo.outputDir, "beslisnota-vorig-jaar.docx");
  await writeFile(file, await renderNotaDocx(model));

  await loginAs(page, "opsteller@demo.notaroute.nl");
  await page.goto("/notas");
  await page.getByRole("link", { name: "Nota inlezen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nota inlezen" })).toBeVisible();

  // Nothing chosen: a clear error at the field.
  await page.getByRole("button", { name: "Inlezen" }).click();
  await expect(page.getByText("Plak de tekst van de nota, of kies een Word-document.")).toBeVisible();
  await expect(page.getByLabel("Of plak de tekst van de nota")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Word-document (.docx)").setInputFiles(file);
  await page.getByRole("button", { name: "Inlezen" }).click();
  const report = page.getByRole("region", { name: /Importverslag/ });
  await expect(report.getByRole("heading", { name: "Importverslag: beslisnota-vorig-jaar.docx" })).toBeFocused();
  await expect(report).toContainText("39 bijdragen");
  await expect(report.getByRole("region", { name: "Niet geplaatst (0)" })).toBeVisible();
  await expect(report.getByRole("region", { name: "Tegenstrijdigheden (1)" })).toContainText("ligt na de Kamerdeadline");
  await expectNoAccessibilityViolations(page);

  await report.getByRole("button", { name: "Als concept opslaan" }).click();
  await expect(page).toHaveURL(/\/notas\/[^/]+\/bewerken$/);
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(content.title);
  const reference = decodeURIComponent(page.url().split("/notas/")[1].split("/")[0]);
  expect(reference).not.toBe("BZ2410641");
  const nota = await db.nota.findUniqueOrThrow({ where: { reference } });
  expect(nota.status).toBe("CONCEPT");
  expect(await db.auditEvent.count({ where: { notaId: nota.id, action: "nota.imported" } })).toBe(1);
});
