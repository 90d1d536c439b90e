// Every XSS payload of the corpus goes into every text field of a nota (through the editor's
// own save endpoint, as typed text is sent), into a person's and an office's name, and comes
// out again on every page that shows them and in every export: as text, never as markup.
// Nothing may run: no dialog, no window.__xss, and no console error (the CSP would report a
// blocked inline handler there, which would mean the payload had become markup).
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { docxText, pdfText, squeeze } from "@/lib/export/testing/extract-text";
import type { NotaContent } from "@/lib/domain/nota/content-schema";
import type { RichTextDoc } from "@/lib/domain/rich-text/schema";
import { createNota, createOffice, createUser, notaContent } from "@/lib/testing/factories";
import { expect, loginAs, test } from "./fixtures/test";
import { XSS_PAYLOADS } from "./fixtures/xss-corpus";

const paragraphs = (texts: readonly string[]): RichTextDoc => ({
  type: "doc",
  content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});
const fits = (max: number) => XSS_PAYLOADS.filter((p) => p.length <= max);
const pick = (i: number, max = 1000) => {
  const fitting = fits(max);
  return fitting[i % fitting.length];
};

/** Payloads packed into texts of at most `max` characters, each payload whole. */
function packed(max: number, prefix = ""): string[] {
  const texts: string[] = [];
  let current = prefix;
  for (const payload of XSS_PAYLOADS) {
    if (current.length + payload.length + 1 > max) {
      texts.push(current);
      current = prefix;
    }
    current += (current ? " " : "") + payload;
  }
  texts.push(current);
  return texts;
}

/** Every text field of the nota, each filled with payloads; the rich-text fields with all of them. */
function hostileContent(base: NotaContent, title: string): NotaContent {
  const bijdrage = (i: number) => ({
    id: randomUUID(),
    name: pick(i),
    acronym: pick(i, 60),
    framework: null,
    location: pick(i + 1, 120),
    personnelBefore: 2,
    personnelBeforeCirca: false,
    personnelAfter: 3,
    personnelAfterCirca: false,
    contribution: pick(i + 2, 400),
    remark: pick(i + 3),
    verkenning: false,
    uitbreiding: false,
    modulair: false,
    article100: false,
  });
  return {
    ...base,
    title,
    drafterName: pick(5, 200),
    parties: {
      ...base.parties,
      AAN: XSS_PAYLOADS.slice(0, 20).map((text) => ({ officeId: null, text, personalData: false })),
      KOPIE_AAN: XSS_PAYLOADS.slice(20, 60).map((text) => ({ officeId: null, text, personalData: false })),
      AFGESTEMD_MET: XSS_PAYLOADS.slice(60, 100).map((text) => ({ officeId: null, text, personalData: false })),
      VIA: XSS_PAYLOADS.slice(100, 120).map((text) => ({ officeId: null, text, personalData: false })),
    },
    aanleiding: paragraphs(XSS_PAYLOADS),
    decisionPoints: XSS_PAYLOADS.slice(0, 50).map((text) => ({ id: randomUUID(), text: paragraphs([text]) })),
    remarks: XSS_PAYLOADS.slice(50, 70).map((text) => ({ id: randomUUID(), body: paragraphs([text]) })),
    kern: fits(200)
      .slice(0, 50)
      .map((title) => ({ id: randomUUID(), title, body: paragraphs(XSS_PAYLOADS) })),
    timeline: XSS_PAYLOADS.slice(0, 30).map((description, i) => ({ id: randomUUID(), date: `2025-03-${String(i + 1).padStart(2, "0")}`, description })),
    annex: {
      title: pick(7, 200),
      note: paragraphs(XSS_PAYLOADS),
      categories: [
        {
          id: randomUUID(),
          kind: "NIEUW",
          title: pick(8, 300),
          kaders: fits(120)
            .slice(0, 20)
            .map((region, k) => ({
              id: randomUUID(),
              region,
              termStart: null,
              termEnd: null,
              bijdragen: Array.from({ length: 7 }, (_, b) => bijdrage(k * 7 + b)),
            })),
        },
      ],
    },
  };
}

