import { expect, expectNoAccessibilityViolations, test } from "./fixtures/test";
import { apiStep, exampleCopy, personPage } from "./fixtures/route";

const statusOf = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Status en route" });

test("the example nota goes its whole route: offered, initialled, decided in parallel, besloten", async ({ browser, db }) => {
  // Seven people, four decisions and three axe audits: on one slow core this takes two minutes and more.
  test.setTimeout(240_000);
  const nota = await exampleCopy(db);
  const url = `/notas/${nota.reference}`;

  // The drafter offers it to the Via chain.
  const drafter = await personPage(browser, "opsteller@demo.notaroute.nl");
  await drafter.goto(url);
  drafter.once("dialog", (dialog) => void dialog.accept());
  await drafter.getByRole("button", { name: "Aanbieden ter parafering" }).click();
  await expect(statusOf(drafter)).toContainText("Ter parafering");
  await expect(drafter.getByRole("region", { name: "Parafering (Via)" })).toContainText("DGPZ: aan de beurt");
  await expectNoAccessibilityViolations(drafter);

  // DGPZ finds it in the inbox and initials; then SG.
  const dgpz = await personPage(browser, "paraaf.dgpz@demo.notaroute.nl");
  await dgpz.goto("/postvak");
  await dgpz
    .getByRole("region", { name: /^Te paraferen/ })
    .getByRole("link", { name: nota.reference })
    .click();
  await dgpz.getByRole("button", { name: "Paraferen namens DGPZ" }).click();
  await expect(dgpz.getByRole("region", { name: "Parafering (Via)" })).toContainText(/DGPZ: geparafeerd door Hanna Bakker/);
  const sg = await personPage(browser, "paraaf.sg@demo.notaroute.nl");
  await sg.goto(url);
  await sg.getByRole("button", { name: "Paraferen namens SG" }).click();
  await expect(statusOf(sg)).toContainText("Ter beslissing");

  // A copy office reads it, and cannot decide.
  const copy = await personPage(browser, "kabinet.minaenm@demo.notaroute.nl");
  await copy.goto(url);
  await expect(copy.getByText("U ontvangt deze nota ter informatie. U besluit er niet over.")).toBeVisible();
  await expect(copy.getByRole("button", { name: "Besluit vastleggen" })).toHaveCount(0);
  await expectNoAccessibilityViolations(copy);

  // M decides, with an annotation; the inbox counted it before.
  const m = await personPage(browser, "kabinet.m@demo.notaroute.nl");
  await m.goto("/postvak");
  await expect(m.getByRole("region", { name: /^Ter beslissing bij u/ }).getByRole("link", { name: nota.reference })).toBeVisible();
  await expectNoAccessibilityViolations(m);
  await m.goto(url);
  const form = m.getByRole("form", { name: "Besluit vastleggen namens M" });
  await form.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(form.getByRole("group", { name: "Besluitpunt 1" }).getByText("Kies akkoord, niet akkoord of akkoord met opmerking.")).toBeVisible();
  await expect(form.getByRole("alert")).toContainText("Het besluit is nog niet vastgelegd");
  await form.getByRole("radio", { name: "Akkoord (besluitpunt 1)", exact: true }).check();
  await form.getByRole("radio", { name: "Akkoord (besluitpunt 2)", exact: true }).check();
  await form.getByLabel("Aantekening van de bewindspersoon (niet verplicht)").fill("Goed voorstel; let op de communicatie richting de Kamer.");
  await expectNoAccessibilityViolations(m);
  await form.getByRole("button", { name: "Besluit vastleggen" }).click();
  const decisions = m.getByRole("region", { name: "Besluiten per besluitpunt" });
  await expect(decisions.getByRole("row", { name: /^1\./ })).toContainText("Akkoord");
  await expect(m.getByText("Aantekening: “Goed voorstel; let op de communicatie richting de Kamer.”")).toBeVisible();

  // R: akkoord met opmerking on point 2, which requires the remark.
  const r = await personPage(browser, "kabinet.r@demo.notaroute.nl");
  await r.goto(url);
  const rForm = r.getByRole("form", { name: "Besluit vastleggen namens R" });
  await rForm.getByRole("radio", { name: "Akkoord (besluitpunt 1)", exact: true }).check();
  await rForm.getByRole("radio", { name: "Akkoord met opmerking (besluitpunt 2)" }).check();
  await rForm.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(rForm.getByRole("group", { name: "Besluitpunt 2" }).getByText("Schrijf de opmerking bij 'akkoord met opmerking'.")).toBeVisible();
  await rForm.getByLabel("Opmerking bij besluitpunt 2 (verplicht)").fill("Graag de OS-bijdragen in de brief expliciet noemen.");
  await rForm.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(r.getByRole("region", { name: "Besluiten per besluitpunt" })).toContainText("“Graag de OS-bijdragen in de brief expliciet noemen.”");

  // MinDEF and MinJenV, at the same moment.
  const [mindef, minjenv] = await Promise.all([
    personPage(browser, "kabinet.mindef@demo.notaroute.nl"),
    personPage(browser, "kabinet.minjenv@demo.notaroute.nl"),
  ]);
  for (const [page, code] of [
    [mindef, "MinDEF"],
    [minjenv, "MinJenV"],
  ] as const) {
    await page.goto(url);
    const officeForm = page.getByRole("form", { name: `Besluit vastleggen namens ${code}` });
    await officeForm.getByRole("radio", { name: "Akkoord (besluitpunt 1)", exact: true }).check();
    await officeForm.getByRole("radio", { name: "Akkoord (besluitpunt 2)", exact: true }).check();
  }
  await Promise.all([mindef.getByRole("button", { name: "Besluit vastleggen" }).click(), minjenv.getByRole("button", { name: "Besluit vastleggen" }).click()]);
  // Whichever of the two landed last moved the nota to besloten; the other page still shows
  // the state it had after its own decision. Wait until both are recorded, then look.
  for (const [page, code] of [
    [mindef, "MinDEF"],
    [minjenv, "MinJenV"],
  ] as const) {
    await expect(page.getByRole("form", { name: `Besluit vastleggen namens ${code}` })).toHaveCount(0);
  }
  await minjenv.reload();
  await expect(statusOf(minjenv)).toContainText("Besloten");
  const outcome = minjenv.getByRole("region", { name: "Besluiten per besluitpunt" });
  await expect(outcome.getByRole("row", { name: /^1\./ })).toContainText("Unaniem akkoord");
  await expect(outcome.getByRole("row", { name: /^2\./ })).toContainText("Unaniem akkoord, met opmerking");
  await expect(minjenv.getByRole("region", { name: "Geschiedenis" })).toContainText("Besloten door alle bewindspersonen");
  await expectNoAccessibilityViolations(minjenv);

  // The drafter was told.
  await drafter.goto("/postvak");
  await expect(drafter.getByRole("region", { name: "Meldingen" })).toContainText(`Alle bewindspersonen hebben besloten over ${nota.reference}`);
  await expectNoAccessibilityViolations(drafter);
});

