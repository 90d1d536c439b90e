import { createNota, createOffice, createUser, notaContent } from "@/lib/testing/factories";
import { expect, expectNoAccessibilityViolations, loginAs, test } from "./fixtures/test";

test.describe("de nota BZ2410641", () => {
  test("reads as the document: header, sections, decision points, remarks, Kern and timeline", async ({ page }) => {
    await loginAs(page, "opsteller@demo.notaroute.nl");
    await page.goto("/notas");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: "BZ2410641" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toekomst en samenhang Nederlandse inzet missies en operaties 2025-2028");
    await expect(page.getByText("Ter beslissing", { exact: true }).first()).toBeVisible();
    const header = page.locator("article dl").first();
    await expect(header).toContainText("Aan");
    await expect(header.locator("dd").first()).toHaveText("M en R");
    const references = page.getByRole("complementary", { name: "Referentiegegevens" });
    await expect(references).toContainText("Datum13 februari 2025");
    await expect(references).toContainText("Onze referentieBZ2410641");
    await expect(references).toContainText("Kamer31 maart 2025");
    await expect(references).toContainText("Opgesteld door");

    await expect(page.getByRole("heading", { level: 2, name: "Aanleiding" })).toBeVisible();
    await expect(page.getByText(/Toezegging aan de Kamer tijdens het CD missies en operaties \(22 oktober 2024\)/)).toBeVisible();
    const decisions = page.getByRole("region", { name: "Geadviseerd besluit" }).getByRole("listitem");
    await expect(decisions).toHaveCount(2);
    await expect(decisions.first()).toHaveText(/^Akkoord gaan met de voorgestelde nationale kaders/);
    await expect(page.getByText("Nb. 1:")).toBeVisible();
    await expect(page.getByText(/liggen parallel voor aan MinDEF en MinJenV/)).toBeVisible();

    for (const title of ["Uitgangspunten brief", "Voorgenomen Nederlandse bijdragen (nationale kaders)", "Verantwoording", "(Voorgestelde) Tijdlijn"]) {
      await expect(page.getByRole("heading", { level: 3, name: title })).toBeVisible();
    }
    await expect(page.getByText("1 april 2025: RDINEV")).toBeVisible();
    await expect(page.getByText("4 april 2025: MR en verzending aan TK")).toBeVisible();
    await expect(page.getByText("coalition of the willing").locator("xpath=ancestor-or-self::em")).toHaveCount(1);

    const route = page.getByRole("region", { name: "Status en route" });
    await expect(route).toContainText("Concept");
    await expect(route).toContainText("M, R, MinDEF, MinJenV");
    await expect(route).toContainText("MinAenM, StasDEF");
    await expectNoAccessibilityViolations(page);
  });

  test("shows the annex as tables per category and region with personnel before and after", async ({ page }) => {
    await loginAs(page, "opsteller@demo.notaroute.nl");
    await page.goto("/notas/BZ2410641");
    const annex = page.getByRole("region", { name: "Bijlage: Nationale Kaders" });
    await expect(annex.getByRole("heading", { level: 3 })).toHaveText([
      "1. Te beëindigen en afschaling nationale kaders (recent en op korte termijn)",
      "2. Nieuwe (voorzien) bijdragen",
      "3. Voortzetting, incl. evt. aanpassing nationale kaders",
    ]);
    await expect(annex.locator("tbody tr")).toHaveCount(39);

    const middleEast = annex.getByRole("table", { name: "Midden-Oosten" }).first();
    const nmi = middleEast.getByRole("row", { name: /NAVO-Missie in Irak \(NMI\)/ }).first();
    await expect(nmi.getByRole("cell").nth(3)).toHaveText("145");
    await expect(nmi.getByRole("cell").nth(4)).toHaveText("circa 20");
    await expect(middleEast.getByRole("row", { name: /Totaal Midden-Oosten/ })).toContainText("265");

    const europe = annex.getByRole("table", { name: "Europa" }).last();
    const eupm = europe.getByRole("row", { name: /EUPM/ });
    await expect(eupm).toContainText("Moldavië");
    await expect(eupm.getByRole("cell").nth(3)).toHaveText("5");
    await expect(eupm.getByRole("cell").nth(4)).toHaveText("circa 10");
    await expect(eupm).toContainText("Uitbreiding");
    await expectNoAccessibilityViolations(page);
  });

  test("is not found for an office that may not read it yet, and not listed", async ({ page }) => {
    // M decides on the nota, but only once it has left the drafting desk.
    await loginAs(page, "kabinet.m@demo.notaroute.nl");
    await page.goto("/notas");
    await expect(page.getByRole("link", { name: "BZ2410641" })).toHaveCount(0);
    const response = await page.goto("/notas/BZ2410641");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Nota niet gevonden" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});

test("the list shows only readable notas and sorts by every column", async ({ page, db }) => {
  const office = await createOffice(db);
  const user = await createUser(db, { memberships: [{ officeId: office.id, role: "OPSTELLER" }] });
  await createNota(db, { content: notaContent(office.id, { title: "Alfa-nota over Sahel", kamerDeadline: "2025-06-01" }) });
  await createNota(db, { content: notaContent(office.id, { title: "Bravo-nota over Irak", kamerDeadline: "2025-04-01" }) });

  await loginAs(page, user.email);
  await page.goto("/notas");
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  // Default: by Kamer deadline, earliest first.
  await expect(rows.first()).toContainText("Bravo-nota over Irak");

  await page.getByRole("link", { name: /^Titel/ }).click();
  await expect(page.getByRole("columnheader", { name: /Titel/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(rows.first()).toContainText("Alfa-nota over Sahel");
  await page.getByRole("link", { name: /^Titel/ }).click();
  await expect(page.getByRole("columnheader", { name: /Titel/ })).toHaveAttribute("aria-sort", "descending");
  await expect(rows.first()).toContainText("Bravo-nota over Irak");
  await expectNoAccessibilityViolations(page);
});

test("a malformed address is a clear refusal, never a server error", async ({ page }) => {
  await loginAs(page, "opsteller@demo.notaroute.nl");
  for (const path of ["/notas/%E0", "/api/notas/%E0/document?formaat=pdf", "/notas/%E0%A4%A"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text()).toContain("ongeldige tekencode");
  }
  // A NUL in a reference names no nota: the page says so.
  const response = await page.goto("/notas/BZ%00X");
  expect(response?.status()).toBeLessThan(500);
  await expect(page.getByText("Deze nota bestaat niet, of u hebt er geen toegang toe.")).toBeVisible();
});
