// The yardstick: the whole example nota BZ2410641 written from nothing in the browser, annex
// included, renders exactly as the seeded one.
import type { Page } from "@playwright/test";
import { FRAMEWORK_LABELS, PARTY_ROLE_LABELS, PARTY_ROLES } from "@/lib/domain/nota/labels";
import type { DemoOfficeCode } from "@/prisma/seed/demo-offices";
import { exampleNotaContent } from "@/prisma/seed/example-nota";
import { waitForSaved } from "./fixtures/drafting";
import { pasteInto } from "./fixtures/paste";
import { expect, loginAs, test } from "./fixtures/test";

async function documentText(page: Page, reference: string): Promise<string> {
  await page.goto(`/notas/${reference}`);
  const text = await page.getByRole("article").innerText();
  return text.replaceAll(reference, "REFERENTIE").replace(/\s+/g, " ").trim();
}

test("a drafter writes the whole example nota in the browser and it renders as the seeded one", async ({ page, db }) => {
  test.setTimeout(300_000);
  const offices = await db.office.findMany();
  const office = Object.fromEntries(offices.map((o) => [o.code, o])) as Record<DemoOfficeCode, (typeof offices)[number]>;
  const officeLabel = (id: string) => offices.find((o) => o.id === id)!;
  const example = exampleNotaContent(Object.fromEntries(offices.map((o) => [o.code, o.id])) as Record<DemoOfficeCode, string>);

  await loginAs(page, "opsteller@demo.notaroute.nl");
  await page.goto("/notas/nieuw");
  await page.getByLabel("Lege nota").check();
  await page.getByRole("button", { name: "Nota aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /bewerken/ })).toBeVisible();
  const reference = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/BZ\d{7}/)![0];

  // Kop
  await page.getByLabel("Titel", { exact: true }).fill(example.title);
  await page.getByLabel("Datum", { exact: true }).fill(example.date);
  await page.getByLabel("Opgesteld door").fill(example.drafterName!);
  await page.getByLabel("Kamer", { exact: true }).fill(example.kamerDeadline!);

  // Adressering: the template put the owner in Van; the example names a person there too.
  await page.getByRole("button", { name: "Van, regel 1 verwijderen" }).click();
  for (const role of PARTY_ROLES) {
    const label = PARTY_ROLE_LABELS[role];
    for (const [index, entry] of example.parties[role].entries()) {
      await page.getByRole("button", { name: `+ Regel toevoegen aan ${label}` }).click();
      const row = `(${label}, regel ${index + 1})`;
      if (entry.officeId) {
        const o = officeLabel(entry.officeId);
        await page.getByLabel(`Onderdeel ${row}`).selectOption({ label: `${o.code} – ${o.name}` });
      }
      if (entry.text) await page.getByLabel(`Naam of toelichting ${row}`).fill(entry.text);
      await page.getByRole("checkbox", { name: `Persoonsgegeven ${row}` }).setChecked(entry.personalData);
    }
  }

  // Route, in the nota's order
  for (const id of example.recipients.besluit) {
    await page
      .getByRole("group", { name: "Ter beslissing aan" })
      .getByRole("checkbox", { name: new RegExp(`^${officeLabel(id).code} – `) })
      .check();
  }
  for (const id of example.recipients.informatie) {
    await page
      .getByRole("group", { name: "Ter informatie aan" })
      .getByRole("checkbox", { name: new RegExp(`^${officeLabel(id).code} – `) })
      .check();
  }

  // The texts, pasted as from Word
  await pasteInto(page.getByRole("textbox", { name: "Aanleiding" }), example.aanleiding);
  for (const [index, point] of example.decisionPoints.entries()) {
    await page.getByRole("button", { name: "+ Besluitpunt toevoegen" }).click();
    await pasteInto(page.getByRole("textbox", { name: `Besluitpunt ${index + 1}` }), point.text);
  }
  for (const [index, remark] of example.remarks.entries()) {
    await page.getByRole("button", { name: "+ Nb.-opmerking toevoegen" }).click();
    await pasteInto(page.getByRole("textbox", { name: `Nb. ${index + 1}` }), remark.body);
  }
  for (const [index, section] of example.kern.entries()) {
    await page.getByRole("button", { name: "+ Paragraaf toevoegen" }).click();
    await page.getByLabel(`Titel van paragraaf ${index + 1}`).fill(section.title);
    await pasteInto(page.getByRole("textbox", { name: `Tekst van paragraaf ${index + 1}` }), section.body);
  }
  for (const [index, entry] of example.timeline.entries()) {
    await page.getByRole("button", { name: "+ Tijdlijnregel toevoegen" }).click();
    await page.getByLabel(`Datum, regel ${index + 1}`).fill(entry.date);
    await page.getByLabel(`Wat gebeurt er, regel ${index + 1}`).fill(entry.description);
  }
  await waitForSaved(page);

  // The annex: three categories, sixteen regions, 39 bijdragen
  const annex = example.annex!;
  await page.getByRole("button", { name: "+ Bijlage nationale kaders toevoegen" }).click();
  await pasteInto(page.getByRole("textbox", { name: "Opmerking boven de bijlage" }), annex.note!);
  for (const [ci, category] of annex.categories.entries()) {
    const section = page.getByRole("region", { name: `Categorie ${ci + 1}`, exact: true });
    await section.getByLabel(`Titel van categorie ${ci + 1}`).fill(category.title);
    for (const kader of category.kaders) {
      await section.getByRole("button", { name: `+ Regio toevoegen aan categorie ${ci + 1}` }).click();
      // The new region's field takes focus once it is there; only then is typing aimed at it.
      await expect(section.getByRole("textbox", { name: "Regio", exact: true }).last()).toBeFocused();
      await page.keyboard.type(kader.region);
      const group = section.getByRole("group", { name: `Regio ${kader.region}`, exact: true });
      for (const [bi, b] of kader.bijdragen.entries()) {
        await group.getByRole("button", { name: `+ Bijdrage toevoegen aan ${kader.region}` }).click();
        const card = group.getByRole("group", { name: `Bijdrage ${bi + 1}`, exact: true });
        await card.getByLabel("Naam van de missie of bijdrage").fill(b.name);
        if (b.acronym) await card.getByLabel("Afkorting").fill(b.acronym);
        if (b.framework) await card.getByLabel("Kader (organisatie)").selectOption({ label: FRAMEWORK_LABELS[b.framework] });
        if (b.location) await card.getByLabel("Locatie").fill(b.location);
        if (b.contribution) await card.getByLabel("Inzet (wat wordt bijgedragen)").fill(b.contribution);
        if (b.personnelBefore !== null) await card.getByLabel("Personeel vóór: aantal personen").fill(String(b.personnelBefore));
        if (b.personnelBeforeCirca) await card.getByRole("checkbox", { name: "circa (Personeel vóór)" }).check();
        if (b.personnelAfter !== null) await card.getByLabel("Personeel na: aantal personen").fill(String(b.personnelAfter));
        if (b.personnelAfterCirca) await card.getByRole("checkbox", { name: "circa (Personeel na)" }).check();
        if (b.remark) await card.getByLabel("Toelichting").fill(b.remark);
        for (const [flag, label] of [
          ["verkenning", "Verkenning"],
          ["uitbreiding", "Uitbreiding"],
          ["modulair", "Modulair"],
          ["article100", "Artikel 100"],
        ] as const) {
          if (b[flag]) await card.getByRole("checkbox", { name: new RegExp(`^${label}`) }).check();
        }
        await card.getByRole("button", { name: / inklappen$/ }).click();
      }
    }
  }
  await waitForSaved(page);
  await expect(page.getByRole("heading", { name: "Volledig" })).toBeVisible();

  // Same document, word for word and number for number.
  const written = await documentText(page, reference);
  const seeded = await documentText(page, "BZ2410641");
  expect(written).toBe(seeded);
  expect(written).toContain("NAVO-Missie in Irak (NMI)");
  expect(office.DVB).toBeDefined();
});