test("sent back with a reason, changed and offered again: the office sees what changed since its decision and decides anew", async ({ browser, db }) => {
  test.setTimeout(120_000);
  const nota = await exampleCopy(db);
  const url = `/notas/${nota.reference}`;
  const drafter = await personPage(browser, "opsteller@demo.notaroute.nl");
  await apiStep(drafter, db, nota.id, "aanbieden");
  await apiStep(await personPage(browser, "paraaf.dgpz@demo.notaroute.nl"), db, nota.id, "paraferen");
  await apiStep(await personPage(browser, "paraaf.sg@demo.notaroute.nl"), db, nota.id, "paraferen");

  const m = await personPage(browser, "kabinet.m@demo.notaroute.nl");
  await m.goto(url);
  await m.getByRole("radio", { name: "Akkoord (besluitpunt 1)", exact: true }).check();
  await m.getByRole("radio", { name: "Akkoord (besluitpunt 2)", exact: true }).check();
  await m.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(m.getByRole("region", { name: "Besluiten per besluitpunt" })).toContainText("vastgelegd door Fatima El Amrani namens M");

  // MinDEF sends it back; the reason is required.
  const mindef = await personPage(browser, "kabinet.mindef@demo.notaroute.nl");
  await mindef.goto(url);
  await mindef.getByRole("button", { name: "Terugsturen…" }).click();
  await mindef.getByRole("button", { name: "Terugsturen", exact: true }).click();
  await expect(mindef.getByText("Geef een reden op.")).toBeVisible();
  await mindef.getByLabel("Reden (terugsturen)").fill("Graag het aantal voor EUFOR Althea bijwerken.");
  await mindef.getByRole("button", { name: "Terugsturen", exact: true }).click();
  await expect(statusOf(mindef)).toContainText("Teruggestuurd");

  // The drafter sees why, changes the annex and offers again.
  await drafter.goto(url);
  await expect(drafter.getByRole("note")).toContainText("Reden: Graag het aantal voor EUFOR Althea bijwerken.");
  await drafter.getByRole("link", { name: "Bewerken" }).click();
  const europe = drafter.getByRole("region", { name: "Categorie 3" }).getByRole("group", { name: "Regio Europa", exact: true });
  await europe.getByRole("button", { name: /^1\. EUFOR Althea/ }).click();
  await europe.getByRole("group", { name: "Bijdrage 1", exact: true }).getByLabel("Personeel na: aantal personen").fill("210");
  await expect(drafter.getByTestId("opslagstatus")).toContainText(/Opgeslagen om/, { timeout: 15_000 });
  await drafter.getByRole("link", { name: "Bekijken" }).click();
  drafter.once("dialog", (dialog) => void dialog.accept());
  await drafter.getByRole("button", { name: "Aanbieden ter parafering" }).click();
  await expect(statusOf(drafter)).toContainText("Ter parafering");
  await apiStep(await personPage(browser, "paraaf.dgpz@demo.notaroute.nl"), db, nota.id, "paraferen");
  await apiStep(await personPage(browser, "paraaf.sg@demo.notaroute.nl"), db, nota.id, "paraferen");

  // M's earlier decision is marked as given on an earlier version, with what changed since.
  await m.goto(url);
  const changed = m.getByRole("region", { name: "Uw eerdere besluit is gegeven op een eerdere versie" });
  await expect(changed).toContainText("Bijdrage: EUFOR Althea");
  await expect(changed).toContainText("circa 195");
  await expect(changed).toContainText("circa 210");
  await expect(m.getByRole("region", { name: "Besluiten per besluitpunt" })).toContainText("gegeven op een eerdere versie");
  await expectNoAccessibilityViolations(m);
  await m.getByRole("radio", { name: "Akkoord (besluitpunt 1)", exact: true }).check();
  await m.getByRole("radio", { name: "Akkoord (besluitpunt 2)", exact: true }).check();
  await m.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(m.getByRole("region", { name: "Uw eerdere besluit is gegeven op een eerdere versie" })).toHaveCount(0);
  const decisions = await db.officeDecision.findMany({ where: { notaId: nota.id, officeId: nota.ids.M }, orderBy: { decidedAt: "asc" } });
  expect(decisions.map((d) => d.round)).toEqual([1, 2]);
});