interface Watch {
  dialogs: string[];
  consoleErrors: string[];
}

function watch(page: Page): Watch {
  const seen: Watch = { dialogs: [], consoleErrors: [] };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") seen.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  return seen;
}

async function expectNothingRan(page: Page, seen: Watch) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
}

/** The payloads that the page does not show as text (textContent keeps them exactly). */
async function missingText(page: Page, expected: readonly string[]): Promise<string[]> {
  return page.evaluate((texts) => {
    const shown = document.body.textContent ?? "";
    return texts.filter((text) => !shown.includes(text));
  }, expected);
}

test(`${XSS_PAYLOADS.length} XSS payloads in every text field come out as text on every page and in every export, and nothing runs`, async ({ page, db }) => {
  test.setTimeout(240_000);
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  const token = `xss${randomUUID().slice(0, 8)}`;
  const office = await createOffice(db, { name: `Directie ${pick(3, 200)}` });
  const drafter = await createUser(db, { name: pick(11, 120), memberships: [{ officeId: office.id, role: "OPSTELLER" }] });
  await loginAs(page, drafter.email);
  const seen = watch(page);

  // Through the editor's save endpoint, as the editor sends typed text: one nota with every
  // field full, and more notas so that every payload is also somebody's title.
  const titles = packed(300, token);
  const notas = [];
  for (const [i, title] of titles.entries()) {
    const created = await createNota(db, { content: notaContent(office.id), createdById: drafter.id });
    const content = i === 0 ? hostileContent(notaContent(office.id), title) : { ...notaContent(office.id), title, drafterName: title.slice(0, 200) };
    const saved = await page.request.put(`/api/notas/${created.id}/inhoud`, { data: { baseVersion: 1, content } });
    expect(saved.status(), await saved.text()).toBe(200);
    notas.push(created);
  }
  const full = notas[0];
  const version = await page.request.post(`/api/notas/${full.id}/versies`, { data: { expectedVersion: 2, label: pick(12, 100) } });
  expect(version.status(), await version.text()).toBeLessThan(300);

  // The nota page shows every payload of every field as text.
  await page.goto(`/notas/${full.reference}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await missingText(page, XSS_PAYLOADS)).toEqual([]);
  await expectNothingRan(page, seen);

  // The editor puts them in its fields (and its rich-text editors) without running them.
  await page.goto(`/notas/${full.reference}/bewerken`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("textbox", { name: "Aanleiding" }).click();
  await expect(page.locator('[data-rich-text][aria-busy="true"]')).toHaveCount(0);
  await expectNothingRan(page, seen);

  // Every title on the list and in search, and the other pages that show notas, names and offices.
  await page.goto(`/notas?zoek=${token}`);
  expect(await missingText(page, XSS_PAYLOADS)).toEqual([]);
  for (const path of [`/notas/${full.reference}/versies`, "/", "/overzicht", "/postvak", "/personeel", "/kalender", "/sessies", "/notas"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await expectNothingRan(page, seen);
  }

  // Exports: the payloads are text in the files, and the files are what they say they are.
  const docx = await page.request.get(`/api/notas/${full.id}/document?formaat=docx`);
  expect(docx.headers()["content-type"]).toContain("officedocument");
  const word = docxText(await docx.body());
  const wordText = [...word.body, ...word.headers, ...word.footers, word.properties].join("\n");
  expect(XSS_PAYLOADS.filter((p) => !wordText.includes(p))).toEqual([]);

  const pdf = await page.request.get(`/api/notas/${full.id}/document?formaat=pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const pdfLayer = squeeze((await pdfText(await pdf.body())).pages.join(""));
  expect(XSS_PAYLOADS.filter((p) => !pdfLayer.includes(squeeze(p)))).toEqual([]);

  for (const path of [`/api/notas/${full.id}/document?formaat=json&publicatie=woo`, `/api/notas/${full.id}/personeel`, `/api/notas/csv?zoek=${token}`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).not.toContain("html");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});
