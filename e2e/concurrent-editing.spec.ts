import { createUser } from "@/lib/testing/factories";
import { expect, expectNoAccessibilityViolations, loginAs, test, watchPageErrors } from "./fixtures/test";
import { newDrafter, newNotaFor, waitForSaved } from "./fixtures/drafting";

test("two drafters edit the same nota: the second sees what changed, merges per field, and nothing is lost", async ({ browser, db }) => {
  test.setTimeout(90_000);
  const { office, user: anne } = await newDrafter(db, "Anne Aalders");
  const bram = await createUser(db, { name: "Bram Bos", memberships: [{ officeId: office.id, role: "OPSTELLER" }] });
  const nota = await newNotaFor(db, office.id, { title: "Oorspronkelijke titel", drafterName: "Onbekend" });

  const anneContext = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const bramContext = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  watchPageErrors(anneContext);
  watchPageErrors(bramContext);
  const annePage = await anneContext.newPage();
  const bramPage = await bramContext.newPage();
  await loginAs(annePage, anne.email);
  await loginAs(bramPage, bram.email);
  await annePage.goto(`/notas/${nota.reference}/bewerken`);
  await bramPage.goto(`/notas/${nota.reference}/bewerken`);
  await expect(bramPage.getByText(/Ook geopend door:.*Anne Aalders/)).toBeVisible();

  // Anne saves first: a new title and a drafter's name.
  await annePage.getByLabel("Titel", { exact: true }).fill("Titel van Anne");
  await annePage.getByLabel("Opgesteld door").fill("Anne Aalders");
  await waitForSaved(annePage);

  // Bram, still on the old version, changes the title too, and the Kamer deadline.
  await bramPage.getByLabel("Titel", { exact: true }).fill("Titel van Bram");
  await bramPage.getByLabel("Kamer", { exact: true }).fill("2026-06-30");
  const dialog = bramPage.getByRole("dialog", { name: "De nota is intussen gewijzigd" });
  await expect(dialog).toBeVisible();
  await expect(bramPage.getByTestId("opslagstatus")).toContainText("Niet opgeslagen");
  const theirs = dialog.getByRole("region", { name: "Wat Anne Aalders heeft gewijzigd" });
  await expect(theirs.getByRole("region", { name: "Titel" }).locator("ins").filter({ hasText: "Anne" })).toHaveCount(1);
  await expect(theirs.getByRole("region", { name: "Opgesteld door" })).toContainText("Anne Aalders");
  await expect(dialog.getByRole("region", { name: "Wat u heeft gewijzigd" }).getByRole("region", { name: "Kamer" })).toBeVisible();
  await expectNoAccessibilityViolations(bramPage);

  // Both changed the title: Bram keeps his; Anne's drafter name and his deadline merge.
  await dialog.getByRole("radio", { name: "Mijn versie (Titel)" }).check();
  await dialog.getByRole("button", { name: "Samenvoegen en opslaan" }).click();
  await expect(dialog).toBeHidden();
  await waitForSaved(bramPage);
  await expect(bramPage.getByLabel("Opgesteld door")).toHaveValue("Anne Aalders");

  const stored = await db.nota.findUniqueOrThrow({ where: { id: nota.id } });
  expect(stored).toMatchObject({ title: "Titel van Bram", drafterName: "Anne Aalders" });
  expect(stored.kamerDeadline?.toISOString().slice(0, 10)).toBe("2026-06-30");

  // Anne types on: her save is refused in turn, and she takes Bram's version over.
  await annePage.getByLabel("Titel", { exact: true }).fill("Nog een titel van Anne");
  const anneDialog = annePage.getByRole("dialog", { name: "De nota is intussen gewijzigd" });
  await expect(anneDialog).toBeVisible();
  await anneDialog.getByRole("button", { name: /Versie van Bram Bos overnemen/ }).click();
  await expect(annePage.getByLabel("Titel", { exact: true })).toHaveValue("Titel van Bram");
  await expect(annePage.getByLabel("Kamer", { exact: true })).toHaveValue("2026-06-30");

  await anneContext.close();
  await bramContext.close();
});

test("the history lists versions with author and time and shows what changed between any two", async ({ page, db }) => {
  const { office, user } = await newDrafter(db, "Carla Cornelis");
  const nota = await newNotaFor(db, office.id, { title: "Samenhangbrief missies" });
  await loginAs(page, user.email);
  await page.goto(`/notas/${nota.reference}/bewerken`);
  await page.getByLabel("Titel", { exact: true }).fill("Samenhangbrief missies en operaties");
  await waitForSaved(page);
  await page.getByLabel("Naam van de versie (niet verplicht)").fill("Na afstemming met Defensie");
  await page.getByRole("button", { name: "Versie vastleggen" }).click();
  await expect(page.getByText(/Versie 2 is vastgelegd\./)).toBeVisible();
  await page.getByRole("textbox", { name: "Besluitpunt 1" }).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Inclusief de planning.");
  await waitForSaved(page);

  await page.getByRole("link", { name: "Versies" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Versies van ${nota.reference}` })).toBeVisible();
  const list = page.getByRole("region", { name: "Alle versies" });
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await expect(list).toContainText("Na afstemming met Defensie");
  await expect(list).toContainText("Carla Cornelis");

  // Default: the newest against the one before.
  const comparison = page.getByRole("region", { name: "Vergelijken" });
  await expect(comparison.getByRole("region", { name: "Geadviseerd besluit" }).locator("ins")).toContainText("Inclusief de planning.");

  // Any two: the first against the newest.
  await page.getByLabel("Van versie").selectOption("1");
  await page.getByLabel("Naar versie").selectOption("3");
  await page.getByRole("button", { name: "Vergelijken" }).click();
  await expect(comparison.getByRole("region", { name: "Titel" }).locator("ins")).toContainText("en operaties");
  await expect(comparison.getByRole("region", { name: "Geadviseerd besluit" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
