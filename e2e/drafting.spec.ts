import { expect, expectNoAccessibilityViolations, loginAs, test } from "./fixtures/test";
import { newDrafter, waitForSaved } from "./fixtures/drafting";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test("a drafter creates a nota, fills every field including the annex, and finds everything after a reload", async ({ page, db }) => {
  test.setTimeout(120_000);
  const { user } = await newDrafter(db);
  await loginAs(page, user.email);
  await page.goto("/notas");
  await page.getByRole("link", { name: "Nieuwe nota" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe nota" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Titel").fill("Inzet in de Rode Zee 2026");
  await page.getByLabel(/Beslisnota met bijlage nationale kaders/).check();
  await page.getByRole("button", { name: "Nota aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Nota BZ\d{7} bewerken/ })).toBeVisible();
  const reference = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/BZ\d{7}/)![0];

  // Kop en referentiegegevens
  await page.getByLabel("Rubricering").selectOption({ label: "Departementaal Vertrouwelijk" });
  await page.getByLabel("Datum", { exact: true }).fill("2026-01-15");
  await page.getByLabel("Opgesteld door").fill("Karin de Boer");
  await page.getByLabel("Plandatum/Deadline").fill("2026-02-01");
  await page.getByLabel("Kamer", { exact: true }).fill("2026-02-27");

  // Adressering
  await page.getByRole("button", { name: "+ Regel toevoegen aan Aan" }).click();
  await page.getByLabel("Onderdeel (Aan, regel 1)").selectOption({ label: "M – Minister van Buitenlandse Zaken" });
  await page.getByRole("button", { name: "+ Regel toevoegen aan Via" }).click();
  await page.getByLabel("Onderdeel (Via, regel 1)").selectOption({ label: "DGPZ – Directoraat-generaal Politieke Zaken" });
  await page.getByLabel("Naam of toelichting (Via, regel 1)").fill("Hanna Bakker");
  await page.getByRole("button", { name: "+ Regel toevoegen aan Kopie aan" }).click();
  await page.getByLabel("Naam of toelichting (Kopie aan, regel 1)").fill("DMM, Lotte Jansen");
  await page.getByRole("button", { name: "+ Regel toevoegen aan Afgestemd met" }).click();
  await page.getByLabel("Naam of toelichting (Afgestemd met, regel 1)").fill("Defensie/DGB");

  // Route
  const besluit = page.getByRole("group", { name: "Ter beslissing aan" });
  await besluit.getByRole("checkbox", { name: /^M – / }).check();
  await besluit.getByRole("checkbox", { name: /^MinDEF – / }).check();
  await page
    .getByRole("group", { name: "Ter informatie aan" })
    .getByRole("checkbox", { name: /^StasDEF – / })
    .check();

  // Aanleiding: a bullet list with a nested item and bold text
  const aanleiding = page.getByRole("textbox", { name: "Aanleiding" });
  await aanleiding.click();
  await page.getByRole("toolbar", { name: "Aanleiding" }).getByRole("button", { name: "Opsomming" }).click();
  await page.keyboard.type("Verzoek van de Kamer om een ");
  await page.keyboard.press("Control+b");
  await page.keyboard.type("actuele");
  await page.keyboard.press("Control+b");
  await page.keyboard.type(" stand van zaken.");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Motie-Jansen (februari 2026).");

  // Geadviseerd besluit: the template's first point, completed
  const point = page.getByRole("textbox", { name: "Besluitpunt 1" });
  await point.click();
  await page.keyboard.press("End");
  await page.keyboard.type("de voorgestelde inzet in de Rode Zee.");

  // Nb.
  await page.getByRole("button", { name: "+ Nb.-opmerking toevoegen" }).click();
  await expect(page.getByRole("textbox", { name: "Nb. 1" })).toBeFocused();
  await page.keyboard.type("Ligt parallel voor aan MinDEF.");

  // Kern
  await page.getByRole("textbox", { name: "Tekst van paragraaf 1" }).click();
  await page.keyboard.type("De inzet draagt bij aan vrije doorvaart.");

  // Tijdlijn
  await page.getByRole("button", { name: "+ Tijdlijnregel toevoegen" }).click();
  await page.getByLabel("Datum, regel 1").fill("2026-03-06");
  await page.getByLabel("Wat gebeurt er, regel 1").fill("MR en verzending aan TK");

  // Bijgevoegd bestand
  await page.getByLabel("Bestand toevoegen").setInputFiles({ name: "Conceptbrief TK.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByRole("link", { name: "Conceptbrief TK.pdf" })).toBeVisible();

  // Bijlage: a region and a bijdrage with every field
  const categoryOne = page.getByRole("region", { name: "Categorie 1" });
  await categoryOne.getByRole("button", { name: "+ Regio toevoegen aan categorie 1" }).click();
  await page.keyboard.type("Rode Zee");
  await categoryOne.getByRole("button", { name: "+ Bijdrage toevoegen aan Rode Zee" }).click();
  await page.keyboard.type("Operation Poseidon Archer");
  await categoryOne.getByLabel("Afkorting").fill("OPA");
  await categoryOne.getByLabel("Kader (organisatie)").selectOption({ label: "Coalition of the willing" });
  await categoryOne.getByLabel("Locatie").fill("Qatar");
  await categoryOne.getByLabel("Inzet (wat wordt bijgedragen)").fill("Stafofficieren");
  await categoryOne.getByLabel("Personeel vóór: aantal personen").fill("4");
  await categoryOne.getByLabel("Personeel na: aantal personen").fill("-2");
  await expect(categoryOne.getByText("Het aantal kan niet negatief zijn.")).toBeVisible();
  await categoryOne.getByLabel("Personeel na: aantal personen").fill("2");
  await categoryOne.getByRole("checkbox", { name: "circa (Personeel na)" }).check();
  await categoryOne.getByLabel("Toelichting").fill("Afbouw na 2026.");
  await categoryOne.getByRole("checkbox", { name: /^Verkenning/ }).check();
  await categoryOne.getByRole("checkbox", { name: /^Artikel 100/ }).check();
  await expect(categoryOne.getByText("Totaal Rode Zee: 1 bijdrage; personeel vóór 4, na circa 2.")).toBeVisible();

  await waitForSaved(page);
  await expectNoAccessibilityViolations(page);

  // Reload: everything is there.
  await page.reload();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("Inzet in de Rode Zee 2026");
  await expect(page.getByLabel("Rubricering")).toHaveValue("DEPARTEMENTAAL_VERTROUWELIJK");
  await expect(page.getByLabel("Kamer", { exact: true })).toHaveValue("2026-02-27");
  await expect(page.getByLabel("Naam of toelichting (Via, regel 1)")).toHaveValue("Hanna Bakker");
  await expect(page.getByRole("textbox", { name: "Aanleiding" }).locator("strong")).toHaveText("actuele");
  await expect(page.getByRole("textbox", { name: "Aanleiding" }).locator("ul ul li")).toHaveText("Motie-Jansen (februari 2026).");
  await expect(page.getByRole("textbox", { name: "Besluitpunt 1" })).toHaveText("Akkoord gaan met de voorgestelde inzet in de Rode Zee.");
  await expect(page.getByLabel("Wat gebeurt er, regel 1")).toHaveValue("MR en verzending aan TK");
  await expect(page.getByRole("button", { name: /1\. Operation Poseidon Archer \(OPA\)/ })).toBeVisible();

  // And the nota reads as a document.
  await page.goto(`/notas/${reference}`);
  await expect(page.getByText("Departementaal Vertrouwelijk").first()).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Referentiegegevens" })).toContainText("Kamer27 februari 2026");
  await expect(page.getByText("6 maart 2026: MR en verzending aan TK")).toBeVisible();
  const row = page.getByRole("table", { name: "Rode Zee" }).getByRole("row", { name: /Operation Poseidon Archer \(OPA\)/ });
  await expect(row).toContainText("Coalition of the willing");
  await expect(row).toContainText("Qatar");
  await expect(row.getByRole("cell").nth(3)).toHaveText("4");
  await expect(row.getByRole("cell").nth(4)).toHaveText("circa 2");
  await expect(row).toContainText("Art. 100");
  await expect(page.getByRole("link", { name: "Conceptbrief TK.pdf" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("a decision point can be written, moved and removed with the keyboard alone", async ({ page, db }) => {
  const { user } = await newDrafter(db);
  await loginAs(page, user.email);
  await page.goto("/notas/nieuw");
  await page.getByRole("button", { name: "Nota aanmaken" }).click();
  await expect(page.getByRole("textbox", { name: "Besluitpunt 1" })).toBeVisible();

  // From the top of the page, Tab to "+ Besluitpunt toevoegen".
  await page.locator("body").focus();
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === "+ Besluitpunt toevoegen") break;
  }
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Besluitpunt 2" })).toBeFocused();
  await page.keyboard.type("Akkoord gaan met de planning.");

  // Escape leaves the text; Shift+Tab back to "Besluitpunt 2 omhoog".
  await page.keyboard.press("Escape");
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Shift+Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) === "Besluitpunt 2 omhoog") break;
  }
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Besluitpunt 1" })).toHaveText("Akkoord gaan met de planning.");
  await expect(page.getByText("Besluitpunt 2 staat nu op positie 1 van 2.")).toBeAttached();

  // Remove the template's point, now second: Tab to its remove button.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) === "Besluitpunt 2 verwijderen") break;
  }
  page.once("dialog", (dialog) => void dialog.accept());
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: /^Besluitpunt \d$/ })).toHaveCount(1);
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Besluitpunt 1" })).toHaveText("Akkoord gaan met de planning.");
  await expect(page.getByRole("textbox", { name: "Besluitpunt 2" })).toHaveCount(0);
});
